"""Which files to lint: maps named, and maps found in folders.

A folder is searched recursively for ``.yaml``/``.yml`` files whose top
level has a ``journeyctl`` key; other YAML (CI workflows, configs) is
skipped, and so are hidden folders and virtual environments. A file named
directly is skipped the same way when it is not a journey map, so that a
pre-commit hook can hand over every YAML file.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

SUFFIXES = (".yaml", ".yml")
SKIP_DIRS = {"node_modules", "__pycache__", "venv", "site-packages"}
#: A top-level ``journeyctl`` key: at the start of a line, in any quoting...
_TOP_KEY = re.compile(rb"""(?m)^(?:journeyctl|"journeyctl"|'journeyctl')[ \t]*:""")
#: ...or anywhere in a document that is one flow mapping (JSON style).
_FLOW_KEY = re.compile(rb"""(?:journeyctl|"journeyctl"|'journeyctl')[ \t]*:""")
_COMMENTS = re.compile(rb"(?m)^[ \t]*#.*$")


def is_journey_map(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            data = handle.read()
    except OSError:
        return True  # let the loader report why it cannot be read
    if _TOP_KEY.search(data):
        return True
    body = _COMMENTS.sub(b"", data).lstrip(b"\xef\xbb\xbf \t\r\n")
    return body.startswith(b"{") and bool(_FLOW_KEY.search(body))


def collect(paths: list[str]) -> tuple[list[Path], list[Path]]:
    """(maps to lint, YAML files skipped as not journey maps), each sorted."""
    found: dict[Path, None] = {}
    skipped: dict[Path, None] = {}
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for folder, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in SKIP_DIRS
                                 and not (Path(folder) / d / "pyvenv.cfg").exists())
                for name in sorted(files):
                    if name.lower().endswith(SUFFIXES):
                        file = Path(folder) / name
                        (found if is_journey_map(file) else skipped)[file] = None
        elif is_journey_map(path):
            found[path] = None
        else:
            skipped[path] = None
    return list(found), list(skipped)
