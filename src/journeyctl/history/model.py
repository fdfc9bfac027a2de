"""What a map's history is made of: revisions, one row per commit, and the
age of each barrier. Plain frozen data; :mod:`journeyctl.history` builds it."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Revision:
    """A commit that changed the map."""

    commit: str  # the full id
    short: str  # as git abbreviates it in this repository
    date: str  # the committer date, YYYY-MM-DD
    author: str
    subject: str
    path: str  # the map's path in the repository at this commit (renames followed)


@dataclass(frozen=True)
class Row:
    """The map as it was after one commit. When it does not load there,
    ``problem`` says why (one line) and the figures are empty."""

    revision: Revision
    problem: str | None
    steps: int
    #: The mean emotion of the steps that have one, to 2 places.
    emotion_average: float | None
    #: (step id, emotion) of the lowest step, the first in flow order.
    lowest: tuple[str, int] | None
    #: Open barriers by severity, critical first, all four (empty when
    #: ``problem`` is set).
    barriers: dict[str, int]
    opportunities: int


@dataclass(frozen=True)
class BarrierAge:
    """One barrier's life: from the commit that opened it to the one that
    resolved it (removed its id), or still open."""

    id: str
    text: str  # as it was last
    severity: str  # as it was last
    opened: Revision
    resolved: Revision | None
    #: From opened.date to resolved.date, or, still open, to the last row's date.
    days: int


@dataclass(frozen=True)
class History:
    path: str  # the map's path in the repository (now)
    rows: list[Row]  # oldest first
    barriers: list[BarrierAge]  # by the commit that opened them, then id
    #: True when older commits were left out (more than MAX_COMMITS changed the map).
    truncated: bool = field(default=False)
