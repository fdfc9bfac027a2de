"""Load a journey map file: bytes -> positioned YAML nodes -> plain data ->
validated model, with every problem found reported at once.

The rooms of this floor, in the order a file passes through them:
:mod:`~journeyctl.load.source` (bytes to nodes, bounded),
:mod:`~journeyctl.load.convert` (nodes to data, guided by the model),
pydantic's validation and :mod:`~journeyctl.load.errors` (its errors in
plain words, positioned), and :mod:`~journeyctl.load.references` (ids and
references). :mod:`~journeyctl.load.names` names maps that have no id.
"""

from __future__ import annotations

import gc
from dataclasses import dataclass, field
from pathlib import Path as FsPath

from pydantic import ValidationError

from journeyctl.base.diagnostics import Diagnostic, MapError, Path
from journeyctl.base.files import MAX_MAP_BYTES, read_file
from journeyctl.format.model import FORMAT_VERSION, Journey
from journeyctl.load import references
from journeyctl.load.convert import Converter
from journeyctl.load.errors import translate
from journeyctl.load.names import default_id, slugify
from journeyctl.load.source import read

__all__ = ["LoadedMap", "load", "load_bytes", "default_id", "slugify"]


@dataclass
class LoadedMap:
    """A valid map, with where each part of it stands in the file."""

    journey: Journey
    file: str
    text: str
    positions: dict[Path, tuple[int, int]] = field(repr=False)

    def position(self, path: Path) -> tuple[int, int]:
        """Line and column of the node at ``path``, or of its nearest parent."""
        while path not in self.positions and path:
            path = path[:-1]
        return self.positions.get(path, (1, 1))


def load(path: str | FsPath, display: str | None = None) -> LoadedMap:
    """Read and validate the map at ``path``; raise MapError with every problem.

    Only a regular file (or a link to one) of at most MAX_MAP_BYTES is read:
    anything else raises OSError (FileRefused, whose ``strerror`` says why)
    without blocking, as a file that cannot be opened does."""
    path = FsPath(path)
    data = read_file(path, MAX_MAP_BYTES)
    return load_bytes(data, display or str(path), default_id=default_id(path))


def load_bytes(data: bytes, file: str, default_id: str = "journey") -> LoadedMap:
    """Validate the map in ``data`` (``file`` names it in messages); raise
    MapError with every problem."""
    # Everything built here stays alive until the map is returned, so the
    # cycle collector has nothing to find; pausing it saves a third of the time.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _load(data, file, default_id)
    finally:
        if was_enabled:
            gc.enable()


def _load(data: bytes, file: str, default_id: str) -> LoadedMap:
    source = read(data, file)
    if source.root is None:
        raise MapError(source.diagnostics)
    converter = Converter(file, source.root, source.nodes)
    raw = converter.run()
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

    journey = None
    try:
        journey = Journey.model_validate(raw)
    except ValidationError as exc:
        problems += translate(exc, converter, file)
    problems += references.check(raw, converter.positions, file)
    if problems:
        raise MapError(problems)
    assert journey is not None
    if journey.id is None:
        journey = journey.model_copy(update={"id": default_id})
    return LoadedMap(journey, file, source.text, converter.positions)
