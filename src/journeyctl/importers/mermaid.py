"""``journeyctl import mermaid``: a Mermaid journey diagram -> a commented map.

Sections become stages, tasks steps, score 1…5 emotion −2…2, the most
frequent actor the persona (the others are named in a comment). Ids are
generated from the names, as slugs, unique within their kind. The map is
written as YAML text with comments, and checked by the loader before it is
returned. Every value goes through :func:`scalar` and every piece of text in
a comment through :func:`comment`, so no name (nor the file's) can end a
comment or a value and add keys of its own.
"""

from __future__ import annotations

from collections import Counter

from journeyctl.load import load_bytes, slugify
from journeyctl.text.mermaid_journey import Diagram, Task
from journeyctl.text.yaml_scalar import comment, scalar

MAX_SLUG = 40


class _Ids:
    """Unique ids of one kind: the slug of a name, then ``slug-2``,
    ``slug-3``… Each base remembers the next number to try, so a thousand
    steps of one name cost a thousand tries, not half a million; a number
    is skipped only where that id is taken already (by a name that slugs to
    it), which happens once per id."""

    def __init__(self, kind: str):
        self.kind = kind
        self.used: set[str] = set()
        self.next: dict[str, int] = {}

    def make(self, name: str) -> str:
        base = slugify(name)[:MAX_SLUG].strip("-") or f"{self.kind}-{len(self.used) + 1}"
        candidate = base
        if candidate in self.used:
            n = self.next.get(base, 2)
            while f"{base}-{n}" in self.used:
                n += 1
            candidate = f"{base}-{n}"
            self.next[base] = n + 1
        self.used.add(candidate)
        return candidate


def _emotion(task: Task) -> tuple[int | None, str]:
    """The emotion for a task's score, and a comment when it needs one."""
    if task.no_emotion:
        return None, "no emotion recorded"
    score = task.score
    clamped = min(5.0, max(1.0, score))
    emotion = int(round(clamped)) - 3
    if clamped != score:
        return emotion, f"Mermaid score {score:g} is outside 1-5"
    if clamped != int(clamped):
        return emotion, f"Mermaid score {score:g} rounded"
    return emotion, ""


def to_map(diagram: Diagram, source: str, map_id: str) -> str:
    actors = Counter(actor for section in diagram.sections for task in section.tasks for actor in task.actors)
    order = {a: i for i, a in enumerate(dict.fromkeys(a for s in diagram.sections for t in s.tasks for a in t.actors))}
    ranked = sorted(actors, key=lambda a: (-actors[a], order[a]))
    title = diagram.title or diagram.acc_title or "Untitled journey"

    out = [
        f"# Imported from {comment(source)} by journeyctl import mermaid.",
        "# Next: check the ids, then add touchpoints, thoughts, barriers and opportunities.",
        "journeyctl: 1",
        f"id: {scalar(map_id)}",
        f"title: {scalar(title)}",
    ]
    if diagram.acc_descr:
        out.append(f"description: {scalar(diagram.acc_descr)}")
    out.append("persona:")
    if ranked:
        out.append(f"  name: {scalar(ranked[0])}")
        if len(ranked) > 1:
            out.append(f"  # Other actors in the diagram: {comment(', '.join(ranked[1:]))}")
    else:
        out.append("  name: Customer  # the diagram names no actor: name the persona here")

    out.append("stages:")
    stage_ids, step_ids = _Ids("stage"), _Ids("step")
    for section in diagram.sections:
        name = section.name or title
        out.append(f"  - id: {scalar(stage_ids.make(name))}")
        out.append(f"    name: {scalar(name)}")
        if not section.tasks:
            continue
        out.append("    steps:")
        for task in section.tasks:
            out.append(f"      - id: {scalar(step_ids.make(task.name))}")
            out.append(f"        action: {scalar(task.name)}")
            emotion, note = _emotion(task)
            if emotion is not None:
                out.append(f"        emotion: {emotion}" + (f"  # {comment(note)}" if note else ""))
            elif note:
                out.append(f"        # {comment(note)}")
            others = [a for a in task.actors if a != (ranked[0] if ranked else None)]
            if others:
                out.append(f"        # also: {comment(', '.join(others))}")
    if not diagram.sections:
        out.append("  - id: journey")
        out.append(f"    name: {scalar(title)}")
    text = "\n".join(out) + "\n"
    load_bytes(text.encode("utf-8"), source)  # the contract: what we write is a valid map
    return text
