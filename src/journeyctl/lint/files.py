"""Which files to lint: maps named, and maps found in folders.

A file named on the command line is linted as a map whatever it holds (an
empty file, a list, YAML without a ``journeyctl`` key: each is reported),
so that naming a broken map never passes in silence.

A folder is searched recursively (hidden folders and virtual environments
left out) for regular ``.yaml``/``.yml`` files; each is read the way the
loader reads it, and is linted when its top level has a ``journeyctl`` key,
however it is written (quoted, ``? journeyctl``, behind a BOM, or through a
``<<:`` merge). Other YAML (CI workflows, configs) is skipped, unless it
looks like a map that lost its key (a top-level ``stages`` or ``persona``,
or the journey schema's modeline): that is linted, so it is reported.

``skip_non_maps`` (for a pre-commit hook, which is handed every YAML file)
applies the folder's rule to the files named too.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

import yaml
from yaml.events import MappingStartEvent, ScalarEvent

from journeyctl.load.source import MAPPING, MAX_FILE_BYTES, SCALAR, SEQUENCE, decode, read

SUFFIXES = (".yaml", ".yml")
SKIP_DIRS = {"node_modules", "__pycache__", "venv", "site-packages"}
#: The key that makes a map, and keys only a map has at its top.
MAP_KEY = "journeyctl"
MAP_LIKE_KEYS = {"stages", "persona"}
#: ``# yaml-language-server: $schema=../schemas/journey.schema.json``
_MODELINE = re.compile(r"(?m)^[ \t]*#[ \t]*yaml-language-server:[ \t]*\$schema=\S*journey\.schema\.json")
#: For a file the loader cannot read: a top-level key of a map, in any quoting.
_KEY_TEXT = re.compile(r"""(?m)^\ufeff?[ \t]*(?:\?[ \t]*)?["']?(?:journeyctl|stages|persona)["']?[ \t]*:""")
_FLOW_KEY_TEXT = re.compile(r"""^\ufeff?\s*\{.*?["']?journeyctl["']?[ \t]*:""", re.S)


def _first_key_is_the_map_key(text: str) -> bool:
    """The common case, cheaply: the first key of a top-level mapping is
    ``journeyctl`` (libyaml's first few events, not the whole file)."""
    parser = yaml.CSafeLoader(text)
    try:
        events = [parser.get_event() for _ in range(4)]
    except yaml.YAMLError:
        return False
    finally:
        parser.dispose()
    return (isinstance(events[2], MappingStartEvent) and isinstance(events[3], ScalarEvent)
            and events[3].value == MAP_KEY)


def top_level_keys(data: bytes) -> set[str] | None:
    """The keys at the top of the YAML in ``data``, merges applied; None
    when it cannot be read as YAML, an empty set when its top is not a
    mapping."""
    source = read(data, "")
    if source.root is None:
        return None
    keys: set[str] = set()
    if source.root.kind is not MAPPING:
        return keys
    todo, done = [source.root], set()
    while todo:  # merges may chain: a loop, not recursion
        mapping = todo.pop()
        if id(mapping) in done:
            continue
        done.add(id(mapping))
        for key, value in mapping.value:
            if key.kind is not SCALAR:
                continue
            if key.value == "<<" and key.plain:
                sources = value.value if value.kind is SEQUENCE else [value]
                todo += [s for s in sources if s.kind is MAPPING]
            else:
                keys.add(key.value)
    return keys


def classify(data: bytes) -> tuple[bool, bool]:
    """(is a journey map, looks like one): whether ``data`` has a top-level
    ``journeyctl`` key, and whether it has that or another sign of a map."""
    text, _ = decode(data, "")
    if text is not None and _first_key_is_the_map_key(text):
        return True, True
    keys = top_level_keys(data)
    if keys is None:  # not readable YAML: what the text says
        text = _text(data)
        looks = bool(_KEY_TEXT.search(text) or _FLOW_KEY_TEXT.match(text) or _MODELINE.search(text))
        return "journeyctl" in text and looks, looks
    is_map = MAP_KEY in keys
    return is_map, is_map or bool(keys & MAP_LIKE_KEYS) or bool(_MODELINE.search(_text(data[:4096])))


def _text(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", "replace")
    return data.decode("utf-8", "replace")


def read_regular(path: Path, limit: int = MAX_FILE_BYTES) -> bytes | None:
    """At most ``limit`` + 1 bytes of ``path`` when it is a regular file;
    None for anything else (a FIFO, a device, a socket, a folder), which is
    never opened for reading: opening a FIFO could block forever."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return None
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError:
        return None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):  # swapped since the check
            return None
        chunks, left = [], limit + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks)
    except OSError:
        return None
    finally:
        os.close(fd)


def _looks_like_map(path: Path) -> bool | None:
    """True to lint ``path``, False to skip it, None when it is not a
    regular file that can be read."""
    data = read_regular(path)
    if data is None:
        return None
    if len(data) > MAX_FILE_BYTES:
        # Too large to be a map: linted (and refused) only if its start says it is one.
        text = _text(data[:65536])
        return bool(_KEY_TEXT.search(text) or _MODELINE.search(text))
    is_map, looks = classify(data)
    return is_map or looks


def _inside(path: Path, root: Path) -> bool:
    try:
        Path(os.path.realpath(path)).relative_to(os.path.realpath(root))
    except ValueError:
        return False
    return True


def collect(paths: list[str], skip_non_maps: bool = False) -> tuple[list[Path], list[Path]]:
    """(maps to lint, YAML files skipped as not journey maps), each in order.

    A file named in ``paths`` is always linted, unless ``skip_non_maps`` is
    true and it does not look like a map. A folder is searched for maps."""
    found: dict[Path, None] = {}
    skipped: dict[Path, None] = {}
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for folder, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in SKIP_DIRS
                                 and not (Path(folder) / d / "pyvenv.cfg").exists())
                for name in sorted(files):
                    if not name.lower().endswith(SUFFIXES):
                        continue
                    file = Path(folder) / name
                    if file.is_symlink() and not _inside(file, path):
                        continue  # a link out of the folder searched: not part of it
                    verdict = _looks_like_map(file)
                    if verdict is None:
                        continue  # not a regular file: never opened
                    (found if verdict else skipped)[file] = None
        elif not skip_non_maps or _looks_like_map(path) is not False:
            found[path] = None  # named: the loader says what is wrong with it
        else:
            skipped[path] = None
    return list(found), list(skipped)
