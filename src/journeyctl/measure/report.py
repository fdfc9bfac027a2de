"""A measurement as tables: plain text (for a terminal or a log) and
Markdown (for a pull request or a wiki). Deterministic: the same
measurement, the same text.

A withheld count (fewer than min_count customers) is shown as ``<k``
(``<10``); a number that does not apply (an unbound step, a step nobody
left) as ``-``. Every name from the map or the log is made printable.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

from journeyctl.base.diagnostics import printable
from journeyctl.format.measurement import Measurement

NA = "-"


@dataclass
class Section:
    title: str
    header: tuple[str, ...] = ()
    rows: list[tuple[str, ...]] = field(default_factory=list)
    #: Sentences under the table (or instead of one).
    notes: list[str] = field(default_factory=list)


def _count(value: int | None, suppressed: bool, k: int) -> str:
    if value is None:
        return f"<{k}" if suppressed else NA
    return f"{value:,}"


def _share(value: float | None, suppressed: bool = False, k: int = 0) -> str:
    if value is None:
        return f"<{k}" if suppressed and k else NA
    return f"{value * 100:.1f}%"


def duration(seconds: float | None) -> str:
    """125 -> 2m 05s; 7325 -> 2h 02m; 45.5 -> 45.5s."""
    if seconds is None:
        return NA
    if seconds < 60:
        return f"{seconds:g}s"
    whole = int(seconds)
    if whole < 3600:
        return f"{whole // 60}m {whole % 60:02d}s"
    if whole < 86400 * 2:
        return f"{whole // 3600}h {whole % 3600 // 60:02d}m"
    return f"{whole // 86400}d {whole % 86400 // 3600:02d}h"


def _hidden(names: int, k: int) -> str:
    if not names:
        return ""
    return f"; {names} name{'s' if names != 1 else ''} seen by fewer than {k} customers not shown"


def _p(text: str) -> str:
    return printable(text)


def sections(m: Measurement) -> list[Section]:
    k = m.min_count
    window = ""
    if m.since or m.until:
        window = f", {m.since.isoformat() if m.since else '…'} to {m.until.isoformat() if m.until else '…'} (UTC)"
    entered = _count(m.entered, m.entered is None and any(s.suppressed for s in m.steps if s.id == m.start), k)
    head = Section(f"{_p(m.map)} measured against {_p(m.source)}{window}", notes=[
        f"{entered} customers entered at '{_p(m.start)}'; counts below {k} are withheld (shown as <{k})."])

    failed = set(m.deviations.failed_touchpoints.steps)
    steps = Section("Steps", ("step", "reached", "share", "drop-off", "median to next", "note"))
    for s in m.steps:
        note = "unbound: no events" if not s.bound else "never observed" if s.id in failed else \
            "end: drop-off is completion" if s.end else ""
        steps.rows.append((_p(s.id), _count(s.reached, s.suppressed, k), _share(s.share, s.suppressed, k),
                           _count(s.drop_off, s.suppressed, k),
                           f"<{k}" if s.suppressed and s.median_seconds_to_next is None
                           else duration(s.median_seconds_to_next), note))

    edges = Section("Flow", ("from", "to", "customers", "conversion", "note"))
    for e in m.edges:
        note = "not measured: an unbound step" if not e.measured else "back" if e.back else ""
        edges.rows.append((_p(e.source), _p(e.target), _count(e.customers, e.suppressed, k),
                           _share(e.conversion, e.suppressed, k), note))
    for b in m.bridges:
        edges.rows.append((_p(b.source), _p(b.target), _count(b.customers, b.suppressed, k),
                           _share(b.conversion, b.suppressed, k), "via " + ", ".join(_p(v) for v in b.via)))

    out = [head, steps, edges]
    d = m.deviations
    irregular = d.irregular_sequences
    section = Section("Irregular sequences (transitions the flow does not have)",
                      ("from", "to", "customers", "transitions", "skipped"))
    for pair in irregular.examples:
        section.rows.append((_p(pair.source), _p(pair.target), _count(pair.customers, pair.suppressed, k),
                             _count(pair.transitions, pair.suppressed, k),
                             ", ".join(_p(s) for s in pair.skipped) or NA))
    section.notes.append(f"{irregular.pairs} irregular transition{'s' if irregular.pairs != 1 else ''}, "
                         f"{_count(irregular.customers, irregular.suppressed, k)} customers"
                         + (f"; {irregular.more} more not listed" if irregular.more else "") + ".")
    if not irregular.examples:
        section.header = ()
    out.append(section)

    missing = d.missing_touchpoints
    section = Section("Missing touchpoints (steps skipped)", ("step", "customers"))
    section.rows = [(_p(s.step), _count(s.customers, s.suppressed, k)) for s in missing.steps]
    section.notes.append(f"{_count(missing.customers, missing.suppressed, k)} customers skipped a step.")
    if not missing.steps:
        section.header = ()
    out.append(section)

    adhoc = d.ad_hoc_touchpoints
    section = Section("Ad hoc touchpoints (unmapped events between mapped ones)", ("event", "customers", "events"))
    section.rows = [(_p(e.event), f"{e.customers:,}", f"{e.events:,}") for e in adhoc.examples]
    section.notes.append(f"{_count(adhoc.customers, adhoc.suppressed, k)} customers, "
                         f"{_count(adhoc.events, adhoc.suppressed, k)} events"
                         + (f"; {adhoc.more} more names not listed" if adhoc.more else "")
                         + _hidden(adhoc.hidden_names, k) + ".")
    if not adhoc.examples:
        section.header = ()
    out.append(section)

    out.append(Section("Failed touchpoints (steps never observed)", notes=[
        ", ".join(_p(s) for s in d.failed_touchpoints.steps) + "." if d.failed_touchpoints.steps else "None."]))

    if m.touchpoints:
        section = Section("Touchpoints", ("touchpoint", "customers", "events"))
        section.rows = [(_p(t.id), _count(t.customers, t.suppressed, k), _count(t.events, t.suppressed, k))
                        for t in m.touchpoints]
        out.append(section)

    c = m.coverage
    section = Section("Coverage (unmapped events)", ("event", "events", "customers"))
    section.rows = [(_p(e.event), f"{e.events:,}", f"{e.customers:,}") for e in c.unmapped]
    section.notes.append(
        f"{_count(c.mapped_events, c.suppressed, k)} of {_count(c.events, c.suppressed, k)} events mapped to steps "
        f"({_share(c.share, c.suppressed, k)}), {_count(c.customers, c.suppressed, k)} customers"
        + (f"; {c.more} more unmapped names not listed" if c.more else "")
        + _hidden(c.hidden_names, k)
        + (f"; {c.ignored_rows:,} rows without a customer, event or time ignored" if c.ignored_rows else "") + ".")
    if not c.unmapped:
        section.header = ()
    out.append(section)

    notes = Section("Notes")
    if m.suppressed.items or m.suppressed.event_names:
        notes.notes.append(f"Withheld for privacy (fewer than {k} customers): {m.suppressed.items} "
                           f"item{'s' if m.suppressed.items != 1 else ''}; event names left out: "
                           f"{d.ad_hoc_touchpoints.hidden_names} ad hoc, {m.coverage.hidden_names} unmapped.")
    if m.unbound_steps:
        notes.notes.append("Unbound steps (no events, not measured): " + ", ".join(_p(s) for s in m.unbound_steps) + ".")
    if m.unknown_events:
        notes.notes.append("Warning: event names in the map that no measured event has: "
                           + ", ".join(_p(e) for e in m.unknown_events) + ".")
    if notes.notes:
        out.append(notes)
    return out


def warnings(m: Measurement) -> list[str]:
    """What the command says on standard error besides the report."""
    found = []
    if m.unknown_events:
        found.append("event names in the map that no measured event has (a typo, or not logged): "
                     + ", ".join(_p(e) for e in m.unknown_events))
    if m.start in m.unbound_steps:
        found.append(f"the start step '{_p(m.start)}' has no events: entered and shares are not measured")
    return found


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    right = [i for i in range(len(header)) if all(_numeric(r[i]) for r in rows)]
    lines = []
    for row in [header, *rows]:
        cells = [v.rjust(w) if i in right else v.ljust(w) for i, (v, w) in enumerate(zip(row, widths))]
        lines.append("  ".join(cells).rstrip())
    return lines


def _numeric(cell: str) -> bool:
    return bool(cell) and (cell[0].isdigit() or cell[0] == "<" or cell == NA)


def text(m: Measurement) -> str:
    lines: list[str] = []
    for number, section in enumerate(sections(m)):
        if number:
            lines.append("")
        lines.append(section.title)
        if number:
            lines.append("-" * len(section.title))
        if section.header:
            lines += _table(section.header, section.rows)
        lines += section.notes
    return "\n".join(lines) + "\n"


def _md_cell(value: str) -> str:
    return value.replace("\\", "\\\\").replace("|", "\\|").replace("`", "\\`").replace("<", "&lt;")


def markdown(m: Measurement) -> str:
    lines: list[str] = []
    for number, section in enumerate(sections(m)):
        lines.append(("# " if number == 0 else "## ") + _md_cell(section.title))
        lines.append("")
        if section.header:
            lines.append("| " + " | ".join(_md_cell(h) for h in section.header) + " |")
            lines.append("|" + "|".join("---:" if all(_numeric(r[i]) for r in section.rows) and section.rows
                                        else "---" for i in range(len(section.header))) + "|")
            lines += ["| " + " | ".join(_md_cell(v) for v in row) + " |" for row in section.rows]
            lines.append("")
        for note in section.notes:
            lines += [_md_cell(note), ""]
    return "\n".join(lines).rstrip("\n") + "\n"
