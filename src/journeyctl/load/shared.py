"""A map's references to the library, resolved on the converted data.

``persona: olivia`` becomes the library's persona, and each touchpoint id a
step names that the map's own catalogue lacks is looked up in the library
and added to the catalogue, in the order the map first names them; so a
loaded map holds everything its renderers and rules read, and ``render -f
json`` writes it resolved. Problems are positioned in the map (a dangling
reference names the map's line); the library's own problems keep theirs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

from journeyctl.base.diagnostics import Diagnostic, Path, did_you_mean
from journeyctl.load.library import Library

SETUP_HINT = ('set library = "FOLDER" in [tool.journeyctl] of pyproject.toml or in journeyctl.toml '
              "(journeyctl init --library writes a starter)")


@dataclass
class Resolution:
    problems: list[Diagnostic] = field(default_factory=list)
    #: Which ids came from the library, by kind ("persona", "touchpoint").
    shared: dict[str, tuple[str, ...]] = field(default_factory=dict)
    library: Library | None = None
    #: Library ids a reference could have meant, for "did you mean".
    hints: dict[str, list[str]] = field(default_factory=dict)


def resolve(raw: dict, positions: dict[Path, tuple[int, int]], file: str,
            library: Callable[[], Library | None]) -> Resolution:
    """Put the library's definitions in ``raw`` where the map names them."""
    out = Resolution()
    persona = raw.get("persona")
    wanted = _missing_touchpoints(raw)
    if not isinstance(persona, str) and not wanted:
        return out  # a map that stands alone never looks for a library
    found = out.library = library()
    if found is None:
        if isinstance(persona, str):
            line, col = positions.get(("persona",), (1, 1))
            out.problems.append(Diagnostic(
                file, line, col, "R003",
                f"persona '{persona}' names a shared persona, but no library is set up: {SETUP_HINT}", ("persona",)))
            raw["persona"] = {"name": persona}
        return out
    out.problems += found.problems
    out.hints = {"touchpoint": sorted(found.touchpoints)}
    if isinstance(persona, str):
        definition = found.personas.get(persona)
        if definition is None:
            line, col = positions.get(("persona",), (1, 1))
            known = found.personas
            hint = did_you_mean(persona, known) if known else "; the library defines no personas"
            if found.problems:
                hint += " (its problems, above, may hide it)"
            out.problems.append(Diagnostic(file, line, col, "R002", f"unknown persona '{persona}'{hint}", ("persona",)))
            raw["persona"] = {"name": persona}
        else:
            raw["persona"] = dict(definition.data)
            out.shared["persona"] = (persona,)
    catalogue = raw.get("touchpoints")
    if catalogue is None:
        catalogue = raw["touchpoints"] = []
    if not isinstance(catalogue, list):
        return out
    added: list[str] = []
    for touchpoint, path in wanted:
        definition = found.touchpoints.get(touchpoint)
        if definition is None or touchpoint in added:
            continue
        positions.setdefault(("touchpoints", len(catalogue)), positions.get(path, (1, 1)))
        catalogue.append(dict(definition.data))
        added.append(touchpoint)
    if added:
        out.shared["touchpoint"] = tuple(added)
    return out


def _missing_touchpoints(raw: dict) -> list[tuple[str, Path]]:
    """The touchpoint ids that steps name and the map's catalogue lacks,
    with where each is named, in file order."""
    catalogue = raw.get("touchpoints")
    own = {t.get("id") for t in catalogue if isinstance(t, dict)} if isinstance(catalogue, list) else set()
    out = []
    for i, stage in enumerate(_list(raw.get("stages"))):
        for j, step in enumerate(_list(stage.get("steps")) if isinstance(stage, dict) else []):
            names = step.get("touchpoints") if isinstance(step, dict) else None
            for k, name in enumerate(_list(names)):
                if isinstance(name, str) and name not in own:
                    out.append((name, ("stages", i, "steps", j, "touchpoints", k)))
    return out


def _list(value: Any) -> list:
    return value if isinstance(value, list) else []
