"""``--view touchpoints``: the channel × stage matrix of a map.

A row for each channel the steps use (in the order of
:data:`journeyctl.format.vocabulary.CHANNELS`, then channels outside the
vocabulary alphabetically, then a row for touchpoints without a channel), a
column for each stage. A cell holds the steps of that stage that use a
touchpoint of that channel (a step with touchpoints on two channels is in
both rows), with the names of those touchpoints, the average emotion of the
steps that have one, and the barriers at those steps, the most severe first.
Steps without touchpoints are in no row.

Under the rows, the hand-offs: where the customer moves from one step with
touchpoints to the next and the channels or the owners of the touchpoints
change. How it is counted (:func:`handoffs`):

- Along the flow's forward edges, file order and ``next`` alike; a loop back
  (a back edge) is a repeat of moves already made and is not counted.
- Steps without touchpoints are looked through: a step leads to the steps
  with touchpoints that follow it directly or through steps without any. A
  step reached on two ways is one hand-off.
- Each pair of steps is compared as sets: the channels of the first step's
  touchpoints against the second's, and their owners. A touchpoint without
  a channel, or without an owner, is unknown there, not a change: a change
  needs a known value on both sides.
- A hand-off counts for the stage of the step it leads to, and for its pair
  of channel sets (the same set on both sides when only the owner changes).

The matrix is data (:func:`matrix`); this module also writes it as the HTML
page of ``-f html --view touchpoints`` (:class:`TouchpointsRenderer`, on the
map page's header, stylesheet and print CSS: ``templates/html/touchpoints.html.j2``
with ``touchpoints.css`` after ``map.css``). :mod:`journeyctl.render.dot`
draws the same matrix as one Graphviz table for ``-f dot``, ``svg``, ``png``
and ``pdf``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import ClassVar, Iterator

from journeyctl.format.model import Journey, Step
from journeyctl.format.vocabulary import CHANNELS, MINUS, SEVERITY_RANK, signed
from journeyctl.render import channels, i18n
from journeyctl.render.base import Renderer, RenderOptions
from journeyctl.render.mermaid import shorten

#: The widest a step's name is in a cell (its label, or its action cut at a word).
STEP_COLUMNS = 60


def labels(locale: str) -> dict[str, str]:
    """The built-in labels of ``locale`` (the view's ``touchpoints.*`` among
    them), English for any it lacks."""
    return {**i18n.labels("en"), **i18n.labels(locale)}


def channel_label(locale: str, channel: str | None, words: dict[str, str]) -> str:
    """A row's heading: the channel's name, or "No channel"."""
    return words["touchpoints.no_channel"] if channel is None else i18n.channel_name(locale, channel)


# ------------------------------------------------------------------ data


@dataclass(frozen=True)
class Entry:
    """A step in a cell."""

    step: str  # its id
    text: str  # its label, or its action cut to STEP_COLUMNS
    action: str
    touchpoints: tuple[str, ...]  # the names of its touchpoints on the cell's channel
    emotion: int | None


@dataclass(frozen=True)
class Pain:
    """A barrier at a step in a cell."""

    id: str
    text: str
    severity: str
    step: str


@dataclass(frozen=True)
class Cell:
    channel: str | None
    stage: str
    entries: tuple[Entry, ...]
    emotion: float | None  # the average of the entries' emotions; None when none has one
    barriers: tuple[Pain, ...]  # the most severe first, then in the flow's order

    @property
    def empty(self) -> bool:
        return not self.entries


@dataclass(frozen=True)
class HandOff:
    """A move from a step with touchpoints to the next one where the channels or the owners change."""

    source: str
    target: str
    stage: str  # the target's stage
    channels: tuple[tuple[str | None, ...], tuple[str | None, ...]]  # the two steps' channel sets, in row order
    owners: tuple[tuple[str, ...], tuple[str, ...]]  # their known owners, in the touchpoints' order
    channel_changed: bool
    owner_changed: bool


@dataclass(frozen=True)
class Move:
    """Hand-offs alike within a stage, as a cell lists them: a change of
    channels (``kind == "channel"``: ``before`` and ``after`` are channel
    sets) or of owners only (``"owner"``: owner sets)."""

    kind: str
    before: tuple[str | None, ...]
    after: tuple[str | None, ...]
    count: int


@dataclass(frozen=True)
class Column:
    stage: object  # journeyctl.format.model.Stage
    number: int
    handoffs: int
    moves: tuple[Move, ...]
    has_touchpoints: bool


@dataclass(frozen=True)
class Matrix:
    channels: tuple[str | None, ...]  # the rows
    columns: tuple[Column, ...]
    cells: dict[tuple[str | None, str], Cell]  # (channel, stage id): every row × column
    handoffs: tuple[HandOff, ...]  # in the flow's order
    by_stage: dict[str, int]  # stage id: hand-offs into it (every stage, 0 too)
    by_pair: dict[tuple[tuple[str | None, ...], tuple[str | None, ...]], int]  # channel sets: hand-offs

    @property
    def total(self) -> int:
        return len(self.handoffs)

    def cell(self, channel: str | None, stage: str) -> Cell:
        return self.cells[(channel, stage)]


def _row_key(channel: str | None) -> tuple[int, int, str]:
    if channel is None:
        return (2, 0, "")
    if channel in CHANNELS:
        return (0, CHANNELS.index(channel), "")
    return (1, 0, channel)


def matrix(journey: Journey) -> Matrix:
    """The channel × stage matrix of ``journey`` (see the module's docstring)."""
    used = sorted({journey.touchpoint(t).channel for st in journey.stages for s in st.steps for t in s.touchpoints},
                  key=_row_key)
    cells: dict[tuple[str | None, str], Cell] = {}
    for stage in journey.stages:
        for channel in used:
            entries, emotions, pains = [], [], []
            for step in stage.steps:
                names = tuple(journey.touchpoint(t).name for t in dict.fromkeys(step.touchpoints)
                              if journey.touchpoint(t).channel == channel)
                if not names:
                    continue
                entries.append(Entry(step.id, shorten(step.label or step.action, STEP_COLUMNS), step.action,
                                     names, step.emotion))
                if step.emotion is not None:
                    emotions.append(step.emotion)
                pains += [Pain(b.id, b.text, b.severity, step.id) for b in step.barriers]
            pains.sort(key=lambda p: -SEVERITY_RANK[p.severity])  # stable: the flow's order within a severity
            average = sum(emotions) / len(emotions) if emotions else None
            cells[(channel, stage.id)] = Cell(channel, stage.id, tuple(entries), average, tuple(pains))

    found = handoffs(journey, used)
    by_stage = {stage.id: 0 for stage in journey.stages}
    by_pair: dict[tuple[tuple[str | None, ...], tuple[str | None, ...]], int] = {}
    moves: dict[str, dict[tuple, int]] = {stage.id: {} for stage in journey.stages}
    for handoff in found:
        by_stage[handoff.stage] += 1
        by_pair[handoff.channels] = by_pair.get(handoff.channels, 0) + 1
        key = ("channel", *handoff.channels) if handoff.channel_changed else ("owner", *handoff.owners)
        moves[handoff.stage][key] = moves[handoff.stage].get(key, 0) + 1
    columns = tuple(
        Column(stage, number, by_stage[stage.id],
               tuple(Move(kind, before, after, count) for (kind, before, after), count in moves[stage.id].items()),
               any(s.touchpoints for s in stage.steps))
        for number, stage in enumerate(journey.stages, start=1)
    )
    return Matrix(tuple(used), columns, cells, tuple(found), by_stage, by_pair)


def handoffs(journey: Journey, rows: list[str | None] | None = None) -> list[HandOff]:
    """The hand-offs of ``journey``, in the flow's order of their first step,
    then of the step they lead to (see the module's docstring)."""
    flow = journey.flow
    if rows is None:
        rows = sorted({journey.touchpoint(t).channel for p in flow.steps for t in p.step.touchpoints}, key=_row_key)
    rank = {channel: i for i, channel in enumerate(rows)}

    def channel_set(step: Step) -> tuple[str | None, ...]:
        return tuple(sorted({journey.touchpoint(t).channel for t in step.touchpoints}, key=rank.__getitem__))

    def owner_set(step: Step) -> tuple[str, ...]:
        return tuple(dict.fromkeys(o for t in step.touchpoints if (o := journey.touchpoint(t).owner) is not None))

    ahead = _ahead(journey)
    found = []
    for position in flow.steps:
        step = position.step
        if not step.touchpoints:
            continue
        before_channels, before_owners = channel_set(step), owner_set(step)
        for target_id in sorted(ahead[step.id], key=lambda s: flow.position(s).order):
            target = flow.position(target_id)
            after_channels, after_owners = channel_set(target.step), owner_set(target.step)
            channel_changed = _changed(before_channels, after_channels)
            owner_changed = _changed(before_owners, after_owners)
            if channel_changed or owner_changed:
                found.append(HandOff(step.id, target_id, target.stage.id, (before_channels, after_channels),
                                     (before_owners, after_owners), channel_changed, owner_changed))
    return found


def _changed(before: tuple, after: tuple) -> bool:
    """Whether two sets differ where both are known (None is unknown)."""
    a, b = {x for x in before if x is not None}, {x for x in after if x is not None}
    return bool(a) and bool(b) and a != b


def _ahead(journey: Journey) -> dict[str, frozenset[str]]:
    """For each step, the steps with touchpoints it leads to along forward
    edges, directly or through steps without touchpoints.

    Forward edges go to a later step, so taking the steps from the last one
    back, every step a step leads to is known already: each set is the union
    of sets known before, computed once (and shared where it is one of them),
    so the cost is near the steps and the edges."""
    flow = journey.flow
    ahead: dict[str, frozenset[str]] = {}
    for position in reversed(flow.steps):
        parts: list[frozenset[str]] = []
        direct: set[str] = set()
        for edge in flow.outgoing(position.step.id):
            if edge.back:
                continue
            if flow.position(edge.target).step.touchpoints:
                direct.add(edge.target)
            else:
                parts.append(ahead[edge.target])
        ahead[position.step.id] = _union(parts, direct)
    return ahead


def _union(parts: list[frozenset[str]], extra: set[str]) -> frozenset[str]:
    """The union of ``parts`` and ``extra``, sharing a part when it is all of it."""
    distinct = list({id(p): p for p in parts}.values())
    if not extra and len(distinct) == 1:
        return distinct[0]
    result = set(extra)
    for part in distinct:
        result |= part
    return frozenset(result)


# ------------------------------------------------------------ as text


def level(average: float) -> int:
    """The emotion (−2…2) nearest an average, halves away from zero: its colour and marker."""
    return int(math.copysign(math.floor(abs(average) + 0.5), average))


def average_text(average: float) -> str:
    """An average emotion as printed: +1.5, −0.3, 0, +2 (one decimal, a true minus sign)."""
    tenths = round(average * 10)
    if tenths % 10 == 0:
        return signed(tenths // 10)
    sign = "+" if tenths > 0 else MINUS
    return f"{sign}{abs(tenths) // 10}.{abs(tenths) % 10}"


def move_text(move: Move, locale: str, words: dict[str, str], symbols: bool = False, arrow: str = "→") -> str:
    """A move as a cell lists it: "Email → Web", or "Owner: Billing → Support"
    (``symbols``: each channel's symbol before its name; ``arrow``: "←" for a
    right-to-left line)."""
    if move.kind == "channel":
        def side(values):
            return " + ".join((channels.symbol(c) + " " if symbols else "") + channel_label(locale, c, words)
                              for c in values)
    else:
        def side(values):
            return " + ".join(values)
    text = f"{side(move.before)} {arrow} {side(move.after)}"
    return text if move.kind == "channel" else f"{words['owner']}: {text}"


# ------------------------------------------------------------------ HTML


class TouchpointsRenderer(Renderer):
    """``-f html --view touchpoints``: the matrix as one self-contained page."""

    name = "html"
    extensions = (".html", ".htm")
    media_type = "text/html"
    summary = "the touchpoints by channel and stage as one self-contained web page"
    settings: ClassVar[frozenset[str]] = frozenset({"paper", "fit"})

    def render(self, journey: Journey, options: RenderOptions) -> str:
        return "".join(self.stream(journey, options))

    def stream(self, journey: Journey, options: RenderOptions) -> Iterator[str]:
        """The page as Jinja writes it (the view is built first)."""
        from journeyctl.format.vocabulary import EMOTIONS_DESCENDING, SEVERITIES_DESCENDING, emotion_value
        from journeyctl.render.html import EMOTION_CLASS, build_page, marker_path, stylesheet, template

        page = build_page(journey, options, curve=False)
        words = labels(journey.locale)
        m = matrix(journey)
        locale = journey.locale
        return template("touchpoints.html.j2").generate(
            page=page, j=journey, L={**page.labels, **words}, m=m, css=page.css + "\n" + stylesheet("touchpoints.css"),
            row_name=lambda c: channel_label(locale, c, words),
            level=level, average_text=average_text, emotion_label=emotion_value,
            move_text=lambda move: move_text(move, locale, words), marker_path=marker_path,
            EMOTION_CLASS=EMOTION_CLASS, TINT={v: "tint-" + c[3:] for v, c in EMOTION_CLASS.items()},
            emotions=EMOTIONS_DESCENDING, severities=SEVERITIES_DESCENDING,
            pairs=sorted(m.by_pair.items(), key=lambda item: -item[1]),
            pair_text=lambda pair: move_text(Move("channel", pair[0], pair[1], 0), locale, words),
        )

