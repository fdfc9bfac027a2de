"""Inline suppressions: ``# journeyctl: ignore[CODE, ...]`` on the offending line.

YAML drops comments, so they are found in the raw text; a ``#`` counts only
where YAML reads a comment, not inside a quoted or block scalar (libyaml's
own tokens say where scalars are). ``ignore`` without codes suppresses every
finding on its line. A suppression that matches no finding of an enabled
rule is reported as J900.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import yaml

from journeyctl.base.diagnostics import code_matches as matches

COMMENT = re.compile(r"#\s*journeyctl:\s*ignore(?:\[([^\]]*)\])?")


@dataclass
class Suppression:
    line: int
    col: int
    codes: tuple[str, ...] | None  # None: every code
    text: str
    used: bool = False


def find(text: str) -> list[Suppression]:
    candidates = list(COMMENT.finditer(text))
    if not candidates:
        return []
    scalars = _scalar_spans(text)
    found = []
    for match in candidates:
        start = match.start()
        if start > 0 and text[start - 1] not in " \t\n":
            continue  # not a comment: YAML needs white space before '#'
        if any(a <= start < b for a, b in scalars):
            continue  # inside a scalar
        line = text.count("\n", 0, start) + 1
        col = start - (text.rfind("\n", 0, start) + 1) + 1
        codes = None
        if match.group(1) is not None:
            codes = tuple(c.strip() for c in match.group(1).split(",") if c.strip())
        found.append(Suppression(line, col, codes, match.group(0)))
    return found


def _scalar_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    try:
        for token in yaml.scan(text, Loader=yaml.CSafeLoader):
            if isinstance(token, yaml.ScalarToken):
                spans.append((token.start_mark.index, token.end_mark.index))
    except yaml.YAMLError:
        pass  # the loader has reported it; count what was scanned
    return spans


def apply(findings: list[Diagnostic], suppressions: list[Suppression]) -> list[Diagnostic]:
    """The findings that no suppression on their line covers."""
    by_line: dict[int, list[Suppression]] = {}
    for s in suppressions:
        by_line.setdefault(s.line, []).append(s)
    kept = []
    for finding in findings:
        covered = False
        for s in by_line.get(finding.line, ()):
            if s.codes is None or matches(finding.code, s.codes):
                s.used = True
                covered = True
        if not covered:
            kept.append(finding)
    return kept
