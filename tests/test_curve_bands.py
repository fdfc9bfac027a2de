"""The emotion curve drawn band by band (a long map printed over many pages):
each band holds exactly the points in its columns and the segments that
reach into them, found without walking the whole map per band."""

from __future__ import annotations

from journeyctl.load import load_bytes
from journeyctl.render import curve


def _long_map(count: int) -> bytes:
    """A flow with every kind of edge: plain, a fork, short and long loops
    back, a self-loop, and steps without an emotion."""
    lines = ["journeyctl: 1", "title: Long", "persona: {name: Ona}", "stages:"]
    for number in range(count):
        if number % 10 == 0:
            lines += [f"  - id: stage-{number // 10}", f"    name: Stage {number // 10}", "    steps:"]
        lines += [f"      - id: s{number}", f"        action: Step {number}"]
        if number % 7 != 3:
            lines.append(f"        emotion: {(number * 3) % 5 - 2}")
        targets = {
            5: "[s6, s9]",         # a fork
            20: "[s21, s12]",      # a short loop back
            90: "[s91, s1]",       # a loop back over most of the map
            44: "[s45, s44]",      # a step that repeats itself
            60: "[s61, s99]",      # a long jump forward
        }.get(number)
        if targets:
            lines.append(f"        next: {targets}")
    return ("\n".join(lines) + "\n").encode()


def _skeleton(count: int) -> curve.Skeleton:
    journey = load_bytes(_long_map(count), "long.yaml").journey
    columns = [(index, placed.step) for index, placed in enumerate(journey.flow.steps)]
    return curve.Skeleton(columns, journey.flow.edges, journey.flow.reachable())


def _reaching(edges, first: int, last: int):
    return [(a, b) for a, b in edges if max(a[0], b[0]) >= first and min(a[0], b[0]) < last]


def test_every_band_finds_exactly_the_edges_that_reach_into_it():
    skeleton = _skeleton(100)
    assert skeleton.back and skeleton.forward
    assert skeleton.forward_spans.far and skeleton.back_spans.far  # both long kinds are exercised
    for first in range(0, 100, 3):
        for count in (1, 4, 10, 37, 100):
            last = first + count
            assert skeleton.forward_spans.within(first, last) == _reaching(skeleton.forward, first, last)
            assert skeleton.back_spans.within(first, last) == _reaching(skeleton.back, first, last)


class _EveryEdge(curve._Spans):
    NEAR = -1  # every edge is "far": looked at for every band


def test_a_band_draws_what_the_whole_walk_would_draw():
    ordered = _skeleton(100)
    walked = _skeleton(100)
    walked.ordered = False  # the points found by looking at every step
    walked.forward_spans, walked.back_spans = _EveryEdge(walked.forward), _EveryEdge(walked.back)
    for rtl in (False, True):
        for first, count in ((0, 100), (0, 10), (10, 10), (40, 10), (90, 10), (95, 20)):
            band, whole = ordered.curve(rtl, first, count), walked.curve(rtl, first, count)
            assert [(p.index, p.xp, p.yp) for p in band.points] == [(p.index, p.xp, p.yp) for p in whole.points]
            assert [p.index for p in band.points] == [i for i, _ in ordered.steps if first <= i < first + count]
            assert band.segments == whole.segments
