"""The ``journeyctl`` command line (see shared/spec/cli.md).

Exit codes, for every command: 0 done; 1 a map has problems; 2 the command
line is wrong; 3 an external program is missing or failed.

Imports of anything heavier than click happen inside the commands, so that
``journeyctl --help`` starts quickly.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from journeyctl import __version__

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, EXIT_EXTERNAL = 0, 1, 2, 3
STDIO = "-"

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


@click.group(context_settings=CONTEXT)
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
        click.echo(message)


def _report_colour(output: str | None) -> bool:
    """Colour a report only on a terminal, never in a file."""
    from journeyctl import console

    return output is None and console.use_colour(sys.stdout)


def _emit(report: str, output: str | None) -> None:
    """A report to standard output, or atomically to the file -o names."""
    if output is None:
        click.echo(report, nl=False)
    else:
        _write(output, report.encode("utf-8"))


def _write(path: str, data: bytes) -> None:
    """Write a file atomically; if that fails, say why and exit 2."""
    from journeyctl import console
    from journeyctl.output import write_atomic

    try:
        write_atomic(Path(path), data)
    except OSError as exc:
        console.error(f"cannot write '{path}': {exc.strerror or exc}")
        sys.exit(EXIT_USAGE)


# --------------------------------------------------------------------------
# render


@main.command()
@click.argument("maps", nargs=-1, required=True,
                type=click.Path(exists=True, dir_okay=False, allow_dash=True, path_type=str))
@click.option("-f", "--format", "fmt", metavar="FORMAT",
              help="Output format (html, json, …; see `journeyctl renderers`). "
                   "Default: from the extension of -o, else html.")
@click.option("-o", "--output", metavar="OUT",
              help="Output file, '-' for standard output, or a directory (several maps). "
                   "Default: next to the map, with the format's extension.")
@click.option("--graph", type=click.Choice(["flow", "touchpoints"]), default=None,
              help="For dot, svg, png, pdf: the flow of steps (default), or the touchpoints "
                   "with the customer's moves between them.")
@click.option("--dot-binary", metavar="PATH",
              help="For svg, png, pdf: lay out with this Graphviz dot instead of the bundled "
                   "graphviz-pure (also $JOURNEYCTL_DOT). PDF needs one.")
@click.option("-w", "--watch", is_flag=True,
              help="Keep running and render again whenever a map changes (Ctrl-C to stop).")
def render(maps: tuple[str, ...], fmt: str | None, output: str | None, graph: str | None,
           dot_binary: str | None, watch: bool) -> None:
    """Render journey maps.

    Each output is written atomically: a failed render leaves no partial file
    and an existing file untouched. The same map always gives the same bytes.

    \b
    Examples:
      journeyctl render maps/onboarding.yaml           # -> maps/onboarding.html
      journeyctl render maps/onboarding.yaml -o map.json
      journeyctl render maps/onboarding.yaml -f json -o -
      journeyctl render maps/onboarding.yaml -o flow.svg
      journeyctl render maps/onboarding.yaml -f png --graph touchpoints
      journeyctl render maps/*.yaml -o site/
    """
    from journeyctl.renderers import registry

    renderers = registry()
    name = _choose_format(fmt, output, renderers)
    renderer_cls = renderers.renderers[name]
    settings = _settings(renderer_cls, {"graph": graph, "dot_binary": dot_binary})
    plan = _plan_outputs(maps, output, renderer_cls.extensions[0])
    if watch:
        if STDIO in maps:
            raise click.UsageError("--watch needs map files, not standard input")
        _watch(plan, renderer_cls, settings)
        return
    bar = _progress_bar() if len(plan) >= 10 else None
    status = EXIT_OK
    try:
        for number, (map_path, target) in enumerate(plan, start=1):
            status = max(status, _render_one(map_path, target, renderer_cls, settings))
            if bar:
                bar.advance(number, len(plan))
    finally:
        if bar:
            bar.close()
    sys.exit(status)


def _watch(plan: list[tuple[str, str]], renderer_cls, settings: dict[str, object],
           interval: float = 0.5) -> None:
    """Render every map, then again each time its file changes (polling:
    works on every file system). Errors are printed; watching goes on."""
    import time

    from journeyctl import console

    def stamp(path: str):
        try:
            info = Path(path).stat()
            return (info.st_mtime_ns, info.st_size)
        except OSError:
            return None

    seen: dict[str, object] = {}
    if not _quiet():
        console.note(f"watching {len(plan)} map{'s' if len(plan) != 1 else ''}; Ctrl-C to stop")
    try:
        while True:
            for map_path, target in plan:
                current = stamp(map_path)
                if current is not None and current != seen.get(map_path):
                    seen[map_path] = current
                    _render_one(map_path, target, renderer_cls, settings)
                    sys.stdout.flush()
            time.sleep(interval)
    except KeyboardInterrupt:
        pass


def _settings(renderer_cls, given: dict[str, object]) -> dict[str, object]:
    """The options given, checked against what the renderer reads."""
    settings = {key: value for key, value in given.items() if value is not None}
    for key in settings:
        if key not in renderer_cls.settings:
            option = "--" + key.replace("_", "-")
            raise click.UsageError(f"{option} does not apply to the {renderer_cls.name} format")
    return settings


def _choose_format(fmt: str | None, output: str | None, renderers) -> str:
    from journeyctl.diagnostics import did_you_mean

    available = ", ".join(sorted(renderers.renderers))
    if fmt is not None:
        name = fmt.lower()
        if name not in renderers.renderers:
            reason = renderers.broken.get(name)
            if reason:
                raise click.BadParameter(f"the '{name}' renderer failed to load ({reason})", param_hint="'-f'")
            raise click.BadParameter(
                f"unknown format '{fmt}'{did_you_mean(name, renderers.renderers)}; available: {available}",
                param_hint="'-f'",
            )
        return name
    if output and output != STDIO and not Path(output).is_dir():
        suffix = Path(output).suffix
        name = renderers.by_extension(suffix) if suffix else None
        if name is None:
            raise click.UsageError(
                f"cannot tell the format from '{output}'; give one with -f ({available})"
            )
        return name
    if "html" not in renderers.renderers:
        raise click.UsageError(f"the default format, html, is not available; choose one with -f ({available})")
    return "html"


def _plan_outputs(maps: tuple[str, ...], output: str | None, extension: str) -> list[tuple[str, str]]:
    """(map, target) pairs; target is a path or '-'. Checked before anything runs."""
    several = len(maps) > 1
    if output == STDIO:
        if several:
            raise click.UsageError("-o - writes one map to standard output; give one map, or -o DIRECTORY")
        return [(maps[0], STDIO)]
    if several and output is not None and Path(output).exists() and not Path(output).is_dir():
        raise click.UsageError(f"with several maps, -o names a directory, and '{output}' is a file")
    if several and STDIO in maps:
        raise click.UsageError("a map read from standard input (-) is rendered on its own")
    plan: list[tuple[str, str]] = []
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
        plan.append((map_path, str(target)))

    targets: dict[str, str] = {}
    inputs = {Path(m).resolve() for m in maps if m != STDIO}
    for map_path, target in plan:
        if target == STDIO:
            continue
        resolved = Path(target).resolve()
        if resolved in inputs:
            raise click.UsageError(f"'{target}' is an input map; journeyctl never overwrites a map")
        if str(resolved) in targets:
            raise click.UsageError(
                f"'{targets[str(resolved)]}' and '{map_path}' would both be written to '{target}'"
            )
        targets[str(resolved)] = map_path
    return plan


def _render_one(map_path: str, target: str, renderer_cls, settings: dict[str, object]) -> int:
    from journeyctl import console
    from journeyctl.diagnostics import Diagnostic, ExternalToolError, MapError, RenderProblem
    from journeyctl.loader import load, load_bytes
    from journeyctl.output import write_atomic
    from journeyctl.renderers import RenderOptions

    display = "<stdin>" if map_path == STDIO else map_path
    try:
        if map_path == STDIO:
            loaded = load_bytes(sys.stdin.buffer.read(), display)
            source = None
        else:
            loaded = load(map_path)
            source = Path(map_path)
        try:
            options = RenderOptions(source=source, settings=settings,
                                    warn=lambda message: console.warning(f"{display}: {message}"))
            result = renderer_cls().render(loaded.journey, options)
        except RenderProblem as problem:
            line, col = loaded.position(problem.path)
            raise MapError([Diagnostic(display, line, col, problem.code, problem.message, problem.path)]) from None
    except MapError as exc:
        console.print_diagnostics(exc.diagnostics)
        count = len(exc.diagnostics)
        if not _quiet():
            console.note(f"{display}: {count} problem{'s' if count != 1 else ''}; nothing written")
        return EXIT_PROBLEMS
    except ExternalToolError as exc:
        console.error(f"{display}: {exc}")
        return EXIT_EXTERNAL
    data = result.encode("utf-8") if isinstance(result, str) else result
    if target == STDIO:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return EXIT_OK
    try:
        write_atomic(Path(target), data)
    except OSError as exc:
        console.error(f"cannot write '{target}': {exc.strerror or exc}")
        return EXIT_USAGE
    _say(target)
    return EXIT_OK


# --------------------------------------------------------------------------
# lint


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
              help="Age after which a map is stale (J204). Default 180.")
@click.option("--today", type=click.DateTime(formats=["%Y-%m-%d"]), metavar="YYYY-MM-DD",
              help="The date to measure staleness from (default: today), for reproducible runs.")
@click.option("-o", "--output", metavar="FILE", help="Write the report to FILE instead of standard output.")
@click.option("--explain", metavar="CODE", help="Explain a rule or problem code and exit.")
@click.option("--list-rules", is_flag=True, help="Print the table of rules (Markdown) and exit.")
def lint(paths: tuple[str, ...], fmt: str | None, select: str | None, ignore: str | None, strict: bool,
         exit_zero: bool, stale_days: int | None, today, output: str | None, explain: str | None,
         list_rules: bool) -> None:
    """Validate and lint journey maps, for CI and pre-commit.

    PATH is a map or a folder, searched for YAML files with a top-level
    `journeyctl` key (other YAML is skipped). Exit 1 when a map has errors,
    or warnings with --strict.

    \b
    Examples:
      journeyctl lint maps/
      journeyctl lint maps/ --select J1,J301 --strict
      journeyctl lint maps/ --format sarif -o journeyctl.sarif
      journeyctl lint --explain J105
    """
    from journeyctl import console
    from journeyctl.lint import Settings, known_pattern
    from journeyctl.lint import report as reports
    from journeyctl.lint.check import check
    from journeyctl.lint.config import ConfigError

    if explain is not None:
        click.echo(_explanation(explain.strip().upper()), nl=False)
        return
    if list_rules:
        click.echo(rules_table(), nl=False)
        return
    selected, ignored = _codes(select), _codes(ignore) or ()
    for pattern in (selected or ()) + ignored:
        if not known_pattern(pattern):
            raise click.BadParameter(f"unknown rule code '{pattern}' (see journeyctl lint --list-rules)",
                                     param_hint="'--select'/'--ignore'")
    base = Settings(today=today.date()) if today else Settings()
    bar = _progress_bar()
    try:
        result = check(list(paths) or ["."], base, selected, ignored, stale_days,
                       progress=bar.advance if bar else None)
    except ConfigError as exc:
        raise click.UsageError(str(exc)) from None
    finally:
        if bar:
            bar.close()
    fmt = fmt or reports.default_format()
    summary = reports.Summary(len(result.files), len(result.skipped))
    if fmt == "text":
        report = reports.text(result.findings, summary, colour=_report_colour(output))
    elif fmt == "junit":
        report = reports.junit(result.findings, summary, result.files)
    else:
        report = reports.FORMATS[fmt](result.findings, summary)
    _emit(report, output)
    if not result.files and fmt == "text" and not _quiet():
        console.note("no journey maps found" + (f" ({len(result.skipped)} other YAML files skipped)" if result.skipped else ""))
    errors, warnings = reports.Summary.count(result.findings)
    failed = errors or (strict and warnings)
    sys.exit(EXIT_PROBLEMS if failed and not exit_zero else EXIT_OK)


def _explanation(code: str) -> str:
    from journeyctl.diagnostics import LOADER_CODES
    from journeyctl.lint import all_rules

    rules = all_rules()
    if code in rules:
        r = rules[code]
        default = "off unless selected" if r.opt_in else "on"
        return (f"{r.code} {r.name} ({r.severity}, {default})\n\n{r.summary[0].upper() + r.summary[1:]}.\n\n"
                f"{r.explanation}\n")
    if code in LOADER_CODES:
        return (f"{code} (error, always on)\n\n{LOADER_CODES[code][0].upper() + LOADER_CODES[code][1:]}.\n\n"
                "A problem the loader finds makes the map unusable, so it is always reported and cannot be "
                "ignored; the message says what to change.\n")
    raise click.BadParameter(f"no rule or code '{code}' (see journeyctl lint --list-rules)", param_hint="'--explain'")


def rules_table() -> str:
    """The rules as a Markdown table; the README's table is this output."""
    from journeyctl.lint import all_rules

    lines = ["| code | name | severity | what it finds |", "| --- | --- | --- | --- |"]
    for code, r in all_rules().items():
        severity = r.severity + (" (opt-in)" if r.opt_in else "")
        lines.append(f"| {code} | {r.name} | {severity} | {r.summary} |")
    return "\n".join(lines) + "\n"


class _Bar:
    def __init__(self):
        from rich.progress import Progress

        from rich.console import Console

        self.progress = Progress(console=Console(stderr=True), transient=True)
        self.task = None
        self.progress.start()

    def advance(self, done: int, total: int) -> None:
        if self.task is None:
            self.task = self.progress.add_task("Linting", total=total)
        self.progress.update(self.task, completed=done)

    def close(self) -> None:
        self.progress.stop()


def _progress_bar() -> _Bar | None:
    """A progress bar on a terminal only: none in CI, none when piped."""
    import os

    if os.environ.get("CI") or not sys.stderr.isatty():
        return None
    return _Bar()


# --------------------------------------------------------------------------
# diff


@main.command()
@click.argument("sides", nargs=-1, required=True, metavar="OLD [NEW]")
@click.option("--format", "fmt", type=click.Choice(["text", "md", "json"]), default="text", show_default=True,
              help="Report format; md is ready to paste into a pull request.")
@click.option("--exit-code", is_flag=True, help="Exit 1 when there is a change for the customer, like git diff.")
@click.option("-o", "--output", metavar="FILE", help="Write the report to FILE instead of standard output.")
def diff(sides: tuple[str, ...], fmt: str, exit_code: bool, output: str | None) -> None:
    """What changed for the customer between two versions of a map.

    OLD and NEW are files or REV:path (read with git show; any revision git
    understands). With one map, compares it with its version in HEAD. Given
    the seven arguments of a git diff driver, it is one (see the README).

    \b
    Examples:
      journeyctl diff maps/onboarding.yaml                    # working file vs HEAD
      journeyctl diff main:maps/onboarding.yaml maps/onboarding.yaml --format md
      journeyctl diff HEAD~3:maps/a.yaml HEAD:maps/a.yaml --exit-code
    """
    from journeyctl import console
    from journeyctl import diff_report
    from journeyctl.compare import compare
    from journeyctl.diagnostics import ExternalToolError, MapError
    from journeyctl.gitread import RevisionError, head_version, is_revision, show
    from journeyctl.loader import default_id, load_bytes

    def read(spec: str, display: str | None = None):
        """(name shown, journey or None for a side that does not exist)"""
        name = display or spec
        if spec == "/dev/null":
            return name, None
        if Path(spec).is_file():
            data = Path(spec).read_bytes()
            ident = default_id(Path(display or spec))
        elif is_revision(spec):
            data = show(spec)
            ident = default_id(Path(spec.split(":", 1)[1]))
        else:
            raise click.BadParameter(f"'{spec}' is neither a file nor REV:path", param_hint="OLD/NEW")
        loaded = load_bytes(data, name, default_id=ident)
        return name, loaded.journey

    try:
        if len(sides) == 7:  # git's external diff driver: path old-file old-hex old-mode new-file new-hex new-mode
            old_name, old = read(sides[1], f"a/{sides[0]}")
            new_name, new = read(sides[4], f"b/{sides[0]}")
        elif len(sides) == 2:
            (old_name, old), (new_name, new) = read(sides[0]), read(sides[1])
        elif len(sides) == 1:
            path = Path(sides[0])
            if not path.is_file():
                raise click.BadParameter(f"'{sides[0]}' is not a file", param_hint="MAP")
            committed = head_version(path)
            old_name = f"HEAD:{sides[0]}"
            old = load_bytes(committed, old_name, default_id=default_id(path)).journey if committed is not None else None
            new_name, new = read(sides[0])
        else:
            raise click.UsageError("give OLD and NEW, or one map to compare with HEAD")
    except MapError as exc:
        console.print_diagnostics(exc.diagnostics)
        sys.exit(EXIT_PROBLEMS)
    except RevisionError as exc:
        raise click.UsageError(str(exc)) from None
    except ExternalToolError as exc:
        console.error(str(exc))
        sys.exit(EXIT_EXTERNAL)

    comparison = compare(old, new)
    if fmt == "text":
        report = diff_report.text(comparison, old_name, new_name, colour=_report_colour(output))
    else:
        report = diff_report.FORMATS[fmt](comparison, old_name, new_name)
    _emit(report, output)
    sys.exit(EXIT_PROBLEMS if exit_code and comparison.changed else EXIT_OK)


# --------------------------------------------------------------------------
# init


TEMPLATE_NAMES = ("lifecycle", "shopping", "b2b", "support")


@main.command()
@click.argument("path", required=False, default="journey.yaml", type=click.Path(dir_okay=False, path_type=str))
@click.option("-t", "--template", type=click.Choice(TEMPLATE_NAMES), default="lifecycle", show_default=True,
              help="lifecycle: awareness to advocacy; shopping: research, compare, purchase, use; "
                   "b2b: eight stages from need to advocacy; support: a problem to its resolution.")
@click.option("-l", "--locale", default="en", show_default=True, metavar="TAG",
              help="The map's language (BCP 47); stage names are translated for en, lt, pl, el, ru, th.")
def init(path: str, template: str, locale: str) -> None:
    """Write a new, valid, commented map from a template.

    Never overwrites an existing file.

    \b
    Examples:
      journeyctl init maps/onboarding.yaml
      journeyctl init maps/pirkimas.yaml --template shopping --locale lt
    """
    import re

    from journeyctl.loader import default_id, load_bytes
    from journeyctl.model import LOCALE_PATTERN
    from journeyctl.starters import schema_reference, starter

    if not re.match(LOCALE_PATTERN, locale):
        raise click.BadParameter(f"'{locale}' is not a BCP 47 language tag (like en, pt-BR)", param_hint="'--locale'")
    target = Path(path)
    if target.exists():
        raise click.UsageError(f"'{path}' exists; journeyctl init never overwrites a file")
    text = starter(template, locale, default_id(target), schema_reference(target))
    load_bytes(text.encode("utf-8"), path)  # a template is always a valid map
    _write(path, text.encode("utf-8"))
    _say(path)


# --------------------------------------------------------------------------
# renderers


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
    from journeyctl.renderers import registry

    found = registry()
    rows = [(name, ", ".join(cls.extensions), cls.media_type, found.origins[name], cls.summary)
            for name, cls in sorted(found.renderers.items())]
    widths = [max(len(r[i]) for r in rows + [("format", "extensions", "media type", "from", "")]) for i in range(4)]
    header = ("format", "extensions", "media type", "from")
    click.echo("  ".join(h.ljust(w) for h, w in zip(header, widths)) + "  description")
    for row in rows:
        click.echo("  ".join(v.ljust(w) for v, w in zip(row[:4], widths)) + "  " + row[4])
    if found.broken:
        from journeyctl import console

        for name, reason in sorted(found.broken.items()):
            console.warning(f"renderer '{name}' could not be loaded: {reason}")


# --------------------------------------------------------------------------
# schema


@main.command()
@click.option("-o", "--output", metavar="FILE", help="Write the schema to FILE instead of standard output.")
def schema(output: str | None) -> None:
    """Print the JSON Schema of the journey format.

    The schema is draft-07 compatible, for editors (yaml-language-server) and
    other validators. Point a map at it with a first line like:

    \b
      # yaml-language-server: $schema=../schemas/journey.schema.json

    \b
    Examples:
      journeyctl schema > journey.schema.json
      journeyctl schema -o schemas/journey.schema.json
    """
    from journeyctl.schema import render_schema

    text = render_schema()
    if output is None or output == STDIO:
        click.echo(text, nl=False)
        return
    _write(output, text.encode("utf-8"))
    _say(output)


# --------------------------------------------------------------------------
# import


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
    from journeyctl import console
    from journeyctl.diagnostics import Diagnostic
    from journeyctl.importers.mermaid import to_map
    from journeyctl.loader import default_id
    from journeyctl.mermaid import MermaidSyntaxError, parse

    display = "<stdin>" if file == STDIO else file
    data = sys.stdin.buffer.read() if file == STDIO else Path(file).read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        console.error(f"{display}: not UTF-8 text")
        sys.exit(EXIT_PROBLEMS)
    if output is None:
        output = STDIO if file == STDIO else str(Path(file).with_suffix(".yaml"))
        if output != STDIO and Path(output).exists():
            raise click.UsageError(f"'{output}' exists; choose where to write with -o (or -o - for standard output)")
    if output != STDIO and file != STDIO and Path(output).resolve() == Path(file).resolve():
        raise click.UsageError("the output would overwrite the diagram; choose another path with -o")
    try:
        diagram = parse(text)
    except MermaidSyntaxError as exc:
        console.print_diagnostics([Diagnostic(display, exc.line, 1, "I001", exc.message)])
        if not _quiet():
            console.note(f"{display}: not converted; nothing written")
        sys.exit(EXIT_PROBLEMS)
    map_id = default_id(Path(output if output != STDIO else (file if file != STDIO else "journey.yaml")))
    result = to_map(diagram, Path(display).name, map_id).encode("utf-8")
    if output == STDIO:
        sys.stdout.buffer.write(result)
        return
    _write(output, result)
    _say(output)
