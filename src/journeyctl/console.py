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

import os
import sys
from pathlib import Path
from typing import IO, Iterable, Sequence

import click

from journeyctl.base.diagnostics import Diagnostic, format_path

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
        import stat

        try:
            path = Path(file)
            if not stat.S_ISREG(path.stat().st_mode):
                return None
            with path.open("rb") as handle:
                data = handle.read(MAX_SOURCE_BYTES)
        except (OSError, ValueError):
            return None
        text = data.decode("utf-8-sig", "replace")
        return [_printable(line) for line in text.split("\n")]


def _printable(line: str) -> str:
    """A source line with control characters shown as U+FFFD, so that
    showing it cannot move the cursor or change the terminal."""
    line = line.rstrip("\r")
    return "".join(c if c.isprintable() or c == "\t" else "\ufffd" for c in line)


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
    for row in [header, *rows]:
        cells = [str(v).ljust(w) for v, w in zip(row[:-1], widths)] + [str(row[-1])]
        click.echo("  ".join(cells).rstrip(), file=stream)


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
        sys.stdout.buffer.write(outcome.data)
        sys.stdout.buffer.flush()
    elif not quiet:
        click.echo(outcome.target)


def lint_findings(findings: Sequence[Diagnostic], summary_line: str, statistics: Sequence | None = None) -> None:
    """lint's text report on a terminal: rich diagnostics (or, with
    --statistics, a table of counts) on standard output."""
    if statistics is not None:
        table(("count", "code", "name", "severity"), [(str(n), c, name, s) for n, c, name, s in statistics])
        return
    print_diagnostics(findings, stream=sys.stdout)
    click.echo(summary_line)


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
