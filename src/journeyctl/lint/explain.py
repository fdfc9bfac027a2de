"""The rules' documentation: ``lint --explain CODE`` and ``lint --list-rules``
(the README's rules table is this output)."""

from __future__ import annotations

from journeyctl.base.diagnostics import LOADER_CODES
from journeyctl.lint.engine import all_rules


def _sentence(text: str) -> str:
    return text[0].upper() + text[1:] + "."


def explanation(code: str) -> str | None:
    """The explanation of a rule or loader code, or None for an unknown code."""
    code = code.strip().upper()
    rules = all_rules()
    if code in rules:
        r = rules[code]
        default = "off unless selected" if r.opt_in else "on"
        options = "".join(f"\nOption {name}: {value} by default." for name, value in r.options.items())
        return f"{r.code} {r.name} ({r.severity}, {default})\n\n{_sentence(r.summary)}\n\n{r.doc}\n{options}"
    if code in LOADER_CODES:
        return (f"{code} (error, always on)\n\n{_sentence(LOADER_CODES[code])}\n\n"
                "A problem the loader finds makes the map unusable, so it is always reported and cannot be "
                "ignored; the message says what to change.\n")
    return None


def rules_table() -> str:
    """The rules as a Markdown table."""
    lines = ["| code | name | severity | what it finds |", "| --- | --- | --- | --- |"]
    for code, r in all_rules().items():
        severity = r.severity + (" (opt-in)" if r.opt_in else "")
        lines.append(f"| {code} | {r.name} | {severity} | {r.summary} |")
    return "\n".join(lines) + "\n"
