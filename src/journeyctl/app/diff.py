"""Use case: read the two sides of a comparison (files, ``REV:path``, the
version in HEAD, or the arguments git gives a diff driver) and compare them."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from journeyctl.base.diagnostics import Diagnostic, ExternalToolError, MapError, UsageProblem
from journeyctl.base.files import MAX_MAP_BYTES, display_name, read_file
from journeyctl.base.git import NotInRepository, RevisionError, head_version, is_revision, show
from journeyctl.diff.compare import Comparison, compare
from journeyctl.format.model import Journey
from journeyctl.load import default_id, library_for, load_bytes

NO_FILE = "/dev/null"  # what git passes for a side that does not exist
#: How many arguments git gives a diff driver: normally, and for a rename.
DRIVER_ARGS = (7, 9)


@dataclass
class Sides:
    old_name: str
    old: Journey | None  # None: the map does not exist on that side
    new_name: str
    new: Journey | None
    #: The files read (for never writing the report over one of them).
    files: list[str] = field(default_factory=list)

    def compare(self) -> Comparison:
        return compare(self.old, self.new)


def unreadable(name: str, exc: OSError) -> MapError:
    """A file that cannot be read, as a problem of the map (F001, exit 1)."""
    reason = exc.strerror or str(exc)
    return MapError([Diagnostic(name, 1, 1, "F001", f"cannot read the file: {reason}")])


def read_side(spec: str, display: str | None = None) -> tuple[str, Journey | None]:
    """(name shown, journey or None for a side that does not exist). Raises
    MapError (F001 for a file that cannot be read), RevisionError,
    ExternalToolError or UsageProblem."""
    name = display_name(display or spec)
    if spec == NO_FILE:
        return name, None
    if os.path.lexists(spec) and not (is_revision(spec) and not Path(spec).exists()):
        try:
            data = read_file(spec, MAX_MAP_BYTES)
        except OSError as exc:
            raise unreadable(name, exc) from None
        ident = default_id(Path(display or spec))
    elif is_revision(spec):
        data = show(spec)
        ident = default_id(Path(spec.split(":", 1)[1]))
    else:
        raise UsageProblem(f"'{display_name(spec)}' is neither a file nor REV:path")
    near = Path(spec.split(":", 1)[1]) if is_revision(spec) and not os.path.lexists(spec) else Path(display or spec)
    return name, load_bytes(data, name, default_id=ident, library=_library_near(near)).journey


def _library_near(path: Path):
    """The library of the project ``path`` is in, as it is in the work tree
    (a revision of a map is read with today's library), looked up only if
    the map names something shared."""
    return lambda: library_for(path)


def is_driver(args: tuple[str, ...] | list[str]) -> bool:
    """Whether ``args`` are the arguments git gives a diff driver."""
    return len(args) in DRIVER_ARGS


def sides(args: tuple[str, ...] | list[str]) -> Sides:
    """The two sides from the command line: OLD NEW; one map (against HEAD);
    or git's driver arguments (path old-file old-hex old-mode new-file
    new-hex new-mode, and new-path rename-info for a rename)."""
    if is_driver(args):
        new_path = args[7] if len(args) == 9 else args[0]
        old_name, old = read_side(args[1], f"a/{args[0]}")
        new_name, new = read_side(args[4], f"b/{new_path}")
        files = [args[1], args[4]]
    elif len(args) == 2:
        (old_name, old), (new_name, new) = read_side(args[0]), read_side(args[1])
        files = list(args)
    elif len(args) == 1:
        path = Path(args[0])
        if not path.is_file():
            raise UsageProblem(f"'{display_name(args[0])}' is not a file")
        try:
            committed = head_version(path)
        except NotInRepository:
            raise NotInRepository(
                f"'{display_name(args[0])}' is not in a git repository; give OLD and NEW to compare two files"
            ) from None
        old_name = f"HEAD:{display_name(args[0])}"
        old = load_bytes(committed, old_name, default_id=default_id(path),
                         library=_library_near(path)).journey if committed is not None else None
        new_name, new = read_side(args[0])
        files = [args[0]]
    else:
        raise UsageProblem("give OLD and NEW, or one map to compare with HEAD")
    return Sides(old_name, old, new_name, new, [f for f in files if f != NO_FILE and os.path.lexists(f)])


@dataclass
class DriverSide:
    name: str
    journey: Journey | None = None
    #: Why this side cannot be compared (each a line), empty when it can.
    problems: list[str] = field(default_factory=list)


def driver_side(spec: str, display: str) -> DriverSide:
    """One side for git's diff driver: never raises for a problem of the
    file (a binary file, not a map, a broken map); says it instead."""
    name = display_name(display)
    side = DriverSide(name)
    if spec == NO_FILE:
        return side
    try:
        data = read_file(spec, MAX_MAP_BYTES)
    except OSError as exc:
        side.problems.append(f"{name}: cannot read the file: {exc.strerror or exc}")
        return side
    if b"\0" in data[:8000]:
        side.problems.append(f"{name}: a binary file, not a journey map")
        return side
    try:
        near = Path(display[2:] if display.startswith(("a/", "b/")) else display)  # git's a/PATH, b/PATH
        side.journey = load_bytes(data, name, default_id=default_id(Path(display)), library=_library_near(near)).journey
    except MapError as exc:
        side.problems += [str(d) for d in exc.diagnostics]
    return side


def driver_sides(args: tuple[str, ...] | list[str]) -> tuple[DriverSide, DriverSide]:
    """Both sides of git's diff driver arguments (7, or 9 for a rename)."""
    new_path = args[7] if len(args) == 9 else args[0]
    return driver_side(args[1], f"a/{args[0]}"), driver_side(args[4], f"b/{new_path}")


def driver_report(args: tuple[str, ...] | list[str], writer) -> tuple[str, bool]:
    """(text, changed) for git's diff driver: the report ``writer(comparison,
    old name, new name)`` gives, or, when a side cannot be compared (a binary
    file, not a map, a broken map), what is wrong with it."""
    old, new = driver_sides(args)
    lines = []
    if len(args) == 9 and args[0] != args[7]:
        lines.append(f"journeyctl: renamed {display_name(args[0])} -> {display_name(args[7])}\n")
    if old.problems or new.problems:
        lines.append(f"journeyctl: cannot compare {old.name} with {new.name}:\n")
        lines += [f"  {problem}\n" for problem in old.problems + new.problems]
        return "".join(lines), False
    comparison = compare(old.journey, new.journey)
    return "".join(lines) + writer(comparison, old.name, new.name), comparison.changed


__all__ = ["driver_report", "Sides", "read_side", "sides", "is_driver", "driver_sides", "DriverSide", "RevisionError",
           "ExternalToolError"]
