"""What changed for the customer between two versions of a map.

Things are matched by id. Where an id disappears and another appears with
the same name or action (a stage or step whose id was edited), that is an id
change, not a removal and an addition. Each change has a ``kind`` from the
list below, the ``id`` it is about, the ``old`` and ``new`` values, and a
human ``message``; :mod:`journeyctl.diff.report` writes them out.

Kinds: ``map.title``, ``map.goal``, ``map.description``, ``map.state``,
``map.owner``, ``map.locale``; ``persona.name``, ``persona.role``,
``persona.quote``, ``persona.description``, ``persona.goals``,
``persona.needs``, ``persona.frustrations``; ``stage.added``,
``stage.removed``, ``stage.renamed``, ``stage.moved``, ``stage.id``;
``step.added``, ``step.removed``, ``step.renamed``, ``step.moved``,
``step.id``, ``step.emotion``, ``step.touchpoints``, ``step.moment_of_truth``,
``step.next``; ``barrier.opened``, ``barrier.resolved``, ``barrier.severity``,
``barrier.text``; ``opportunity.added``, ``opportunity.removed``,
``opportunity.text``, ``opportunity.addresses``; ``touchpoint.added``,
``touchpoint.removed``, ``touchpoint.renamed``, ``touchpoint.channel``,
``touchpoint.owner``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from journeyctl.format.vocabulary import SEVERITY_RANK, signed
from journeyctl.format.vocabulary import emotion_value as _e
from journeyctl.format.model import Journey

@dataclass(frozen=True)
class Change:
    kind: str
    id: str
    old: Any
    new: Any
    message: str
    #: +1 better for the customer, -1 worse, 0 neither or unknown.
    direction: int = 0


@dataclass(frozen=True)
class Moment:
    value: int
    steps: tuple[str, ...]  # actions


@dataclass(frozen=True)
class Side:
    emotion_average: float | None
    lowest: Moment | None
    barriers: int


@dataclass
class Comparison:
    old: Side
    new: Side
    opened: int = 0
    closed: int = 0
    changes: list[Change] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.changes)


def side(journey: Journey | None) -> Side:
    if journey is None:
        return Side(None, None, 0)
    emotions = [(p.step.emotion, p.step.action) for p in journey.flow.steps if p.step.emotion is not None]
    lowest = None
    if emotions:
        value = min(e for e, _ in emotions)
        lowest = Moment(value, tuple(a for e, a in emotions if e == value))
    return Side(journey.emotion_average(), lowest, len(journey.barriers()))


def compare(old: Journey | None, new: Journey | None) -> Comparison:
    """The changes from ``old`` to ``new``; None is a map that does not exist."""
    result = Comparison(side(old), side(new))
    out = result.changes
    if old is None or new is None:
        if new is not None:
            out.append(Change("map.added", new.id or "", None, new.title, f"new map “{new.title}”"))
        elif old is not None:
            out.append(Change("map.removed", old.id or "", old.title, None, f"map “{old.title}” removed"))
        result.opened = result.new.barriers
        result.closed = result.old.barriers
        return result

    for name in ("title", "goal", "description", "owner", "locale"):
        _value(out, f"map.{name}", old.id or "", getattr(old, name), getattr(new, name), name)
    if old.state != new.state:
        out.append(Change("map.state", old.id or "", old.state, new.state, f"state {old.state} → {new.state}"))

    for name in ("name", "role", "quote", "description"):
        _value(out, f"persona.{name}", "persona", getattr(old.persona, name), getattr(new.persona, name), f"persona {name}")
    for name in ("goals", "needs", "frustrations"):
        _items(out, f"persona.{name}", getattr(old.persona, name), getattr(new.persona, name), f"persona {name}")

    _touchpoints(out, old, new)
    stage_pairs = _stages(out, old, new)
    _steps(out, old, new, stage_pairs)
    result.opened, result.closed = _barriers(out, old, new)
    _opportunities(out, old, new)
    return result


def _value(out: list[Change], kind: str, id_: str, old: Any, new: Any, label: str) -> None:
    if old != new:
        if old is None:
            message = f"{label} added: “{new}”"
        elif new is None:
            message = f"{label} removed (was “{old}”)"
        else:
            message = f"{label} “{old}” → “{new}”"
        out.append(Change(kind, id_, old, new, message))


def _items(out: list[Change], kind: str, old: list[str], new: list[str], label: str) -> None:
    added = [x for x in new if x not in old]
    removed = [x for x in old if x not in new]
    if added or removed:
        parts = [f"+ “{x}”" for x in added] + [f"− “{x}”" for x in removed]
        out.append(Change(kind, "persona", removed, added, f"{label}: " + ", ".join(parts)))


def _match(old: dict[str, Any], new: dict[str, Any], key) -> dict[str, str]:
    """old id -> new id: the same id, or else the same name/action."""
    pairs = {i: i for i in old if i in new}
    lonely_new = {key(new[i]): i for i in new if i not in old}
    for i in old:
        if i not in pairs:
            candidate = lonely_new.get(key(old[i]))
            if candidate is not None and candidate not in pairs.values():
                pairs[i] = candidate
    return pairs


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


def _stages(out: list[Change], old: Journey, new: Journey) -> dict[str, str]:
    before = {s.id: s for s in old.stages}
    after = {s.id: s for s in new.stages}
    pairs = _match(before, after, lambda s: _norm(s.name))
    for old_id, new_id in pairs.items():
        a, b = before[old_id], after[new_id]
        if old_id != new_id:
            out.append(Change("stage.id", new_id, old_id, new_id, f"stage “{b.name}”: id {old_id} → {new_id}"))
        if a.name != b.name:
            out.append(Change("stage.renamed", new_id, a.name, b.name, f"stage renamed “{a.name}” → “{b.name}”"))
    for stage in old.stages:
        if stage.id not in pairs:
            out.append(Change("stage.removed", stage.id, stage.name, None, f"stage removed: “{stage.name}”"))
    matched_new = set(pairs.values())
    for stage in new.stages:
        if stage.id not in matched_new:
            out.append(Change("stage.added", stage.id, None, stage.name, f"stage added: “{stage.name}”"))
    _moves(out, "stage", [pairs[s.id] for s in old.stages if s.id in pairs],
           [s.id for s in new.stages if s.id in matched_new], {s.id: s.name for s in new.stages})
    return pairs


def _moves(out: list[Change], what: str, old_order: list[str], new_order: list[str], names: dict[str, str]) -> None:
    """Things whose place among the others changed: those outside the longest
    run of matching order between the two (difflib's matching blocks)."""
    from difflib import SequenceMatcher

    matcher = SequenceMatcher(None, old_order, new_order, autojunk=False)
    keep = {old_order[block.a + k] for block in matcher.get_matching_blocks() for k in range(block.size)}
    old_index = {id_: i for i, id_ in enumerate(old_order)}
    for id_ in new_order:
        if id_ not in keep:
            before, after = old_index[id_] + 1, new_order.index(id_) + 1
            out.append(Change(f"{what}.moved", id_, before, after,
                              f"{what} “{names[id_]}” moved from position {before} to {after}"))


def _steps(out: list[Change], old: Journey, new: Journey, stage_pairs: dict[str, str]) -> None:
    before = {p.step.id: p for p in old.flow.steps}
    after = {p.step.id: p for p in new.flow.steps}
    pairs = _match(before, after, lambda p: _norm(p.step.action))
    for old_id, new_id in pairs.items():
        a, b = before[old_id], after[new_id]
        sa, sb = a.step, b.step
        label = f"step “{sb.action}”"
        if old_id != new_id:
            out.append(Change("step.id", new_id, old_id, new_id, f"{label}: id {old_id} → {new_id}"))
        if sa.action != sb.action:
            out.append(Change("step.renamed", new_id, sa.action, sb.action, f"step renamed “{sa.action}” → “{sb.action}”"))
        if stage_pairs.get(a.stage.id) != b.stage.id:
            out.append(Change("step.moved", new_id, a.stage.name, b.stage.name,
                              f"{label} moved from stage “{a.stage.name}” to “{b.stage.name}”"))
        if sa.emotion != sb.emotion:
            if sa.emotion is None or sb.emotion is None:
                message = f"{label}: emotion {_e(sa.emotion)} → {_e(sb.emotion)}"
                direction = 0
            else:
                delta = sb.emotion - sa.emotion
                direction = 1 if delta > 0 else -1
                word = "improved" if delta > 0 else "worsened"
                message = f"{label}: emotion {_e(sa.emotion)} → {_e(sb.emotion)} ({signed(delta)}, {word})"
            out.append(Change("step.emotion", new_id, sa.emotion, sb.emotion, message, direction))
        if sa.touchpoints != sb.touchpoints:
            out.append(Change("step.touchpoints", new_id, sa.touchpoints, sb.touchpoints,
                              f"{label}: touchpoints {_list(sa.touchpoints)} → {_list(sb.touchpoints)}"))
        if sa.moment_of_truth != sb.moment_of_truth:
            now = "now a moment of truth" if sb.moment_of_truth else "no longer a moment of truth"
            out.append(Change("step.moment_of_truth", new_id, sa.moment_of_truth, sb.moment_of_truth, f"{label}: {now}"))
        if sa.next != sb.next:
            out.append(Change("step.next", new_id, sa.next, sb.next,
                              f"{label}: next {_next(sa.next)} → {_next(sb.next)}"))
    for id_, position in before.items():
        if id_ not in pairs:
            out.append(Change("step.removed", id_, position.step.action, None,
                              f"step removed from “{position.stage.name}”: “{position.step.action}”"))
    matched_new = set(pairs.values())
    stayed = [old_id for old_id in before if old_id in pairs
              and stage_pairs.get(before[old_id].stage.id) == after[pairs[old_id]].stage.id]
    _moves(out, "step", [pairs[i] for i in stayed],
           [i for i in after if i in {pairs[s] for s in stayed}], {i: p.step.action for i, p in after.items()})
    for id_, position in after.items():
        if id_ not in matched_new:
            emotion = f" (emotion {_e(position.step.emotion)})" if position.step.emotion is not None else ""
            out.append(Change("step.added", id_, None, position.step.action,
                              f"step added to “{position.stage.name}”: “{position.step.action}”{emotion}"))


def _barriers(out: list[Change], old: Journey, new: Journey) -> tuple[int, int]:
    before = {b.id: (st, sp, b) for st, sp, b in old.barriers()}
    after = {b.id: (st, sp, b) for st, sp, b in new.barriers()}
    opened = closed = 0
    for id_, (stage, step, barrier) in before.items():
        if id_ not in after:
            closed += 1
            out.append(Change("barrier.resolved", id_, barrier.text, None,
                              f"barrier resolved ({barrier.severity}): “{barrier.text}”", 1))
    for id_, (stage, step, barrier) in after.items():
        if id_ not in before:
            opened += 1
            out.append(Change("barrier.opened", id_, None, barrier.text,
                              f"barrier opened ({barrier.severity}) at “{step.action}”: “{barrier.text}”", -1))
            continue
        previous = before[id_][2]
        if previous.severity != barrier.severity:
            direction = 1 if SEVERITY_RANK[barrier.severity] < SEVERITY_RANK[previous.severity] else -1
            out.append(Change("barrier.severity", id_, previous.severity, barrier.severity,
                              f"barrier “{barrier.text}”: severity {previous.severity} → {barrier.severity}", direction))
        if previous.text != barrier.text:
            out.append(Change("barrier.text", id_, previous.text, barrier.text,
                              f"barrier “{previous.text}” → “{barrier.text}”"))
    return opened, closed


def _opportunities(out: list[Change], old: Journey, new: Journey) -> None:
    before = {o.id: o for _, o in old.opportunities()}
    after = {o.id: o for _, o in new.opportunities()}
    for id_, o in before.items():
        if id_ not in after:
            out.append(Change("opportunity.removed", id_, o.text, None, f"opportunity removed: “{o.text}”"))
    for id_, o in after.items():
        if id_ not in before:
            out.append(Change("opportunity.added", id_, None, o.text, f"opportunity added: “{o.text}”"))
            continue
        p = before[id_]
        if p.text != o.text:
            out.append(Change("opportunity.text", id_, p.text, o.text, f"opportunity “{p.text}” → “{o.text}”"))
        if p.addresses != o.addresses:
            out.append(Change("opportunity.addresses", id_, p.addresses, o.addresses,
                              f"opportunity “{o.text}”: addresses {_list(p.addresses)} → {_list(o.addresses)}"))


def _touchpoints(out: list[Change], old: Journey, new: Journey) -> None:
    before = {t.id: t for t in old.touchpoints}
    after = {t.id: t for t in new.touchpoints}
    for id_, t in before.items():
        if id_ not in after:
            out.append(Change("touchpoint.removed", id_, t.name, None, f"touchpoint removed: “{t.name}” ({t.channel or 'no channel'})"))
    for id_, t in after.items():
        if id_ not in before:
            out.append(Change("touchpoint.added", id_, None, t.name, f"touchpoint added: “{t.name}” ({t.channel or 'no channel'})"))
            continue
        p = before[id_]
        if p.name != t.name:
            out.append(Change("touchpoint.renamed", id_, p.name, t.name, f"touchpoint renamed “{p.name}” → “{t.name}”"))
        if p.channel != t.channel:
            out.append(Change("touchpoint.channel", id_, p.channel, t.channel,
                              f"touchpoint “{t.name}”: channel {p.channel or 'none'} → {t.channel or 'none'}"))
        if p.owner != t.owner:
            out.append(Change("touchpoint.owner", id_, p.owner, t.owner,
                              f"touchpoint “{t.name}”: owner {p.owner or 'none'} → {t.owner or 'none'}"))


def _list(items: list[str]) -> str:
    return "[" + ", ".join(items) + "]"


def _next(value: list[str] | None) -> str:
    return "(file order)" if value is None else ("[] (ends)" if value == [] else _list(value))
