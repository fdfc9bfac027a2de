"""The terminal: diagnostics, notes, errors, tables and progress.

Piped or redirected output is plain text, one finding a line, exactly
``file:line:col: CODE path: message``, so scripts and CI logs can read it.
On a terminal (and unless ``NO_COLOR`` is set, https://no-color.org) rich
draws the same line in colour and, under it, the offending line of the file
with a caret under the column; tables (``renderers``, ``lint
--statistics``) and progress bars are rich's too. rich is imported only
when it draws something.
"""

from __future__ import annotations

import errno
import gc
import os
import sys
from typing import IO, TYPE_CHECKING, Iterable, Sequence

import click

from journeyctl.base.exits import EXIT_USAGE

if TYPE_CHECKING:
    from journeyctl.base.diagnostics import Diagnostic

#: Never read more of a file than this to show one of its lines.
MAX_SOURCE_BYTES = 8 * 1024 * 1024


def use_colour(stream=None) -> bool:
    stream = stream or sys.stderr
    if os.environ.get("NO_COLOR"):
        return False
    return bool(getattr(stream, "isatty", lambda: False)())


def _console(stream: IO[str]):
    from rich.console import Console

    return Console(file=stream, force_terminal=True, highlight=False, soft_wrap=True)


def print_diagnostics(diagnostics: Iterable[Diagnostic], stream: IO[str] | None = None) -> None:
    """Diagnostics on standard error (or ``stream``): plain when piped; on a
    terminal, coloured with the source line and a caret under the column."""
    stream = stream or sys.stderr
    diagnostics = list(diagnostics)
    if not use_colour(stream):
        for d in diagnostics:
            click.echo(str(d), file=stream, color=False)
        return
    console = _console(stream)
    sources = _Sources()
    for d in diagnostics:
        for line in rich_diagnostic(d, sources.line(d.file, d.line)):
            console.print(line)


def rich_diagnostic(d: Diagnostic, source_line: str | None) -> list:
    """The rich lines for one diagnostic: the plain line in colour, then the
    source line (when there is one) and a caret under the column."""
    from rich.cells import cell_len
    from rich.text import Text

    from journeyctl.base.diagnostics import format_path

    d = d.shown()  # map text with control characters made visible
    head = Text()
    head.append(f"{d.file}:{d.line}:{d.col}:", style="bold")
    head.append(" ")
    head.append(d.code, style="bold red" if d.severity == "error" else "bold yellow")
    head.append(" ")
    path = format_path(d.path)
    if path:
        head.append(path, style="cyan")
        head.append(": ")
    head.append(d.message)
    lines = [head]
    if source_line is None:
        return lines
    shown = source_line.replace("\t", " ")
    gutter = f"{d.line:>5} | "
    lines.append(Text.assemble((gutter, "dim"), shown))
    before = shown[: max(0, d.col - 1)]
    lines.append(Text.assemble((" " * 5 + " | ", "dim"), " " * cell_len(before),
                               ("^", "bold red" if d.severity == "error" else "bold yellow")))
    return lines


class _Sources:
    """Lines of the files diagnostics are about, each file read once (a
    regular file only, and no more than MAX_SOURCE_BYTES of it)."""

    def __init__(self) -> None:
        self.files: dict[str, list[str] | None] = {}

    def line(self, file: str, number: int) -> str | None:
        if file not in self.files:
            self.files[file] = self._read(file)
        lines = self.files[file]
        if lines is None or not 0 < number <= len(lines):
            return None
        return lines[number - 1]

    @staticmethod
    def _read(file: str) -> list[str] | None:
        from journeyctl.base.files import open_regular

        try:
            fd = open_regular(file)  # never blocks on a pipe or a device
            try:
                data = os.read(fd, MAX_SOURCE_BYTES)
            finally:
                os.close(fd)
        except (OSError, ValueError):
            return None
        text = data.decode("utf-8-sig", "replace")
        return [_printable(line) for line in text.split("\n")]


def _printable(line: str) -> str:
    """A source line with control characters shown as U+FFFD, so that
    showing it cannot move the cursor or change the terminal."""
    line = line.rstrip("\r")
    return "".join(c if c.isprintable() or c == "\t" else "\ufffd" for c in line)


class OutputError(Exception):
    """Standard output cannot be written (closed, a broken pipe, a full disk)."""


def out(data: str | bytes, nl: bool = False) -> None:
    """Write ``data`` to standard output and flush it; OutputError when
    that fails, for the command line to report (never a traceback)."""
    stream = sys.stdout
    if stream is None:
        raise OutputError("it is closed")
    try:
        if isinstance(data, bytes):
            stream.flush()
            stream.buffer.write(data + (b"\n" if nl else b""))
            stream.buffer.flush()
        else:
            click.echo(data, nl=nl, file=stream)
            stream.flush()
    except (OSError, ValueError, AttributeError) as exc:
        raise OutputError(getattr(exc, "strerror", None) or str(exc)) from None


def flush_stdout() -> None:
    """Flush standard output now (not at exit, where a failure cannot be
    reported); OutputError when that fails."""
    stream = sys.stdout
    if stream is None:
        return
    try:
        stream.flush()
    except (OSError, ValueError) as exc:
        raise OutputError(getattr(exc, "strerror", None) or str(exc)) from None


def stdout_failed(reason: str) -> None:
    """Say that standard output cannot be written, make sure Python's final
    flush has nowhere to fail (standard output becomes /dev/null), exit 2."""
    error(f"cannot write to standard output: {reason}")
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(devnull, 1)
        finally:
            os.close(devnull)
    except OSError:
        pass
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")
    sys.exit(EXIT_USAGE)


def read_stdin() -> bytes:
    """All of standard input (nothing when it is closed)."""
    stream = sys.stdin
    if stream is None:
        return b""
    try:
        return stream.buffer.read()
    except (OSError, ValueError):
        return b""


#: What writing to a closed, broken or full standard output fails with;
#: every other write (files) is handled where it happens.
_OUTPUT_ERRNOS = {errno.EPIPE, errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO, errno.EBADF}


def _stdout_broken() -> bool:
    try:
        flush_stdout()
    except OutputError:
        return True
    return False


#: pydantic's switch for its plugins (see GuardedGroup.main).
_PLUGINS = "PYDANTIC_DISABLE_PLUGINS"


class GuardedGroup(click.Group):
    """A command group that turns a standard output that cannot be written
    (closed, a broken pipe, a full disk) into one line on standard error
    and exit 2: never a traceback, nor Python's "Exception ignored"."""

    def invoke(self, ctx: click.Context):
        try:
            try:
                return super().invoke(ctx)
            finally:
                flush_stdout()
        except OutputError as exc:
            stdout_failed(str(exc))
        except OSError as exc:
            if not _stdout_broken():
                raise
            stdout_failed(exc.strerror or str(exc))

    def main(self, *args, **kwargs):
        # A command lives for a moment and keeps what it builds until it ends:
        # the cycle collector would only walk it again and again (10-20% of a
        # render or lint, and the one cost that grew faster than the map).
        # Long runs collect at their own pace (render --watch, between rounds).
        gc.disable()
        # pydantic looks for its plugins (an entry-point scan, about 16 ms of
        # every command) before it builds the first model. The maps' models
        # are journeyctl's own; a plugin's observers are for applications
        # that choose them. A user who sets the variable still decides, and a
        # program that runs the command in its own process gets it back as it was.
        plugins = os.environ.setdefault(_PLUGINS, "__all__") if _PLUGINS not in os.environ else None
        try:
            return super().main(*args, **kwargs)
        except OSError as exc:  # click's own output (--help, --version)
            if exc.errno not in _OUTPUT_ERRNOS and not _stdout_broken():
                raise
            stdout_failed(exc.strerror or str(exc))
        finally:
            if plugins is not None and os.environ.get(_PLUGINS) == plugins:
                del os.environ[_PLUGINS]


def error(message: str) -> None:
    """A message about something other than a map's content."""
    prefix = click.style("error:", fg="red", bold=True) if use_colour() else "error:"
    click.echo(f"{prefix} {message}", err=True, color=use_colour())


def warning(message: str) -> None:
    prefix = click.style("warning:", fg="yellow", bold=True) if use_colour() else "warning:"
    click.echo(f"{prefix} {message}", err=True, color=use_colour())


def note(message: str) -> None:
    click.echo(message, err=True, color=use_colour())


def table(header: Sequence[str], rows: Sequence[Sequence[str]], stream: IO[str] | None = None) -> None:
    """Columns: a rich table on a terminal; aligned plain text when piped
    (the last column is not padded)."""
    stream = stream or sys.stdout
    if use_colour(stream):
        from rich.table import Table

        grid = Table(box=None, pad_edge=False, header_style="bold", show_edge=False)
        for name in header:
            grid.add_column(name, overflow="fold")
        for row in rows:
            grid.add_row(*row)
        _console(stream).print(grid)
        return
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header) - 1)]
    lines = []
    for row in [header, *rows]:
        cells = [str(v).ljust(w) for v, w in zip(row[:-1], widths)] + [str(row[-1])]
        lines.append("  ".join(cells).rstrip())
    if stream is sys.stdout:
        out("\n".join(lines), nl=True)
    else:
        click.echo("\n".join(lines), file=stream)


def render_outcome(outcome, quiet: bool = False) -> None:
    """What became of one map's render (a journeyctl.app.render.Outcome):
    its problems, an error, the output itself for standard output, or the
    path written."""
    if outcome.diagnostics:
        print_diagnostics(outcome.diagnostics)
        if not quiet:
            count = len(outcome.diagnostics)
            note(f"{outcome.map}: {count} problem{'s' if count != 1 else ''}; nothing written")
    elif outcome.error:
        error(outcome.error)
    elif outcome.data is not None:
        out(outcome.data)
    elif not quiet:
        out(outcome.target, nl=True)


def lint_findings(findings: Sequence[Diagnostic], summary_line: str, statistics: Sequence | None = None) -> None:
    """lint's text report on a terminal: rich diagnostics (or, with
    --statistics, a table of counts) on standard output."""
    if statistics is not None:
        table(("count", "code", "name", "severity"), [(str(n), c, name, s) for n, c, name, s in statistics])
        return
    print_diagnostics(findings, stream=sys.stdout)
    out(summary_line, nl=True)


class Progress:
    """A progress bar on standard error, cleared when done."""

    def __init__(self, label: str) -> None:
        from rich.progress import Progress as RichProgress

        self.label = label
        self.progress = RichProgress(console=_console(sys.stderr), transient=True)
        self.task = None
        self.progress.start()

    def advance(self, done: int, total: int) -> None:
        if self.task is None:
            self.task = self.progress.add_task(self.label, total=total)
        self.progress.update(self.task, completed=done)

    def close(self) -> None:
        self.progress.stop()


def progress(label: str) -> Progress | None:
    """A progress bar on a terminal only: none in CI, none when piped."""
    if os.environ.get("CI") or not sys.stderr.isatty():
        return None
    return Progress(label)
