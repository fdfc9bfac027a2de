"""What a map's summary says, computed once for every renderer that shows one.

:func:`summarize` returns the facts; Markdown (``render/markdown.py``) and
HTML lay them out. Three things, as the format spec's summary asks:

* ``lowest``: the lowest emotion recorded and the steps at it, in flow order
  (``None`` when no step records an emotion);
* ``by_severity``: every severity, worst first, with its barriers in file
  order (a severity with no barrier maps to an empty tuple);
* ``unaddressed``: the high and critical barriers that no opportunity
  addresses, in file order, each with its stage and step.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType
from typing import Mapping

from journeyctl.format.model import Barrier, Journey, Stage, Step
from journeyctl.format.vocabulary import SERIOUS, SEVERITIES_DESCENDING


@dataclass(frozen=True)
class StepAt:
    """A step with the stage it is in."""

    stage: Stage
    step: Step


@dataclass(frozen=True)
class BarrierAt:
    """A barrier with the stage and step it is in."""

    stage: Stage
    step: Step
    barrier: Barrier


@dataclass(frozen=True)
class Lowest:
    """The lowest emotion value (−2…2) and the steps at it, in flow order."""

    value: int
    steps: tuple[StepAt, ...]


@dataclass(frozen=True)
class Summary:
    lowest: Lowest | None
    #: severity → barriers, worst severity first (all four keys, always).
    by_severity: Mapping[str, tuple[BarrierAt, ...]]
    unaddressed: tuple[BarrierAt, ...]

    def count(self, severity: str) -> int:
        return len(self.by_severity[severity])


def summarize(journey: Journey) -> Summary:
    """The summary of ``journey`` (see the module's docstring)."""
    felt = [StepAt(p.stage, p.step) for p in journey.flow.steps if p.step.emotion is not None]
    lowest = None
    if felt:
        value = min(s.step.emotion for s in felt)
        lowest = Lowest(value, tuple(s for s in felt if s.step.emotion == value))

    barriers = [BarrierAt(st, sp, b) for st, sp, b in journey.barriers()]
    by_severity = MappingProxyType({
        sev: tuple(b for b in barriers if b.barrier.severity == sev) for sev in SEVERITIES_DESCENDING
    })
    addressed = {b for _, o in journey.opportunities() for b in o.addresses}
    unaddressed = tuple(
        b for b in barriers if b.barrier.severity in SERIOUS and b.barrier.id not in addressed
    )
    return Summary(lowest, by_severity, unaddressed)
