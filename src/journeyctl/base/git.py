"""Reading a file as it is at a git revision (``REV:path``), with ``git show``."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from journeyctl.base.diagnostics import ExternalToolError


class RevisionError(Exception):
    """The revision or path does not exist (a command-line mistake, exit 2)."""


def is_revision(spec: str) -> bool:
    """``REV:path`` rather than a file name: not an existing file, has a colon."""
    return ":" in spec and not Path(spec).exists() and not spec.startswith(":/")


def show(spec: str, cwd: Path | None = None) -> bytes:
    """The bytes of ``REV:path`` (any revision git understands; a path
    starting with ./ is relative to ``cwd``, otherwise to the repository)."""
    git = shutil.which("git")
    if git is None:
        raise ExternalToolError("git is not installed; it is needed to read REV:path (apt-get install git)")
    try:
        proc = subprocess.run([git, "show", spec], capture_output=True, cwd=cwd, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise ExternalToolError(f"cannot run git: {exc}") from None
    if proc.returncode != 0:
        message = " ".join(proc.stderr.decode("utf-8", "replace").split()) or "git show failed"
        raise RevisionError(message.removeprefix("fatal: "))
    return proc.stdout


def head_version(path: Path) -> bytes | None:
    """The file as committed in HEAD, or None when HEAD does not have it."""
    try:
        return show(f"HEAD:./{path.name}", cwd=path.resolve().parent)
    except RevisionError:
        return None
