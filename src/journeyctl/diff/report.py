"""``journeyctl diff`` output: text (coloured on a terminal), md, json.

The JSON shape, version 1:

    {"version": 1, "old": "HEAD:maps/a.yaml", "new": "maps/a.yaml", "changed": true,
     "summary": {"emotion_average": {"old": -0.3, "new": 0.5},
                 "lowest": {"old": {"value": -2, "steps": ["..."]}, "new": {...}},
                 "barriers": {"old": 5, "new": 3, "opened": 1, "closed": 3}},
     "changes": [{"kind": "step.emotion", "id": "pricing", "old": -2, "new": 0,
                  "direction": 1, "message": "..."}]}

``direction`` is 1 for a change that is better for the customer (an improved
emotion, a resolved barrier), -1 for worse, 0 otherwise.
"""

from __future__ import annotations

import json

from journeyctl.diff.compare import Comparison, Moment
from journeyctl.format.vocabulary import average_text, emotion_value
from journeyctl.text.markdown_inline import md

PREFIX = {"added": "+", "opened": "+", "removed": "−", "resolved": "−"}


def _moment(moment: Moment | None) -> str:
    if moment is None:
        return "—"
    return f"{emotion_value(moment.value)} ({'; '.join(moment.steps)})"


def _summary_lines(c: Comparison) -> list[tuple[str, str]]:
    old, new = c.old, c.new
    delta = ""
    if old.emotion_average is not None and new.emotion_average is not None:
        d = round(new.emotion_average - old.emotion_average, 2)
        delta = f" ({d:+.2f})".replace("-", "−") if d else " (unchanged)"
    return [
        ("emotion average", f"{average_text(old.emotion_average)} → {average_text(new.emotion_average)}{delta}"),
        ("lowest point", f"{_moment(old.lowest)} → {_moment(new.lowest)}"),
        ("barriers", f"{old.barriers} → {new.barriers}: {c.opened} opened, {c.closed} resolved"),
    ]


def _symbol(change) -> str:
    action = change.kind.split(".", 1)[1]
    if action in PREFIX:
        return PREFIX[action]
    return {1: "↑", -1: "↓"}.get(change.direction, "~")


def text(c: Comparison, old_name: str, new_name: str, colour: bool = False) -> str:
    import click

    def style(value: str, **kw) -> str:
        return click.style(value, **kw) if colour else value

    lines = [style(f"{old_name} → {new_name}", bold=True)]
    if not c.changed:
        return "\n".join(lines + ["no change for the customer"]) + "\n"
    lines.append("summary:")
    lines += [f"  {label:<16} {value}" for label, value in _summary_lines(c)]
    lines.append("changes:")
    for change in c.changes:
        symbol = _symbol(change)
        colour_of = {"↑": "green", "+": "green", "↓": "red", "−": "red"}.get(symbol)
        if change.kind.startswith("barrier."):
            colour_of = {"+": "red", "−": "green"}.get(symbol, colour_of)
        lines.append(f"  {style(symbol, fg=colour_of, bold=True) if colour_of else symbol} {change.message}")
    return "\n".join(lines) + "\n"


def markdown(c: Comparison, old_name: str, new_name: str) -> str:
    lines = [f"### Journey map changes: `{old_name.replace('`', '')}` → `{new_name.replace('`', '')}`", ""]
    if not c.changed:
        return "\n".join(lines + ["No change for the customer.", ""])
    lines += ["| | before → after |", "| --- | --- |"]
    lines += [f"| {label} | {md(value)} |" for label, value in _summary_lines(c)]
    lines += ["", "| | change |", "| --- | --- |"]
    lines += [f"| {_symbol(ch)} | {md(ch.message)} |" for ch in c.changes]
    return "\n".join(lines) + "\n"


def as_json(c: Comparison, old_name: str, new_name: str) -> str:
    def moment(m: Moment | None):
        return None if m is None else {"value": m.value, "steps": list(m.steps)}

    data = {
        "version": 1, "old": old_name, "new": new_name, "changed": c.changed,
        "summary": {
            "emotion_average": {"old": c.old.emotion_average, "new": c.new.emotion_average},
            "lowest": {"old": moment(c.old.lowest), "new": moment(c.new.lowest)},
            "barriers": {"old": c.old.barriers, "new": c.new.barriers, "opened": c.opened, "closed": c.closed},
        },
        "changes": [{"kind": ch.kind, "id": ch.id, "old": ch.old, "new": ch.new, "direction": ch.direction,
                     "message": ch.message} for ch in c.changes],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


FORMATS = {"text": text, "md": markdown, "json": as_json}
