"""Where the site goes: the output folder, checked first, and the new site
put in its place only once it is whole.

The folder may be new, empty, or a site journeyctl built before: one with
the marker file (:data:`MARKER`), which lists every file that build wrote.
Anything else is refused (:class:`UsageProblem`, exit 2): journeyctl never
deletes what it did not write.

The site is written into a fresh hidden folder beside the output
(``.NAME.building-XXXX``) and swapped in with two renames; a build that
fails (or is interrupted) removes its own folder and leaves the old site
as it was. Files someone added to an old site (a ``CNAME`` for GitHub
Pages, say) are not in its list: they are moved into the new site, never
deleted.
"""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
from pathlib import Path
from typing import Iterable

from journeyctl.base.diagnostics import UsageProblem, printable
from journeyctl.base.files import display_name

MARKER = ".journeyctl-site"
HEADER = "# A site built by `journeyctl site`, which replaces it when it builds it again. The files it wrote:\n"


def manifest(paths) -> bytes:
    """The marker file's content: the header, then the site's files, sorted."""
    return (HEADER + "".join(f"{p}\n" for p in sorted(paths))).encode("utf-8")


def _listed(folder: Path) -> set[str] | None:
    """The files a previous build wrote in ``folder``; None when the folder
    is not such a site (no marker, or a marker that is not ours)."""
    marker = folder / MARKER
    try:
        if not stat.S_ISREG(os.lstat(marker).st_mode):
            return None
        text = marker.read_bytes()[:64 * 1024 * 1024].decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    if not text.startswith(HEADER):
        return None
    return set(text[len(HEADER):].splitlines()) | {MARKER}


def check_target(output: Path) -> None:
    """UsageProblem unless ``output`` may become the site: it does not
    exist, or is an empty folder, or a site journeyctl built."""
    name = printable(display_name(output))
    if output.is_symlink():
        raise UsageProblem(f"'{name}' is a symbolic link; give the folder itself as -o")
    if not output.exists():
        return
    if not output.is_dir():
        raise UsageProblem(f"'{name}' is a file; -o names the folder to build the site in")
    try:
        empty = not any(os.scandir(output))
    except OSError as exc:
        raise UsageProblem(f"cannot read '{name}': {exc.strerror or exc}") from None
    if not empty and _listed(output) is None:
        raise UsageProblem(
            f"'{name}' is not empty and is not a site journeyctl built (it has no {MARKER} file); "
            f"journeyctl site never deletes what it did not write: give a new or empty folder")


def _strangers(folder: Path, listed: set[str]) -> list[str]:
    """Files (and links) in an old site that its build did not write."""
    found = []
    for top, dirs, names in os.walk(folder):
        here = Path(top).relative_to(folder)
        for name in sorted(names) + sorted(d for d in dirs if (Path(top) / d).is_symlink()):
            relative = (here / name).as_posix()
            if relative not in listed:
                found.append(relative)
        dirs[:] = sorted(d for d in dirs if not (Path(top) / d).is_symlink())
    return sorted(found)


def write_files(root: str | Path, files: dict[str, bytes]) -> list[str]:
    """Write ``files`` (path in the site -> bytes) under ``root``, a site
    being built (by :class:`Building`, in this process or another); the
    paths written."""
    root = Path(root)
    made: set[Path] = set()
    for relative, data in files.items():
        path = root / relative
        if path.parent not in made:
            path.parent.mkdir(parents=True, exist_ok=True)
            made.add(path.parent)
        with open(path, "wb") as handle:
            handle.write(data)
    return list(files)


class Building:
    """A site being built: a fresh hidden folder beside ``output``
    (checked first), filled by :func:`write_files`, then put in the place
    of ``output`` by :meth:`commit`. Used as a context manager: leaving it
    without a commit (an error, an interruption) removes the folder and
    leaves the old site as it was."""

    def __init__(self, output: Path):
        check_target(output)
        self.output = Path(os.path.abspath(output))
        try:
            self.output.parent.mkdir(parents=True, exist_ok=True)
            self.path = Path(tempfile.mkdtemp(dir=self.output.parent, prefix=f".{self.output.name}.building-"))
        except OSError as exc:
            raise UsageProblem(f"cannot write the site to '{printable(display_name(output))}': "
                               f"{exc.strerror or exc}") from None

    def __enter__(self) -> Building:
        return self

    def __exit__(self, *exc_info) -> None:
        if self.path.exists():
            shutil.rmtree(self.path, ignore_errors=True)

    def commit(self, written: Iterable[str]) -> None:
        """Write the marker (listing ``written`` and itself) and put the
        site in the place of the output folder."""
        old: Path | None = None
        try:
            write_files(self.path, {MARKER: manifest([*written, MARKER])})
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(self.path, 0o777 & ~umask)
            check_target(self.output)  # again: it may have changed during the build
            if self.output.exists():
                old = _swap(self.path, self.output, set(written) | {MARKER})
            else:
                os.rename(self.path, self.output)
        except OSError as exc:
            raise UsageProblem(f"cannot write the site to '{printable(display_name(self.output))}': "
                               f"{exc.strerror or exc}") from None
        finally:
            if old is not None:
                shutil.rmtree(old, ignore_errors=True)


def publish(files: dict[str, bytes], output: Path) -> None:
    """Write ``files`` (path in the site -> bytes) as the site at
    ``output``, replacing a previous one only when all is written."""
    with Building(output) as building:
        building.commit(write_files(building.path, files))


def _swap(building: Path, output: Path, files: set[str]) -> Path:
    """Put ``building`` in the place of the old site at ``output``, with
    the files someone added to the old site moved into it; return where
    the old site went (to be removed). On failure, everything is put back."""
    strangers = _strangers(output, _listed(output) or set())
    for relative in strangers:
        if relative in files:
            raise UsageProblem(f"'{printable(display_name(output / relative))}' was not written by journeyctl, "
                               f"and the new site has a file of that name; move it away")
    moved: list[str] = []
    old = Path(tempfile.mkdtemp(dir=output.parent, prefix=f".{output.name}.old-"))
    try:
        for relative in strangers:
            (building / relative).parent.mkdir(parents=True, exist_ok=True)
            os.rename(output / relative, building / relative)
            moved.append(relative)
        os.rename(output, old)  # onto the empty folder just made
        try:
            os.rename(building, output)
        except OSError:
            os.rename(old, output)
            raise
    except BaseException:
        for relative in reversed(moved):
            os.rename(building / relative, output / relative)
        if old.exists() and not any(os.scandir(old)):
            os.rmdir(old)
        raise
    return old
