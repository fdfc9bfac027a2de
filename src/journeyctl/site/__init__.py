"""``journeyctl site``: a static site of a portfolio of maps.

The rooms: :mod:`~journeyctl.site.work` (the maps: load each, render its
HTML map, flow and blueprint; in a process pool, with the histories and
lint beside),
:mod:`~journeyctl.site.portfolio` (what is gathered across the maps),
:mod:`~journeyctl.site.pages` (the pages, from ``templates/``, and the
search index) and :mod:`~journeyctl.site.folder` (the output folder,
replaced only when the new site is whole). The use case that runs them is
:mod:`journeyctl.app.site`.

Layout of the site (every link relative, every link to a file):

    index.html                  every journey; maps that could not be read
    barriers.html               the barrier board: every barrier, worst first
    personas.html channels.html touchpoints.html owners.html
    maps/<id>/index.html        a map's page: facts, flow, barriers, lint, history
    maps/<id>/map.html          the HTML map (journeyctl render)
    maps/<id>/flow.svg          the flow (Graphviz)
    maps/<id>/blueprint.html    the service blueprint, when the map has one
    personas/<key>.html channels/<key>.html touchpoints/<id>.html owners/<key>.html
    assets/site.css assets/search.js assets/search-index.js
    .journeyctl-site            the marker: this folder is a site journeyctl built
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Callable, Iterable

from markupsafe import Markup

from journeyctl.base.diagnostics import Diagnostic, ExternalToolError
from journeyctl.site.folder import MARKER, Building, check_target, publish, write_files
from journeyctl.site.portfolio import Entry, History, Portfolio, gather
from journeyctl.site.work import MapJob, MapResult, build_batch, read_histories, run_all

__all__ = ["MARKER", "MapJob", "MapResult", "build_batch", "read_histories", "run_all", "Building",
           "check_target", "publish", "write_files", "Entry", "Portfolio", "write_site", "duplicate_ids"]


def duplicate_ids(results: list[MapResult]) -> list[tuple[str, list[str]]]:
    """(id, the files that have it) for each id more than one map has."""
    files: dict[str, list[str]] = {}
    for result in results:
        if result.journey is not None:
            files.setdefault(result.journey.id or "", []).append(result.file)
    return sorted((i, f) for i, f in files.items() if len(f) > 1)


def write_site(results: list[MapResult], found_histories, findings: Iterable[Diagnostic], today: date,
               locale: str, root: str | Path, workers: int = 1,
               warn: Callable[[str], None] | None = None) -> tuple[Portfolio, list[str]]:
    """Write the site of ``results`` under ``root`` (a site being built,
    where the maps' own files may already be); the portfolio, and every
    file of the site. ``found_histories`` is what
    :func:`work.read_histories` gave; ``findings`` are lint's, each shown
    on the page of the map it is in. The maps are listed by title; those
    that could not be read, by file; library files are left out."""
    from journeyctl.site.pages import labels, render_pages

    ok = sorted((r for r in results if r.journey is not None),
                key=lambda r: (r.journey.title.casefold(), r.journey.id, r.file))
    broken = sorted((r for r in results if r.journey is None and not r.library), key=lambda r: r.file)
    by_file: dict[str, list[Diagnostic]] = {}
    for finding in findings:
        by_file.setdefault(finding.file, []).append(finding)
    entries = [Entry(r.file, r.journey, r.problems, by_file.get(r.file, []) if r.journey else [],
                     r.stale_days, r.has_blueprint) for r in ok + broken]
    if isinstance(found_histories, ExternalToolError):  # no git, or git failing: a site without histories
        if warn:
            warn(f"the site shows no history: {found_histories}")
        found_histories = {}
    _histories(entries, [r.path for r in ok], found_histories, labels(locale))
    portfolio = gather(entries, today)
    written = []
    for result in ok:
        written += result.written or write_files(root, {f"maps/{result.journey.id}/{name}": data
                                                        for name, data in result.files.items()})
    return portfolio, written + render_pages(portfolio, locale, root, workers)


def _histories(entries: list[Entry], paths: list[Path], found: dict, labels: dict[str, str]) -> None:
    """Each map's history (journeyctl.history), with its chart; a map
    outside a git repository, or never committed, gets a note instead."""
    try:
        from journeyctl.render.history import chart_svg
    except ImportError:  # pragma: no cover - while the chart is being written
        chart_svg = None
    for entry, path in zip(entries, paths):
        history = found.get(path)
        if history is None or not history.rows:
            entry.history = History(note=labels["site.no_history"])
            continue
        chart = Markup(chart_svg(history, labels)) if chart_svg else None
        entry.history = History(rows=list(history.rows), barriers=list(history.barriers), chart=chart)
