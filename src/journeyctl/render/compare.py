"""A future-state map against the current map it improves, as data.

``render --compare current.yaml`` (the ``compare`` setting: the loaded
current map) hands both maps to :func:`compare`; the HTML map draws the
current curve under the future one and a summary, and the Markdown prints
the summary as tables. Nothing here writes HTML or Markdown.

Matching, one to one:

* Steps: the same id; else (a step whose id was edited) the same action,
  compared without case and runs of white space, as ``journeyctl diff``
  matches steps. A matched step has a column in the future map, where the
  current curve's point for it is drawn.
* Barriers: the same id; else the same text (compared the same way), so that
  a barrier copied into the future map under a new id still counts as open.
  A barrier of the current map with no match is *removed*; one of the future
  map with no match is *new*; a matched pair is *still open* (its severity
  and text may differ: the future map's are its own).

Averages and lowest points are over the steps that record an emotion, in
flow order (the lowest point lists every step at the lowest value, as the
map's own summary does: :func:`journeyctl.render.summary.summarize`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable, TypeVar

from journeyctl.format.model import Journey
from journeyctl.render.summary import BarrierAt, Lowest, StepAt, summarize

T = TypeVar("T")


@dataclass(frozen=True)
class StepPair:
    """A step of the current map and the step of the future map it matches."""

    current: StepAt
    future: StepAt

    @property
    def current_emotion(self) -> int | None:
        return self.current.step.emotion

    @property
    def future_emotion(self) -> int | None:
        return self.future.step.emotion


@dataclass(frozen=True)
class Side:
    """One map's emotion in figures."""

    #: The mean emotion of the steps that record one, to two decimals (None: none does).
    average: float | None
    lowest: Lowest | None
    barriers: int


@dataclass(frozen=True)
class OpenBarrier:
    """A barrier in both maps: as it is now, and as the future map keeps it."""

    current: BarrierAt
    future: BarrierAt


@dataclass(frozen=True)
class Comparison:
    current: Journey
    future: Journey
    #: Matched steps, in the future map's file (column) order.
    steps: tuple[StepPair, ...]
    before: Side
    after: Side
    #: The current map's barriers the future map no longer has, in file order.
    removed: tuple[BarrierAt, ...]
    #: Barriers in both maps, in the future map's file order.
    still_open: tuple[OpenBarrier, ...]
    #: The future map's barriers the current map does not have, in file order.
    new: tuple[BarrierAt, ...]
    #: Steps of the current map with no match in the future map (file order).
    dropped: tuple[StepAt, ...]
    #: Steps of the future map with no match in the current map (file order).
    added: tuple[StepAt, ...]

    def pair(self, future_step_id: str) -> StepPair | None:
        """The match of the future map's step ``future_step_id``, if any."""
        for pair in self.steps:
            if pair.future.step.id == future_step_id:
                return pair
        return None


def normalized(text: str) -> str:
    """Text as matching compares it: without case and runs of white space."""
    return " ".join(text.casefold().split())


def match(before: Iterable[T], after: Iterable[T], key: Callable[[T], str],
          text: Callable[[T], str]) -> list[tuple[T, T]]:
    """One-to-one pairs (before, after): the same ``key`` (an id), else the
    same normalized ``text``; in ``after``'s order."""
    before, after = list(before), list(after)
    by_key = {key(b): b for b in before}
    pairs: dict[int, T] = {}
    taken: set[int] = set()
    for i, item in enumerate(after):
        found = by_key.get(key(item))
        if found is not None:
            pairs[i] = found
            taken.add(id(found))
    lonely = {}
    for item in before:
        if id(item) not in taken:
            lonely.setdefault(normalized(text(item)), item)
    for i, item in enumerate(after):
        if i in pairs:
            continue
        found = lonely.get(normalized(text(item)))
        if found is not None and id(found) not in taken:
            pairs[i] = found
            taken.add(id(found))
    return [(pairs[i], item) for i, item in enumerate(after) if i in pairs]


def side(journey: Journey) -> Side:
    return Side(journey.emotion_average(), summarize(journey).lowest, len(journey.barriers()))


def compare(current: Journey, future: Journey) -> Comparison:
    """How ``future`` changes ``current`` (see the module's docstring)."""
    now = [StepAt(st, sp) for st in current.stages for sp in st.steps]
    then = [StepAt(st, sp) for st in future.stages for sp in st.steps]
    step_pairs = match(now, then, lambda s: s.step.id, lambda s: s.step.action)
    matched_now = {id(a) for a, _ in step_pairs}
    matched_then = {id(b) for _, b in step_pairs}

    had = [BarrierAt(st, sp, b) for st, sp, b in current.barriers()]
    has = [BarrierAt(st, sp, b) for st, sp, b in future.barriers()]
    barrier_pairs = match(had, has, lambda b: b.barrier.id, lambda b: b.barrier.text)
    kept = {id(a) for a, _ in barrier_pairs}
    kept_then = {id(b) for _, b in barrier_pairs}

    return Comparison(
        current=current, future=future,
        steps=tuple(StepPair(a, b) for a, b in step_pairs),
        before=side(current), after=side(future),
        removed=tuple(b for b in had if id(b) not in kept),
        still_open=tuple(OpenBarrier(a, b) for a, b in barrier_pairs),
        new=tuple(b for b in has if id(b) not in kept_then),
        dropped=tuple(s for s in now if id(s) not in matched_now),
        added=tuple(s for s in then if id(s) not in matched_then),
    )
