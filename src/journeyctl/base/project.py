"""journeyctl's settings in a project, read once per file, safely: the
nearest ``journeyctl.toml`` (its whole content), or the ``[tool.journeyctl]``
table of the nearest ``pyproject.toml`` that has one (as ruff does, a
pyproject.toml without the table is passed over).

Lint (``lint``), measure (``events``) and the portfolio's library
(``library``) each take their own part of it and check it.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from journeyctl.base.files import read_file

#: A pyproject.toml larger than this is not read (it is not a project file).
MAX_CONFIG_BYTES = 1024 * 1024


class ProjectError(ValueError):
    """A pyproject.toml that cannot be read or whose [tool.journeyctl] is
    not a table; the message names the file and says why."""


#: The file that holds only journeyctl's settings (the content of [tool.journeyctl]).
OWN_FILE = "journeyctl.toml"


def real_folder(file: str | Path) -> Path:
    """The real folder of ``file`` (its settings are the nearest to it):
    ``Path(file).resolve().parent``, with each folder resolved once, as a
    portfolio's maps share a few folders; a linked file, where it really is."""
    file = Path(file)
    # keyed by the absolute folder: a relative one means another folder once the working folder changes
    return file.resolve().parent if file.is_symlink() else _resolved(Path(os.path.abspath(file.parent)))


@lru_cache(maxsize=None)
def _resolved(folder: Path) -> Path:
    return folder.resolve()


@lru_cache(maxsize=None)
def nearest_pyproject(folder: Path) -> Path | None:
    """The settings file for maps in ``folder``: in it or in the nearest
    folder above it, a ``journeyctl.toml``, or a ``pyproject.toml`` with a
    ``[tool.journeyctl]`` table (in one folder, journeyctl.toml wins).
    Cached by folder: the maps of one folder share the answer."""
    for candidate in [folder, *folder.parents]:
        own = candidate / OWN_FILE
        if own.is_file():
            return own
        file = candidate / "pyproject.toml"
        if file.is_file() and _has_table(file):
            return file
    return None


def _has_table(pyproject: Path) -> bool:
    """Whether a pyproject.toml has journeyctl settings; a broken one counts
    (it is reported where it is read, not passed over)."""
    try:
        tool = _document(pyproject).get("tool", {})
    except ProjectError:
        return True
    return not isinstance(tool, dict) or "journeyctl" in tool


@lru_cache(maxsize=None)
def _document(file: Path) -> dict:
    import tomllib  # here: most commands never read a settings file

    try:
        return tomllib.loads(read_file(file, MAX_CONFIG_BYTES).decode("utf-8"))
    except OSError as exc:
        raise ProjectError(f"{file}: cannot read it: {exc.strerror or exc}") from None
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ProjectError(f"{file}: {exc}") from None


@lru_cache(maxsize=None)
def journeyctl_table(pyproject: Path) -> dict:
    """journeyctl's settings in ``pyproject``: all of a journeyctl.toml, the
    ``[tool.journeyctl]`` table of a pyproject.toml ({} without one)."""
    data = _document(pyproject)
    if pyproject.name == OWN_FILE:
        return data
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
        raise ProjectError(f"{pyproject}: {table_name(pyproject)} {name} must be a table")
    return value


def table_name(pyproject: Path, name: str | None = None) -> str:
    """How a settings file names a part of journeyctl's settings in messages:
    ``[tool.journeyctl.lint]`` in a pyproject.toml, ``[lint]`` in a journeyctl.toml."""
    if pyproject.name == OWN_FILE:
        return f"[{name}]" if name else "the file"
    return f"[tool.journeyctl.{name}]" if name else "[tool.journeyctl]"


def library_folders(pyproject: Path) -> tuple[Path, ...]:
    """The folders of the portfolio's library (``library = "library"`` or a
    list of them), relative to the settings file and inside its folder;
    () without the setting. ProjectError names what is wrong."""
    value = journeyctl_table(pyproject).get("library")
    if value is None:
        return ()
    where = f"{pyproject}: library ({table_name(pyproject)})"
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v for v in value):
        raise ProjectError(f"{where} must be a folder or a list of folders, relative to {pyproject.name}")
    root = pyproject.parent.resolve()
    folders = []
    for entry in value:
        if Path(entry).is_absolute() or entry.startswith(("/", "\\")):
            raise ProjectError(f"{where}: '{entry}' is an absolute path; give a folder relative to {pyproject.name}")
        folder = (root / entry).resolve()
        if folder != root and root not in folder.parents:
            raise ProjectError(f"{where}: '{entry}' is outside the project folder {root}; the library must be inside it")
        if not folder.is_dir():
            raise ProjectError(f"{where}: '{entry}' is not a folder")
        if folder not in folders:
            folders.append(folder)
    return tuple(folders)
