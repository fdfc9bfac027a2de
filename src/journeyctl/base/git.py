"""Reading a file as it is at a git revision (``REV:path``), with ``git show``;
and, for ``journeyctl log``, running the git commands that read a file's history.

Nothing a user (or a repository) gives can become an option of git: a
revision starting with ``-`` is refused, and every argument after the
options follows ``--end-of-options``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from journeyctl.base.diagnostics import ExternalToolError, printable
from journeyctl.base.files import display_name


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


# ---------------------------------------------------------------------------
# A file's history (journeyctl log): the same guards, for long-running git
# commands whose output is read as it comes.

LOG_PURPOSE = "to read a map's history"


def _shown(path: Path) -> str:
    return printable(display_name(path))


def _git_for(purpose: str) -> str:
    git = shutil.which("git")
    if git is None:
        raise ExternalToolError(f"git is not installed; it is needed {purpose} (apt-get install git)")
    return git


def run_git(args: list[str], cwd: Path, purpose: str = LOG_PURPOSE, stdin: bytes | None = None,
            timeout: float = 60) -> subprocess.CompletedProcess:
    """``git ARGS`` in ``cwd``, its output captured; ExternalToolError when
    git is missing or cannot be run (not when it fails: see returncode)."""
    try:
        return subprocess.run([_git_for(purpose), *args], capture_output=True, cwd=cwd, timeout=timeout,
                              input=stdin if stdin is not None else b"")
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise ExternalToolError(f"cannot run git: {exc}") from None


def start_git(args: list[str], cwd: Path, purpose: str = LOG_PURPOSE, stdin: bool = False) -> subprocess.Popen:
    """``git ARGS`` started in ``cwd``, its standard output a pipe to read
    as it comes (and its standard input one too with ``stdin``); standard
    error is discarded."""
    try:
        return subprocess.Popen([_git_for(purpose), *args], cwd=cwd, stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL,
                                stdin=subprocess.PIPE if stdin else subprocess.DEVNULL)
    except OSError as exc:
        raise ExternalToolError(f"cannot run git: {exc}") from None


def work_tree(folder: Path, purpose: str = LOG_PURPOSE) -> tuple[Path, str]:
    """(the top folder of the work tree ``folder`` is in, ``folder``'s path
    in it: ``maps/`` or the empty string). NotInRepository outside a work tree."""
    if not folder.is_dir():
        raise NotInRepository(f"'{_shown(folder)}' is not a folder")
    proc = run_git(["rev-parse", "--show-toplevel", "--show-prefix"], folder, purpose)
    lines = proc.stdout.split(b"\n")
    if proc.returncode != 0 or len(lines) < 2 or not lines[0]:
        message = _message(proc, "not inside a work tree")
        if "not a git repository" in message.lower() or "must be run in a work tree" in message.lower():
            message = "not in a git repository"
        raise NotInRepository(f"'{_shown(folder)}' is {message}" if message.startswith("not ") else printable(message))
    return Path(os.fsdecode(lines[0])), os.fsdecode(lines[1])


def locate(path: Path, purpose: str = LOG_PURPOSE) -> tuple[Path, str]:
    """(the top folder of the work tree ``path`` is in, ``path`` in the
    repository: ``maps/a.yaml``). ``path`` need not exist (a deleted map);
    its folder must. NotInRepository outside a work tree."""
    if path.name in ("", ".", ".."):
        raise RevisionError(f"'{_shown(path)}' is not a file")
    top, prefix = work_tree(path.parent, purpose)
    return top, prefix + path.name


def commit_of(spec: str, cwd: Path, purpose: str = LOG_PURPOSE) -> str:
    """The full id of the commit ``spec`` names (any revision git
    understands); RevisionError when it names none."""
    if spec.startswith("-"):
        raise RevisionError(f"'{printable(spec)}' starts with '-'; a revision cannot")
    proc = run_git(["rev-parse", "--verify", "--quiet", "--end-of-options", f"{spec}^{{commit}}"], cwd, purpose)
    if proc.returncode != 0 or not proc.stdout.strip():
        raise RevisionError(f"'{printable(spec)}' is not a commit in this repository")
    return proc.stdout.decode("ascii", "replace").strip()


def abbreviation(cwd: Path, purpose: str = LOG_PURPOSE) -> int:
    """How many characters git shows of a commit id in this repository
    (``git rev-parse --short HEAD``; 7 when there is no commit)."""
    proc = run_git(["rev-parse", "--short", "--verify", "--quiet", "HEAD"], cwd, purpose)
    short = proc.stdout.strip()
    return len(short) if proc.returncode == 0 and 4 <= len(short) <= 64 else 7
