"""The Python API: what the command line does, as functions.

    from journeyctl import api

    result = api.load_map("maps/onboarding.yaml")
    if result.ok:
        html = api.render(result, "html")        # bytes
    else:
        for problem in result.diagnostics:
            print(problem)          # maps/onboarding.yaml:14:18: S003 ...

    report = api.lint(["maps/"], select=("J1", "J301"))
    changes = api.compare(old_journey, new_journey)

The command line is built on these same functions (through
:mod:`journeyctl.app`), so they behave exactly as the commands do: the same
validation, the same bytes, the same findings. Nothing here prints or exits.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Mapping

from journeyctl.base.diagnostics import (
    Diagnostic, ExternalToolError, MapError, RenderProblem, UsageProblem,
)

if TYPE_CHECKING:
    from journeyctl.app.lint import LintResult
    from journeyctl.diff.compare import Comparison
    from journeyctl.format.model import Journey
    from journeyctl.load import LoadedMap

__all__ = [
    "LoadResult", "load_map", "render", "lint", "compare",
    "Diagnostic", "MapError", "RenderProblem", "ExternalToolError", "UsageProblem",
]


@dataclass
class LoadResult:
    """A map read from a file or from bytes: the journey when it is valid,
    and every problem found (each with file, line, column and code)."""

    loaded: LoadedMap | None
    diagnostics: list[Diagnostic] = field(default_factory=list)
    #: The file it came from; None for bytes.
    path: Path | None = None

    @property
    def ok(self) -> bool:
        return self.loaded is not None

    @property
    def journey(self) -> Journey:
        if self.loaded is None:
            raise MapError(self.diagnostics)
        return self.loaded.journey


def load_map(source: str | Path | bytes, *, name: str | None = None) -> LoadResult:
    """Read and validate a map from a file path, or from ``bytes`` (then
    ``name`` is the file name used in messages and for the default id).
    A problem in the map is in ``diagnostics``, never raised; a file that
    cannot be read raises OSError."""
    from journeyctl.load import default_id, load, load_bytes

    try:
        if isinstance(source, bytes):
            display = name or "<bytes>"
            return LoadResult(load_bytes(source, display, default_id=default_id(Path(name or "journey"))))
        path = Path(source)
        return LoadResult(load(path, name), path=path)
    except MapError as exc:
        return LoadResult(None, list(exc.diagnostics), None if isinstance(source, bytes) else Path(source))


def render(journey: Journey | LoadResult, fmt: str = "html", *, source: str | Path | None = None,
           warn: Callable[[str], None] | None = None, **settings: Any) -> bytes:
    """The map rendered to ``fmt`` (``html``, ``md``, ``svg``, ... or a
    plugin's format), as bytes. ``source`` is the map's file, for paths in it
    (a persona image); ``settings`` are the format's options, as on the
    command line (``view="touchpoints"``, ``paper="a4"``, ``fit="page"``,
    ``browser="/usr/bin/chromium"``, ``dot_binary="dot"``,
    ``measured=`` a measurement or the path of a measured.json; ``graph`` is
    another name for ``view``). ``render(journey, "pdf")`` is the map printed
    by a headless Chromium; ``render(journey, "pdf", view="flow")`` the
    Graphviz drawing.

    Raises RenderProblem (a problem in the map, with its map path),
    ExternalToolError (a layout program or browser missing or failing) or UsageProblem
    (an unknown format, or a setting the format does not take)."""
    from journeyctl.app.render import render_journey

    if isinstance(journey, LoadResult):
        source = source if source is not None else journey.path
        journey = journey.journey
    return render_journey(journey, fmt, source=Path(source) if source is not None else None, warn=warn, **settings)


def lint(paths: list[str | Path], *, select: tuple[str, ...] | None = None, ignore: tuple[str, ...] = (),
         options: Mapping[str, Mapping[str, Any]] | None = None, today: date | None = None) -> LintResult:
    """Lint the maps in ``paths`` (files, and folders searched for maps) as
    ``journeyctl lint`` does, with each map's nearest pyproject.toml.
    ``select`` replaces and ``ignore`` adds to the configured rules;
    ``options`` sets rule options by code (``{"J204": {"stale-days": 365}}``).
    The result has ``findings`` (sorted), ``files``, ``skipped``,
    ``errors`` and ``warnings``."""
    from journeyctl.app.lint import lint_paths
    from journeyctl.lint.engine import Settings

    base = Settings(today=today) if today else Settings()
    return lint_paths(list(paths), select=select, ignore=ignore, options=options, base=base)


def compare(old: Journey | LoadResult | None, new: Journey | LoadResult | None) -> Comparison:
    """What changed for the customer from ``old`` to ``new`` (None: the map
    does not exist on that side), as ``journeyctl diff`` reports it."""
    from journeyctl.diff.compare import compare as compare_maps

    def journey(side):
        return side.journey if isinstance(side, LoadResult) else side

    return compare_maps(journey(old), journey(new))
