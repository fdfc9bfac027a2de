"""``journeyctl log`` output: text (for a terminal or a log), md (for a pull
request or a wiki) and json. Deterministic: the same history, the same
bytes. Text from the repository and the map (subjects, authors, barrier
ids and texts, file names) is made printable for text and escaped for
Markdown.

The JSON shape, version 1 (keys in this order)::

    {"journeyctl_log": 1, "map": "maps/a.yaml", "path": "maps/a.yaml", "since": null,
     "truncated": false,
     "rows": [{"commit": "<full id>", "short": "1a2b3c4", "date": "2026-03-02", "author": "...",
               "subject": "...", "path": "maps/a.yaml", "problem": null, "steps": 12,
               "emotion_average": -0.25, "lowest": {"step": "pay", "emotion": -2},
               "barriers": {"critical": 0, "high": 1, "medium": 2, "low": 0}, "opportunities": 3}],
     "barriers": [{"id": "hidden-fees", "text": "...", "severity": "high",
                   "opened": {<a revision, as in a row: commit .. path>}, "resolved": null, "days": 40}]}

Rows are oldest first; a row whose ``problem`` is set (the map does not
load at that commit) has ``steps`` 0, ``emotion_average`` and ``lowest``
null, ``barriers`` {} and ``opportunities`` 0. Barriers are in the order
they were opened, then by id.
"""

from __future__ import annotations

import json
from typing import Callable

from journeyctl.base.diagnostics import printable
from journeyctl.format.vocabulary import SEVERITIES_DESCENDING, average_text, signed
from journeyctl.history.model import BarrierAge, History, Revision, Row
from journeyctl.text.markdown_inline import md
from journeyctl.text.wrap import ELLIPSIS, graphemes, width

NA = "–"
#: The width text output aims for; the subject (the last column) is cut to it.
COLUMNS = 100
#: The least room a subject or a barrier's text gets, however wide the rest.
LEAST = 20
SHORT = {"critical": "crit", "high": "high", "medium": "med", "low": "low"}


def lowest(row: Row) -> str:
    if row.lowest is None:
        return NA
    return f"{row.lowest[0]}:{signed(row.lowest[1])}"


def cut(text: str, columns: int) -> str:
    """``text`` on one line of at most ``columns`` display columns, ending
    in "…" when cut (between grapheme clusters, never inside one)."""
    text = " ".join(text.split())
    if width(text) <= columns:
        return text
    kept, used = [], 0
    for cluster in graphemes(text):
        w = width(cluster)
        if used + w > columns - 1:
            break
        kept.append(cluster)
        used += w
    return "".join(kept).rstrip() + ELLIPSIS


def _table(header: tuple[str, ...], rows: list[tuple[str, ...]], right: set[int]) -> list[str]:
    """Aligned columns; the last one neither padded nor measured."""
    widths = [max(width(r[i]) for r in [header, *rows]) for i in range(len(header) - 1)]
    lines = []
    for row in [header, *rows]:
        cells = []
        for i, (value, w) in enumerate(zip(row[:-1], widths)):
            pad = " " * (w - width(value))
            cells.append(pad + value if i in right else value + pad)
        lines.append("  ".join(cells + [row[-1]]).rstrip())
    return lines


def _summary(h: History, since: str | None) -> str:
    count = len(h.rows)
    when = f" after {since}" if since else ""
    if not count:
        return f"no commit{when} changed it"
    return f"{count} commit{'s' if count != 1 else ''}{when} changed it, oldest first"


def _cut_note(h: History) -> str | None:
    return f"only the newest {len(h.rows):,} commits that changed it are read" if h.truncated else None


def text(h: History, name: str, since: str | None = None) -> str:
    name = printable(name)
    lines = [f"{name}: {printable(_summary(h, since))}"]
    if _cut_note(h):
        lines.append(f"({_cut_note(h)})")
    if h.rows:
        header = ("commit", "date", "steps", "emotion avg", "lowest",
                  *(SHORT[s] for s in SEVERITIES_DESCENDING), "opp", "subject")
        cells = []
        for row in h.rows:
            r = row.revision
            if row.problem is not None:
                figures = (NA,) * 8
            else:
                figures = (str(row.steps), average_text(row.emotion_average, NA), printable(lowest(row)),
                           *(str(row.barriers.get(s, 0)) for s in SEVERITIES_DESCENDING), str(row.opportunities))
            cells.append((printable(r.short), printable(r.date), *figures, printable(r.subject)))
        used = len(_table(header[:-1] + ("",), [c[:-1] + ("",) for c in cells], set())[0]) + 2
        room = max(LEAST, COLUMNS - used)
        cells = [c[:-1] + (cut(c[-1], room),) for c in cells]
        lines += [""] + _table(header, cells, {2, 3, 5, 6, 7, 8, 9})
        broken = [row for row in h.rows if row.problem is not None]
        if broken:
            lines += ["", "the map does not load at:"]
            lines += [f"  {printable(row.revision.short)}: {printable(row.problem)}" for row in broken]
    if h.barriers:
        still = sum(1 for b in h.barriers if b.resolved is None)
        lines += ["", f"barriers: {len(h.barriers)} opened, {len(h.barriers) - still} resolved, {still} still open "
                      "(age in days)"]
        cells = [(printable(b.id), b.severity, _when(b.opened), _when(b.resolved) if b.resolved else "open",
                  str(b.days), printable(b.text)) for b in h.barriers]
        header = ("barrier", "severity", "opened", "resolved", "days", "text")
        used = len(_table(header[:-1] + ("",), [c[:-1] + ("",) for c in cells], set())[0]) + 2
        room = max(LEAST, COLUMNS - used)
        cells = [c[:-1] + (cut(c[-1], room),) for c in cells]
        lines += _table(header, cells, {4})
    return "\n".join(lines) + "\n"


def _when(r: Revision) -> str:
    return f"{printable(r.short)} {printable(r.date)}"


def markdown(h: History, name: str, since: str | None = None) -> str:
    summary = _summary(h, since)
    lines = [f"### History of {md(name)}", "", md(summary[0].upper() + summary[1:]) + "."]
    if _cut_note(h):
        lines[-1] += f" ({md(_cut_note(h))}.)"
    if h.rows:
        lines += ["", "| commit | date | steps | emotion average | lowest point | critical | high | medium | low "
                      "| opportunities | subject |",
                  "| --- | --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | --- |"]
        for row in h.rows:
            r = row.revision
            subject = md(r.subject)
            if row.problem is not None:
                figures = [NA] * 8
                subject += f" — **does not load:** {md(row.problem)}"
            else:
                low = NA if row.lowest is None else f"{md(row.lowest[0])} ({signed(row.lowest[1])})"
                figures = [str(row.steps), average_text(row.emotion_average, NA), low,
                           *(str(row.barriers.get(s, 0)) for s in SEVERITIES_DESCENDING), str(row.opportunities)]
            lines.append("| " + " | ".join([f"`{r.short}`", r.date, *figures, subject]) + " |")
    if h.barriers:
        lines += ["", "#### Barriers", "", "| barrier | severity | opened | resolved | days | text |",
                  "| --- | --- | --- | --- | ---: | --- |"]
        for b in h.barriers:
            resolved = _md_when(b.resolved) if b.resolved else "open"
            lines.append(f"| {md(b.id)} | {b.severity} | {_md_when(b.opened)} | {resolved} | {b.days} | {md(b.text)} |")
    return "\n".join(lines) + "\n"


def _md_when(r: Revision) -> str:
    return f"`{r.short}` {r.date}"


def _revision(r: Revision) -> dict:
    return {"commit": r.commit, "short": r.short, "date": r.date, "author": r.author, "subject": r.subject,
            "path": r.path}


def _row(row: Row) -> dict:
    return {
        **_revision(row.revision), "problem": row.problem, "steps": row.steps,
        "emotion_average": row.emotion_average,
        "lowest": None if row.lowest is None else {"step": row.lowest[0], "emotion": row.lowest[1]},
        "barriers": {s: row.barriers[s] for s in SEVERITIES_DESCENDING if s in row.barriers},
        "opportunities": row.opportunities,
    }


def _barrier(b: BarrierAge) -> dict:
    return {"id": b.id, "text": b.text, "severity": b.severity, "opened": _revision(b.opened),
            "resolved": None if b.resolved is None else _revision(b.resolved), "days": b.days}


def as_json(h: History, name: str, since: str | None = None) -> str:
    data = {"journeyctl_log": 1, "map": name, "path": h.path, "since": since, "truncated": h.truncated,
            "rows": [_row(r) for r in h.rows], "barriers": [_barrier(b) for b in h.barriers]}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


FORMATS: dict[str, Callable[[History, str, str | None], str]] = {"text": text, "md": markdown, "json": as_json}
