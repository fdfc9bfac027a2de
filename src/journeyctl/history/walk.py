"""Reading the history of many files of one repository at once, with two
git processes in all, however many files and commits:

- one ``git log`` over HEAD's first-parent line, limited to YAML files (and
  the files asked for), with rename detection and the raw diff of each
  commit: it says which commits changed each file, under which name, and
  the id of the file's content (blob) after each;
- one ``git cat-file --batch`` for the contents of those blobs (after one
  ``git cat-file --batch-check`` for their sizes, so that a blob too large
  is never read).

Renames are followed as ``git log --follow`` does: reading from the newest
commit back, a commit that renamed ``a.yaml`` to the name followed makes
``a.yaml`` the name followed in older commits. The first-parent line makes
the rows a sequence of states: a branch merged in is one row, its merge
commit (compared with the commit before it on the line).

Nothing from the repository is taken for an option: the output is
NUL-separated (``-z``), user text (author, subject) comes in fields of its
own, and file names are compared as bytes decoded the way the file system's
names are.
"""

from __future__ import annotations

import os
import re
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from journeyctl.base.git import start_git, run_git, abbreviation
from journeyctl.base.diagnostics import ExternalToolError
from journeyctl.history.model import Revision

#: Marks the start of a commit in git's output (before its id).
_START = b"\x1e"
_FORMAT = "--format=%x1e%H%x00%cd%x00%an%x00%s"
#: A raw diff entry: ``:old-mode new-mode old-blob new-blob STATUS[score]``.
_RAW = re.compile(rb"\n?:([0-7]{6}) ([0-7]{6}) ([0-9a-f]{40,64}) ([0-9a-f]{40,64}) ([A-Z])([0-9]*)\Z")
_SUFFIX = re.compile(r"\.[A-Za-z0-9_-]{1,16}\Z")
#: File modes of a file's content (not a link, not a submodule).
REGULAR = frozenset({"100644", "100755", "100664"})


@dataclass(frozen=True)
class Change:
    """A commit of the first-parent line that changed a file."""

    revision: Revision
    status: str  # A, M, T, R, D: git's letters
    mode: str  # the file's mode after the commit (000000 when deleted)
    blob: str  # its content after the commit


def pathspecs(paths: list[str]) -> list[str]:
    """Every YAML file, the files asked for by name, and every file with
    the suffix of one of them: where a map may have been renamed from."""
    suffixes = {".yaml", ".yml"} | {Path(p).suffix.lower() for p in paths if _SUFFIX.match(Path(p).suffix)}
    globbed = [f":(glob,icase)**/*{suffix}" for suffix in sorted(suffixes)]
    return globbed + [f":(literal){p}" for p in sorted(set(paths))]


def _tokens(stream) -> Iterator[bytes]:
    """The NUL-separated fields of ``stream``, as they come."""
    rest = b""
    while True:
        chunk = stream.read(1 << 16)
        if not chunk:
            break
        parts = (rest + chunk).split(b"\0")
        rest = parts.pop()
        yield from parts
    if rest:
        yield rest


def _commits(tokens: Iterator[bytes]) -> Iterator[tuple[list[bytes], list[tuple[str, str, str, bytes, bytes]]]]:
    """(header fields: id, date, author, subject; raw entries: status,
    mode after, blob after, old path, new path) for each commit."""
    header: list[bytes] | None = None
    entries: list[tuple[str, str, str, bytes, bytes]] = []
    tokens = iter(tokens)
    for token in tokens:
        if token.startswith(_START):
            if header is not None:
                yield header, entries
            header = [token[1:]] + [next(tokens, b"") for _ in range(3)]
            entries = []
            continue
        match = _RAW.match(token)
        if match is None or header is None:
            continue  # an empty field between records
        _, mode, _, blob, status, _ = (g.decode("ascii") for g in match.groups())
        source = next(tokens, b"")
        target = next(tokens, b"") if status in ("R", "C") else source
        entries.append((status, mode, blob, source, target))
    if header is not None:
        yield header, entries


def changes(top: Path, paths: list[str], limit: int) -> tuple[dict[str, list[Change]], set[str]]:
    """For each of ``paths`` (names in the repository at HEAD), the commits
    of HEAD's first-parent line that changed it, newest first, at most
    ``limit``; and the paths that had more (cut)."""
    found: dict[str, list[Change]] = {p: [] for p in paths}
    cut: set[str] = set()
    head = run_git(["rev-parse", "--verify", "--quiet", "HEAD"], top)
    if head.returncode != 0:
        return found, cut  # no commit yet
    short = abbreviation(top)
    #: The name each followed file has in the commit being read -> the files.
    following: dict[bytes, list[str]] = {}
    for p in paths:
        following.setdefault(os.fsencode(p), []).append(p)
    args = ["-c", "log.showSignature=false", "log", "--first-parent", "-m", "--raw", "-M", "--no-abbrev", "-z",
            "--no-color", "--no-ext-diff", "--no-textconv", "--encoding=UTF-8", "--date=short", _FORMAT,
            "--end-of-options", "HEAD", "--", *pathspecs(paths)]
    proc = start_git(args, top)
    try:
        for header, entries in _commits(_tokens(proc.stdout)):
            touched = {entry[4]: entry for entry in entries}
            hit = [name for name in touched if name in following]
            if not hit:
                continue
            commit = header[0].decode("ascii", "replace")
            date, author, subject = (header[1].decode("ascii", "replace"), header[2].decode("utf-8", "replace"),
                                     header[3].decode("utf-8", "replace"))
            moved = dict(following)
            for name in hit:
                del moved[name]
            for name in hit:  # after every removal: a commit may swap two names
                status, mode, blob, source, target = touched[name]
                revision = Revision(commit, commit[:short], date, author, subject, os.fsdecode(target))
                for f in following[name]:
                    if len(found[f]) >= limit:
                        cut.add(f)
                        continue
                    found[f].append(Change(revision, status, mode, blob))
                    moved.setdefault(source if status in ("R", "C") else name, []).append(f)
            following = moved
            if not following:
                break
    finally:
        proc.kill()
        proc.stdout.close()
        code = proc.wait()
    if code not in (0, -9) and not any(found.values()):
        raise ExternalToolError(f"git log failed in '{top}' (exit code {code})")
    return found, cut


def blobs(top: Path, ids: list[str], limit: int) -> Iterator[tuple[str, bytes | None, str | None]]:
    """(blob id, its bytes or None, why not) for each of ``ids``: a blob
    larger than ``limit`` bytes, or missing from the repository (a partial
    clone), is not read."""
    if not ids:
        return
    sizes: dict[str, int | None] = {}
    check = run_git(["cat-file", "--batch-check"], top, stdin="".join(f"{i}\n" for i in ids).encode("ascii"),
                    timeout=600)
    for line in check.stdout.decode("ascii", "replace").splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[1] == "blob" and parts[2].isdigit():
            sizes[parts[0]] = int(parts[2])
        elif parts:
            sizes[parts[0]] = None
    wanted = [i for i in ids if sizes.get(i) is not None and sizes[i] <= limit]
    for i in ids:
        if sizes.get(i) is None:
            yield i, None, "its content is not in this clone of the repository"
        elif sizes[i] > limit:
            yield i, None, f"larger than a map may be ({sizes[i]:,} bytes)"
    if not wanted:
        return
    proc = start_git(["cat-file", "--batch", "--buffer"], top, stdin=True)

    def feed() -> None:
        try:
            for i in wanted:
                proc.stdin.write(f"{i}\n".encode("ascii"))
            proc.stdin.close()
        except OSError:
            pass  # git ended early; the reader says so

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    try:
        for i in wanted:
            header = proc.stdout.readline().split()
            if len(header) != 3 or header[1] != b"blob":
                raise ExternalToolError(f"git cat-file gave no content for blob {i}")
            size = int(header[2])
            data = proc.stdout.read(size)
            proc.stdout.read(1)  # the newline after the content
            if len(data) != size:
                raise ExternalToolError(f"git cat-file ended in the middle of blob {i}")
            yield i, data, None
    finally:
        proc.kill()
        proc.stdout.close()
        proc.wait()
        writer.join(timeout=5)
