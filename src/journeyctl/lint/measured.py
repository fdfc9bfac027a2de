"""What the rules that judge a map against a measurement (J5xx) share: the
map's steps beside their measured figures."""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from journeyctl.base.diagnostics import Path
from journeyctl.format.model import Journey, Step

if TYPE_CHECKING:  # a map is measured only when asked: the models cost 20 ms to build
    from journeyctl.format.measurement import Measurement, StepMeasure


def step_paths(journey: Journey) -> dict[str, Path]:
    return {step.id: ("stages", si, "steps", ti)
            for si, stage in enumerate(journey.stages) for ti, step in enumerate(stage.steps)}


def step_measures(journey: Journey, measurement: Measurement) -> Iterator[tuple[Path, Step, StepMeasure]]:
    """Each measured (bound) step of the map with its path and figures, in file order."""
    measured = {s.id: s for s in measurement.steps if s.bound}
    for si, stage in enumerate(journey.stages):
        for ti, step in enumerate(stage.steps):
            if step.id in measured:
                yield ("stages", si, "steps", ti), step, measured[step.id]


def drop_offs(journey: Journey, measurement: Measurement, limit: float) -> Iterator[
        tuple[Path, Step, StepMeasure, float]]:
    """The steps, not ends of the journey, where at least ``limit`` of the
    customers who reach them go no further, with that share (counts
    withheld for privacy are not judged)."""
    for path, step, measured in step_measures(journey, measurement):
        if measured.end or not measured.reached or measured.drop_off is None:
            continue
        part = measured.drop_off / measured.reached
        if part >= limit:
            yield path, step, measured, part


def share(part: float) -> str:
    """0.4237 -> '42%'."""
    return f"{round(part * 100):d}%"
