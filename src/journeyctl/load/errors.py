"""Pydantic's validation errors -> positioned diagnostics in plain words."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from pydantic import ValidationError

from journeyctl.base.diagnostics import Diagnostic, Path, did_you_mean
from journeyctl.format.model import FORMAT_VERSION, SLUG_PATTERN
from journeyctl.load.convert import INVALID, Converter, Mistyped, shorten
from journeyctl.load.names import slugify




def translate(exc: ValidationError, converter: Converter, file: str) -> list[Diagnostic]:
    out = []
    for error in exc.errors(include_url=False):
        loc: Path = tuple(error["loc"])
        kind = error["type"]
        value = error.get("input")
        if value is INVALID:
            continue  # reported when it was read
        if isinstance(value, Mistyped):
            value = value.value  # `journeyctl: true`: the value, for the message
        code, message = "S003", None
        if kind == "missing":
            name = loc[-1]
            parent = loc[:-1]
            if name in converter.suggested.get(parent, ()):
                continue  # the misspelt key was reported with this suggestion
            line, col = converter.positions.get(parent, (1, 1))
            if loc == ("journeyctl",):
                out.append(Diagnostic(file, line, col, "S004", "not a journey map: the top level needs `journeyctl: 1`", ()))
            else:
                out.append(Diagnostic(file, line, col, "S002", f"missing required field '{name}'", parent))
            continue
        line, col = converter.positions.get(loc, (1, 1))
        ctx = error.get("ctx") or {}
        if loc == ("journeyctl",):
            code, message = "S004", f"must be `journeyctl: {FORMAT_VERSION}` (the format version), got {_describe(value)}"
        elif kind == "string_pattern_mismatch":
            shown = shorten(str(value))
            if ctx.get("pattern") == SLUG_PATTERN:
                code = "S005"
                suggestion = shorten(slugify(str(value)))
                hint = f" (try '{suggestion}')" if suggestion else ""
                message = f"'{shown}' is not a valid id: use lowercase letters, digits and hyphens, starting with a letter or digit{hint}"
            elif ctx.get("pattern") == r"\S":
                message = "must not be empty"
            else:
                message = f"'{shown}' is not a valid BCP 47 language tag (like en, pt-BR, zh-Hant)" + (
                    f" (try '{value.replace('_', '-')}')" if "_" in str(value) else ""
                )
        elif kind == "literal_error":
            allowed = [a.strip("'") for a in re.findall(r"'[^']*'", ctx.get("expected", ""))]
            hint = did_you_mean(str(value), allowed) if isinstance(value, str) else ""
            message = f"must be one of {', '.join(allowed)}; got {_describe(value)}{hint}"
        elif kind in ("greater_than_equal", "less_than_equal"):
            message = f"must be an integer from -2 to 2, got {_describe(value)}" if loc[-1] == "emotion" else error["msg"]
        elif kind == "too_short":
            message = "needs at least one entry"
        elif kind == "value_error":
            message = str(ctx.get("error", error["msg"]))
        elif kind.endswith("_type") or kind in ("date_from_datetime_inexact", "date_from_datetime_parsing", "date_parsing"):
            message = f"expected {_expected(kind, loc)}, got {_describe(value)}"
        else:
            message = error["msg"]
        out.append(Diagnostic(file, line, col, code, message, loc))
    return out


_EXPECTED = {
    "string_type": "text",
    "int_type": "an integer",
    "bool_type": "true or false",
    "list_type": "a list",
    "model_type": "a mapping",
    "dict_type": "a mapping",
}


def _expected(kind: str, loc: Path) -> str:
    if loc and loc[-1] == "emotion":
        return "an integer from -2 to 2"
    if kind.startswith("date"):
        return "a date like 2026-10-01"
    return _EXPECTED.get(kind, kind.removesuffix("_type"))


def _describe(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int) and value.bit_length() > 200:
        return f"a number of {value.bit_length():,} bits"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, datetime):
        return f"the date and time {value.isoformat(' ')}"
    if isinstance(value, date):
        return f"the date {value.isoformat()}"
    if isinstance(value, str):
        return f"the text '{shorten(value)}'"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return repr(value)


