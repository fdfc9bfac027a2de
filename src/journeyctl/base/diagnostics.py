"""Problems found in a map, and the exceptions that carry them.

Every message about a map names the file, the line and the column (both
1-based) of the YAML node it is about, a stable code, and the path in the map
(``stages[1].steps[0].emotion``) when there is one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
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
    "Y009": "the file or one of its values is larger than a map can use",
    "S001": "a key the format does not know",
    "S002": "a required field is missing",
    "S003": "a value of the wrong type or outside the allowed values",
    "S004": "not a journey map, or a format version this journeyctl does not read",
    "S005": "an id that is not a slug (lowercase letters, digits and hyphens)",
    "R001": "the same id used twice for one kind of thing",
    "R002": "a reference to an id that does not exist",
    "R003": "a map names a shared persona, but its project has no library",
    "L001": "the library setting is wrong (not a folder inside the project), or the library has too many files",
    "L002": "the library defines the same persona or touchpoint id twice",
    "F001": "a file the map refers to (a persona image) is missing, unreadable or not a picture",
    "I001": "import: the diagram cannot be read",
}


#: Characters that must not reach a terminal or a log as they are: C0
#: controls (tab included), DEL and C1 controls (NEL among them), the line
#: and paragraph separators, the bidirectional embeddings, overrides and
#: isolates (they reorder the rest of a line), lone surrogates (a file name
#: that is not UTF-8) and the non-characters U+FFFE and U+FFFF.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff]")
_SHORT = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


def _escape(match: re.Match) -> str:
    char = match.group()
    if char in _SHORT:
        return _SHORT[char]
    code = ord(char)
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def printable(text: str) -> str:
    """``text`` safe to show in a terminal, a log or a one-line report: every
    control character, line or paragraph separator and bidirectional control
    written out as visible text (``\\n``, ``\\x1b``, ``\\u2028``), so that map
    text can neither start a new line (a forged finding or a GitHub ``::error``
    command) nor send escape sequences to the terminal nor reorder the line.
    Everything else, backslashes included, is left as it is."""
    return _UNPRINTABLE.sub(_escape, text)


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
    import difflib  # here: only a mistake needs it

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

    def shown(self) -> "Diagnostic":
        """This diagnostic with its file, message and every part of its path
        :func:`printable`: what any output that shows it must show."""
        return replace(
            self, file=printable(self.file), message=printable(self.message), code=printable(self.code),
            path=tuple(part if isinstance(part, int) else printable(part) for part in self.path),
        )

    def __str__(self) -> str:
        d = self.shown()
        where = format_path(d.path)
        text = f"{where}: {d.message}" if where else d.message
        return f"{d.file}:{d.line}:{d.col}: {d.code} {text}"


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
