"""The maps' share of the site, done a batch at a time (in worker
processes when the portfolio is built in parallel): load each map and
render what the site shows of it with the real renderers: the HTML map,
the flow (Graphviz SVG) and, when the map has blueprint fields, the
service blueprint. A library file (``kind: persona``, ``kind:
touchpoints``) found among the maps is passed over. Beside the maps, the
pool runs whatever else the site needs that takes time (the histories
from git, lint), each as one task.

The flow is the costly part: each ``dot`` process spends most of its time
starting (loading its plugins and fonts), little laying out a map (about
30 ms of 40). So a batch's flows are laid out by one ``dot``: the DOT
sources are the flow renderer's own (:func:`journeyctl.render.dot.build`),
the program the one it would run
(:func:`journeyctl.render.layout.find_program`). dot writes the clusters
of a graph that is not the first of its run in an order that varies from
run to run; put back in the order the DOT source defines them, each SVG is
the bytes ``journeyctl render -f svg`` writes (a test checks). With
graphviz-pure, or when a batch cannot be put in order or fails, each map
goes through the svg renderer on its own, which says what went wrong.

:func:`build_batch` takes and returns plain, picklable values, so that a
process pool can run it; it never raises for a problem of a map (those are
in its result), only for a bug.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Sequence

from journeyctl.base.diagnostics import Diagnostic, ExternalToolError, MapError, RenderProblem
from journeyctl.format.model import Journey
from journeyctl.lint.engine import Settings, all_rules
from journeyctl.load import LoadedMap, load_path
from journeyctl.site.folder import write_files

#: How a map's HTML links to another map of the portfolio (a step's
#: ``journey:``, a map's ``improves:``), from maps/<id>/map.html.
MAP_LINKS = "../{id}/map.html"
#: The flow's settings: as ``journeyctl render -f svg`` draws it by default.
FLOW = {"graph": "flow", "direction": "auto"}
#: Maps in a batch (one dot process lays out a batch's flows): fixed, so
#: that which maps share a dot run never depends on the number of processes.
BATCH = 16


@dataclass(frozen=True)
class MapJob:
    path: Path
    #: The file as the site names it.
    file: str
    settings: Settings
    #: The site being built (journeyctl.site.folder.Building): where the
    #: map's files are written. None: they are kept in the result.
    out: str | None = None


@dataclass
class MapResult:
    file: str
    path: Path
    journey: Journey | None = None
    #: Why the map is not on the site: load problems, or a renderer's.
    problems: list[Diagnostic] = field(default_factory=list)
    #: Not a map but a library file (it has no page).
    library: bool = False
    #: Days after which the map is stale (J204's stale-days for this map).
    stale_days: int = 180
    html: bytes | None = None
    flow: bytes | None = None
    blueprint: bytes | None = None
    #: A renderer or an external program (Graphviz) that failed: the site cannot be built.
    external: str | None = None
    has_blueprint: bool = False
    #: The files written for the map, in the site (with MapJob.out).
    written: list[str] = field(default_factory=list)

    @property
    def files(self) -> dict[str, bytes]:
        """The map's files in the site, by name: map.html, flow.svg, and blueprint.html."""
        out = {"map.html": self.html, "flow.svg": self.flow}
        if self.blueprint is not None:
            out["blueprint.html"] = self.blueprint
        return out


def stale_days(settings: Settings) -> int:
    """J204's stale-days for a map linted with ``settings``."""
    rule = all_rules()["J204"]
    return int(settings.options.get(rule.code, {}).get("stale-days", rule.options["stale-days"]))


def _page(job: MapJob) -> tuple[MapResult, LoadedMap | None]:
    """Everything but the flow: load, the HTML map and blueprint."""
    result = MapResult(job.file, job.path, stale_days=stale_days(job.settings))
    try:
        loaded = load_path(job.path, job.file)
        if not isinstance(loaded, LoadedMap):
            result.library = True
            return result, None
    except MapError as exc:
        result.problems = list(exc.diagnostics)
        return result, None
    except OSError as exc:
        result.problems = [Diagnostic(job.file, 1, 1, "F001", f"cannot read the file: {exc.strerror or exc}")]
        return result, None
    try:
        result.html = _render(loaded, "html", job.path, view="map")
        if loaded.journey.uses_blueprint():
            result.blueprint = _render(loaded, "html", job.path, view="blueprint")
            result.has_blueprint = True
    except MapError as exc:
        result.problems = list(exc.diagnostics)
        result.html = result.blueprint = None
        result.has_blueprint = False
        return result, None
    except ExternalToolError as exc:
        result.external = f"{job.file}: {exc}"
        return result, None
    result.journey = loaded.journey
    return result, loaded


def _render(loaded: LoadedMap, fmt: str, source: Path, **settings: object) -> bytes:
    """The map rendered by the built-in renderer of ``fmt``; a problem the
    renderer finds in the map (a persona image that is missing) is a
    MapError positioned in the file; a renderer that fails otherwise, an
    ExternalToolError."""
    from journeyctl.render import registry
    from journeyctl.render.base import RenderOptions

    renderer = registry.find(fmt)
    if "links" in renderer.settings and fmt == "html":
        settings["links"] = MAP_LINKS
    chosen = {key: value for key, value in settings.items() if key in renderer.settings}
    try:
        out = renderer().render(loaded.journey, RenderOptions(source=source, settings=chosen))
    except RenderProblem as problem:
        line, col = loaded.position(problem.path)
        raise MapError([Diagnostic(loaded.file, line, col, problem.code, problem.message, problem.path)]) from None
    except (ExternalToolError, MapError):
        raise
    except Exception as exc:  # a bug in a renderer is not a problem of the map
        raise ExternalToolError(f"the {fmt} renderer failed: {type(exc).__name__}: {exc}") from exc
    return out.encode("utf-8") if isinstance(out, str) else bytes(out)


_FIRST_GROUP = re.compile(rb'<g id="page\d+,\d+_graph0"')
#: A cluster's group in dot's SVG (a path and its label; no group inside).
_CLUSTER = re.compile(rb'<g id="clust\d+" class="cluster">\n<title>(.*?)</title>\n(?:(?!<g ).*\n)*?</g>\n')
_CLUSTER_ID = re.compile(rb'<g id="clust\d+" class="cluster">')
_CLUSTER_NUMBER = re.compile(rb'<g id="clust(\d+)"')
#: How the flow renderer names a stage's cluster in the DOT source.
_SUBGRAPH = re.compile(r'subgraph "?(cluster_[^"\s{]*)')


def _layout_together(sources: list[str]) -> list[bytes] | None:
    """The SVG of each DOT source, laid out by one run of the system
    ``dot`` that the svg renderer would run; None when that is not a system
    dot (graphviz-pure) or the run fails (each map is then drawn alone)."""
    from journeyctl.render import layout

    try:
        program = layout.find_program("svg")
    except ExternalToolError:
        return None
    if layout.is_bundled(program) or len(sources) < 2:
        return None
    try:
        data = layout.run(program, "\n".join(sources), "svg")
    except ExternalToolError:
        return None
    start = b"<?xml version"
    parts = [start + part for part in data.split(start) if part.strip()]
    if len(parts) != len(sources):
        return None
    # dot names the top group of every graph after the first of a run "page0,1_graph0"; alone, "graph0".
    parts = [parts[0]] + [_FIRST_GROUP.sub(b'<g id="graph0"', part, count=1) for part in parts[1:]]
    ordered = [_clusters_in_order(part, source) for part, source in zip(parts, sources)]
    return None if any(part is None for part in ordered) else ordered


def _clusters_in_order(svg: bytes, source: str) -> bytes | None:
    """dot's SVG of a graph with its clusters in the order the DOT source
    defines them, their numbers in that order, as dot writes a graph laid
    out alone (in a run of several, it writes them in an order that varies
    from run to run); None when the clusters cannot be put in order."""
    import html

    blocks = list(_CLUSTER.finditer(svg))
    if not blocks:
        return svg
    start, end = blocks[0].start(), blocks[-1].end()
    names = _SUBGRAPH.findall(source)
    titles = [html.unescape(m.group(1).decode("utf-8")) for m in blocks]
    if b"".join(m.group(0) for m in blocks) != svg[start:end] or sorted(titles) != sorted(names):
        return None
    rank = {name: number for number, name in enumerate(names)}
    ordered = sorted(zip(titles, blocks), key=lambda pair: rank[pair[0]])
    # dot numbers clusters in the order it meets them (clust1, clust3...): the same numbers, in order
    numbers = sorted(int(_CLUSTER_NUMBER.search(m.group(0)).group(1)) for m in blocks)
    renumbered = [_CLUSTER_ID.sub(f'<g id="clust{n}" class="cluster">'.encode(), m.group(0), count=1)
                  for n, (_, m) in zip(numbers, ordered)]
    return svg[:start] + b"".join(renumbered) + svg[end:]


def build_batch(jobs: list[MapJob]) -> list[MapResult]:
    """Each map of ``jobs`` loaded and rendered, in order."""
    from journeyctl.render.dot import build

    pages = [_page(job) for job in jobs]
    drawn = [(result, loaded) for result, loaded in pages if loaded is not None]
    flows = None
    try:
        flows = _layout_together([build(loaded.journey, FLOW["graph"], FLOW["direction"]) for _, loaded in drawn])
    except Exception:  # the renderer, alone below, reports it
        flows = None
    for number, (result, loaded) in enumerate(drawn):
        if flows is not None:
            result.flow = flows[number]
            continue
        try:
            result.flow = _render(loaded, "svg", result.path, **FLOW)
        except MapError as exc:
            result.problems, result.journey, result.html, result.blueprint = list(exc.diagnostics), None, None, None
            result.has_blueprint = False
        except ExternalToolError as exc:
            result.external = f"{result.file}: {exc}"
    for job, (result, _) in zip(jobs, pages):
        if job.out is not None and result.journey is not None and result.external is None:
            result.written = write_files(job.out, {f"maps/{result.journey.id}/{name}": data
                                                   for name, data in result.files.items()})
            result.html = result.flow = result.blueprint = None  # written: not sent back
    return [result for result, _ in pages]


def read_histories(paths: list[Path]):
    """:func:`journeyctl.history.histories`, or the ExternalToolError (git
    missing or failing) as a value, for a pool to hand back."""
    from journeyctl.history import histories

    try:
        return histories(paths)
    except ExternalToolError as exc:
        return exc


def run_all(jobs: list[MapJob], workers: int, progress: Callable[[int, int], None] | None = None,
            beside: Sequence[tuple[Callable, tuple]] = ()) -> tuple[list[MapResult], list]:
    """(:func:`build_batch` for every job, in order; what each
    ``(function, arguments)`` of ``beside`` returned). In a pool of
    ``workers`` processes when there are more than one and maps enough to
    be worth starting them: then ``beside`` runs in the pool too, each as
    one task beside the maps' batches (its functions must be picklable:
    module-level)."""
    total = len(jobs)
    batches = [jobs[i:i + BATCH] for i in range(0, total, BATCH)]
    done = 0
    out: list[MapResult] = []
    if workers <= 1 or total < 2 * workers:
        for batch in batches:
            out += build_batch(batch)
            done += len(batch)
            if progress:
                progress(done, total)
        return out, [function(*arguments) for function, arguments in beside]

    from concurrent.futures import ProcessPoolExecutor

    _warm()
    with ProcessPoolExecutor(max_workers=workers, mp_context=_context()) as pool:
        others = [pool.submit(function, *arguments) for function, arguments in beside]
        for results in pool.map(build_batch, batches):
            out += results
            done += len(results)
            if progress:
                progress(done, total)
        return out, [other.result() for other in others]


def _context():
    """Fork where the system can (the workers start with what is imported
    here); elsewhere the system's default."""
    import multiprocessing

    return multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else None)


def _warm() -> None:
    """Import and compile what every worker needs once, before the pool
    forks (where it forks: elsewhere each worker does it)."""
    from journeyctl.render import registry
    from journeyctl.render.html import template

    for fmt in ("html", "svg"):
        registry.find(fmt)
    for name in ("map.html.j2", "grid.html.j2", "curve.html.j2", "blueprint.html.j2", "blueprint-grid.html.j2"):
        template(name)
    import journeyctl.history  # noqa: F401
    import journeyctl.render.dot  # noqa: F401
