"""Use case: render maps to a format, and write each output where it belongs.

:func:`render_journey` turns a loaded map into bytes (:func:`render_pieces`
into pieces of them, made as they are written); :func:`plan` decides
where each map's output goes (checked before anything runs);
:func:`render_file` loads, renders and writes one map and says how it went;
:func:`watch` renders again whenever a map changes.
"""

from __future__ import annotations

import gc
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Callable, Iterable, Iterator

from journeyctl.base.diagnostics import (
    EXIT_EXTERNAL, EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, Diagnostic, ExternalToolError, MapError, RenderProblem,
    UsageProblem, did_you_mean, printable,
)
from journeyctl.base.files import FileRefused, display_name, refuse_overwrite, write_atomic
from journeyctl.format.model import Journey
from journeyctl.measure import EventsProblem
from journeyctl.render import registry
from journeyctl.render.base import Renderer, RenderOptions

STDIO = "-"
DEFAULT_FORMAT = "html"


def renderer_for(fmt: str) -> type[Renderer]:
    """The renderer of a format or alias; UsageProblem when there is none."""
    try:
        return registry.find(fmt)
    except registry.UnknownFormat as unknown:
        if unknown.reason:
            raise UsageProblem(f"the '{fmt.lower()}' renderer failed to load ({unknown.reason})") from None
        available = ", ".join(registry.names())
        raise UsageProblem(
            f"unknown format '{fmt}'{did_you_mean(fmt.lower(), registry.names())}; available: {available}"
        ) from None


def choose_format(fmt: str | None, output: str | None) -> str:
    """The format asked for with -f, else told by -o's extension, else html."""
    if fmt is not None:
        renderer_for(fmt)
        return registry.canonical(fmt) or fmt.lower()
    if output and output != STDIO and not Path(output).is_dir():
        suffix = Path(output).suffix
        name = registry.by_extension(suffix) if suffix else None
        if name is None:
            raise UsageProblem(
                f"cannot tell the format from '{output}'; give one with -f ({', '.join(registry.names())})"
            )
        return name
    return DEFAULT_FORMAT


def check_settings(renderer: type[Renderer], given: dict[str, object]) -> dict[str, object]:
    """The settings given (None: not given), checked against what the renderer reads."""
    settings = {key: value for key, value in given.items() if value is not None}
    for key in settings:
        if key not in renderer.settings:
            option = "--" + key.replace("_", "-")
            raise UsageProblem(f"{option} does not apply to the {renderer.name} format")
    return settings


@dataclass(frozen=True)
class Events:
    """``--events SOURCE``: each map is measured against the log when it is
    rendered (with the settings of ``[tool.journeyctl.events]``)."""

    source: str

    def measure(self, map_path: Path | None):
        from journeyctl.app import measure as measuring

        if map_path is None:
            raise UsageProblem("--events needs the map as a file, not standard input")
        return measuring.measure(measuring.request(str(map_path), self.source))


@dataclass(frozen=True)
class Compare:
    """``--compare FILE``: the current-state map that a future-state map is
    drawn against, loaded (as the map itself is) when a map is rendered: a
    map with problems is a MapError (its diagnostics, exit 1), a file that
    cannot be read a UsageProblem (exit 2)."""

    path: str

    def load(self) -> Journey:
        from journeyctl.load import load

        display = display_name(self.path)
        try:
            return load(self.path, display).journey
        except OSError as exc:  # not a regular file, too large, unreadable, gone
            reason = "it does not exist" if isinstance(exc, FileNotFoundError) else exc.strerror or str(exc)
            raise UsageProblem(f"--compare {printable(display)}: cannot read it: {reason}") from None


def check_comparison(future: Journey, current: object, warn: Callable[[str], None] | None = None) -> Journey:
    """``current`` (``--compare``), checked against the map drawn over it:
    a current-state map, under a future-state map that improves it (its
    ``improves`` names ``current``'s id; without ``improves``, ``warn`` says
    so and the comparison goes on). UsageProblem if not."""
    if not isinstance(current, Journey):
        raise UsageProblem(f"--compare needs a journey map, not {type(current).__name__}")
    if future.state != "future":
        raise UsageProblem(f"--compare draws a future-state map over the current one, and this map is "
                           f"state: {future.state}; render the future map (state: future) with --compare")
    if current.state != "current":
        raise UsageProblem(f"--compare: '{current.id}' is state: {current.state}; compare with the "
                           f"current-state map (state: current)")
    if future.improves is not None and future.improves != current.id:
        raise UsageProblem(f"--compare: this map improves '{future.improves}', but the map given is "
                           f"'{current.id}'")
    if future.improves is None and warn is not None:
        warn(f"the map does not say which map it improves (add improves: {current.id}); compared with "
             f"'{current.id}' all the same")
    return current


#: The largest measured.json read (a measurement is aggregates: kilobytes).
MAX_MEASUREMENT_BYTES = 16 * 1024 * 1024


def read_measurement(path: str | Path):
    """The measurement in ``path`` (``journeyctl measure -o``), or
    UsageProblem saying why it cannot be used."""
    from journeyctl.base.files import read_file
    from journeyctl.format.measurement import MeasurementError, load_bytes

    name = printable(str(path))
    try:
        data = read_file(Path(path), MAX_MEASUREMENT_BYTES)
    except OSError as exc:
        raise UsageProblem(f"--measured {name}: cannot read it: {exc.strerror or exc}") from None
    try:
        return load_bytes(data, name)
    except MeasurementError as exc:
        raise UsageProblem(f"--measured: {printable(str(exc))}") from None


def prepare(fmt: str, renderer: type[Renderer], given: dict[str, object]) -> dict[str, object]:
    """The settings of a render (None: not given), checked: the view
    (``view``, or its alias ``graph``) is one the format has, and each other
    setting is one the renderer and that view read. UsageProblem if not."""
    from journeyctl.render import views

    from journeyctl.render.html import check_links

    settings = {key: value for key, value in given.items() if value is not None}
    if isinstance(settings.get("compare"), (str, Path)):
        if str(settings["compare"]) == STDIO:
            raise UsageProblem("--compare needs the current map as a file, not standard input")
        settings["compare"] = Compare(str(settings["compare"]))
    if "links" in settings:
        check_links(settings["links"])
    for key in sorted(set(settings) & views.MAP_SETTINGS - renderer.settings):
        raise UsageProblem(f"{_option(key)} applies to the map view (html, pdf, png) and to md, "
                           f"not to the {fmt} format")
    events = settings.pop("events", None)
    if events is not None and "measured" in settings:
        raise UsageProblem("give --measured (a measurement) or --events (to measure now), not both")
    if isinstance(settings.get("measured"), (str, Path)):
        settings["measured"] = read_measurement(settings["measured"])
    elif events is not None:
        settings["measured"] = Events(str(events))
    view, graph = settings.pop("view", None), settings.pop("graph", None)
    if view and graph and view != graph:
        raise UsageProblem(f"--view {view} and --graph {graph} disagree (--graph is another name for --view)")
    asked = view or graph
    have = views.views_of(fmt)
    if asked is not None:
        option = "--view" if view else "--graph"
        if not have and "graph" in renderer.settings:  # a plugin that reads --graph
            settings["graph"] = asked
        elif not have:
            formats = ", ".join(views.FORMAT_VIEWS)
            raise UsageProblem(f"{option} does not apply to the {fmt} format (only to {formats})")
        elif asked not in have:
            where = f"the {asked} view: {views.formats_of(asked)}" if asked in views.VIEWS else \
                f"views: {', '.join(views.VIEWS)}"
            raise UsageProblem(f"{option} does not apply to the {fmt} format: it has no '{asked}' view, "
                               f"only {', '.join(have)} ({where})")
        elif "view" in renderer.settings:
            settings["view"] = asked
        elif "graph" in renderer.settings:
            settings["graph"] = asked
    checked = check_settings(renderer, settings)
    effective = asked or (have[0] if have else None)
    drawn = views.kind(fmt, effective) if effective in views.VIEWS else None
    if "measured" in checked and effective in views.VIEWS and effective not in views.MEASURED_VIEWS:
        raise UsageProblem(f"--measured applies to the map and flow views and to md, not to the {effective} view")
    if effective in views.VIEWS and effective != "map" and set(checked) & views.MAP_SETTINGS:
        raise UsageProblem(f"{_option(min(set(checked) & views.MAP_SETTINGS))} applies to the map view "
                           f"(html, pdf, png) and to md, not to the {effective} view")
    if drawn == "graph":
        wrong = sorted(set(checked) & views.GRID_SETTINGS)
        if wrong:
            raise UsageProblem(f"{_option(wrong[0])} applies to pages (html, and pdf of the map and blueprint), "
                               f"not to the {effective} view as {fmt}, which Graphviz draws")
    elif drawn == "grid":
        wrong = sorted(set(checked) & views.GRAPH_SETTINGS)
        if wrong:
            default = " by default" if not asked else ""
            raise UsageProblem(f"{_option(wrong[0])} applies to the Graphviz drawings (--view flow, or "
                               f"touchpoints as dot, svg, png, pdf); the {fmt} format draws the {effective} "
                               f"view{default} as a page")
        if fmt == "png" and {"paper", "fit"} & set(checked):
            raise UsageProblem(f"{_option(min({'paper', 'fit'} & set(checked)))} applies to pdf and html; "
                               f"a PNG of the map shows its screen layout")
    return checked


def _option(key: str) -> str:
    return "--" + key.replace("_", "-")


def render_journey(journey: Journey, fmt: str = DEFAULT_FORMAT, *, source: Path | None = None,
                   warn: Callable[[str], None] | None = None, **settings: object) -> bytes:
    """The map rendered to ``fmt`` (a format name or alias), as bytes.

    ``source`` is the map's file, for paths in the map (a persona image);
    ``settings`` are the format's options (``view="flow"``, ``paper="a4"``;
    ``events=`` measures the map at ``source`` against a log first;
    ``compare=`` is the current map, loaded or a path, that a future map is
    drawn against, checked by :func:`check_comparison`).
    Raises RenderProblem, ExternalToolError or UsageProblem (and, with
    ``events``, MapError and EventsProblem as journeyctl measure does;
    with ``compare`` a path, MapError for that map)."""
    return b"".join(render_pieces(journey, fmt, source=source, warn=warn, **settings))


#: How many of a renderer's pieces are joined into one piece of bytes.
_BATCH = 4096


def render_pieces(journey: Journey, fmt: str = DEFAULT_FORMAT, *, source: Path | None = None,
                  warn: Callable[[str], None] | None = None, **settings: object) -> Iterator[bytes]:
    """What :func:`render_journey` gives, in pieces made as they are taken
    (a renderer's ``stream``): a writer that writes each as it comes never
    holds a big page whole. The settings are checked, and the map measured or
    compared, before this returns; so is the map's view for the renderers
    that build one first (the HTML pages), so a problem with the map is
    raised here. A failure while the pieces are made is raised as it happens,
    as ExternalToolError unless it is one of render_journey's own."""
    renderer = renderer_for(fmt)
    checked = prepare(registry.canonical(fmt) or fmt.lower(), renderer, dict(settings))
    if isinstance(checked.get("measured"), Events):  # --events: the map measured now
        checked["measured"] = checked["measured"].measure(source)
    if "compare" in checked:  # --compare: the current map, loaded now
        current = checked["compare"].load() if isinstance(checked["compare"], Compare) else checked["compare"]
        checked["compare"] = check_comparison(journey, current, warn)
    options = RenderOptions(source=source, settings=checked, **({"warn": warn} if warn else {}))
    with _failures(renderer):
        made = renderer()
        # a plugin's renderer need not derive from Renderer: render() is all it must have
        stream = getattr(made, "stream", None)
        pieces = stream(journey, options) if stream is not None else (made.render(journey, options),)
    return _as_bytes(pieces, renderer)


@contextmanager
def _failures(renderer: type[Renderer]) -> Iterator[None]:
    """A bug in a renderer is not a problem of the map: ExternalToolError, naming the renderer."""
    try:
        yield
    except (RenderProblem, ExternalToolError, UsageProblem, MapError):
        raise
    except Exception as exc:
        raise ExternalToolError(f"{_describe(renderer)} failed: {type(exc).__name__}: {exc}") from exc


def _as_bytes(pieces: Iterable[object], renderer: type[Renderer]) -> Iterator[bytes]:
    """A renderer's pieces (str, or bytes) as bytes, a batch of them at a time."""
    with _failures(renderer):
        pieces = iter(pieces)
        while batch := list(islice(pieces, _BATCH)):
            try:
                data = "".join(batch).encode("utf-8")
            except TypeError:
                try:
                    data = b"".join(batch)
                except TypeError:
                    odd = [type(p).__name__ for p in batch if not isinstance(p, (str, bytes, bytearray, memoryview))]
                    what = odd[0] if odd else "str and bytes together"
                    raise ExternalToolError(f"{_describe(renderer)} failed: it returned {what}, not bytes or str") \
                        from None
            yield data


def _describe(renderer: type[Renderer]) -> str:
    """``the 'csv' renderer (journeyctl-plugin-demo)``."""
    name = getattr(renderer, "name", "?")
    origin = registry.plugins().origins.get(name) if registry.canonical(name) is None else registry.BUILTIN_ORIGIN
    return f"the '{name}' renderer ({origin or 'unknown'})"


def plan(maps: Iterable[str], output: str | None, extension: str) -> list[tuple[str, str]]:
    """(map, target) pairs; target is a path or '-'. Checked before anything runs."""
    maps = tuple(maps)
    several = len(maps) > 1
    if output == STDIO:
        if several:
            raise UsageProblem("-o - writes one map to standard output; give one map, or -o DIRECTORY")
        return [(maps[0], STDIO)]
    if several and output is not None and Path(output).exists() and not Path(output).is_dir():
        raise UsageProblem(f"with several maps, -o names a directory, and '{output}' is a file")
    if several and STDIO in maps:
        raise UsageProblem("a map read from standard input (-) is rendered on its own")
    pairs: list[tuple[str, str]] = []
    for map_path in maps:
        if map_path == STDIO and output is None:
            target = STDIO  # nowhere to put it beside: standard output
        elif output is None:
            target = Path(map_path).with_suffix(extension)
        elif several or Path(output).is_dir():
            stem = Path(map_path).stem if map_path != STDIO else "journey"
            target = Path(output) / (stem + extension)
        else:
            target = Path(output)
        pairs.append((map_path, str(target)))

    targets: dict[str, str] = {}
    inputs = {Path(m).resolve() for m in maps if m != STDIO}
    for map_path, target in pairs:
        if target == STDIO:
            continue
        resolved = Path(target).resolve()
        if resolved in inputs:
            raise UsageProblem(f"'{display_name(target)}' is an input map; journeyctl never overwrites a map")
        try:
            refuse_overwrite(target, [m for m in maps if m != STDIO])
        except FileRefused as refused:
            raise UsageProblem(str(refused)) from None
        if str(resolved) in targets:
            raise UsageProblem(f"'{targets[str(resolved)]}' and '{map_path}' would both be written to '{target}'")
        targets[str(resolved)] = map_path
    return pairs


@dataclass
class Outcome:
    """How rendering one map went."""

    map: str
    target: str
    status: int = EXIT_OK
    diagnostics: list[Diagnostic] = field(default_factory=list)
    #: What went wrong, when it is not about the map's content.
    error: str | None = None
    #: The output, when the target is standard output.
    data: bytes | None = None

    @property
    def written(self) -> bool:
        return self.status == EXIT_OK and self.target != STDIO


def render_file(map_path: str, target: str, fmt: str, settings: dict[str, object], *,
                stdin: Callable[[], bytes] | None = None, warn: Callable[[str], None] | None = None) -> Outcome:
    """Load ``map_path`` ('-': ``stdin()``), render it, and write it to
    ``target`` atomically (or keep the bytes, for standard output)."""
    from journeyctl.load import library_for, load, load_bytes

    display = "<stdin>" if map_path == STDIO else display_name(map_path)
    outcome = Outcome(display, display_name(target) if target != STDIO else target)
    if warn is not None:
        warn = (lambda say: lambda message: say(f"{display}: {message}"))(warn)
    try:
        if map_path == STDIO:
            # a map piped in names the library of the project the command runs in
            loaded = load_bytes(stdin() if stdin else b"", display, library=lambda: library_for(Path.cwd() / "-"))
            source = None
        else:
            try:
                loaded = load(map_path, display)
            except OSError as exc:  # not a regular file, too large, unreadable, gone
                reason = "it does not exist" if isinstance(exc, FileNotFoundError) else exc.strerror or str(exc)
                raise MapError([Diagnostic(display, 1, 1, "F001", f"cannot read the file: {reason}")]) from None
            source = Path(map_path)
        try:
            pieces = render_pieces(loaded.journey, fmt, source=source, warn=warn, **settings)
            if target == STDIO:
                outcome.data = b"".join(pieces)
                return outcome
            _write(map_path, target, settings, pieces)
        except RenderProblem as problem:
            line, col = loaded.position(problem.path)
            raise MapError([Diagnostic(display, line, col, problem.code, problem.message, problem.path)]) from None
    except MapError as exc:
        outcome.status, outcome.diagnostics = EXIT_PROBLEMS, exc.diagnostics
        return outcome
    except ExternalToolError as exc:
        outcome.status, outcome.error = EXIT_EXTERNAL, f"{display}: {exc}"
        return outcome
    except UsageProblem as exc:
        outcome.status, outcome.error = EXIT_USAGE, f"{display}: {exc}"
        return outcome
    except EventsProblem as exc:  # the log of --events, measured above
        outcome.status, outcome.error = EXIT_PROBLEMS, f"{display}: {exc}"
        return outcome
    except _Unwritten as unwritten:
        exc = unwritten.__cause__
        outcome.status = EXIT_USAGE
        outcome.error = str(exc) if isinstance(exc, FileRefused) and exc.strerror.startswith("'") else \
            f"cannot write '{display_name(target)}': {exc.strerror or exc}"
    return outcome


class _Unwritten(Exception):
    """The output could not be written (its OSError is the cause)."""


def _write(map_path: str, target: str, settings: dict[str, object], pieces: Iterable[bytes]) -> None:
    """Write the pieces to ``target`` atomically as they are made; _Unwritten
    when the target refuses them (a problem raised while they are made goes
    on as it is: the target is then as it was)."""
    try:
        # again: it may have changed since the plan (--watch); nor the current map of --compare
        compared = settings.get("compare")
        refuse_overwrite(target, [map_path] + ([compared.path] if isinstance(compared, Compare) else []))
        write_atomic(Path(target), pieces)
    except OSError as exc:
        raise _Unwritten() from exc


def render_all(pairs: list[tuple[str, str]], fmt: str, settings: dict[str, object],
               on_outcome: Callable[[Outcome], None], *, stdin: Callable[[], bytes] | None = None,
               warn: Callable[[str], None] | None = None,
               progress: Callable[[int, int], None] | None = None) -> int:
    """Render every (map, target) pair in order; the worst status (exit code)."""
    status = EXIT_OK
    for number, (map_path, target) in enumerate(pairs, start=1):
        outcome = render_file(map_path, target, fmt, settings, stdin=stdin, warn=warn)
        on_outcome(outcome)
        status = max(status, outcome.status)
        if progress:
            progress(number, len(pairs))
    return status


def watch(pairs: list[tuple[str, str]], fmt: str, settings: dict[str, object],
          on_outcome: Callable[[Outcome], None], *, warn: Callable[[str], None] | None = None,
          interval: float = 0.5, rounds: int | None = None) -> None:
    """Render every map, then again each time its file changes (polling:
    works on every file system), until interrupted (or after ``rounds``
    polls). Problems are reported through ``on_outcome``, a map that
    disappears or stops being a file included; watching goes on."""
    import stat as stats
    import time

    def stamp(path: str):
        try:
            info = Path(path).stat()
        except OSError as exc:
            return ("gone", exc.errno)
        return (stats.S_IFMT(info.st_mode), info.st_mtime_ns, info.st_size, info.st_ino)

    seen: dict[str, object] = {}
    done = 0
    while rounds is None or done < rounds:
        for map_path, target in pairs:
            current = stamp(map_path)
            if current != seen.get(map_path):
                seen[map_path] = current
                try:
                    outcome = render_file(map_path, target, fmt, settings, warn=warn)
                except Exception as exc:  # keep watching, whatever happened
                    outcome = Outcome(display_name(map_path), target, EXIT_USAGE,
                                      error=f"{display_name(map_path)}: {type(exc).__name__}: {exc}")
                on_outcome(outcome)
        done += 1
        gc.collect()  # the command runs with the collector off; a watch runs for hours
        time.sleep(interval)
