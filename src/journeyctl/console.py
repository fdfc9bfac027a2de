"""Messages to the terminal: diagnostics, notes and errors on stderr.

Colour follows the terminal: on when the stream is a terminal, off when it is
piped or when ``NO_COLOR`` is set (https://no-color.org).
"""

from __future__ import annotations

import os
import sys
from typing import Iterable

import click

from journeyctl.diagnostics import Diagnostic, format_path


def use_colour(stream=None) -> bool:
    stream = stream or sys.stderr
    if os.environ.get("NO_COLOR"):
        return False
    return bool(getattr(stream, "isatty", lambda: False)())


def print_diagnostics(diagnostics: Iterable[Diagnostic]) -> None:
    colour = use_colour()
    for d in diagnostics:
        if not colour:
            click.echo(str(d), err=True, color=False)
            continue
        where = click.style(f"{d.file}:{d.line}:{d.col}:", bold=True)
        code = click.style(d.code, fg="red" if d.severity == "error" else "yellow", bold=True)
        path = format_path(d.path)
        text = (click.style(path, fg="cyan") + ": " if path else "") + d.message
        click.echo(f"{where} {code} {text}", err=True, color=True)


def error(message: str) -> None:
    """A message about something other than a map's content."""
    prefix = click.style("error:", fg="red", bold=True) if use_colour() else "error:"
    click.echo(f"{prefix} {message}", err=True, color=use_colour())


def warning(message: str) -> None:
    prefix = click.style("warning:", fg="yellow", bold=True) if use_colour() else "warning:"
    click.echo(f"{prefix} {message}", err=True, color=use_colour())


def note(message: str) -> None:
    click.echo(message, err=True, color=use_colour())
