"""The lint engine: rules, their selection, and running them on a map.

A rule is a function that takes a :class:`Context` and yields ``(path,
message)`` pairs, one per problem, where ``path`` is the map path of the
offending node; the engine turns each into a positioned Diagnostic with the
rule's code and severity. A rule is registered with :func:`rule`, and its
docstring is the long explanation that ``journeyctl lint --explain`` prints.

Adding a rule is one function in :mod:`journeyctl.lint.rules`:

    @rule("J999", "short-name", "warning", "one line about what is wrong")
    def short_name(ctx):
        \"\"\"Why it matters and how to fix it.\"\"\"
        for i, stage in enumerate(ctx.journey.stages):
            if ...:
                yield ("stages", i), "what is wrong with this stage"

Loader problems (codes Y, S, R, F) come through the same channel; they make a
map unusable, so they are always reported and cannot be ignored.
"""

from __future__ import annotations

import inspect
from dataclasses import dataclass, field
from datetime import date
from typing import Callable, Iterable, Iterator

from journeyctl.diagnostics import LOADER_CODES, Diagnostic, Path
from journeyctl.loader import LoadedMap
from journeyctl.model import Journey

SEVERITIES = ("error", "warning")


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    severity: str
    summary: str
    check: Callable[["Context"], Iterable[tuple[Path, str]]]
    #: Off unless selected (``--select`` or ``select`` in pyproject.toml).
    opt_in: bool = False

    @property
    def explanation(self) -> str:
        return inspect.cleandoc(self.check.__doc__ or self.summary)


RULES: dict[str, Rule] = {}


def rule(code: str, name: str, severity: str, summary: str, opt_in: bool = False):
    """Register a rule function under ``code``."""
    assert severity in SEVERITIES, severity

    def register(check):
        if code in RULES:
            raise ValueError(f"rule code {code} is registered twice")
        RULES[code] = Rule(code, name, severity, summary, check, opt_in)
        return check

    return register


def all_rules() -> dict[str, Rule]:
    from journeyctl.lint import rules  # noqa: F401  (registers the rules)

    return dict(sorted(RULES.items()))


@dataclass(frozen=True)
class Settings:
    """What to check and how, from the command line and pyproject.toml."""

    select: tuple[str, ...] | None = None  # None: the default rules
    ignore: tuple[str, ...] = ()
    stale_days: int = 180
    today: date = field(default_factory=date.today)

    def enabled(self, rules: dict[str, Rule]) -> set[str]:
        if self.select is None:
            chosen = {code for code, r in rules.items() if not r.opt_in}
        else:
            chosen = {code for code in rules if matches(code, self.select)}
        return {code for code in chosen if not matches(code, self.ignore)}


def matches(code: str, patterns: Iterable[str]) -> bool:
    """Whether ``code`` is one of ``patterns``: codes, prefixes, or ALL."""
    return any(p == "ALL" or code.startswith(p) for p in patterns)


def known_pattern(pattern: str) -> bool:
    """Whether a --select/--ignore pattern names at least one rule or code."""
    codes = list(all_rules()) + list(LOADER_CODES)
    return pattern == "ALL" or any(code.startswith(pattern) for code in codes)


@dataclass
class Context:
    loaded: LoadedMap
    settings: Settings

    @property
    def journey(self) -> Journey:
        return self.loaded.journey


def run(loaded: LoadedMap, settings: Settings, enabled: set[str]) -> list[Diagnostic]:
    """The findings of the enabled rules on one valid map."""
    rules = all_rules()
    context = Context(loaded, settings)
    findings: list[Diagnostic] = []
    for code in sorted(enabled):
        r = rules[code]
        for path, message in r.check(context):
            line, col = loaded.position(path)
            findings.append(Diagnostic(loaded.file, line, col, r.code, message, path, r.severity))
    return findings


def steps(journey: Journey) -> Iterator[tuple[Path, object]]:
    """Every step with its map path, in file order."""
    for si, stage in enumerate(journey.stages):
        for ti, step in enumerate(stage.steps):
            yield ("stages", si, "steps", ti), step
