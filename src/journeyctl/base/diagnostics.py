"""Problems found in a map, and the exceptions that carry them.

Every message about a map names the file, the line and the column (both
1-based) of the YAML node it is about, a stable code, and the path in the map
(``stages[1].steps[0].emotion``) when there is one.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Iterable, Sequence

Path = tuple[str | int, ...]

from journeyctl.base.exits import EXIT_EXTERNAL, EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE  # noqa: F401,E402

#: Codes the loader reports, with a one-line summary each. Lint rules add
#: their own codes in the same channel.
LOADER_CODES: dict[str, str] = {
    "Y001": "the file is not valid YAML",
    "Y002": "a mapping has the same key twice",
    "Y003": "the file is not valid UTF-8 text, or holds a character YAML forbids",
    "Y004": "the file is empty",
    "Y005": "a YAML tag other than the standard ones (no Python objects)",
    "Y006": "nesting deeper than a journey map can use",
    "Y007": "aliases expand to far more data than the file holds (an alias bomb)",
    "Y008": "a mapping key that is not plain text",
    "S001": "a key the format does not know",
    "S002": "a required field is missing",
    "S003": "a value of the wrong type or outside the allowed values",
    "S004": "not a journey map, or a format version this journeyctl does not read",
    "S005": "an id that is not a slug (lowercase letters, digits and hyphens)",
    "R001": "the same id used twice for one kind of thing",
    "R002": "a reference to an id that does not exist",
    "F001": "a file the map refers to (a persona image) is missing, unreadable or not a picture",
    "I001": "import: the diagram cannot be read",
}


def format_path(path: Path) -> str:
    """``('stages', 1, 'steps', 0, 'emotion')`` -> ``stages[1].steps[0].emotion``."""
    out: list[str] = []
    for part in path:
        if isinstance(part, int):
            out.append(f"[{part}]")
        else:
            out.append(("." if out else "") + part)
    return "".join(out)


def closest(word: str, candidates: Iterable[str]) -> str | None:
    """The candidate most like ``word``, if one is close enough."""
    match = difflib.get_close_matches(word, list(candidates), n=1, cutoff=0.6)
    return match[0] if match else None


def did_you_mean(word: str, candidates: Iterable[str]) -> str:
    """A `` (did you mean 'x'?)`` suffix, or the empty string."""
    match = closest(word, candidates)
    return f" (did you mean '{match}'?)" if match else ""


def code_matches(code: str, patterns: Iterable[str]) -> bool:
    """Whether ``code`` is one of ``patterns``: codes, prefixes, or ALL."""
    return any(p == "ALL" or code.startswith(p) for p in patterns)


@dataclass(frozen=True)
class Diagnostic:
    """One problem in one file, at a position."""

    file: str
    line: int
    col: int
    code: str
    message: str
    path: Path = ()
    severity: str = "error"

    def __str__(self) -> str:
        where = format_path(self.path)
        text = f"{where}: {self.message}" if where else self.message
        return f"{self.file}:{self.line}:{self.col}: {self.code} {text}"


def sort_diagnostics(diagnostics: Iterable[Diagnostic]) -> list[Diagnostic]:
    """File order, then position: the order a reader meets them."""
    return sorted(diagnostics, key=lambda d: (d.file, d.line, d.col, d.code, d.message))


class MapError(Exception):
    """A map could not be loaded; ``diagnostics`` says every reason found."""

    def __init__(self, diagnostics: Sequence[Diagnostic]):
        self.diagnostics = sort_diagnostics(diagnostics)
        super().__init__("\n".join(str(d) for d in self.diagnostics))


class RenderProblem(Exception):
    """A renderer found a problem in the map (a missing image file, say).

    It names the map path; the caller turns it into a positioned diagnostic.
    """

    def __init__(self, path: Path, code: str, message: str):
        self.path = path
        self.code = code
        self.message = message
        super().__init__(f"{format_path(path)}: {message}")


class UsageProblem(Exception):
    """The request itself is wrong: a bad combination of inputs and outputs,
    an unknown format, an option a format does not take (exit code 2)."""


class ExternalToolError(Exception):
    """A program the request needs is missing or failed (exit code 3)."""
