"""A measurement (``journeyctl measure``) as the renderers show it: per step,
per edge and for the whole map, in words and numbers ready to print.

``render --measured measured.json`` (or ``--events SOURCE``) hands the
renderers a :class:`~journeyctl.format.measurement.Measurement` in the
``measured`` setting; :func:`view` turns it into a :class:`Measured` once,
and the HTML map (a measured lane and a summary), the Markdown (a table) and
the flow drawing (edges weighted by traffic, observed transitions the flow
lacks dashed red) lay it out. Nothing here computes: the numbers are the
measurement's, and a number withheld for privacy stays withheld.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from journeyctl.base.diagnostics import UsageProblem, printable

if TYPE_CHECKING:  # the models are built only when a measurement is shown
    from journeyctl.format.measurement import EdgeMeasure, Measurement, PairMeasure, StepMeasure
    from journeyctl.format.model import Journey

#: How many irregular transitions and ad hoc events the summaries list.
LISTED = 5


@dataclass(frozen=True)
class StepFigures:
    """What the measured lane shows for one step."""

    measure: StepMeasure
    #: Customers who skipped this step (CJML: missing touchpoint), when shown.
    skipped: int | None = None
    #: No event of the step occurs in the log (CJML: failed touchpoint).
    failed: bool = False

    @property
    def drop_share(self) -> float | None:
        m = self.measure
        if m.drop_off is None or not m.reached:
            return None
        return m.drop_off / m.reached


@dataclass
class Measured:
    measurement: Measurement
    steps: dict[str, StepFigures]
    edges: dict[tuple[str, str], EdgeMeasure]
    irregular: list[PairMeasure] = field(default_factory=list)

    @property
    def k(self) -> int:
        return self.measurement.min_count

    @cached_property
    def busiest(self) -> int:
        """The most customers on one transition, flow edge or not (at least 1)."""
        return max([e.customers or 0 for e in self.edges.values()] +
                   [p.customers or 0 for p in self.irregular] + [1])

    def figures(self, step_id: str) -> StepFigures | None:
        return self.steps.get(step_id)


def view(journey: Journey, measurement: object | None) -> Measured | None:
    """The measurement of ``journey``, or None without one. A measurement of
    another map (its ``map`` is not this map's id) is refused: its numbers
    would be shown against the wrong steps."""
    if measurement is None:
        return None
    from journeyctl.format.measurement import Measurement

    if not isinstance(measurement, Measurement):
        raise TypeError("the measured setting takes a journeyctl.format.measurement.Measurement")
    if measurement.map != journey.id:
        raise UsageProblem(f"the measurement is of map '{printable(measurement.map)}', not of this map "
                           f"('{journey.id}'); measure this map with journeyctl measure")
    missing = measurement.deviations.missing_touchpoints
    skipped = {s.step: s.customers for s in missing.steps}
    failed = set(measurement.deviations.failed_touchpoints.steps)
    known = {p.step.id for p in journey.flow.steps}
    steps = {s.id: StepFigures(s, skipped.get(s.id), s.id in failed) for s in measurement.steps if s.id in known}
    edges = {(e.source, e.target): e for e in measurement.edges}
    irregular = list(measurement.deviations.irregular_sequences.examples)
    return Measured(measurement, steps, edges, irregular)


def count(value: int | None, k: int) -> str:
    """1234 -> '1,234'; withheld -> '<k'."""
    return f"<{k}" if value is None else f"{value:,}"


def percent(value: float | None) -> str:
    """0.4237 -> '42%'; below 1% but not 0 -> '<1%'; withheld -> '–'."""
    if value is None:
        return "–"
    if 0 < value < 0.005:
        return "<1%"
    return f"{round(value * 100):d}%"


def duration(seconds: float | None) -> str:
    """A median time, in the largest unit that keeps it readable: 45 s,
    12 min, 3.5 h, 2.1 d; withheld -> '–'."""
    if seconds is None:
        return "–"
    if seconds < 90:
        return f"{seconds:.0f} s"
    if seconds < 90 * 60:
        return f"{seconds / 60:.0f} min"
    if seconds < 36 * 3600:
        return f"{seconds / 3600:.1f} h".replace(".0 h", " h")
    return f"{seconds / 86400:.1f} d".replace(".0 d", " d")
