"""Use case: build the static site of a portfolio of maps (``journeyctl site``).

The maps are found as ``journeyctl lint`` finds them (folders searched for
YAML with a ``journeyctl`` key; library files, ``kind: persona`` and
``kind: touchpoints``, are not maps). Each map is loaded and rendered in a
pool of processes (``jobs``); beside them in the pool, the histories are
read from git and ``journeyctl lint PATH...`` runs as of ``today`` (so a
map's page shows what lint says of it, the portfolio rules included, with
the project's settings). The pages are made from the results in a fixed
order, so the same maps, day and locale give the same bytes whatever the
number of jobs.

A map that cannot be read (or rendered) is listed on the index with its
problems and the site is built; :attr:`SiteResult.status` is then 1, as it
is when a map has lint errors (as ``journeyctl lint`` would exit). Two maps
with the same id are an error (exit 1) and nothing is written. The output
folder is checked first (see :mod:`journeyctl.site.folder`).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Callable

from journeyctl.base.diagnostics import (
    EXIT_OK, EXIT_PROBLEMS, LOADER_CODES, Diagnostic, ExternalToolError, MapError, UsageProblem, printable,
    sort_diagnostics,
)
from journeyctl.base.files import display_name
from journeyctl.format.model import LOCALE_PATTERN


@dataclass(frozen=True)
class SiteRequest:
    paths: tuple[str, ...]
    output: Path
    locale: str
    today: date
    jobs: int


@dataclass
class SiteResult:
    output: Path
    maps: int = 0
    #: Problems of the maps that could not be read, and lint errors.
    problems: list[Diagnostic] = field(default_factory=list)
    broken: int = 0
    errors: int = 0
    warnings: int = 0
    skipped: int = 0

    @property
    def status(self) -> int:
        return EXIT_PROBLEMS if self.broken or self.errors else EXIT_OK


def default_today() -> date:
    """``SOURCE_DATE_EPOCH``'s day (UTC) when it is set, else today."""
    value = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if value.isascii() and value.isdigit():
        try:
            return datetime.fromtimestamp(int(value), timezone.utc).date()
        except (OverflowError, OSError, ValueError):
            pass
    return date.today()


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def request(paths: tuple[str, ...], output: str, *, locale: str = "en", today: date | None = None,
            jobs: int | None = None) -> SiteRequest:
    """The request, checked (UsageProblem when it cannot be done)."""
    from journeyctl.site import check_target

    if not re.match(LOCALE_PATTERN, locale):
        raise UsageProblem(f"--locale '{printable(locale)}' is not a language tag (en, de, pt-BR…)")
    if jobs is not None and jobs < 1:
        raise UsageProblem("--jobs must be 1 or more")
    target = Path(output)
    check_target(target)
    return SiteRequest(tuple(paths) or (".",), target, locale, today or default_today(), jobs or default_jobs())


def build(req: SiteRequest, progress: Callable[[int, int], None] | None = None,
          warn: Callable[[str], None] | None = None) -> SiteResult:
    """Build the site. UsageProblem (bad settings, an output that cannot be
    written), MapError (two maps with the same id), ExternalToolError (a
    renderer's program failed); the old site is then left as it was."""
    from journeyctl.lint.engine import Settings
    from journeyctl.lint.files import collect
    from journeyctl.lint.settings import ConfigError, load_config
    from journeyctl.site import Building, MapJob, duplicate_ids, read_histories, run_all, write_site

    maps, _ = collect(list(req.paths))
    inside = os.path.realpath(req.output)
    maps = [m for m in maps if os.path.commonpath([os.path.realpath(m), inside]) != inside]
    base = Settings(today=req.today)
    with Building(req.output) as building:
        try:
            jobs = [MapJob(path, display_name(path), load_config(path, base, None, ()).for_file(path),
                           str(building.path)) for path in maps]
        except ConfigError as exc:
            raise UsageProblem(str(exc)) from None
        results, (histories, linted) = run_all(jobs, req.jobs, progress, beside=[
            (read_histories, ([job.path for job in jobs],)), (lint, (req.paths, req.today))])
        if isinstance(linted, Exception):
            raise UsageProblem(str(linted))
        failed = [r.external for r in results if r.external]
        if failed:
            raise ExternalToolError(failed[0])
        twice = duplicate_ids(results)
        if twice:
            raise MapError([Diagnostic(files[1], 1, 1, "R001",
                                       f"map id '{map_id}' is also the id of {', '.join(files[:1] + files[2:])}; "
                                       f"the maps of a site need different ids") for map_id, files in twice])
        portfolio, written = write_site(results, histories, linted.findings, req.today, req.locale, building.path,
                                        req.jobs, warn)
        building.commit(written)
    result = SiteResult(req.output, len(portfolio.maps), skipped=len(linted.skipped))
    result.broken = len(portfolio.broken)
    # Printed: why maps could not be read, and lint's errors (as journeyctl lint prints them).
    shown = {d for e in portfolio.broken for d in e.problems} | {f for f in linted.findings if f.severity == "error"}
    result.problems = sort_diagnostics(shown)
    result.errors = sum(1 for f in linted.findings if f.severity == "error" and f.code not in LOADER_CODES)
    result.warnings = sum(1 for f in linted.findings if f.severity != "error")
    return result


def lint(paths: tuple[str, ...], today: date):
    """``journeyctl lint PATH...`` as of ``today``: what the site shows of
    each map's findings, and its exit code (the lint errors). Run in the
    pool beside the maps; a bad setting is handed back, not raised."""
    from journeyctl.app.lint import lint_paths
    from journeyctl.lint.engine import Settings
    from journeyctl.lint.settings import ConfigError

    try:
        return lint_paths(list(paths), base=Settings(today=today))
    except (ConfigError, UsageProblem) as exc:
        return exc


def summary(result: SiteResult) -> str:
    """One line for the terminal: what was built, and where."""
    parts = [f"{result.maps} map{'s' if result.maps != 1 else ''}"]
    if result.broken:
        parts.append(f"{result.broken} could not be read")
    if result.errors or result.warnings:
        parts.append(f"lint: {result.errors} error{'s' if result.errors != 1 else ''}, "
                     f"{result.warnings} warning{'s' if result.warnings != 1 else ''}")
    return f"{printable(display_name(result.output / 'index.html'))} ({'; '.join(parts)})"
