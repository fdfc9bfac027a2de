"""Lint many files: each file's step (settings, load, rules), run in this
process or spread over worker processes, the outcomes in file order.

The files are cut into runs (chunks), given out in order: a few to each
worker ahead, and while they lint, this process lints the next chunk
itself (nothing to send across for it). The outcomes are handed on in file
order, each chunk's when those before it are done, so the result is the
same as linting in one process; a wrong setting is raised in file order
too. Spreading pays off only past a few dozen maps (starting a worker and
sending the loaded maps back cost more than linting a few): :func:`workers`
says how many processes lint. Workers are forked on Linux (cheap, and what
is already read comes along), spawned elsewhere. If no worker can start,
or one dies, the chunks not done are linted here.
"""

from __future__ import annotations

import math
import os
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterator, Mapping

from journeyctl.base.diagnostics import Diagnostic, MapError
from journeyctl.base.files import display_name
from journeyctl.base.project import real_folder
from journeyctl.lint.engine import MapFacts, Rule, Settings, all_rules, gather, run
from journeyctl.lint.settings import FileConfig, load_config
from journeyctl.load import LoadedMap, load_path

if TYPE_CHECKING:  # measured maps only: its models cost 20 ms to build
    from journeyctl.format.measurement import Measurement

#: Fewer files than this are linted in this process alone when the number of
#: processes is not given: below it, starting workers costs more than it saves.
THRESHOLD = 64
#: The fewest and the most files in a chunk.
MIN_CHUNK, MAX_CHUNK = 4, 16
#: How many chunks each worker is given ahead.
AHEAD = 4
#: The most processes used when their number is not given: past a few, what
#: this process does alone (reading what they send, judging the maps
#: together) is most of the time, and each one takes memory.
MAX_AUTO = 8


@dataclass(frozen=True)
class Config:
    """What every file's settings are made of: the command line's and the
    nearest settings file's (:func:`load_config`, once per real folder)."""

    base: Settings = field(default_factory=Settings)
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    options: Mapping[str, Mapping[str, Any]] | None = None
    #: Each folder's settings, made once: the maps of a folder share them.
    folders: dict[Path, FileConfig] = field(default_factory=dict, compare=False, repr=False)

    def for_file(self, path: Path) -> Settings:
        folder = real_folder(path)
        config = self.folders.get(folder)
        if config is None:
            config = self.folders[folder] = load_config(path, self.base, self.select, self.ignore, self.options)
        return config.for_file(path)


@dataclass
class Outcome:
    """One file linted: its findings, and what it turned out to be."""

    findings: list[Diagnostic]
    kind: str  # "map", "library" (a library file, checked by loading it) or "broken"
    #: A map's id.
    id: str | None = None
    #: What the rules that judge maps together need of the map (when asked for).
    facts: MapFacts | None = None


def lint_file(path: Path, config: Config, rules: dict[str, Rule],
              measure: Callable[[Path], Measurement] | None = None, keep: bool = False) -> Outcome:
    """Lint one file. ``measure`` measures a map that binds events (the
    J5xx rules then judge it against that measurement). ``keep``: gather
    what the portfolio rules need of the map (:func:`~journeyctl.lint.engine.gather`)."""
    settings = config.for_file(path)
    name = display_name(path)
    try:
        loaded = load_path(path, name)
    except MapError as exc:
        return Outcome(list(exc.diagnostics), "broken")  # loader problems: always reported
    except OSError as exc:
        return Outcome([Diagnostic(name, 1, 1, "F001", f"cannot read the file: {exc.strerror or exc}")], "broken")
    if not isinstance(loaded, LoadedMap):
        return Outcome([], "library")  # loading it checked it
    if measure is not None and any(p.step.events for p in loaded.journey.flow.steps):
        settings = replace(settings, measurements={**settings.measurements, loaded.journey.id or "": measure(path)})
    return Outcome(run(loaded, settings, settings.enabled(rules)), "map", loaded.journey.id or "",
                   gather(loaded) if keep else None)


def workers(files: int, jobs: int | None) -> int:
    """How many processes lint ``files`` files, this one included: ``jobs``
    when given (1: this one alone), else one per core this process may use
    once there are :data:`THRESHOLD` files; never more than one per chunk."""
    if jobs is None:
        if files < THRESHOLD:
            return 1
        jobs = _cores()
    return max(1, min(jobs, math.ceil(files / MIN_CHUNK), 61))  # 61: the most Windows allows


def lint_files(paths: list[Path], config: Config, *, jobs: int = 1, keep: Callable[[Path], bool] = lambda p: True,
               measure: Callable[[Path], Measurement] | None = None) -> Iterator[tuple[Path, Outcome]]:
    """Each file and its :class:`Outcome`, in the order of ``paths``, linted
    in ``jobs`` processes (this one included); with what the portfolio rules
    need of a map (its ``facts``) when ``keep(path)``. With ``measure``,
    every file is linted here."""
    rules = all_rules()
    pool = _pool(jobs - 1, config) if jobs > 1 and measure is None and len(paths) > MIN_CHUNK else None
    if pool is None:
        for path in paths:
            yield path, lint_file(path, config, rules, measure, keep(path))
        return
    from concurrent.futures.process import BrokenProcessPool

    chunks = _chunks([(p, keep(p)) for p in paths], jobs)
    futures: dict[int, Any] = {}  # the chunks with the workers, a few each at a time
    here: dict[int, tuple[list[Outcome], Exception | None]] = {}  # the chunks linted in this process
    given, ahead = 0, AHEAD * (jobs - 1)  # chunks[:given] are with the workers or done here
    broken = False
    switch = sys.getswitchinterval()
    # The pool's thread here receives what the workers send: it gets its turn sooner.
    sys.setswitchinterval(min(switch, 0.0005))
    try:
        for i, chunk in enumerate(chunks):
            while not broken:
                try:  # the workers start with the first (forked: all of them, before the pool's thread)
                    while given < len(chunks) and len(futures) < ahead:
                        futures[given] = pool.submit(_lint_chunk, chunks[given])
                        given += 1
                except (OSError, RuntimeError):  # no process could start: the rest is linted here
                    broken = True
                if broken or i in here or futures[i].done() or given == len(chunks):
                    break
                # while the workers lint chunk i, lint the next one here
                here[given] = _lint_here(chunks[given], config, rules)
                given += 1
            if i in here:
                outcomes, error = here.pop(i)
            else:
                outcomes, error = None, None
                if not broken:
                    try:
                        outcomes = futures.pop(i).result()
                    except BrokenProcessPool:
                        broken = True  # a worker died (killed, out of memory): the rest is linted here
                if outcomes is None:
                    outcomes, error = _lint_here(chunk, config, rules)
            for (path, _), outcome in zip(chunk, outcomes):
                yield path, outcome
            if error is not None:
                raise error  # in file order, as linting in one process would
    finally:
        sys.setswitchinterval(switch)
        pool.shutdown(wait=True, cancel_futures=True)


def _lint_here(chunk: list[tuple[Path, bool]], config: Config, rules: dict[str, Rule]
               ) -> tuple[list[Outcome], Exception | None]:
    """A chunk linted in this process: its outcomes up to the first error
    (a wrong setting), and that error, raised when the chunk's turn comes."""
    outcomes: list[Outcome] = []
    try:
        for path, keep in chunk:
            outcomes.append(lint_file(path, config, rules, keep=keep))
    except Exception as exc:
        return outcomes, exc
    return outcomes, None


def _pool(workers: int, config: Config):
    """A pool of ``workers`` processes, or None when there can be none here
    (a sandbox without /dev/shm, no process left)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # fork where it is safe (Linux); spawn elsewhere (macOS, Windows)
    fork = "fork" in multiprocessing.get_all_start_methods() and sys.platform.startswith("linux")
    try:
        return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork" if fork else "spawn"),
                                   initializer=_start_worker, initargs=(config,))
    except (OSError, ImportError, NotImplementedError):
        return None


def _chunks(items: list, jobs: int) -> list[list]:
    """``items`` in consecutive runs, several per process, so that the work
    stays balanced (maps differ in size) and the progress moves."""
    size = max(MIN_CHUNK, min(MAX_CHUNK, math.ceil(len(items) / (jobs * 6))))
    return [items[i:i + size] for i in range(0, len(items), size)]


def _cores() -> int:
    """The cores this process may use: those it may run on, within its
    container's CPU quota (cgroup v2), at most :data:`MAX_AUTO`."""
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    try:
        quota, period = Path("/sys/fs/cgroup/cpu.max").read_text(encoding="ascii").split()[:2]
        if quota != "max":
            cores = min(cores, math.ceil(int(quota) / int(period)))
    except (OSError, ValueError, ZeroDivisionError):
        pass
    return max(1, min(cores, MAX_AUTO))


_config: Config | None = None


def _start_worker(config: Config) -> None:
    """A worker's start. Ctrl-C is the parent's to handle (it stops the
    pool); the worker ends if the parent does. Standard streams of its own:
    a progress bar's thread in the parent may have held a lock on them
    when the worker was forked."""
    import gc
    import multiprocessing
    import signal
    import threading

    global _config
    _config = config
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    gc.freeze()  # what came from the parent: never walked by the collector here, nor copied
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_end_with, args=(parent,), daemon=True).start()
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        try:
            setattr(sys, name, open(os.dup(stream.fileno()), "w", encoding="utf-8", errors="backslashreplace",
                                    buffering=1))
        except (AttributeError, OSError, ValueError):
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))


def _end_with(parent) -> None:
    """A worker ends when its parent does (killed, say): the pool's queue
    would keep it waiting for ever, holding the parent's output open."""
    parent.join()
    os._exit(1)


def _lint_chunk(chunk: list[tuple[Path, bool]]) -> list[Outcome]:
    """A worker's task: its outcomes (a map's facts, never the map itself:
    small, and quick to send back)."""
    assert _config is not None
    rules = all_rules()
    return [lint_file(path, _config, rules, keep=keep) for path, keep in chunk]
