"""Use case: measure a map against an event log (``journeyctl measure``).

Settings come from the command line, else from ``[tool.journeyctl.events]``
in the pyproject.toml nearest to the map (as lint's settings do):

    [tool.journeyctl.events]
    customer_id = "user_id"      # the log's column names
    event = "event_name"
    timestamp = "occurred_at"
    table = "analytics.events"   # for a database URL
    min-count = 10               # counts below this are withheld

Errors, by exit code: 1 (MapError: the map; EventsProblem: the events),
2 (UsageProblem: the command line, the settings, a missing source or
table), 3 (ExternalToolError: Ibis not installed, an engine unreachable or
failing).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Callable, Sequence

from journeyctl.base.diagnostics import Diagnostic, ExternalToolError, MapError, UsageProblem, printable
from journeyctl.base.files import display_name
from journeyctl.format import measurement as fmt
from journeyctl.base import project
from journeyctl.base.project import nearest_pyproject, real_folder
from journeyctl.load import load
from journeyctl.measure import DEFAULT_MIN_COUNT, Columns, EventsProblem
from journeyctl.measure import report as reports

__all__ = ["Request", "request", "measure", "render", "show", "warnings", "EventsProblem", "FORMATS"]

FORMATS = ("text", "json", "md")
SETTINGS = {"customer_id", "event", "timestamp", "table", "min-count"}


@dataclass(frozen=True)
class Request:
    map: str
    source: str
    columns: Columns = Columns()
    table: str | None = None
    since: date | None = None
    until: date | None = None
    min_count: int = DEFAULT_MIN_COUNT
    format: str = "text"


def choose_format(given: str | None, output: str | None) -> str:
    if given:
        return given
    suffix = Path(output).suffix.lower() if output and output != "-" else ""
    return {".json": "json", ".md": "md", ".markdown": "md"}.get(suffix, "text")


def settings_for(map_path: str) -> tuple[dict, str | None]:
    """[tool.journeyctl.events] of the pyproject.toml nearest to the map."""
    pyproject = nearest_pyproject(real_folder(map_path))
    if pyproject is None:
        return {}, None
    where = f"{display_name(pyproject)}: {project.table_name(pyproject, 'events')}"
    try:
        section = project.section(pyproject, "events")
    except project.ProjectError as exc:
        raise UsageProblem(str(exc)) from None
    unknown = sorted(set(section) - SETTINGS)
    if unknown:
        raise UsageProblem(f"{where}: unknown setting(s) {', '.join(unknown)} (known: {', '.join(sorted(SETTINGS))})")
    for key, value in section.items():
        ok = isinstance(value, int) and not isinstance(value, bool) and value >= 1 if key == "min-count" \
            else isinstance(value, str) and value.strip() != ""
        if not ok:
            raise UsageProblem(f"{where} {key} must be " + ("a whole number from 1" if key == "min-count"
                                                             else "a column or table name"))
    return section, where


def parse_columns(text: str | None, base: Columns = Columns()) -> Columns:
    """``customer_id=user,event=name,timestamp=ts`` (any of the three)."""
    if not text:
        return base
    given = {}
    for part in text.split(","):
        key, sep, value = part.partition("=")
        key, value = key.strip(), value.strip()
        if not sep or not value:
            raise UsageProblem(f"--columns: '{printable(part.strip())}' is not KEY=COLUMN "
                               "(customer_id=..., event=..., timestamp=...)")
        if key not in Columns.KEYS:
            raise UsageProblem(f"--columns: unknown key '{printable(key)}' (keys: {', '.join(Columns.KEYS)})")
        given[key] = value
    return replace(base, **given)


def request(map_path: str, source: str, *, columns: str | None = None, table: str | None = None,
            since: date | None = None, until: date | None = None, min_count: int | None = None,
            fmt: str | None = None, output: str | None = None) -> Request:
    """The request, from the command line and the pyproject.toml; UsageProblem."""
    if not source.strip():
        raise UsageProblem("--events needs a file, a folder or a URL")
    if since and until and since > until:
        raise UsageProblem(f"--since {since.isoformat()} is after --until {until.isoformat()}")
    settings, _where = settings_for(map_path)
    base = Columns(**{k: settings[k] for k in Columns.KEYS if k in settings})
    return Request(
        map=map_path, source=source, columns=parse_columns(columns, base), table=table or settings.get("table"),
        since=since, until=until, min_count=min_count or settings.get("min-count", DEFAULT_MIN_COUNT),
        format=choose_format(fmt, output))


def measure(req: Request, **duckdb_options) -> fmt.Measurement:
    """Load the map, open the events, measure. Raises MapError,
    EventsProblem, UsageProblem, ExternalToolError (never anything else
    for a problem of the input or the engine)."""
    name = display_name(req.map)
    try:
        loaded = load(req.map, name)
    except OSError as exc:
        raise MapError([Diagnostic(name, 1, 1, "F001", f"cannot read the file: {exc.strerror or exc}")]) from None
    from journeyctl.measure import compute, source

    compute.plan(loaded)  # the map's problems first, before any engine starts
    with source.open_source(req.source, req.table, req.columns, **duckdb_options) as opened:
        try:
            return compute.measure(loaded, opened.table, columns=req.columns, since=req.since, until=req.until,
                                   min_count=req.min_count, source=opened.description)
        except (MapError, EventsProblem, UsageProblem, ExternalToolError):
            raise
        except Exception as exc:  # the engine's own errors, whatever their classes
            text = printable((str(exc).strip() or type(exc).__name__).splitlines()[0])[:300]
            if type(exc).__module__.split(".")[0] in ("duckdb", "_duckdb") and "://" not in req.source:
                raise EventsProblem(f"the events cannot be measured: {text}") from None
            raise ExternalToolError(f"the engine failed ({type(exc).__name__}): {text}") from None


def render(m: fmt.Measurement, form: str) -> bytes:
    if form == "json":
        return fmt.dump(m)
    return (reports.markdown(m) if form == "md" else reports.text(m)).encode("utf-8")


def warnings(m: fmt.Measurement) -> list[str]:
    return reports.warnings(m)


def show(m: fmt.Measurement, out: Callable[[str], None], table: Callable[[Sequence[str], Sequence], None]) -> None:
    """The text report through a terminal's ``out`` (a line) and ``table``."""
    for number, section in enumerate(reports.sections(m)):
        if number:
            out("")
        out(section.title)
        if section.header:
            table(section.header, section.rows)
        for note in section.notes:
            out(note)
