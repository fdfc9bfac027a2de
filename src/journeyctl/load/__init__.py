"""Load a journey map file: bytes -> positioned YAML nodes -> plain data ->
validated model, with every problem found reported at once.

The rooms of this floor, in the order a file passes through them:
:mod:`~journeyctl.load.source` (bytes to nodes, bounded),
:mod:`~journeyctl.load.convert` (nodes to data, guided by the model),
pydantic's validation and :mod:`~journeyctl.load.errors` (its errors in
plain words, positioned), :mod:`~journeyctl.load.shared` (references to
the portfolio's library, :mod:`~journeyctl.load.library`) and
:mod:`~journeyctl.load.references` (ids and references).
:mod:`~journeyctl.load.names` names maps that have no id.

A file's top-level ``kind`` says what it holds: a map (``journey``, the
default), or a library file (``persona``, ``touchpoints``), which
:func:`load_document` reads and :func:`load` refuses.
"""

from __future__ import annotations

import gc
from dataclasses import dataclass, field
from pathlib import Path as FsPath
from typing import Callable

from pydantic import BaseModel, ValidationError

from journeyctl.base.diagnostics import Diagnostic, MapError, Path
from journeyctl.base.files import MAX_MAP_BYTES, read_file
from journeyctl.format.model import FORMAT_VERSION, Journey
from journeyctl.load import library as _library
from journeyctl.load import references
from journeyctl.load.convert import Converter
from journeyctl.load.errors import translate
from journeyctl.load.library import Library
from journeyctl.load.names import default_id, slugify
from journeyctl.load.shared import resolve
from journeyctl.load import stream
from journeyctl.load.source import compose, text_of

__all__ = ["LoadedFile", "LoadedMap", "Library", "library_for", "load", "load_bytes", "load_document", "load_path",
           "default_id", "slugify"]

#: Where a map's library comes from: a library, none, or a function that
#: finds it (called only when the map names something shared).
LibrarySource = Library | None | Callable[[], Library | None]


class _Positioned:
    positions: dict[Path, tuple[int, int]]

    def position(self, path: Path) -> tuple[int, int]:
        """Line and column of the node at ``path``, or of its nearest parent."""
        while path not in self.positions and path:
            path = path[:-1]
        return self.positions.get(path, (1, 1))


@dataclass
class LoadedMap(_Positioned):
    """A valid map, with where each part of it stands in the file."""

    journey: Journey
    file: str
    text: str
    positions: dict[Path, tuple[int, int]] = field(repr=False)
    #: The ids taken from the library, by kind ("persona", "touchpoint").
    shared: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: The library the map's shared definitions came from (None: it has none).
    library: Library | None = field(default=None, repr=False)
    kind = "journey"

    @property
    def document(self) -> Journey:
        return self.journey


@dataclass
class LoadedFile(_Positioned):
    """A valid library file (``kind: persona`` or ``kind: touchpoints``)."""

    document: BaseModel
    kind: str
    file: str
    text: str
    positions: dict[Path, tuple[int, int]] = field(repr=False)


def load(path: str | FsPath, display: str | None = None, *, library: LibrarySource = ...) -> LoadedMap:
    """Read and validate the map at ``path``; raise MapError with every problem.

    Only a regular file (or a link to one) of at most MAX_MAP_BYTES is read:
    anything else raises OSError (FileRefused, whose ``strerror`` says why)
    without blocking, as a file that cannot be opened does. The map's
    library is the one its project names (``library`` in
    ``[tool.journeyctl]``), unless ``library`` is given."""
    loaded = load_path(path, display, library=library)
    if not isinstance(loaded, LoadedMap):
        raise MapError([_not_a_map(loaded.file, loaded.kind)])
    return loaded


def load_path(path: str | FsPath, display: str | None = None, *,
              library: LibrarySource = ...) -> LoadedMap | LoadedFile:
    """:func:`load`, but a library file is returned too, as a LoadedFile."""
    path = FsPath(path)
    data = read_file(path, MAX_MAP_BYTES)
    if library is ...:
        library = lambda: library_for(path)  # noqa: E731 - found only when needed
    return load_document(data, display or str(path), default_id=default_id(path), library=library)


def library_for(path: str | FsPath) -> Library | None:
    """The library of the project the map at ``path`` is in (None when its
    settings name none), read once per settings file."""
    return _library.for_map(path, _read_library_file)


def _read_library_file(data: bytes, file: str) -> LoadedFile:
    loaded = load_document(data, file, library=None)
    if not isinstance(loaded, LoadedFile):
        raise MapError([Diagnostic(file, 1, 1, "S004", "a library file needs kind: persona or kind: touchpoints")])
    return loaded


def load_bytes(data: bytes, file: str, default_id: str = "journey", *, library: LibrarySource = None) -> LoadedMap:
    """Validate the map in ``data`` (``file`` names it in messages); raise
    MapError with every problem. Without ``library``, a map that names a
    shared definition is an error (R003)."""
    loaded = load_document(data, file, default_id, library=library)
    if not isinstance(loaded, LoadedMap):
        raise MapError([_not_a_map(file, loaded.kind)])
    return loaded


def load_document(data: bytes, file: str, default_id: str = "journey", *,
                  library: LibrarySource = None) -> LoadedMap | LoadedFile:
    """A map or a library file, validated; MapError with every problem."""
    # Everything built here stays alive until the map is returned, so the
    # cycle collector has nothing to find; pausing it saves a third of the time.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _load(data, file, default_id, library if callable(library) else (lambda: library))
    finally:
        if was_enabled:
            gc.enable()


def _not_a_map(file: str, kind: str) -> Diagnostic:
    return Diagnostic(file, 1, 1, "S004",
                      f"this is a library file (kind: {kind}), not a journey map; maps name what it defines by id")


def _load(data: bytes, file: str, default_id: str, library: Callable[[], Library | None]) -> LoadedMap | LoadedFile:
    text, problems = text_of(data, file)
    if text is None:
        raise MapError(problems)
    converter = stream.convert(text, file)  # one pass, for the common case
    if converter is None:  # anchors, aliases, tags, broken YAML...: the node path
        source = compose(text, file)
        if source.root is None:
            raise MapError(source.diagnostics)
        converter = Converter(file, source.root, source.nodes)
        converter.raw = converter.run()
    raw = converter.raw
    problems = converter.diagnostics
    if raw is None:
        raise MapError(problems)

    version = raw.get("journeyctl")
    if isinstance(version, int) and not isinstance(version, bool) and version != FORMAT_VERSION:
        line, col = converter.positions[("journeyctl",)]
        raise MapError([Diagnostic(
            file, line, col, "S004",
            f"format version {version} is not supported; this journeyctl reads version {FORMAT_VERSION}",
            ("journeyctl",),
        )])

    model = converter.model
    shared = resolve(raw, converter.positions, file, library) if model is Journey else None
    document = None
    try:
        document = model.model_validate(raw)
    except ValidationError as exc:
        problems += translate(exc, converter, file)
    problems += references.check(raw, converter.positions, file, model, shared.hints if shared else None)
    if shared is not None:
        problems += shared.problems
    if problems:
        raise MapError(problems)
    assert document is not None
    if not isinstance(document, Journey):
        return LoadedFile(document, document.kind, file, text, converter.positions)
    if document.id is None:
        document = document.model_copy(update={"id": default_id})
    return LoadedMap(document, file, text, converter.positions, shared.shared, shared.library)
