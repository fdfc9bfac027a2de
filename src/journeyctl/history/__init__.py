"""A map's history from git: one row per commit that changed it, with the
figures the map had after it (emotion average, lowest point, open barriers
by severity, opportunities), and each barrier's age: the commit that opened
it and the one that resolved it.

Only commits count: changes not committed are not part of the history. The
history is that of HEAD's first-parent line (a branch merged in is one row,
its merge commit), with renames followed (``git mv``). A barrier is known
by its id: when an id disappears the barrier is resolved, and when it comes
back it is opened again (a new :class:`BarrierAge`). A commit at which the
map does not load (broken YAML, an unknown reference, a file too large) is
a row whose ``problem`` says why; it neither opens nor resolves a barrier.

:func:`history` reads one map; :func:`histories` many maps at once, with a
handful of git processes per repository, however many maps and commits
(the portfolio site reads hundreds). The rooms: :mod:`~.model` (the data),
:mod:`~.walk` (git), :mod:`~.report` (text, Markdown and JSON).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from journeyctl.base.diagnostics import MapError, format_path, printable
from journeyctl.base.files import MAX_MAP_BYTES, display_name
from journeyctl.base.git import RevisionError, commit_of, locate, run_git, work_tree
from journeyctl.format.vocabulary import SEVERITIES_DESCENDING
from journeyctl.history import walk
from journeyctl.history.model import BarrierAge, History, Revision, Row
from journeyctl.load import default_id, library_for, load_bytes

__all__ = ["Revision", "Row", "BarrierAge", "History", "history", "histories", "NotCommitted", "MAX_COMMITS"]

#: At most this many commits of a map are read (the newest); ``History.truncated`` says when there were more.
MAX_COMMITS = 10_000


class NotCommitted(RevisionError):
    """The map has no commit in the repository (exit code 2)."""


@dataclass(frozen=True)
class _Figures:
    """What one version of a map gives: a row's figures, and its barriers."""

    problem: str | None
    steps: int = 0
    emotion_average: float | None = None
    lowest: tuple[str, int] | None = None
    barriers: tuple[tuple[str, int], ...] = ()
    opportunities: int = 0
    #: id -> (text, severity), in file order.
    open: tuple[tuple[str, str, str], ...] = ()


def _load_revision(data: bytes, display: str, path: Path) -> _Figures:
    """The figures of the map in ``data`` (the file ``path`` at a commit,
    named ``display`` in messages), or the first reason it does not load.
    Every version of a map is loaded here, and only here."""
    try:
        # a revision names the library as the work tree has it today
        journey = load_bytes(data, display, default_id=default_id(path), library=lambda: library_for(path)).journey
    except MapError as exc:
        first = exc.diagnostics[0].shown() if exc.diagnostics else None
        if first is None:
            return _Figures("the map does not load")
        where = format_path(first.path)
        return _Figures(f"{first.code} {where + ': ' if where else ''}{first.message}".replace("\n", " "))
    steps = [p.step for p in journey.flow.steps]
    emotions = [s.emotion for s in steps if s.emotion is not None]
    lowest = None
    if emotions:
        value = min(emotions)
        lowest = next((s.id, value) for s in steps if s.emotion == value)
    found = journey.barriers()
    counts = tuple((severity, sum(1 for _, _, b in found if b.severity == severity))
                   for severity in SEVERITIES_DESCENDING)
    return _Figures(
        None, len(steps), journey.emotion_average(), lowest, counts,
        len(journey.opportunities()), tuple((b.id, b.text, b.severity) for _, _, b in found))


def _row(revision: Revision, figures: _Figures) -> Row:
    return Row(revision, figures.problem, figures.steps, figures.emotion_average, figures.lowest,
               dict(figures.barriers), figures.opportunities)


def _days(start: str, end: str) -> int:
    try:
        return max(0, (date.fromisoformat(end) - date.fromisoformat(start)).days)
    except ValueError:
        return 0


def _ages(rows: list[tuple[Revision, _Figures]]) -> list[BarrierAge]:
    """Each barrier's life over ``rows`` (oldest first)."""
    opened: dict[str, tuple[int, Revision, str, str]] = {}  # id -> (row index, revision, text, severity)
    ages: list[tuple[int, BarrierAge]] = []
    last = rows[-1][0].date if rows else ""
    for index, (revision, figures) in enumerate(rows):
        if figures.problem is not None:
            continue
        now = {ident: (text, severity) for ident, text, severity in figures.open}
        for ident in [i for i in opened if i not in now]:
            at, start, text, severity = opened.pop(ident)
            ages.append((at, BarrierAge(ident, text, severity, start, revision, _days(start.date, revision.date))))
        for ident, (text, severity) in now.items():
            at, start = opened[ident][:2] if ident in opened else (index, revision)
            opened[ident] = (at, start, text, severity)
    for ident, (at, start, text, severity) in opened.items():
        ages.append((at, BarrierAge(ident, text, severity, start, None, _days(start.date, last))))
    return [age for _, age in sorted(ages, key=lambda pair: (pair[0], pair[1].id))]


def _read(top: Path, paths: list[str]) -> dict[str, History]:
    """The history of each of ``paths`` (names in the repository ``top``)."""
    found, cut = walk.changes(top, paths, MAX_COMMITS)
    needed: dict[str, set[str]] = {}  # blob -> names it has in the changes
    for changes in found.values():
        for change in changes:
            if change.status != "D" and change.mode in walk.REGULAR:
                needed.setdefault(change.blob, set()).add(change.revision.path)
    figures: dict[tuple[str, str], _Figures] = {}
    for blob, data, why in walk.blobs(top, sorted(needed), MAX_MAP_BYTES):
        for name in sorted(needed[blob]):
            figures[blob, name] = _Figures(why) if data is None else \
                _load_revision(data, f"{blob[:12]}:{name}", top / name)
    out = {}
    for path, changes in found.items():
        rows = [(c.revision, _figures(c, figures)) for c in reversed(changes)]
        out[path] = History(path, [_row(r, f) for r, f in rows], _ages(rows), path in cut)
    return out


def _figures(change: walk.Change, known: dict[tuple[str, str], _Figures]) -> _Figures:
    if change.status == "D":
        return _Figures("the file was deleted in this commit")
    if change.mode == "120000":
        return _Figures("a symbolic link in this commit, not a map")
    if change.mode not in walk.REGULAR:
        return _Figures("not a file in this commit (a submodule?)")
    return known[change.blob, change.revision.path]


def _after(top: Path, since: str) -> set[str]:
    """The commits in ``since``..HEAD."""
    start = commit_of(since, top)
    proc = run_git(["rev-list", "--end-of-options", f"{start}..HEAD"], top, timeout=600)
    if proc.returncode != 0:
        raise RevisionError(f"cannot list the commits after '{since}'")
    return set(proc.stdout.decode("ascii", "replace").split())


def history(path: Path, since: str | None = None) -> History:
    """The history of the map at ``path`` (it need not exist any more: its
    folder must be in a git work tree). With ``since`` (a revision), only
    the commits after it (``since..HEAD``) are rows; barrier ages still
    count from the first commit, and a barrier resolved before is left out.

    Raises NotInRepository, NotCommitted, RevisionError (a bad ``since``)
    or ExternalToolError (git missing or failing)."""
    top, name = locate(Path(path))
    after = _after(top, since) if since is not None else None
    found = _read(top, [name])[name]
    if not found.rows:
        raise NotCommitted(f"'{printable(display_name(name))}' has no commit in the repository at "
                           f"'{printable(display_name(top))}' (only committed changes have a history)")
    if after is None:
        return found
    rows = [r for r in found.rows if r.revision.commit in after]
    barriers = [b for b in found.barriers if b.resolved is None or b.resolved.commit in after]
    return replace(found, rows=rows, barriers=barriers)


def histories(paths: list[Path]) -> dict[Path, History]:
    """The history of each map in ``paths``, as :func:`history` gives it,
    reading each repository once. A map outside a git work tree, or never
    committed, has a history without rows. Raises ExternalToolError (git
    missing or failing)."""
    out: dict[Path, History] = {}
    by_top: dict[Path, dict[Path, str]] = {}
    trees: dict[Path, tuple[Path, str] | None] = {}
    for path in map(Path, paths):
        if path.parent not in trees:
            try:
                trees[path.parent] = work_tree(path.parent)
            except RevisionError:
                trees[path.parent] = None
        tree = trees[path.parent]
        if tree is None or path.name in ("", ".", ".."):
            out[path] = History(display_name(path), [], [])
        else:
            by_top.setdefault(tree[0], {})[path] = tree[1] + path.name
    for top, names in sorted(by_top.items()):
        found = _read(top, sorted(set(names.values())))
        for path, name in names.items():
            out[path] = found[name]
    return {Path(p): out[Path(p)] for p in paths}
