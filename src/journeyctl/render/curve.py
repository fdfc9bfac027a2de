"""The emotion curve's geometry: one curve across the whole map.

Each step is a column of equal width; a step's emotion is a point in the
middle of its column, at a height given by its value (``LEVEL`` units a level
apart, ``PAD`` above +2 and below −2 for the labels). The curve follows the
journey's flow: one smooth segment per forward edge between two steps that
both have an emotion (so a fork, a ``next`` with several targets, draws one
line to each alternative), and a dashed arc for an edge going back (a loop).

Segments are cubic Béziers whose tangents come from the Fritsch–Butland
monotone rule: the curve passes exactly through every value, never
overshoots between two of them, and is smooth where one segment meets the
next (a fork or a join gets a flat tangent, shared by all its segments).

Coordinates: x in units of ``COLUMN`` per column, y in units of a lane
``HEIGHT`` high. The lines are drawn in a nested SVG stretched to the real
size (``preserveAspectRatio="none"`` and a non-scaling stroke), and markers,
labels and guides are placed in percent of the width and height, so the
lane can be as wide as the columns and as high as the style sheet says
(lower in print) without distorting a marker or a label. For right-to-left
maps x is mirrored.

``render --compare`` draws a second curve under the map's: the current map's
emotions at the columns of the matching steps (:func:`chain`, the same
geometry through those points in column order).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Iterable, Sequence

COLUMN = 100
LEVEL = 38
PAD = 40
HEIGHT = 4 * LEVEL + 2 * PAD

#: A moment of truth's ring around its point. A point's label (number and
#: face) sits above it for a value of 0 or more, below for a negative one,
#: clear of the ring: the offsets are in the style sheet (.label.up/.down),
#: smaller in print where the lane is lower.
RING = 15


def y_of(value: int) -> float:
    return PAD + (2 - value) * LEVEL


def n(value: float) -> str:
    """A number, printed the same way on every machine."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


@dataclass
class Point:
    index: int  # column in the whole map
    step: object
    value: int | None
    x: float  # in curve units, already mirrored for rtl
    y: float
    reachable: bool = True

    xp: str = "0%"  # x as a percentage of the curve's width
    yp: str = "0%"  # y as a percentage of its height


@dataclass
class Segment:
    d: str
    kind: str  # "line", "loop"
    dim: bool = False


@dataclass
class Curve:
    width: float
    height: int
    points: list[Point]
    segments: list[Segment]
    guides: list[tuple[int, str]]


class Skeleton:
    """What the curve is, whatever part of it a band draws: the steps with
    their values, the edges between them and each point's tangent. Built
    once per map; :meth:`curve` draws any range of columns from it in time
    proportional to that range (a map printed over many pages draws each
    page's band, not the whole curve again for every page).

    ``columns``: (index in the whole map, step or None) for every column of
    the map. ``edges``: the flow's edges (``source``, ``target``, ``back``)."""

    def __init__(self, columns: Sequence[tuple[int, object | None]], edges: Iterable, reachable: set[str]):
        self.steps = [(index, step) for index, step in columns if step is not None]
        self.count = len(columns)
        self.reachable = reachable
        at = {step.id: (index, step) for index, step in self.steps}
        self.forward: list[tuple[tuple[int, object], tuple[int, object]]] = []
        self.back: list[tuple[tuple[int, object], tuple[int, object]]] = []
        for edge in edges:
            a, b = at.get(edge.source), at.get(edge.target)
            if a is None or b is None or a[1].emotion is None or b[1].emotion is None:
                continue
            (self.back if edge.back else self.forward).append((a, b))
        incoming: dict[int, list[tuple[int, object]]] = {}
        outgoing: dict[int, list[tuple[int, object]]] = {}
        for a, b in self.forward:
            outgoing.setdefault(a[0], []).append(b)
            incoming.setdefault(b[0], []).append(a)
        #: Each point's tangent (logical direction: per column, left to right in reading order).
        self.tangents = {index: _tangent(index, step, incoming.get(index, []), outgoing.get(index, []))
                         for index, step in self.steps}
        # What a range of columns needs, found without looking at the rest.
        self.ordered = all(a[0] < b[0] for a, b in zip(self.steps, self.steps[1:]))
        self.columns = [index for index, _ in self.steps]
        self.forward_spans = _Spans(self.forward)
        self.back_spans = _Spans(self.back)

    def curve(self, rtl: bool, first: int = 0, count: int | None = None,
              flipped: frozenset[str] = frozenset()) -> Curve:
        """The curve over ``count`` columns starting at column ``first``.
        ``flipped``: ids of steps whose label is on the other side of the
        point than usual (``--compare`` puts it there), and so their
        self-loop too. Segments that cross into the range from points
        outside it are drawn too (the SVG clips them), so a curve split over
        several pages joins up."""
        count = self.count if count is None else count
        width = COLUMN * count
        last = first + count

        def x_of(index: int) -> float:
            local = (index - first + 0.5) * COLUMN
            return width - local if rtl else local

        def point(index: int, step) -> Point:
            value = step.emotion
            return Point(index, step, value, x_of(index), y_of(value if value is not None else 0),
                         step.id in self.reachable)

        if self.ordered:
            inside = self.steps[bisect_left(self.columns, first):bisect_left(self.columns, last)]
        else:
            inside = [(index, step) for index, step in self.steps if first <= index < last]
        points = []
        for index, step in inside:
            p = point(index, step)
            p.xp = n((p.x / width) * 100 if width else 0) + "%"
            p.yp = n(p.y / HEIGHT * 100) + "%"
            points.append(p)

        sign = -1 if rtl else 1
        segments: list[Segment] = []
        for (ia, sa), (ib, sb) in self.forward_spans.within(first, last):
            a, b = point(ia, sa), point(ib, sb)
            h = (ib - ia) * COLUMN / 3
            ma, mb = self.tangents[ia], self.tangents[ib]
            d = (f"M{n(a.x)} {n(a.y)}C{n(a.x + sign * h)} {n(a.y + ma * h)} "
                 f"{n(b.x - sign * h)} {n(b.y - mb * h)} {n(b.x)} {n(b.y)}")
            segments.append(Segment(d, "line", not (a.reachable and b.reachable)))
        bottom = HEIGHT - 4
        for (ia, sa), (ib, sb) in self.back_spans.within(first, last):
            a, b = point(ia, sa), point(ib, sb)
            if sa is sb:  # a step that repeats itself: a small loop on the side away from its label
                s = (1 if a.value >= 0 else -1) * (-1 if sa.id in flipped else 1)
                d = (f"M{n(a.x + 5)} {n(a.y + s * 9)}C{n(a.x + 28)} {n(a.y + s * 46)} "
                     f"{n(a.x - 28)} {n(a.y + s * 46)} {n(a.x - 5)} {n(a.y + s * 9)}")
            else:
                d = (f"M{n(a.x)} {n(a.y + 10)}C{n(a.x)} {n(bottom + 6)} {n(b.x)} {n(bottom + 6)} "
                     f"{n(b.x)} {n(b.y + 10)}")
            segments.append(Segment(d, "loop", not (a.reachable and b.reachable)))
        guides = [(v, n(y_of(v) / HEIGHT * 100) + "%") for v in (2, 1, 0, -1, -2)]
        return Curve(width, HEIGHT, points, segments, guides)


class _Spans:
    """Edges (pairs of (column, step)) by the columns they span, to find those
    that reach into a range of columns in time proportional to what is found.
    Most edges join near columns: they are found by where they start; the few
    longer ones (a loop back to the start) are looked at every time."""

    NEAR = 32

    def __init__(self, edges: list[tuple[tuple[int, object], tuple[int, object]]]):
        self.edges = edges
        spans = [(min(a[0], b[0]), max(a[0], b[0]), at) for at, (a, b) in enumerate(edges)]
        self.near = sorted((lo, hi, at) for lo, hi, at in spans if hi - lo <= self.NEAR)
        self.starts = [lo for lo, _, _ in self.near]
        self.far = [(lo, hi, at) for lo, hi, at in spans if hi - lo > self.NEAR]

    def within(self, first: int, last: int) -> list[tuple[tuple[int, object], tuple[int, object]]]:
        """The edges that reach into columns ``first`` to ``last`` (excluded), in their order."""
        near = self.near[bisect_left(self.starts, first - self.NEAR):bisect_left(self.starts, last)]
        found = [at for lo, hi, at in near if hi >= first]
        found += [at for lo, hi, at in self.far if hi >= first and lo < last]
        return [self.edges[at] for at in sorted(found)]


def _tangent(index: int, step, ins: list[tuple[int, object]], outs: list[tuple[int, object]]) -> float:
    """The curve's slope at a point (per column, in reading order): flat at a
    branch, a turn or an end of two; else monotone (Fritsch-Carlson)."""
    def slope(a: tuple[int, object], b: tuple[int, object]) -> float:
        return (y_of(b[1].emotion) - y_of(a[1].emotion)) / ((b[0] - a[0]) * COLUMN)

    here = (index, step)
    if len(ins) > 1 or len(outs) > 1:
        return 0.0
    if ins and outs:
        a, b = ins[0], outs[0]
        d0, d1 = slope(a, here), slope(here, b)
        if d0 * d1 <= 0:
            return 0.0
        h0, h1 = (index - a[0]) * COLUMN, (b[0] - index) * COLUMN
        return 3 * (h0 + h1) / ((2 * h1 + h0) / d0 + (h1 + 2 * h0) / d1)
    if ins:
        return slope(ins[0], here)
    if outs:
        return slope(here, outs[0])
    return 0.0


def build(columns: Sequence[tuple[int, object | None]], edges: Iterable, reachable: set[str],
          rtl: bool, first: int = 0, count: int | None = None, flipped: frozenset[str] = frozenset()) -> Curve:
    """The curve over ``count`` columns starting at column ``first`` (see
    :class:`Skeleton`; a caller drawing several ranges of one map builds
    the skeleton once)."""
    return Skeleton(columns, edges, reachable).curve(rtl, first, count, flipped)


def face_path(value: int) -> str:
    """A face for ``value``, centred on (0, 0), radius 6.5: the eyes and mouth
    (the outline is a circle drawn beside it)."""
    eyes = "M-2.6 -1.8h0.01M2.6 -1.8h0.01"
    mouth = {
        2: "M-3.6 1.2Q0 5.6 3.6 1.2Z",
        1: "M-3.2 1.8Q0 4.4 3.2 1.8",
        0: "M-3 2.6H3",
        -1: "M-3.2 3.6Q0 1.2 3.2 3.6",
        -2: "M-3.6 4.4Q0 0 3.6 4.4",
    }[value]
    return eyes + mouth


@dataclass(frozen=True)
class Link:
    """An edge of :func:`build`'s ``edges``: from one step id to another."""

    source: str
    target: str
    back: bool = False


def chain(columns: Sequence[tuple[int, object]]) -> Skeleton:
    """The skeleton of a curve through ``columns`` (column index, an object
    with ``id`` and ``emotion``) joined in column order, with :func:`build`'s
    geometry: the current map's curve drawn under a future map (``render
    --compare``), at the columns of the future map's matching steps. Built
    once; each band draws its range (``.curve(rtl, first, count)``)."""
    ordered = sorted((c for c in columns if c[1] is not None), key=lambda c: c[0])
    links = [Link(a.id, b.id) for (_, a), (_, b) in zip(ordered, ordered[1:])]
    return Skeleton(ordered, links, {step.id for _, step in ordered})
