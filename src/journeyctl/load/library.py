"""The portfolio's library: personas and touchpoints that maps share.

A library is one or more folders named in the project's settings
(:mod:`journeyctl.base.project`)::

    [tool.journeyctl]          # pyproject.toml; in a journeyctl.toml, just the key
    library = "library"        # or a list of folders, relative to the file

Every ``.yaml``/``.yml`` file in them (searched recursively, hidden folders
left out) whose top-level ``kind`` is ``persona`` or ``touchpoints`` is a
library file; other YAML there (maps, configs) is passed over. Each library
file is loaded and validated as a map is, and its problems are positioned
in it. An id defined twice in the library is L002.

Untrusted input: only regular files inside the project's folder are read
(a link that leads out is refused), each capped as a map is, and at most
:data:`MAX_FILES` of them.

A map meets the library only when it needs it: a ``persona: ID`` or a
touchpoint id its own catalogue does not define. :func:`for_map` finds and
reads the library once per settings file, with the loader it is given
(:func:`journeyctl.load.library_for` gives it the loader's own).
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable

from journeyctl.base import project
from journeyctl.base.diagnostics import Diagnostic, MapError
from journeyctl.base.files import MAX_MAP_BYTES, read_file, relative_name

#: At most this many YAML files are looked at in a library.
MAX_FILES = 5000
SUFFIXES = (".yaml", ".yml")
KINDS = ("persona", "touchpoints")
#: A library file that is too broken to read as YAML is still known by its kind line.
_KIND_LINE = re.compile(r"(?m)^kind[ \t]*:[ \t]*['\"]?(persona|touchpoints)['\"]?[ \t]*(#.*)?$")


@dataclass(frozen=True)
class Definition:
    """One shared persona or touchpoint, as plain data the model accepts."""

    kind: str  # "persona" or "touchpoint"
    id: str
    data: dict[str, Any] = field(repr=False)
    file: str
    line: int
    col: int


@dataclass
class Library:
    #: The settings file that names the library.
    settings: str
    folders: tuple[Path, ...]
    #: The library files read, as displayed in messages.
    files: list[str] = field(default_factory=list)
    personas: dict[str, Definition] = field(default_factory=dict)
    touchpoints: dict[str, Definition] = field(default_factory=dict)
    #: Problems of the library's own files (and of its setting).
    problems: list[Diagnostic] = field(default_factory=list)

    def of(self, kind: str) -> dict[str, Definition]:
        return self.personas if kind == "persona" else self.touchpoints


#: Reads a library file: (bytes, name) -> a loaded library file (its
#: ``document`` and ``position(path)``); raises an error with ``diagnostics``.
Reader = Callable[[bytes, str], Any]


def for_map(map_path: str | os.PathLike, read: Reader) -> Library | None:
    """The library of the project the map at ``map_path`` is in, or None when
    its settings name none."""
    settings = project.nearest_pyproject(project.real_folder(map_path))
    return None if settings is None else load_library(settings, read)


@lru_cache(maxsize=None)
def load_library(settings: Path, read: Reader) -> Library | None:
    """The library named in the settings file ``settings`` (None without
    one), its files read with ``read``. A wrong setting is an L001 problem
    of the library."""
    shown = relative_name(settings)
    try:
        folders = project.library_folders(settings)
    except project.ProjectError as exc:
        message = str(exc).removeprefix(f"{settings}: ")
        return Library(shown, (), problems=[Diagnostic(shown, 1, 1, "L001", message)])
    if not folders:
        return None
    library = Library(shown, folders)
    root = settings.parent.resolve()
    files, cut = _files(folders, root)
    if cut:
        library.problems.append(Diagnostic(shown, 1, 1, "L001", f"the library holds more than {MAX_FILES:,} YAML files; only the first {MAX_FILES:,} are read"))
    for path in files:
        _read_into(library, path, read)
    return library


def _files(folders: tuple[Path, ...], root: Path) -> tuple[list[Path], bool]:
    """The YAML files of the library, in a stable order: regular files, or
    links to regular files inside ``root``; anything else is passed over."""
    found: list[Path] = []
    for folder in folders:
        for here, dirs, names in os.walk(folder):  # links to folders are not followed
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(names):
                if not name.endswith(SUFFIXES) or name.startswith("."):
                    continue
                path = Path(here, name)
                if path.is_symlink():
                    target = path.resolve()
                    if root not in target.parents or not target.is_file():
                        continue
                elif not stat.S_ISREG(path.lstat().st_mode):
                    continue  # a FIFO or a device: never opened (it could block)
                if len(found) == MAX_FILES:
                    return found, True
                if path not in found:
                    found.append(path)
    return found, False


def _read_into(library: Library, path: Path, read: Reader) -> None:
    shown = relative_name(path)
    try:
        data = read_file(path, MAX_MAP_BYTES)
    except OSError as exc:
        library.problems.append(Diagnostic(shown, 1, 1, "F001", f"cannot read the file: {exc.strerror or exc}"))
        return
    kind = _kind(data)
    if kind is None:
        return  # a map or other YAML beside the library's files
    try:
        loaded = read(data, shown)
    except MapError as exc:
        library.problems += exc.diagnostics
        return
    if kind == "persona":
        persona = loaded.document
        _define(library, "persona", persona.id, persona.model_dump(exclude={"journeyctl", "kind", "locale"}, exclude_defaults=True),
                shown, loaded.position(("id",)))
    else:
        for i, touchpoint in enumerate(loaded.document.touchpoints):
            _define(library, "touchpoint", touchpoint.id, touchpoint.model_dump(exclude_defaults=True),
                    shown, loaded.position(("touchpoints", i, "id")))


def _define(library: Library, kind: str, id_: str, data: dict, file: str, where: tuple[int, int]) -> None:
    defined = library.of(kind)
    first = defined.get(id_)
    if first is not None:
        library.problems.append(Diagnostic(
            file, where[0], where[1], "L002",
            f"the library defines {kind} '{id_}' twice (first in {first.file}, line {first.line})",
        ))
        return
    defined[id_] = Definition(kind, id_, data, file, *where)


def _kind(data: bytes) -> str | None:
    """``persona`` or ``touchpoints`` for a library file, else None; read
    from the YAML's top level, or, when it is not valid YAML, from a
    ``kind:`` line."""
    from journeyctl.load.source import MAPPING, SCALAR, read

    source = read(data, "")
    if source.root is None:
        match = _KIND_LINE.search(data[:65536].decode("utf-8", "replace"))
        return match.group(1) if match else None
    if source.root.kind is not MAPPING:
        return None
    for key, value in source.root.value:
        if key.kind is SCALAR and key.value == "kind" and value.kind is SCALAR and value.value in KINDS:
            return value.value
    return None
