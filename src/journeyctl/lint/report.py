"""Lint results in each output format: text, json, github, sarif, junit.

Each formatter takes the findings, sorted, and a :class:`Summary` and returns
the whole report as text. Every piece of map text (file names, paths in the
map, messages quoting the map) goes out through
:func:`~journeyctl.base.diagnostics.printable` (``Diagnostic.shown()``), in
every format: no finding can span two lines, forge another finding or a
workflow command, or send escape sequences to a terminal. Adding a format is one function and one entry in
``FORMATS``.
"""

from __future__ import annotations

import json
import os
import urllib.parse
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from journeyctl import __version__
from journeyctl.base.diagnostics import LOADER_CODES, Diagnostic, format_path, printable
from journeyctl.lint.engine import all_rules

SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"


@dataclass(frozen=True)
class Summary:
    files: int
    skipped: int
    #: Of ``files``, the library files (shared personas and touchpoints).
    library: int = 0

    @staticmethod
    def count(findings: list[Diagnostic]) -> tuple[int, int]:
        errors = sum(1 for f in findings if f.severity == "error")
        return errors, len(findings) - errors


def rule_name(code: str) -> str:
    rules = all_rules()
    return rules[code].name if code in rules else LOADER_CODES.get(code, "")


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def summary_line(findings: list[Diagnostic], summary: Summary) -> str:
    errors, warnings = Summary.count(findings)
    maps = _plural(summary.files - summary.library, "map")
    if summary.library:
        maps += f" and {_plural(summary.library, 'library file')}"
    if findings:
        return f"Found {_plural(errors, 'error')} and {_plural(warnings, 'warning')} in {maps}."
    return f"All checks passed ({maps})."


def text(findings: list[Diagnostic], summary: Summary) -> str:
    """One finding a line, then a summary line. (On a terminal the command
    line draws the findings with rich instead; see journeyctl.console.)"""
    lines = [str(d) for d in findings]  # str() shows the printable text
    lines.append(summary_line(findings, summary))
    return "\n".join(lines) + "\n"


def statistics(findings: list[Diagnostic]) -> list[tuple[int, str, str, str]]:
    """(count, code, name, severity) for every code found, most frequent first."""
    counts: dict[str, list[Diagnostic]] = {}
    for d in findings:
        counts.setdefault(d.code, []).append(d)
    rows = [(len(items), code, rule_name(code), items[0].severity) for code, items in counts.items()]
    return sorted(rows, key=lambda r: (-r[0], r[1]))


def as_json(findings: list[Diagnostic], summary: Summary) -> str:
    errors, warnings = Summary.count(findings)
    data = {
        "version": 1,
        "tool": {"name": "journeyctl", "version": __version__},
        "summary": {"files": summary.files, "skipped": summary.skipped, "errors": errors, "warnings": warnings},
        "findings": [
            {"file": d.file, "line": d.line, "column": d.col, "code": d.code, "name": rule_name(d.code),
             "severity": d.severity, "message": d.message, "path": format_path(d.path)}
            for d in (f.shown() for f in findings)
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


def github(findings: list[Diagnostic], summary: Summary) -> str:
    """GitHub Actions workflow commands: one annotation per finding."""
    lines = []
    for d in (f.shown() for f in findings):  # printable first, then GitHub's own escaping
        title = f"{d.code} {rule_name(d.code)}".strip()
        path = format_path(d.path)
        message = f"{path}: {d.message}" if path else d.message
        lines.append(f"::{d.severity} file={_escape_property(d.file)},line={d.line},col={d.col},"
                     f"title={_escape_property(title)}::{_escape_data(message)}")
    return "\n".join(lines) + ("\n" if lines else "")


def _uri(file: str) -> str:
    """A file as a URI reference: relative to the working folder where it can
    be, percent-encoded (a name may hold spaces, ``%``, controls, anything)."""
    path = Path(file)
    if path.is_absolute():
        try:
            path = path.relative_to(Path.cwd())
        except ValueError:
            return path.as_uri()
    return urllib.parse.quote(os.fsencode(path.as_posix()), safe="/!$&'()*+,;=@~")


def sarif(findings: list[Diagnostic], summary: Summary) -> str:
    rules = all_rules()
    described = [
        {"id": code, "name": r.name, "shortDescription": {"text": r.summary},
         "fullDescription": {"text": r.explanation},
         "defaultConfiguration": {"level": r.severity, "enabled": not r.opt_in}}
        for code, r in rules.items()
    ] + [
        {"id": code, "name": f"map-problem-{code.lower()}", "shortDescription": {"text": summary_text},
         "defaultConfiguration": {"level": "error"}}
        for code, summary_text in sorted(LOADER_CODES.items())
    ]
    index = {entry["id"]: i for i, entry in enumerate(described)}
    results = []
    for raw in findings:
        d = raw.shown()  # the URI is percent-encoded from the file's real name
        location = {"physicalLocation": {"artifactLocation": {"uri": _uri(raw.file)},
                                         "region": {"startLine": d.line, "startColumn": d.col}}}
        if d.path:
            location["logicalLocations"] = [{"fullyQualifiedName": format_path(d.path), "kind": "element"}]
        results.append({"ruleId": d.code, "ruleIndex": index[d.code], "level": d.severity,
                        "message": {"text": d.message}, "locations": [location]})
    log = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "journeyctl", "version": __version__, "semanticVersion": __version__,
                                "rules": described}},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"


def junit(findings: list[Diagnostic], summary: Summary, files: list[str] | None = None) -> str:
    """One test case per map: errors are failures, warnings go to system-out."""
    from xml.sax.saxutils import escape, quoteattr  # here: it imports urllib.request, ssl and email (10 ms)

    # printable() leaves nothing XML 1.0 cannot hold (controls, U+FFFE, U+FFFF,
    # lone surrogates); escape() and quoteattr() do the rest.
    by_file: dict[str, list[Diagnostic]] = {printable(name): [] for name in files or []}
    for d in (f.shown() for f in findings):
        by_file.setdefault(d.file, []).append(d)
    failures = sum(1 for items in by_file.values() if any(d.severity == "error" for d in items))
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           f'<testsuites name="journeyctl lint" tests="{len(by_file)}" failures="{failures}">',
           f'  <testsuite name="journeyctl lint" tests="{len(by_file)}" failures="{failures}" errors="0">']
    for name, items in by_file.items():
        out.append(f"    <testcase classname=\"journeyctl.lint\" name={quoteattr(name)}>")
        errors = [d for d in items if d.severity == "error"]
        warnings = [d for d in items if d.severity != "error"]
        if errors:
            body = escape("\n".join(str(d) for d in errors))
            out.append(f"      <failure message={quoteattr(_plural(len(errors), 'error'))} "
                       f"type={quoteattr(errors[0].code)}>{body}</failure>")
        if warnings:
            out.append(f"      <system-out>{escape(chr(10).join(str(d) for d in warnings))}</system-out>")
        out.append("    </testcase>")
    out += ["  </testsuite>", "</testsuites>"]
    return "\n".join(out) + "\n"


FORMATS: dict[str, Callable[..., str]] = {
    "text": text, "json": as_json, "github": github, "sarif": sarif, "junit": junit,
}


def report(findings: list[Diagnostic], summary: Summary, fmt: str, files: list[str] | None = None,
           statistics: bool = False) -> str:
    """The whole report in ``fmt``; with ``statistics``, the count of each
    code instead of each finding (text or json)."""
    if statistics:
        rows = globals()["statistics"](findings)
        if fmt == "json":
            data = [{"count": n, "code": c, "name": name, "severity": s} for n, c, name, s in rows]
            return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
        if fmt != "text":
            raise ValueError("statistics are written as text or json")
        width = max([len(name) for _, _, name, _ in rows] + [4])
        lines = [f"{'count':>5}  code  {'name'.ljust(width)}  severity"]
        lines += [f"{n:>5}  {c}  {name.ljust(width)}  {s}" for n, c, name, s in rows]
        return "\n".join(lines) + "\n"
    if fmt == "junit":
        return junit(findings, summary, files)
    return FORMATS[fmt](findings, summary)


def default_format() -> str:
    """github inside GitHub Actions, text everywhere else."""
    return "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"
