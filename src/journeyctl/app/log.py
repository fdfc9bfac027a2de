"""Use case: a map's history from git (``journeyctl log``), as a report."""

from __future__ import annotations

from pathlib import Path

from journeyctl.base.diagnostics import UsageProblem
from journeyctl.base.files import display_name
from journeyctl.history import History, history
from journeyctl.history.report import FORMATS


def read(map_file: str, since: str | None = None) -> History:
    """The history of ``map_file``. Raises NotInRepository, NotCommitted and
    RevisionError (exit 2), ExternalToolError (git missing or failing, 3)."""
    if Path(map_file).is_dir():
        raise UsageProblem(f"'{display_name(map_file)}' is a folder; give a map")
    return history(Path(map_file), since)


def report(found: History, map_file: str, fmt: str, since: str | None = None) -> str:
    """The history as text, md or json."""
    return FORMATS[fmt](found, display_name(map_file), since)
