"""Reading input files safely, and writing output files atomically.

Reading (:func:`read_file`): only regular files, never more than a limit.
A named pipe, a device, a socket or a folder (or a symbolic link to one) is
refused with a clear reason instead of blocking or reading forever: the file
is opened with O_NONBLOCK, checked with fstat, and read to at most the limit
plus one byte.

Writing (:func:`write_atomic`): all of it or nothing, never a partial file.

- A regular file (or a new one) is written through a temporary file in the
  same folder (``.NAME.PID.XXXXXXXX.tmp``) and a rename; it keeps its own
  permission bits (0o777 only: never setuid, setgid or sticky).
- A symbolic link is replaced by the new file: journeyctl never writes
  through a link to a regular file (in a repository from someone else, a
  committed ``map.html -> ~/.bashrc`` must not overwrite the file it points
  to), and the new file gets the permissions the umask gives, never those of
  the link's target.
- A character device or a named pipe (``-o /dev/null``, ``-o fifo``, or a
  link to one, such as ``/dev/stdout``) is written in place: opened for
  writing without creating, truncating or renaming anything. A named pipe
  that nobody reads is refused rather than waited on.
- A folder, a block device or a socket is refused.
- SIGTERM or SIGHUP while the temporary file exists removes it, then the
  process dies of the signal as it would have; stale temporaries of this
  target left by a process that was killed are removed on the next write.
"""

from __future__ import annotations

import errno
import os
import re
import signal
import stat
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

#: Limits on what is read: a map (or another text input), and a persona image.
MAX_MAP_BYTES = 10 * 1024 * 1024
MAX_IMAGE_BYTES = 5 * 1024 * 1024

#: When this process started (as near as this module can tell): temporaries
#: of a target older than this are not being written by us.
_STARTED = time.time()


class FileRefused(OSError):
    """A file that journeyctl will not read or write; ``strerror`` says why."""

    def __init__(self, message: str):
        super().__init__(errno.EINVAL, message)

    def __str__(self) -> str:
        return self.strerror


def describe(mode: int) -> str:
    """What kind of file ``mode`` is, in words."""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISLNK(mode):
        return "a symbolic link"
    return "not a regular file"


def size_text(limit: int) -> str:
    return f"{limit // (1024 * 1024)} MiB" if limit % (1024 * 1024) == 0 else f"{limit} bytes"


def relative_name(path: str | os.PathLike) -> str:
    """:func:`display_name` of a path found by journeyctl (not given by the
    user): relative to the working folder when it is inside it."""
    absolute = os.path.abspath(path)
    here = os.getcwd()
    if absolute.startswith(here.rstrip(os.sep) + os.sep):
        return display_name(os.path.relpath(absolute, here))
    return display_name(absolute)


def display_name(path: str | os.PathLike) -> str:
    """A file name as text that can always be printed and encoded: bytes
    that are not UTF-8 (held as surrogate escapes) are shown as ``\\xe9``."""
    text = os.fspath(path)
    if isinstance(text, bytes):
        text = os.fsdecode(text)
    try:
        raw = text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        raw = text.encode("utf-8", "backslashreplace")
    return raw.decode("utf-8", "backslashreplace")


def open_regular(path: str | os.PathLike, *, follow: bool = True, dir_fd: int | None = None) -> int:
    """A read-only descriptor of ``path``, which must be a regular file
    (with ``follow=False``, the last component must not be a link)."""
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    if not follow:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags, dir_fd=dir_fd)
    except OSError as exc:
        if exc.errno == errno.ELOOP and not follow:
            raise FileRefused("it is a symbolic link") from None
        if exc.errno == errno.ENXIO:  # a socket, or a device with nothing behind it
            try:
                kind = describe(os.stat(path, dir_fd=dir_fd).st_mode)
            except OSError:
                kind = "not a regular file"
            raise FileRefused(f"it is {kind}, not a regular file" if kind.startswith("a ") else kind) from None
        raise
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            kind = describe(mode)
            raise FileRefused(f"it is {kind}, not a regular file" if kind.startswith("a ") else kind)
        os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return fd


def read_fd(fd: int, limit: int) -> bytes:
    """At most ``limit`` bytes from ``fd``; FileRefused when there are more."""
    chunks: list[bytes] = []
    left = limit + 1
    while left > 0:
        chunk = os.read(fd, min(left, 1024 * 1024))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    data = b"".join(chunks)
    if len(data) > limit:
        raise FileRefused(f"it is larger than the {size_text(limit)} limit")
    return data


def read_file(path: str | os.PathLike, limit: int = MAX_MAP_BYTES, *, follow: bool = True) -> bytes:
    """The bytes of the regular file at ``path``, at most ``limit`` of them.

    Raises FileRefused (an OSError; ``strerror`` is the reason) for a file
    that is not regular or is larger than ``limit``, and OSError when it
    cannot be opened."""
    fd = open_regular(path, follow=follow)
    try:
        return read_fd(fd, limit)
    finally:
        os.close(fd)


# ------------------------------------------------------------ writing

#: A top-level ``journeyctl`` key, as a journey map written by hand has it:
#: at the start of a line, or first in a one-line flow mapping. (The JSON
#: rendering, a pretty-printed object with the key indented, is an output,
#: and rendering over it again is allowed.)
_MAP_KEY = re.compile(rb"""(?m)^(?:\{[ \t]*)?(?:journeyctl|"journeyctl"|'journeyctl')[ \t]*:""")
_MAP_SNIFF_BYTES = 64 * 1024


def is_journey_map(path: str | os.PathLike) -> bool:
    """Whether ``path`` is a regular file (not a link) that holds a journey
    map: a top-level ``journeyctl`` key near its start. Cheap, and never
    blocks."""
    try:
        if not stat.S_ISREG(os.lstat(path).st_mode):
            return False
        fd = open_regular(path, follow=False)
    except OSError:
        return False
    try:
        data = os.read(fd, _MAP_SNIFF_BYTES)
    except OSError:
        return False
    finally:
        os.close(fd)
    return bool(_MAP_KEY.search(data.lstrip(b"\xef\xbb\xbf")))


def refuse_overwrite(path: str | os.PathLike, inputs=(), *, any_file: bool = False) -> None:
    """Raise FileRefused when writing ``path`` would overwrite an input, a
    journey map, or (``any_file``) any existing file. Character devices and
    named pipes are written in place, so they are never refused here."""
    target = Path(path)
    try:
        info = os.lstat(target)
    except OSError:
        return
    if stat.S_ISLNK(info.st_mode):
        try:
            kind = os.stat(target).st_mode
        except OSError:
            kind = None
        if kind is not None and (stat.S_ISCHR(kind) or stat.S_ISFIFO(kind)):
            return
    elif stat.S_ISCHR(info.st_mode) or stat.S_ISFIFO(info.st_mode):
        return
    real = os.path.realpath(target)
    for given in inputs:
        if given is None or os.fspath(given) == "-":
            continue
        if os.path.realpath(given) == real or os.path.abspath(given) == os.path.abspath(target):
            raise FileRefused(f"'{display_name(path)}' is an input; journeyctl never overwrites its inputs")
    if is_journey_map(target):
        raise FileRefused(f"'{display_name(path)}' is a journey map; journeyctl never overwrites a map")
    if any_file:
        raise FileRefused(f"'{display_name(path)}' exists; journeyctl never overwrites it")


def _default_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _in_place_target(path: Path) -> bool:
    """Whether ``path`` is written in place (an existing character device or
    named pipe, or a link to one); FileRefused for a target that can be
    neither written in place nor replaced."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return False
    mode = info.st_mode
    if stat.S_ISLNK(mode):
        try:
            mode = os.stat(path).st_mode
        except OSError:
            return False  # a dangling link: replaced by the file
        if stat.S_ISREG(mode):
            # /dev/stdout and friends lead through /proc to the real output.
            return str(path.absolute()).startswith(("/dev/", "/proc/"))
    if stat.S_ISREG(mode):
        return False
    if stat.S_ISCHR(mode) or stat.S_ISFIFO(mode):
        return True
    raise FileRefused(f"'{display_name(path)}' is {describe(mode)}; journeyctl writes files, devices and pipes only")


def _write_in_place(path: Path, data: bytes) -> None:
    flags = os.O_WRONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if exc.errno == errno.ENXIO:
            raise FileRefused(f"'{display_name(path)}' is a named pipe that nobody is reading") from None
        raise
    try:
        os.set_blocking(fd, True)
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
    finally:
        os.close(fd)


def _temporary_pattern(name: str) -> re.Pattern[str]:
    # .NAME.PID.XXXXXXXX.tmp (this version) or .NAME.XXXXXXXX.tmp (earlier ones)
    return re.compile(rf"\A\.{re.escape(name)}\.(?:(\d+)\.)?[A-Za-z0-9_]{{8}}\.tmp\Z")


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def remove_stale_temporaries(path: Path) -> None:
    """Remove temporaries of ``path`` left by killed writers: ours by name,
    regular files of this user, and older than this process or written by
    a process that no longer exists."""
    pattern = _temporary_pattern(path.name)
    folder = path.parent
    try:
        names = os.listdir(folder)
    except OSError:
        return
    for name in names:
        match = pattern.match(name)
        if not match:
            continue
        candidate = folder / name
        try:
            info = os.lstat(candidate)
            if not stat.S_ISREG(info.st_mode) or info.st_uid != os.getuid():
                continue
            pid = int(match.group(1)) if match.group(1) else None
            if pid == os.getpid():
                continue
            if (pid is not None and not _alive(pid)) or info.st_mtime < _STARTED:
                os.unlink(candidate)
        except (OSError, ValueError):
            continue


class _CleanUpOnSignal:
    """While a temporary file exists: on SIGTERM or SIGHUP, remove it, then
    die of the signal with its default action."""

    SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))

    def __init__(self, tmp: str):
        self.tmp = tmp
        self.previous: dict[int, object] = {}

    def _handle(self, signum, frame) -> None:
        try:
            os.unlink(self.tmp)
        except OSError:
            pass
        previous = self.previous.get(signum)
        self.__exit__()
        if callable(previous):
            previous(signum, frame)  # someone else's handler: let it decide
            return
        signal.signal(signum, signal.SIG_DFL)
        os.kill(os.getpid(), signum)
        time.sleep(1)  # the default action ends the process before this returns
        os._exit(128 + signum)

    def __enter__(self):
        if threading.current_thread() is threading.main_thread():
            for signum in self.SIGNALS:
                try:
                    self.previous[signum] = signal.signal(signum, self._handle)
                except (ValueError, OSError):
                    pass
        return self

    def __exit__(self, *exc) -> None:
        for signum, previous in list(self.previous.items()):
            try:
                signal.signal(signum, previous if previous is not None else signal.SIG_DFL)
            except (ValueError, OSError, TypeError):
                pass
        self.previous.clear()


def write_atomic(path: Path, data: bytes | Iterable[bytes], *, exclusive: bool = False) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the
    new one, never a part (see the module's documentation for links,
    devices and pipes). With ``exclusive``, an existing file is never
    replaced (FileExistsError), even one created meanwhile.

    ``data`` may be pieces, written as they come: if making one fails, the
    exception goes on and ``path`` is as it was.
    """
    path = Path(path)
    pieces = (data,) if isinstance(data, (bytes, bytearray, memoryview)) else data
    if _in_place_target(path):
        if exclusive:
            raise FileExistsError(errno.EEXIST, "File exists", str(path))
        _write_in_place(path, b"".join(pieces))  # a device or a pipe: all made before any is written
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        info = os.lstat(path)
        mode = info.st_mode & 0o777 if stat.S_ISREG(info.st_mode) else _default_mode()
    except FileNotFoundError:
        mode = _default_mode()
    remove_stale_temporaries(path)
    import tempfile  # here: of the commands, only those that write import it

    with _CleanUpOnSignal("") as guard:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp")
        guard.tmp = tmp
        try:
            with os.fdopen(fd, "wb") as handle:
                for piece in pieces:
                    handle.write(piece)
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(tmp, mode)
            if exclusive:
                _link_exclusive(tmp, path)
            else:
                os.replace(tmp, path)
        except BaseException:
            try:
                os.unlink(tmp)
            except FileNotFoundError:
                pass
            raise


def _link_exclusive(tmp: str, path: Path) -> None:
    """Put ``tmp`` at ``path`` only if nothing is there (atomically, with a
    hard link where the file system has them)."""
    try:
        os.link(tmp, path, follow_symlinks=False)
    except FileExistsError:
        raise
    except OSError:
        # No hard links here: claim the name, then replace the empty claim.
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.close(fd)
        os.replace(tmp, path)
        return
    os.unlink(tmp)
