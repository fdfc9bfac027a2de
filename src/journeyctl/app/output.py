"""Use case: write a command's output file, never over what must not be
overwritten (an input, a journey map; for ``init`` and ``import``, anything),
through :func:`journeyctl.base.files.write_atomic`."""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

from journeyctl.base.files import FileRefused, display_name, refuse_overwrite, write_atomic


class OutputError(Exception):
    """The output cannot or must not be written (exit 2); the message says why."""


def check_output(path: str, inputs: Iterable[str] = (), *, exclusive: bool = False) -> None:
    """OutputError when writing ``path`` would overwrite an input or a
    journey map (or, with ``exclusive``, anything)."""
    try:
        refuse_overwrite(path, list(inputs), any_file=exclusive)
    except FileRefused as refused:
        raise OutputError(str(refused)) from None


def write_output(path: str, data: bytes, inputs: Iterable[str] = (), *, exclusive: bool = False) -> None:
    """Write ``data`` to ``path`` atomically, after :func:`check_output`.
    Raises OutputError."""
    check_output(path, inputs, exclusive=exclusive)
    try:
        write_atomic(Path(path), data, exclusive=exclusive)
    except FileExistsError:
        raise OutputError(f"'{display_name(path)}' exists; journeyctl never overwrites it") from None
    except FileRefused as refused:
        message = str(refused)
        raise OutputError(message if message.startswith("'") else
                          f"cannot write '{display_name(path)}': {message}") from None
    except OSError as exc:
        raise OutputError(f"cannot write '{display_name(path)}': {exc.strerror or exc}") from None
