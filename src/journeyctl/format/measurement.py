"""measured.json: a journey map checked against an event log, version 1.

``journeyctl measure`` writes it; renderers and lint rules read it. It holds
aggregates only: counts of customers and events, shares, medians, and the
names of steps, touchpoints and (frequent) events; never a customer id. The
definitions of every number are in :mod:`journeyctl.measure.compute`.

Privacy is part of the format: a count from 1 to ``min_count - 1`` is never
written. It is null, as is every number derived from it, the item says
``"suppressed": true``, and ``suppressed`` at the top counts such items.
A count of 0 describes nobody and is written as it is. Event names seen by
fewer than ``min_count`` customers are left out and only counted
(``hidden_names``).

:func:`dump` writes a measurement as deterministic JSON (fields in a fixed
order, two-space indent, a final newline: the same measurement, the same
bytes). :func:`load_bytes` reads one back and says plainly what is wrong
with a file that is not one.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

FORMAT_VERSION = 1
#: The key that says a JSON file is a measurement, and of which version.
FORMAT_KEY = "journeyctl_measurement"

Count = Annotated[int, Field(ge=0)]
Share = Annotated[float, Field(ge=0)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class StepMeasure(_Model):
    """One step of the map, in the map's order."""

    id: str = Field(description="The step's id.")
    #: Whether the step has events; an unbound step is not measured.
    bound: bool = Field(description="The step has events in the map (it can be observed).")
    end: bool = Field(description="The journey ends here: drop_off is completion.")
    reached: Count | None = Field(description="Customers with a visit to the step.")
    share: Share | None = Field(description="reached / entered.")
    drop_off: Count | None = Field(description="Customers whose last visit is this step.")
    median_seconds_to_next: float | None = Field(
        description="Median time from a visit to this step to the next visit, over every transition out of it."
    )
    suppressed: bool = Field(False, description="A count here was below min_count and is withheld.")


class EdgeMeasure(_Model):
    """One edge of the flow, in the flow's order."""

    source: str
    target: str
    back: bool = Field(description="The edge goes back (a loop).")
    explicit: bool = Field(description="The edge comes from `next`, not from file order.")
    measured: bool = Field(description="Both steps are bound, so the edge can be observed.")
    customers: Count | None = Field(description="Customers with this transition.")
    conversion: Share | None = Field(description="customers / reached of the source step.")
    suppressed: bool = False


class BridgeMeasure(_Model):
    """A transition between bound steps that the flow allows through unbound steps."""

    source: str
    target: str
    via: list[str] = Field(description="The unbound steps between them, along the flow.")
    customers: Count | None
    conversion: Share | None
    suppressed: bool = False


class PairMeasure(_Model):
    """An observed transition the flow does not have (CJML: irregular sequence)."""

    source: str
    target: str
    customers: Count | None
    transitions: Count | None
    skipped: list[str] = Field(
        description="Bound steps on the flow's shortest way from source to target (none when there is no way)."
    )
    suppressed: bool = False


class Irregular(_Model):
    pairs: Count = Field(description="How many different irregular transitions were observed.")
    customers: Count | None = Field(description="Customers with at least one irregular transition.")
    transitions: Count | None
    examples: list[PairMeasure] = Field(description="The largest, most customers first.")
    more: Count = Field(0, description="Irregular transitions observed but not among the examples.")
    suppressed: bool = False


class SkippedStep(_Model):
    step: str
    customers: Count | None
    suppressed: bool = False


class Missing(_Model):
    customers: Count | None = Field(description="Customers who skipped at least one step.")
    steps: list[SkippedStep]
    suppressed: bool = False


class EventCount(_Model):
    event: str
    events: Count
    customers: Count


class AdHoc(_Model):
    customers: Count | None = Field(description="Customers with an unmapped event between mapped ones.")
    events: Count | None
    examples: list[EventCount] = Field(description="The largest, most customers first.")
    hidden_names: Count = Field(0, description="Event names left out: fewer than min_count customers.")
    more: Count = Field(0, description="Event names shown to enough customers but not among the examples.")
    suppressed: bool = False


class Failed(_Model):
    steps: list[str] = Field(description="Bound steps never observed.")


class Deviations(_Model):
    """The four deviations of CJML (Halvorsrud et al. 2016) between the
    journey as planned (the map) and as it happened (the log)."""

    irregular_sequences: Irregular
    missing_touchpoints: Missing
    ad_hoc_touchpoints: AdHoc
    failed_touchpoints: Failed


class TouchpointMeasure(_Model):
    id: str
    events: Count | None
    customers: Count | None
    suppressed: bool = False


class Coverage(_Model):
    events: Count | None = Field(description="Events measured (after --since and --until).")
    customers: Count | None = Field(description="Distinct customers among them.")
    mapped_events: Count | None = Field(description="Events whose name a step lists.")
    share: Share | None = Field(description="mapped_events / events.")
    ignored_rows: Count = Field(0, description="Rows without a customer, an event or a time; not measured.")
    unmapped: list[EventCount] = Field(description="The most frequent unmapped event names.")
    hidden_names: Count = Field(0, description="Unmapped event names left out: fewer than min_count customers.")
    more: Count = Field(0, description="Unmapped event names shown to enough customers but not listed.")
    suppressed: bool = False


class Suppressed(_Model):
    items: Count = Field(description="Items whose counts are withheld (below min_count).")
    event_names: Count = Field(description=(
        "Event names left out of the lists (fewer than min_count customers), summed over the lists "
        "(ad hoc, unmapped): a name left out of both counts twice."))


class Measurement(_Model):
    """A journey map measured against an event log."""

    journeyctl_measurement: Literal[1] = Field(description="Format version; this is version 1.")
    map: str = Field(description="The map's id.")
    source: str = Field(description="Where the events came from (a file, a folder, or a URL without its password).")
    since: date | None = Field(None, description="First day measured (UTC), inclusive.")
    until: date | None = Field(None, description="Last day measured (UTC), inclusive.")
    min_count: int = Field(ge=1, description="Counts below this are withheld.")
    start: str = Field(description="The step where the journey begins.")
    entered: Count | None = Field(description="Customers with a visit to the start step.")
    steps: list[StepMeasure]
    edges: list[EdgeMeasure]
    bridges: list[BridgeMeasure] = Field(default_factory=list)
    deviations: Deviations
    unbound_steps: list[str] = Field(description="Steps without events: not measured.")
    touchpoints: list[TouchpointMeasure] = Field(default_factory=list)
    coverage: Coverage
    unknown_events: list[str] = Field(
        default_factory=list, description="Event names in the map that no measured event has."
    )
    suppressed: Suppressed


class MeasurementError(Exception):
    """A file is not a measurement this journeyctl reads; the message says why."""


def dump(measurement: Measurement) -> bytes:
    """The measurement as deterministic JSON bytes."""
    data = measurement.model_dump(mode="json")
    return (json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False) + "\n").encode("utf-8")


def load_bytes(data: bytes, file: str = "<measurement>") -> Measurement:
    """Read a measured.json; MeasurementError with a plain reason otherwise."""
    try:
        text = data.decode("utf-8-sig")
        raw = json.loads(text)
    except UnicodeDecodeError:
        raise MeasurementError(f"{file}: not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise MeasurementError(f"{file}:{exc.lineno}:{exc.colno}: not JSON: {exc.msg}") from None
    if not isinstance(raw, dict) or FORMAT_KEY not in raw:
        raise MeasurementError(f"{file}: not a journeyctl measurement (no '{FORMAT_KEY}' key; "
                               "write one with journeyctl measure)")
    version = raw[FORMAT_KEY]
    if version != FORMAT_VERSION or isinstance(version, bool):
        raise MeasurementError(f"{file}: measurement format version {version!r} is not supported; "
                               f"this journeyctl reads version {FORMAT_VERSION}")
    try:
        return Measurement.model_validate_json(text)
    except ValidationError as exc:
        problems = []
        for error in exc.errors()[:5]:
            where = ".".join(str(p) if not isinstance(p, int) else f"[{p}]" for p in error["loc"])
            problems.append(f"{where.replace('.[', '[')}: {error['msg']}")
        more = exc.error_count() - len(problems)
        raise MeasurementError(f"{file}: not a valid measurement: " + "; ".join(problems)
                               + (f" (and {more} more)" if more > 0 else "")) from None
