"""Use case: lint the maps under some paths (files and folders)."""

from __future__ import annotations

import gc
import os
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping

from journeyctl.base.diagnostics import Diagnostic, MapError, printable, sort_diagnostics
from journeyctl.base.files import display_name, relative_name
from journeyctl.lint.engine import MapFacts, Portfolio, Settings, all_rules, gather, run_portfolio
from journeyctl.lint.files import collect
from journeyctl.lint.parallel import Config, lint_files, workers
from journeyctl.lint.settings import ConfigError
from journeyctl.load import Library, LoadedMap, library_for, load_path


@dataclass
class LintResult:
    findings: list[Diagnostic] = field(default_factory=list)
    #: The maps linted, and the YAML files skipped as not maps.
    files: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    #: Of ``files``, the library files (checked by loading them).
    library: list[str] = field(default_factory=list)
    #: Ids of the measurements given that measure none of the maps linted.
    unmatched: list[str] = field(default_factory=list)

    @property
    def errors(self) -> int:
        return sum(1 for f in self.findings if f.severity == "error")

    @property
    def warnings(self) -> int:
        return len(self.findings) - self.errors


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector off while linting: the maps read stay alive
    to the end and linting leaves no cycles to speak of, so it would only
    walk the maps again and again (a sixth of the time)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@_collector_paused()
def lint_paths(paths: list[str | Path], *, select: tuple[str, ...] | None = None, ignore: tuple[str, ...] = (),
               options: Mapping[str, Mapping[str, Any]] | None = None, base: Settings | None = None,
               progress: Callable[[int, int], None] | None = None, skip_non_maps: bool = False,
               measured: Iterable[str | Path] = (), events: str | None = None,
               warn: Callable[[str], None] | None = None, jobs: int | None = 1) -> LintResult:
    """Lint every map under ``paths``. ``select``/``ignore``/``options``
    come from the command line and override pyproject.toml's. With
    ``skip_non_maps``, a file named in ``paths`` that does not look like a
    map is skipped (as in folders) rather than linted. Raises
    :class:`journeyctl.lint.settings.ConfigError` for bad settings.

    File names are reported as printable text: bytes that are not UTF-8
    are shown as ``\\xe9``. A file that cannot be read (not a regular file,
    larger than the limit, unreadable) is an F001 error at 1:1.

    ``measured`` are measurement files (``journeyctl measure -o``), each
    judged against the map it measures; with ``events``, each map that
    binds events is measured against that log first. The J5xx rules judge
    a map against its measurement. UsageProblem for a file that is not a
    measurement; EventsProblem and ExternalToolError as in measure.

    ``jobs`` processes lint the files (1: this one; the default). None:
    the JOURNEYCTL_JOBS environment variable's number, else one process per
    core once there are enough files to pay for starting them (as
    ``journeyctl lint`` does). The result is the same however many lint;
    with ``events`` they are linted here."""
    base = base or Settings()
    measurements = {}
    if measured:
        from journeyctl.app.render import read_measurement

        measurements = {m.map: m for m in (read_measurement(p) for p in measured)}
        base = replace(base, measurements={**base.measurements, **measurements})
    seen: set[str] = set()
    maps, skipped = collect([str(p) for p in paths], skip_non_maps=skip_non_maps)
    result = LintResult(files=[display_name(p) for p in maps], skipped=[display_name(p) for p in skipped])
    rules = all_rules()
    portfolio = _Gathered()
    folders = any(Path(p).is_dir() for p in paths)
    config = Config(base, select, ignore, options)
    outcomes = lint_files(maps, config, jobs=workers(len(maps), _jobs(jobs)), keep=portfolio.judged(folders),
                          measure=(lambda path: _measure(path, events)) if events is not None else None)
    for number, (path, outcome) in enumerate(outcomes, start=1):
        result.findings += outcome.findings
        if outcome.kind == "broken":
            portfolio.broken.append(path)
        elif outcome.kind == "library":
            result.library.append(display_name(path))
        else:
            seen.add(outcome.id or "")
            if outcome.facts is not None:
                portfolio.maps[path] = outcome.facts
        if progress:
            progress(number, len(maps))
    for group in portfolio.groups(maps, folders):
        settings = {p: config.for_file(p) for p in group.linted}
        enabled = set().union(*(s.enabled(rules) for s in settings.values()))
        shown = {display_name(p): s.enabled(rules) for p, s in settings.items()}
        shown |= {f: enabled for f in result.files if f not in shown}  # the library's files
        found = run_portfolio(Portfolio(group.maps, group.library, next(iter(settings.values())),
                                        [display_name(p) for p in group.broken]), enabled)
        result.findings += [f for f in found if f.code in shown.get(f.file, ())]
    # The library's problems come with every map that uses it: once is enough.
    result.findings = sort_diagnostics(list(dict.fromkeys(result.findings)))
    result.unmatched = sorted(set(measurements) - seen)
    for name in result.unmatched if warn else ():
        warn(f"the measurement of map '{printable(name)}' measures none of the maps linted")
    return result


#: At most this many files of a project are read to judge a portfolio.
MAX_PROJECT_MAPS = 10_000


@dataclass
class _Group:
    """The maps judged together: those of one project with a library (all
    its maps, linted or not), or those linted in folders without one."""

    library: Library | None
    maps: list[MapFacts] = field(default_factory=list)
    linted: list[Path] = field(default_factory=list)
    broken: list[Path] = field(default_factory=list)


@dataclass
class _Gathered:
    """What the portfolio rules need of each map linted, and the files that did not load."""

    maps: dict[Path, MapFacts] = field(default_factory=dict)
    broken: list[Path] = field(default_factory=list)

    @staticmethod
    def judged(folders: bool) -> Callable[[Path], bool]:
        """Whether a map linted is judged with others (in :meth:`groups`)."""
        return lambda path: folders or library_for(path) is not None

    def groups(self, linted: list[Path], folders: bool) -> list[_Group]:
        groups: dict[str | None, _Group] = {}
        for path in linted:
            library = library_for(path)
            key = library.settings if library is not None else None
            if key is None and not folders:
                continue
            group = groups.setdefault(key, _Group(library))
            group.linted.append(path)
            if path in self.maps:
                group.maps.append(self.maps[path])
            elif path in self.broken:
                group.broken.append(path)
        for group in groups.values():
            if group.library is not None:
                self._add_project(group)
        return [groups[k] for k in sorted(groups, key=lambda k: (k is not None, k or ""))]

    def _add_project(self, group: _Group) -> None:
        """The project's other maps: a library's use and the links are judged
        across all of them, not only the maps linted; in the project's order,
        so that "first defined" means the same whichever maps are linted."""
        root = Path(group.library.settings).resolve().parent
        root = Path(relative_name(root))  # files named as the user names them
        linted = {p.resolve(): p for p in group.linted}
        maps = []
        for path, _ in zip(collect([str(root)])[0], range(MAX_PROJECT_MAPS)):
            mine = linted.pop(path.resolve(), None)
            if mine is not None:
                maps += [self.maps[mine]] if mine in self.maps else []
                continue
            try:
                loaded = load_path(path, display_name(path))
            except (MapError, OSError):
                group.broken.append(path)
                continue
            if isinstance(loaded, LoadedMap):
                maps.append(gather(loaded))
        group.maps = maps + [self.maps[p] for p in linted.values() if p in self.maps]


def _jobs(jobs: int | None) -> int | None:
    """``jobs``, or when None the JOURNEYCTL_JOBS environment variable's."""
    value = os.environ.get("JOURNEYCTL_JOBS", "").strip() if jobs is None else ""
    if not value:
        return jobs
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise ConfigError(f"JOURNEYCTL_JOBS must be a whole number of processes, at least 1 (it is '{printable(value)}')")
    return number


def _measure(path: Path, events: str):
    from journeyctl.app import measure as measuring

    return measuring.measure(measuring.request(str(path), events))
