"""The ``journeyctl`` command line (see shared/spec/cli.md): it parses
options, calls the use cases in :mod:`journeyctl.app`, prints through
:mod:`journeyctl.console`, and maps results to exit codes: 0 done; 1 a map
has problems; 2 the command line is wrong; 3 an external program is missing
or failed.

Everything heavier than click is imported inside the commands, so that
``journeyctl --help`` starts quickly.
"""

from __future__ import annotations

import sys
from contextlib import contextmanager

import click

from journeyctl import __version__
from journeyctl.base.exits import EXIT_EXTERNAL, EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE
from journeyctl import console
from journeyctl.console import GuardedGroup

STDIO = "-"
CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


@click.group(cls=GuardedGroup, context_settings=CONTEXT)
@click.version_option(__version__, "-V", "--version", prog_name="journeyctl")
@click.option("-q", "--quiet", is_flag=True, help="Print only problems: not the paths written, nor notes.")
def main(quiet: bool) -> None:
    """Customer journey maps as engineering artifacts.

    Write a map in YAML, then validate it, render it and keep it in git.

    \b
    Examples:
      journeyctl render maps/onboarding.yaml        # -> maps/onboarding.html
      journeyctl render maps/*.yaml -f json -o out/
      journeyctl schema -o schemas/journey.schema.json

    Shell completion: eval "$(_JOURNEYCTL_COMPLETE=bash_source journeyctl)"
    (zsh_source, fish_source for zsh and fish).
    """


def _quiet() -> bool:
    context = click.get_current_context(silent=True)
    return bool(context and context.find_root().params.get("quiet"))


def _say(message: str) -> None:
    """A path written or a note: on standard output, unless --quiet."""
    if not _quiet():
        console.out(message, nl=True)


@contextmanager
def _usage(param_hint: str | None = None):
    """A UsageProblem from a use case is a command-line error (exit 2)."""
    from journeyctl.base.diagnostics import UsageProblem

    try:
        yield
    except UsageProblem as exc:
        if param_hint:
            raise click.BadParameter(str(exc), param_hint=param_hint) from None
        raise click.UsageError(str(exc)) from None


@contextmanager
def _measuring():
    """Measuring a map against an event log (measure, --events): a problem
    with the map or the events is exit 1, an engine missing or failing 3."""
    from journeyctl.base.diagnostics import ExternalToolError, MapError
    from journeyctl.measure import EventsProblem

    try:
        yield
    except MapError as exc:
        console.print_diagnostics(exc.diagnostics)
        sys.exit(EXIT_PROBLEMS)
    except (EventsProblem, ExternalToolError) as exc:
        console.error(str(exc))
        sys.exit(EXIT_EXTERNAL if isinstance(exc, ExternalToolError) else EXIT_PROBLEMS)


def _to_stdout(output: str | None) -> bool:
    return output is None or output == STDIO


def _emit(report: str, output: str | None, inputs=()) -> None:
    """A report to standard output (no -o, or -o -), or atomically to the
    file -o names (never over an input or a journey map)."""
    if _to_stdout(output):
        console.out(report)
    else:
        _write(output, report.encode("utf-8"), inputs)


def _write(path: str, data: bytes | None, inputs=(), *, exclusive: bool = False) -> None:
    """Write a file atomically (see app.output), or with ``data`` None only
    check that it may be written; if not, say why and exit 2."""
    from journeyctl.app import output as out

    try:
        out.check_output(path, inputs, exclusive=exclusive) if data is None else \
            out.write_output(path, data, inputs, exclusive=exclusive)
    except out.OutputError as exc:
        console.error(str(exc))
        sys.exit(EXIT_USAGE)


@main.command()
@click.argument("maps", nargs=-1, required=True,
                type=click.Path(exists=True, dir_okay=False, allow_dash=True, path_type=str))
@click.option("-f", "--format", "fmt", metavar="FORMAT",
              help="Output format (html, json, …; see `journeyctl renderers`). "
                   "Default: from the extension of -o, else html.")
@click.option("-o", "--output", metavar="OUT",
              help="Output file, '-' for standard output, or a directory (several maps). "
                   "Default: next to the map, with the format's extension.")
@click.option("--view", "--graph", "view", type=click.Choice(["map", "blueprint", "flow", "touchpoints"]),
              help="map (the journey grid: html, pdf, png), blueprint (the service blueprint: as map), flow (dot, svg, png, pdf) or touchpoints (by channel and stage: html, dot, svg, png, pdf).")
@click.option("--paper", type=click.Choice(["a4", "a3", "a2", "a1", "a0", "letter", "tabloid"]),
              help="For the map's pdf and html: the sheet, landscape. Default a3.")
@click.option("--fit", type=click.Choice(["width", "page"]),
              help="For the map's pdf and html: width (stages go on to more pages; default) or page (one sheet).")
@click.option("--browser", metavar="PATH", help="For the map's pdf and png: the Chromium to run "
                                                "(also $JOURNEYCTL_BROWSER). Default: the first on PATH.")
@click.option("--dot-binary", metavar="PATH", help="Flow and touchpoints: the dot to run (also $JOURNEYCTL_DOT; "
                                                   "default: dot on PATH, else graphviz-pure). PDF needs dot.")
@click.option("--direction", type=click.Choice(["auto", "lr", "tb"]),
              help="Flow: lr (one row of stages), tb (a stage a row, top to bottom) or auto (default: "
                   "tb when one row would be wider than about 3:1).")
@click.option("--measured", metavar="FILE", help="Show a measurement (journeyctl measure -o) on the map "
              "(a measured lane), the flow (edges weighted by customers) or md (a table).")
@click.option("--events", metavar="SOURCE", help="Measure the map against this event log and show it, as "
                                                 "--measured does (see journeyctl measure).")
@click.option("--compare", metavar="FILE", help="Draw this future-state map over the current-state map FILE "
              "(the one its improves: names): both emotion curves, the current one muted, and what changes "
              "(barriers removed, still open, new). Map view (html, pdf, png) and md.")
@click.option("--links", metavar="TEMPLATE", help="The address of another map (a step's journey:, the map's "
              "improves:), with {id} for its id. Default: {id}.html ({id}.md for md), the map rendered beside.")
@click.option("-w", "--watch", is_flag=True, help="Render again whenever a map changes (Ctrl-C to stop).")
def render(maps: tuple[str, ...], fmt: str | None, output: str | None, watch: bool, **given: str | None) -> None:
    """Render journey maps.

    Each output is written atomically: a failed render leaves no partial file
    and an existing file untouched. The same map always gives the same bytes.

    Views: the map (the journey grid) as html, pdf or png; the flow of steps
    or the touchpoints as dot, svg, png or pdf. PDF and PNG of the map are
    made by a headless Chromium on the machine, driven by Playwright
    (pip install 'journeyctl[browser]').

    \b
    Examples:
      journeyctl render maps/onboarding.yaml           # -> maps/onboarding.html
      journeyctl render maps/onboarding.yaml -o map.json
      journeyctl render maps/onboarding.yaml -f json -o -
      journeyctl render maps/onboarding.yaml -f pdf --paper a4     # needs Chromium
      journeyctl render maps/onboarding.yaml -o flow.svg
      journeyctl render maps/onboarding.yaml -f png --view touchpoints
      journeyctl render maps/future.yaml --compare maps/current.yaml
      journeyctl render maps/*.yaml -o site/
    """
    from journeyctl.app import render as use

    with _usage("'-f'" if fmt else None):
        name = use.choose_format(fmt, output)
        renderer = use.renderer_for(name)
    with _usage():
        settings = use.prepare(name, renderer, given)
        pairs = use.plan(maps, output, renderer.extensions[0])

    def report(outcome: use.Outcome) -> None:
        console.render_outcome(outcome, _quiet())
        console.flush_stdout()

    if watch:
        if STDIO in maps:
            raise click.UsageError("--watch needs map files, not standard input")
        if not _quiet():
            console.note(f"watching {len(pairs)} map{'s' if len(pairs) != 1 else ''}; Ctrl-C to stop")
        try:
            use.watch(pairs, name, settings, report, warn=console.warning)
        except KeyboardInterrupt:
            pass
        return
    bar = console.progress("Rendering") if len(pairs) >= 10 else None
    try:
        status = use.render_all(pairs, name, settings, report, stdin=console.read_stdin, warn=console.warning,
                                progress=bar.advance if bar else None)
    finally:
        if bar:
            bar.close()
    sys.exit(status)


def _codes(value: str | None) -> tuple[str, ...] | None:
    if value is None:
        return None
    return tuple(c.strip().upper() for c in value.split(",") if c.strip())


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=str))
@click.option("--format", "fmt", type=click.Choice(["text", "json", "github", "sarif", "junit"]),
              help="Report format. Default: github inside GitHub Actions, else text.")
@click.option("--select", metavar="CODES", help="Rules to run, as codes or prefixes (J2,J301) or ALL; "
                                                  "replaces select in pyproject.toml.")
@click.option("--ignore", metavar="CODES", help="Rules not to run, as codes or prefixes; adds to pyproject.toml.")
@click.option("--strict", is_flag=True, help="Fail (exit 1) on warnings too.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when problems are found (for reporting runs).")
@click.option("--stale-days", type=click.IntRange(min=0), metavar="DAYS",
              help="Age after which a map is stale (J204's stale-days option). Default 180.")
@click.option("--today", type=click.DateTime(formats=["%Y-%m-%d"]), metavar="YYYY-MM-DD",
              help="The date to measure staleness from (default: today), for reproducible runs.")
@click.option("--statistics", is_flag=True, help="Print how many times each code was found, not each finding.")
@click.option("-o", "--output", metavar="FILE",
              help="Write the report to FILE ('-': standard output); never over a map or an input.")
@click.option("--skip-non-maps", is_flag=True,
              help="Skip a file named on the command line that is not a journey map, as in folders.")
@click.option("--explain", metavar="CODE", help="Explain a rule or problem code and exit.")
@click.option("--measured", metavar="FILE", multiple=True,
              help="A measurement (journeyctl measure -o): the J5xx rules judge its map against it. Repeatable.")
@click.option("--events", metavar="SOURCE", help="Measure each map that binds events against this log first "
                                                 "(as journeyctl measure --events), for the J5xx rules.")
@click.option("--list-rules", is_flag=True, help="Print the table of rules (Markdown) and exit.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), metavar="N",
              help="Lint in N processes (1: in this one). Default: JOURNEYCTL_JOBS, else one per CPU core "
                   "once there are enough maps to pay for it. The report is the same.")
def lint(paths: tuple[str, ...], fmt: str | None, select: str | None, ignore: str | None, strict: bool,
         exit_zero: bool, stale_days: int | None, today, statistics: bool, output: str | None,
         skip_non_maps: bool, explain: str | None, list_rules: bool, measured: tuple[str, ...],
         events: str | None, jobs: int | None) -> None:
    """Validate and lint journey maps, for CI and pre-commit.

    PATH is a map or a folder, searched for YAML files with a top-level
    `journeyctl` key (other YAML is skipped). Exit 1 when a map has errors,
    or warnings with --strict.

    \b
    Examples:
      journeyctl lint maps/
      journeyctl lint maps/ --select J1,J301 --strict
      journeyctl lint maps/ --format sarif -o journeyctl.sarif
      journeyctl lint maps/ --statistics
      journeyctl lint --explain J105
    """
    from journeyctl.app.lint import lint_paths
    from journeyctl.lint import explain as docs
    from journeyctl.lint import report as reports
    from journeyctl.lint.engine import Settings, known_pattern
    from journeyctl.lint.settings import ConfigError

    if explain is not None:
        text = docs.explanation(explain)
        if text is None:
            raise click.BadParameter(f"no rule or code '{explain}' (see journeyctl lint --list-rules)",
                                     param_hint="'--explain'")
        console.out(text)
        return
    if list_rules:
        console.out(docs.rules_table())
        return
    fmt = fmt or reports.default_format()
    if statistics and fmt not in ("text", "json"):
        raise click.UsageError("--statistics writes text or json")
    selected, ignored = _codes(select), _codes(ignore) or ()
    for pattern in (selected or ()) + ignored:
        if not known_pattern(pattern):
            raise click.BadParameter(f"unknown rule code '{pattern}' (see journeyctl lint --list-rules)",
                                     param_hint="'--select'/'--ignore'")
    options = {"J204": {"stale-days": stale_days}} if stale_days is not None else None
    if not _to_stdout(output):
        _write(output, None, paths)  # checked before the work, not after
    bar = console.progress("Linting")
    try:
        with _usage(), _measuring():
            result = lint_paths(list(paths) or ["."], select=selected, ignore=ignored, options=options,
                                base=Settings(today=today.date()) if today else Settings(),
                                progress=bar.advance if bar else None, skip_non_maps=skip_non_maps,
                                measured=measured, events=events, warn=console.warning, jobs=jobs)
    except ConfigError as exc:
        raise click.UsageError(str(exc)) from None
    finally:
        if bar:
            bar.close()
    summary = reports.Summary(len(result.files), len(result.skipped), len(result.library))
    if fmt == "text" and _to_stdout(output) and console.use_colour(sys.stdout):
        console.lint_findings(result.findings, reports.summary_line(result.findings, summary),
                              reports.statistics(result.findings) if statistics else None)
    else:
        _emit(reports.report(result.findings, summary, fmt, result.files, statistics), output, paths)
    if not result.files and fmt == "text" and not _quiet():
        console.note("no journey maps found" + (f" ({len(result.skipped)} other YAML files skipped)" if result.skipped else ""))
    failed = result.errors or (strict and result.warnings)
    sys.exit(EXIT_PROBLEMS if failed and not exit_zero else EXIT_OK)


@main.command()
@click.argument("sides", nargs=-1, required=True, metavar="OLD [NEW]")
@click.option("--format", "fmt", type=click.Choice(["text", "md", "json"]), default="text", show_default=True,
              help="Report format; md is ready to paste into a pull request.")
@click.option("--exit-code", is_flag=True, help="Exit 1 when there is a change for the customer, like git diff.")
@click.option("-o", "--output", metavar="FILE",
              help="Write the report to FILE ('-': standard output); never over a map or an input.")
def diff(sides: tuple[str, ...], fmt: str, exit_code: bool, output: str | None) -> None:
    """What changed for the customer between two versions of a map.

    OLD and NEW are files or REV:path (read with git show; any revision git
    understands). With one map, compares it with its version in HEAD. Given
    the seven (or, for a rename, nine) arguments of a git diff driver, it is
    one: problems with either side are shown in the diff, and it exits 0.

    \b
    Examples:
      journeyctl diff maps/onboarding.yaml                    # working file vs HEAD
      journeyctl diff main:maps/onboarding.yaml maps/onboarding.yaml --format md
      journeyctl diff HEAD~3:maps/a.yaml HEAD:maps/a.yaml --exit-code
    """
    from journeyctl.app import diff as use
    from journeyctl.base.diagnostics import ExternalToolError, MapError
    from journeyctl.base.git import RevisionError
    from journeyctl.diff import report as reports

    writer = reports.FORMATS[fmt]
    colour = _to_stdout(output) and console.use_colour(sys.stdout)
    options = {"colour": colour} if fmt == "text" else {}
    if use.is_driver(sides):  # problems go into the diff, and git never sees a failure
        text, changed = use.driver_report(sides, lambda *a: writer(*a, **options))
        _emit(text, output, [a for a in (sides[1], sides[4]) if a != use.NO_FILE])
        sys.exit(EXIT_PROBLEMS if exit_code and changed else EXIT_OK)
    try:
        with _usage("OLD/NEW"):
            both = use.sides(sides)
    except MapError as exc:
        console.print_diagnostics(exc.diagnostics)
        sys.exit(EXIT_PROBLEMS)
    except RevisionError as exc:
        raise click.UsageError(str(exc)) from None
    except ExternalToolError as exc:
        console.error(str(exc))
        sys.exit(EXIT_EXTERNAL)
    comparison = both.compare()
    _emit(writer(comparison, both.old_name, both.new_name, **options), output, both.files)
    sys.exit(EXIT_PROBLEMS if exit_code and comparison.changed else EXIT_OK)


@main.command()
@click.argument("map_file", metavar="MAP", type=click.Path(dir_okay=False, path_type=str))
@click.option("--since", metavar="REV", help="Only the commits after REV (REV..HEAD); barrier ages still count "
                                             "from the map's first commit.")
@click.option("-f", "--format", "fmt", type=click.Choice(["text", "md", "json"]), default="text", show_default=True,
              help="Report format; md is ready to paste into a pull request or a wiki.")
@click.option("-o", "--output", metavar="FILE",
              help="Write the report to FILE ('-': standard output); never over a map or an input.")
def log(map_file: str, since: str | None, fmt: str, output: str | None) -> None:
    """The map's history from git: one row per commit that changed it.

    Each row: the emotion average, the lowest point, the open barriers by
    severity and the opportunities after the commit; then each barrier's
    age (the commit that opened it, the one that resolved it). Only commits
    count: uncommitted changes are not part of the history. Renames (git mv)
    are followed; a merged branch is one row, its merge commit; a commit at
    which the map does not load is a row that says why.

    \b
    Examples:
      journeyctl log maps/onboarding.yaml
      journeyctl log maps/onboarding.yaml --since v1.0 -f md
      journeyctl log maps/onboarding.yaml -f json -o history.json
    """
    from journeyctl.app import log as use
    from journeyctl.base.diagnostics import ExternalToolError
    from journeyctl.base.git import RevisionError

    if not _to_stdout(output):
        _write(output, None, [map_file])
    try:
        with _usage():
            report = use.report(use.read(map_file, since), map_file, fmt, since)
    except RevisionError as exc:
        raise click.UsageError(str(exc)) from None
    except ExternalToolError as exc:
        console.error(str(exc))
        sys.exit(EXIT_EXTERNAL)
    _emit(report, output, [map_file])


@main.command()
@click.argument("paths", nargs=-1, metavar="PATH...", type=click.Path(exists=True, path_type=str))
@click.option("-o", "--output", required=True, metavar="DIR",
              help="The folder to build the site in: new, empty, or a site journeyctl built (then replaced).")
@click.option("-l", "--locale", default="en", show_default=True, metavar="TAG",
              help="The language of the site's own words; each map's text stays in its own.")
@click.option("--today", type=click.DateTime(formats=["%Y-%m-%d"]), metavar="YYYY-MM-DD",
              help="The day staleness is counted to (default: the day of $SOURCE_DATE_EPOCH, else today).")
@click.option("-j", "--jobs", type=click.IntRange(min=1), metavar="N",
              help="Maps built at once, in as many processes (default: the number of CPUs).")
def site(paths: tuple[str, ...], output: str, locale: str, today, jobs: int | None) -> None:
    """Build a static site of a portfolio of maps.

    PATH is a map or a folder searched as lint searches it. The site: an
    index of every journey, each map's page (the HTML map, its flow, its
    blueprint, its lint findings and its history from git), a page per
    persona, channel, touchpoint and owner, the barrier board, and a search
    box; relative links only, so it works from file:// and on any static
    host. The same maps and day give the same bytes. A map that cannot be
    read is listed on the index; then, as when a map has lint errors, exit 1.

    \b
    Examples:
      journeyctl site maps/ -o site/
      journeyctl site maps/ -o public/ --today 2026-11-01 --locale de
    """
    from journeyctl.app import site as use

    with _usage():
        req = use.request(paths, output, locale=locale, today=today and today.date(), jobs=jobs)
    bar = console.progress("Building")
    try:
        with _usage(), _measuring():
            result = use.build(req, progress=bar.advance if bar else None, warn=console.warning)
    finally:
        if bar:
            bar.close()
    console.print_diagnostics(result.problems)
    _say(use.summary(result))
    sys.exit(result.status)


@main.command()
@click.argument("map_file", metavar="MAP", type=click.Path(exists=True, dir_okay=False, path_type=str))
@click.option("--events", "source", required=True, metavar="SOURCE",
              help="The event log: a .csv, .parquet or .jsonl file, a folder of them, or a URL "
                   "(duckdb:///f.duckdb, pyspark://, postgres://, bigquery://, snowflake://, trino://, clickhouse://).")
@click.option("--columns", metavar="KEY=COLUMN,...", help="The log's column names, as customer_id=...,event=...,"
                                                       "timestamp=... (default: those names).")
@click.option("--table", metavar="NAME", help="For a URL: the table of events (default: events).")
@click.option("--since", type=click.DateTime(formats=["%Y-%m-%d"]), metavar="YYYY-MM-DD",
              help="Measure events from this day (UTC, inclusive).")
@click.option("--until", type=click.DateTime(formats=["%Y-%m-%d"]), metavar="YYYY-MM-DD",
              help="Measure events up to this day (UTC, inclusive).")
@click.option("--min-count", type=click.IntRange(min=1), metavar="K",
              help="Withhold every count below K customers (default 10).")
@click.option("-f", "--format", "fmt", type=click.Choice(["text", "json", "md"]),
              help="Report format. Default: from the extension of -o (.json, .md), else text.")
@click.option("-o", "--output", metavar="FILE", help="Write the report to FILE ('-': standard output).")
def measure(map_file: str, source: str, columns: str | None, table: str | None, since, until,
            min_count: int | None, fmt: str | None, output: str | None) -> None:
    """Check a map against what customers really do: an event log.

    Steps list the events that mean the customer did them (`events:`).
    For each step: customers who reached it, their share of those who
    entered, drop-off and the median time to the next step; conversion
    along each edge; the deviations (irregular sequences, skipped steps,
    ad hoc events, steps never observed) and coverage. Only aggregates
    leave the engine; counts below --min-count are withheld. Needs
    pip install 'journeyctl[data]'.

    \b
    Examples:
      journeyctl measure maps/billing.yaml --events events.parquet
      journeyctl measure maps/billing.yaml --events logs/ -o measured.json
      journeyctl measure maps/billing.yaml --events duckdb:///warehouse.duckdb --table web.events \\
          --columns customer_id=user_id,timestamp=occurred_at --since 2026-01-01 -f md
    """
    from journeyctl.app import measure as use

    with _usage():
        req = use.request(map_file, source, columns=columns, table=table, since=since and since.date(),
                          until=until and until.date(), min_count=min_count, fmt=fmt, output=output)
    inputs = [map_file] + ([] if "://" in source else [source])
    if not _to_stdout(output):
        _write(output, None, inputs)
    with _measuring(), _usage():
        result = use.measure(req)
    for warning in use.warnings(result):
        console.warning(warning)
    if req.format == "text" and _to_stdout(output) and console.use_colour(sys.stdout):
        use.show(result, lambda line: console.out(line, nl=True), console.table)
    elif _to_stdout(output):
        console.out(use.render(result, req.format))
    else:
        _write(output, use.render(result, req.format), inputs)
        _say(output)


TEMPLATE_NAMES = ("lifecycle", "shopping", "b2b", "support", "blueprint")


@main.command()
@click.argument("path", required=False, default="journey.yaml", type=click.Path(dir_okay=False, path_type=str))
@click.option("-t", "--template", type=click.Choice(TEMPLATE_NAMES), default="lifecycle", show_default=True,
              help="lifecycle: awareness to advocacy; shopping: research, compare, purchase, use; "
                   "b2b: eight stages from need to advocacy; support: a problem to its resolution.")
@click.option("-l", "--locale", default="en", show_default=True, metavar="TAG",
              help="The map's language (BCP 47); stage names are translated for en, lt, pl, el, ru, th.")
@click.option("--library", "library", is_flag=True,
              help="Write a starter library instead (PATH is its folder, default library/): a shared persona and "
                   "a touchpoint catalogue, and a journeyctl.toml naming it when the project names none.")
def init(path: str, template: str, locale: str, library: bool) -> None:
    """Write a new, valid, commented map from a template, or a starter library.

    Never overwrites an existing file.

    \b
    Examples:
      journeyctl init maps/onboarding.yaml
      journeyctl init maps/pirkimas.yaml --template shopping --locale lt
      journeyctl init --library
    """
    from journeyctl.app.init import new_library, new_map

    with _usage():
        files = new_library("library" if path == "journey.yaml" else path, locale) if library else \
            {path: new_map(path, template, locale)}
    for name, text in files.items():
        _write(name, text.encode("utf-8"), exclusive=True)
        _say(name)


@main.command()
def renderers() -> None:
    """List every renderer, built in or from a plugin, with its formats.

    Plugins register renderers under the `journeyctl.renderers` entry-point
    group (see "Write a renderer" in the README). A plugin that fails to load
    is listed with the reason and does not affect the other formats.

    \b
    Examples:
      journeyctl renderers
    """
    from journeyctl.render import registry

    rows = [(name, ", ".join(cls.extensions), cls.media_type, origin, cls.summary)
            for name, cls, origin in registry.everything()]
    console.table(("format", "extensions", "media type", "from", "description"), rows)
    for name, reason in sorted(registry.plugins().broken.items()):
        console.warning(f"renderer '{name}' could not be loaded: {reason}")


@main.command()
@click.option("-o", "--output", metavar="FILE", help="Write the schema to FILE instead of standard output.")
@click.option("--kind", type=click.Choice(["journey", "persona", "touchpoints"]), default="journey",
              show_default=True, help="Which file's schema: a map, or a library file of shared definitions.")
def schema(output: str | None, kind: str) -> None:
    """Print the JSON Schema of the journey format.

    The schema is draft-07 compatible, for editors (yaml-language-server) and
    other validators. Point a map at it with a first line like:

    \b
      # yaml-language-server: $schema=../schemas/journey.schema.json

    \b
    Examples:
      journeyctl schema > journey.schema.json
      journeyctl schema -o schemas/journey.schema.json
      journeyctl schema --kind persona -o schemas/persona.schema.json
    """
    from journeyctl.format.schema import render_schema

    text = render_schema(kind)
    if _to_stdout(output):
        console.out(text)
        return
    _write(output, text.encode("utf-8"))
    _say(output)


@main.group(name="import")
def import_() -> None:
    """Convert a diagram from another tool into a journey map.

    \b
    Examples:
      journeyctl import mermaid journey.mmd              # -> journey.yaml
      journeyctl import mermaid journey.mmd -o maps/onboarding.yaml
    """


@import_.command(name="mermaid")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, allow_dash=True, path_type=str))
@click.option("-o", "--output", metavar="OUT",
              help="Where to write the map ('-' for standard output). Default: next to FILE, "
                   "with the extension .yaml; an existing file there is not overwritten.")
def import_mermaid(file: str, output: str | None) -> None:
    """Convert a Mermaid journey diagram into a commented map.

    Sections become stages, tasks become steps, the score 1-5 becomes the
    emotion -2..2, and the most frequent actor becomes the persona (the others
    are named in a comment). Ids are made from the names.

    \b
    Examples:
      journeyctl import mermaid journey.mmd
      journeyctl import mermaid - -o - < journey.mmd
    """
    from journeyctl.app.init import import_mermaid as convert
    from journeyctl.app.init import import_target
    from journeyctl.base.diagnostics import Diagnostic
    from journeyctl.text.mermaid_journey import MermaidSyntaxError

    from journeyctl.base.files import MAX_MAP_BYTES, display_name, read_file

    display = "<stdin>" if file == STDIO else display_name(file)
    with _usage():
        output, map_id = import_target(file, output)
    try:
        data = console.read_stdin() if file == STDIO else read_file(file, MAX_MAP_BYTES)
    except OSError as exc:
        console.print_diagnostics([Diagnostic(display, 1, 1, "F001", f"cannot read the file: {exc.strerror or exc}")])
        sys.exit(EXIT_PROBLEMS)
    try:
        result = convert(data, display, map_id).encode("utf-8")
    except UnicodeDecodeError:
        console.error(f"{display}: not UTF-8 text")
        sys.exit(EXIT_PROBLEMS)
    except MermaidSyntaxError as exc:
        console.print_diagnostics([Diagnostic(display, exc.line, 1, "I001", exc.message)])
        if not _quiet():
            console.note(f"{display}: not converted; nothing written")
        sys.exit(EXIT_PROBLEMS)
    if output == STDIO:
        console.out(result)
        return
    _write(output, result, [file], exclusive=True)
    _say(display_name(output))
