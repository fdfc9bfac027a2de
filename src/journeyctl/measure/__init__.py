"""Measured journeys: a map checked against the event log customers leave.

The rooms of this floor:
:mod:`~journeyctl.measure.source` (an events file, folder or connection URL
-> an Ibis table), :mod:`~journeyctl.measure.compute` (the map and that
table -> a :class:`~journeyctl.format.measurement.Measurement`; written once
with Ibis, run by DuckDB, Spark or a warehouse) and
:mod:`~journeyctl.measure.report` (a measurement as text and Markdown).

Ibis and DuckDB are the ``data`` extra (``pip install 'journeyctl[data]'``);
nothing here imports them at module level, so that a missing extra is a
message (exit code 3), not an ImportError.
"""

from __future__ import annotations

from dataclasses import dataclass

#: What installs the engine.
INSTALL_HINT = "pip install 'journeyctl[data]'"

#: Counts below this are withheld unless told otherwise (--min-count).
DEFAULT_MIN_COUNT = 10


class EventsProblem(Exception):
    """The events cannot be measured as they are: a missing column, a
    column of the wrong type, timestamps that do not parse, a file that
    cannot be read (exit code 1). The message says which and what to do."""


@dataclass(frozen=True)
class Columns:
    """The names of the event log's three columns."""

    customer_id: str = "customer_id"
    event: str = "event"
    timestamp: str = "timestamp"

    KEYS = ("customer_id", "event", "timestamp")

    def names(self) -> tuple[str, str, str]:
        return self.customer_id, self.event, self.timestamp
