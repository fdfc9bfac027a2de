"""Use case: read the two sides of a comparison (files, ``REV:path``, the
version in HEAD, or the arguments git gives a diff driver) and compare them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from journeyctl.base.diagnostics import UsageProblem
from journeyctl.base.git import head_version, is_revision, show
from journeyctl.diff.compare import Comparison, compare
from journeyctl.format.model import Journey
from journeyctl.load import default_id, load_bytes

NO_FILE = "/dev/null"  # what git passes for a side that does not exist


@dataclass
class Sides:
    old_name: str
    old: Journey | None  # None: the map does not exist on that side
    new_name: str
    new: Journey | None

    def compare(self) -> Comparison:
        return compare(self.old, self.new)


def read_side(spec: str, display: str | None = None) -> tuple[str, Journey | None]:
    """(name shown, journey or None for a side that does not exist). Raises
    MapError, RevisionError, ExternalToolError or UsageProblem."""
    name = display or spec
    if spec == NO_FILE:
        return name, None
    if Path(spec).is_file():
        data = Path(spec).read_bytes()
        ident = default_id(Path(display or spec))
    elif is_revision(spec):
        data = show(spec)
        ident = default_id(Path(spec.split(":", 1)[1]))
    else:
        raise UsageProblem(f"'{spec}' is neither a file nor REV:path")
    return name, load_bytes(data, name, default_id=ident).journey


def sides(args: tuple[str, ...] | list[str]) -> Sides:
    """The two sides from the command line: OLD NEW; one map (against HEAD);
    or git's seven driver arguments (path old-file old-hex old-mode new-file
    new-hex new-mode)."""
    if len(args) == 7:
        old_name, old = read_side(args[1], f"a/{args[0]}")
        new_name, new = read_side(args[4], f"b/{args[0]}")
    elif len(args) == 2:
        (old_name, old), (new_name, new) = read_side(args[0]), read_side(args[1])
    elif len(args) == 1:
        path = Path(args[0])
        if not path.is_file():
            raise UsageProblem(f"'{args[0]}' is not a file")
        committed = head_version(path)
        old_name = f"HEAD:{args[0]}"
        old = load_bytes(committed, old_name, default_id=default_id(path)).journey if committed is not None else None
        new_name, new = read_side(args[0])
    else:
        raise UsageProblem("give OLD and NEW, or one map to compare with HEAD")
    return Sides(old_name, old, new_name, new)
