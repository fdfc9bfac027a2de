"""Reading a file as it is at a git revision (``REV:path``), with ``git show``.

Nothing a user (or a repository) gives can become an option of git: a
revision starting with ``-`` is refused, and every argument after the
options follows ``--end-of-options``.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from journeyctl.base.diagnostics import ExternalToolError


class RevisionError(Exception):
    """The revision or path does not exist (a command-line mistake, exit 2)."""


class NotInRepository(RevisionError):
    """The file is not in a git repository (exit 2)."""


def is_revision(spec: str) -> bool:
    """``REV:path`` rather than a file name: not an existing file, has a colon."""
    return ":" in spec and not Path(spec).exists() and not spec.startswith(":/")


def _git() -> str:
    git = shutil.which("git")
    if git is None:
        raise ExternalToolError("git is not installed; it is needed to read REV:path (apt-get install git)")
    return git


def _run(args: list[str], cwd: Path | None) -> subprocess.CompletedProcess:
    try:
        return subprocess.run([_git(), *args], capture_output=True, cwd=cwd, timeout=60, stdin=subprocess.DEVNULL)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise ExternalToolError(f"cannot run git: {exc}") from None


def _message(proc: subprocess.CompletedProcess, default: str) -> str:
    return " ".join(proc.stderr.decode("utf-8", "replace").split()).removeprefix("fatal: ") or default


def show(spec: str, cwd: Path | None = None) -> bytes:
    """The bytes of ``REV:path`` (any revision git understands; a path
    starting with ./ is relative to ``cwd``, otherwise to the repository)."""
    if spec.startswith("-"):
        raise RevisionError(f"'{spec}' starts with '-'; a revision cannot (write ./{spec} for a file)")
    proc = _run(["show", "--no-textconv", "--end-of-options", spec], cwd)
    if proc.returncode != 0:
        raise RevisionError(_message(proc, "git show failed"))
    return proc.stdout


def check_repository(folder: Path) -> None:
    """NotInRepository unless ``folder`` is inside a git work tree."""
    proc = _run(["rev-parse", "--is-inside-work-tree"], folder)
    if proc.returncode != 0 or proc.stdout.strip() != b"true":
        message = _message(proc, "not inside a work tree")
        if "not a git repository" in message.lower():
            message = "not in a git repository"
        raise NotInRepository(f"'{folder}' is {message}" if message.startswith("not ") else message)


def head_version(path: Path) -> bytes | None:
    """The file as committed in HEAD, or None when HEAD does not have it
    (or there is no commit yet). NotInRepository outside a repository."""
    folder = path.resolve().parent
    check_repository(folder)
    try:
        return show(f"HEAD:./{path.name}", cwd=folder)
    except RevisionError:
        return None
