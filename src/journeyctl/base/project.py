"""journeyctl's settings in a project: the ``[tool.journeyctl]`` table of
the nearest ``pyproject.toml``, read once per file, safely.

Lint (``[tool.journeyctl.lint]``) and measure (``[tool.journeyctl.events]``)
each take their own section of it and check its keys.
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path

from journeyctl.base.files import read_file

#: A pyproject.toml larger than this is not read (it is not a project file).
MAX_CONFIG_BYTES = 1024 * 1024


class ProjectError(ValueError):
    """A pyproject.toml that cannot be read or whose [tool.journeyctl] is
    not a table; the message names the file and says why."""


@lru_cache(maxsize=None)
def nearest_pyproject(folder: Path) -> Path | None:
    """The pyproject.toml in ``folder`` or the nearest folder above it.
    Cached by folder: the maps of one folder share the answer."""
    for candidate in [folder, *folder.parents]:
        file = candidate / "pyproject.toml"
        if file.is_file():
            return file
    return None


@lru_cache(maxsize=None)
def journeyctl_table(pyproject: Path) -> dict:
    """The ``[tool.journeyctl]`` table of ``pyproject`` ({} without one)."""
    try:
        data = tomllib.loads(read_file(pyproject, MAX_CONFIG_BYTES).decode("utf-8"))
    except OSError as exc:
        raise ProjectError(f"{pyproject}: cannot read it: {exc.strerror or exc}") from None
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ProjectError(f"{pyproject}: {exc}") from None
    tool = data.get("tool", {})
    if not isinstance(tool, dict):
        raise ProjectError(f"{pyproject}: tool must be a table ([tool.journeyctl] holds journeyctl's settings)")
    table = tool.get("journeyctl", {})
    if not isinstance(table, dict):
        raise ProjectError(f"{pyproject}: [tool.journeyctl] must be a table")
    return table


def section(pyproject: Path, name: str) -> dict:
    """``[tool.journeyctl.NAME]`` ({} without one); ProjectError if it is not a table."""
    value = journeyctl_table(pyproject).get(name, {})
    if not isinstance(value, dict):
        raise ProjectError(f"{pyproject}: [tool.journeyctl] {name} must be a table")
    return value
