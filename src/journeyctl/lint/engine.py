"""The lint engine: what a rule is, which rules run, and running them on a map.

A rule is a module under :mod:`journeyctl.lint.rules` (as in yamllint), with:

* ``CODE``, ``NAME``, ``SEVERITY`` (``error`` or ``warning``), ``SUMMARY``
  (one line), and optionally ``OPT_IN = True`` (off unless selected) and
  ``OPTIONS`` (its settings with their defaults, e.g. ``{"stale-days": 180}``);
* a docstring: the explanation that ``journeyctl lint --explain`` prints,
  with a failing and a passing example map that the tests run;
* ``check(ctx)``, yielding ``(path, message)`` for each problem, where
  ``path`` is the map path of the offending node. The engine positions each
  finding and gives it the rule's code and severity.

A rule with ``PORTFOLIO = True`` (J6xx) judges the maps of a portfolio
together, once per lint, in two steps (as pylint's map/reduce checkers):
``gather(loaded)``, where each map is linted (in a worker process when lint
spreads over several), returns what the rule needs of that map, small and
picklable (ids, names, :class:`Found` places); ``check(portfolio)``
receives a :class:`Portfolio` (each map's :class:`MapFacts`, with what it
gathered, and the library) and yields ``(Found, message)``, positioned in
whichever file the problem is in. A rule that needs no more of a map than
its file, id and shared names (:class:`MapFacts`) has no ``gather``. So
the maps themselves are never sent between processes nor held all at once.
It runs when lint is given a folder or the maps' project has a library.
Its examples are several files, each starting with a ``# file: NAME`` line.

A rule with ``AFTER_SUPPRESSIONS = True`` (J900) runs once the inline
suppressions have been applied and sees them in ``ctx.suppressions``. A rule
with ``MEASURED = True`` (J5xx) judges a map against its measurement
(``ctx.measurement``) and runs only on maps linted with one.

Loader problems (codes Y, S, R, F) come through the same channel; they make a
map unusable, so they are always reported and cannot be ignored.
"""

from __future__ import annotations

import inspect
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from types import ModuleType
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Mapping

from journeyctl.base.diagnostics import LOADER_CODES, Diagnostic, Path
from journeyctl.base.diagnostics import code_matches as matches
from journeyctl.format.model import Journey, Step
from journeyctl.lint import suppress
from journeyctl.load import Library, LoadedMap

if TYPE_CHECKING:  # measured maps only: its models cost 20 ms to build
    from journeyctl.format.measurement import Measurement

SEVERITIES = ("error", "warning")
_EXAMPLE = re.compile(r"^(Fails|Passes)\b[^\n]*:\n\n((?:(?: {4}[^\n]*)?\n)+)", re.MULTILINE)
_EVENTS = re.compile(r"^Events\b[^\n]*:\n\n((?:(?: {4}[^\n]*)?\n)+)", re.MULTILINE)


@dataclass(frozen=True)
class At:
    """Where a finding is when it is not at a node of the map (a comment):
    a rule may yield ``(At(line, col), message)`` instead of a map path."""

    line: int
    col: int


@dataclass(frozen=True)
class Example:
    fails: bool
    text: str  # a whole map
    #: For the rules that judge a map against what customers do (J5xx): the
    #: docstring's "Events" block, an event log as CSV rows without a header
    #: (customer_id,event,timestamp), measured with --min-count 1.
    events: str | None = None

    @property
    def files(self) -> dict[str, str]:
        """A portfolio rule's example: its files by name (``# file: NAME``
        lines start each); {} for a one-map example."""
        parts = re.split(r"(?m)^# file: (\S+)\n", self.text)
        return dict(zip(parts[1::2], parts[2::2])) if len(parts) > 1 else {}


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    severity: str
    summary: str
    check: Callable[["Context"], Iterable[tuple[Path, str]]]
    #: The docstring: why it matters, how to fix it, and the examples.
    doc: str
    #: Off unless selected (``--select`` or ``select`` in pyproject.toml).
    opt_in: bool = False
    #: The rule's own settings, with their defaults.
    options: Mapping[str, Any] = field(default_factory=dict)
    after_suppressions: bool = False
    #: Runs only on a map linted with its measurement (``--measured``, ``--events``).
    measured: bool = False
    #: Judges the maps of a portfolio together (``check(portfolio)``).
    portfolio: bool = False
    #: A portfolio rule's part taken where each map is linted (``gather(loaded)``).
    gather: Callable[[LoadedMap], Any] | None = None

    @classmethod
    def from_module(cls, module: ModuleType) -> Rule:
        rule = cls(
            code=module.CODE, name=module.NAME, severity=module.SEVERITY, summary=module.SUMMARY,
            check=module.check, doc=inspect.cleandoc(module.__doc__ or module.SUMMARY),
            opt_in=getattr(module, "OPT_IN", False), options=dict(getattr(module, "OPTIONS", {})),
            after_suppressions=getattr(module, "AFTER_SUPPRESSIONS", False),
            measured=getattr(module, "MEASURED", False),
            portfolio=getattr(module, "PORTFOLIO", False),
            gather=getattr(module, "gather", None),
        )
        if rule.severity not in SEVERITIES:
            raise ValueError(f"{module.__name__}: SEVERITY must be one of {SEVERITIES}")
        return rule

    @property
    def explanation(self) -> str:
        """The docstring without its examples."""
        return re.split(r"\n(?:Fails|Events)\b", self.doc, maxsplit=1)[0].strip()

    @property
    def examples(self) -> list[Example]:
        events = _EVENTS.search(self.doc + "\n")
        log = inspect.cleandoc(events.group(1)) + "\n" if events else None
        return [Example(kind == "Fails", inspect.cleandoc(body) + "\n", log)
                for kind, body in _EXAMPLE.findall(self.doc + "\n")]


@lru_cache(maxsize=1)
def _registry() -> dict[str, Rule]:
    from importlib import import_module

    from journeyctl.lint.rules import RULES

    rules: dict[str, Rule] = {}
    for name in RULES:
        rule = Rule.from_module(import_module(f"journeyctl.lint.rules.{name}"))
        if rule.code in rules:
            raise ValueError(f"rule code {rule.code} is registered twice")
        rules[rule.code] = rule
    return dict(sorted(rules.items()))


def all_rules() -> dict[str, Rule]:
    """Every rule, by code, in code order."""
    return dict(_registry())


def option_names() -> dict[str, str]:
    """Each rule option's name -> the code of the rule it belongs to."""
    return {name: code for code, rule in _registry().items() for name in rule.options}


@dataclass(frozen=True)
class Settings:
    """What to check and how, from the command line and pyproject.toml
    (merged in :mod:`journeyctl.lint.settings`)."""

    select: tuple[str, ...] | None = None  # None: the default rules
    ignore: tuple[str, ...] = ()
    #: Rule options given, by rule code; a rule's defaults fill the rest.
    options: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    today: date = field(default_factory=date.today)
    #: Measurements of maps (``journeyctl measure``), by map id: the J5xx
    #: rules judge a map against its own and skip maps without one.
    measurements: Mapping[str, Measurement] = field(default_factory=dict)

    def enabled(self, rules: dict[str, Rule]) -> set[str]:
        if self.select is None:
            chosen = {code for code, r in rules.items() if not r.opt_in}
        else:
            chosen = {code for code in rules if matches(code, self.select)}
        return {code for code in chosen if not matches(code, self.ignore)}


def known_pattern(pattern: str) -> bool:
    """Whether a --select/--ignore pattern names at least one rule or code."""
    codes = list(_registry()) + list(LOADER_CODES)
    return pattern == "ALL" or any(code.startswith(pattern) for code in codes)


@dataclass
class Context:
    """What a rule sees: the map, the settings, and (for rules that run after
    suppressions) the suppressions found and which rules ran."""

    loaded: LoadedMap
    settings: Settings
    rule: Rule | None = None
    enabled: frozenset[str] = frozenset()
    suppressions: list[suppress.Suppression] = field(default_factory=list)

    @property
    def journey(self) -> Journey:
        return self.loaded.journey

    @property
    def measurement(self) -> Measurement | None:
        """The map's measurement, when lint was given one."""
        return self.settings.measurements.get(self.loaded.journey.id or "")

    def option(self, name: str) -> Any:
        """The current rule's option ``name``: as set, or its default."""
        assert self.rule is not None
        given = self.settings.options.get(self.rule.code, {})
        return given[name] if name in given else self.rule.options[name]


def run(loaded: LoadedMap, settings: Settings, enabled: set[str]) -> list[Diagnostic]:
    """The findings of the enabled rules on one valid map, inline
    suppressions applied. Portfolio rules run in :func:`run_portfolio`."""
    rules = _registry()
    enabled = {code for code in enabled if not rules[code].portfolio}
    context = Context(loaded, settings, enabled=frozenset(enabled))
    findings: list[Diagnostic] = []
    later = []
    for code in sorted(enabled):
        rule = rules[code]
        if rule.measured and context.measurement is None:
            continue
        if rule.after_suppressions:
            later.append(rule)
        else:
            findings += _findings(rule, context)
    context.suppressions = suppress.find(loaded.text)
    if context.suppressions:
        findings = suppress.apply(findings, context.suppressions)
    for rule in later:
        findings += _findings(rule, context)
    return findings


def _findings(rule: Rule, context: Context) -> list[Diagnostic]:
    context.rule = rule
    loaded = context.loaded
    out = []
    for path, message in rule.check(context):
        if isinstance(path, At):
            line, col, path = path.line, path.col, ()
        else:
            line, col = loaded.position(path)
        out.append(Diagnostic(loaded.file, line, col, rule.code, message, path, rule.severity))
    return out


@dataclass(frozen=True)
class Found:
    """Where a portfolio rule's finding is: a file (a map or a library
    file), a line and a column, and the path in that file when known."""

    file: str
    line: int
    col: int
    path: Path = ()

    @classmethod
    def at(cls, loaded: LoadedMap, path: Path) -> Found:
        line, col = loaded.position(path)
        return cls(loaded.file, line, col, path)


@dataclass(frozen=True)
class MapFacts:
    """A valid map as the portfolio rules see it: its file, id and the ids
    it takes from the library (by kind), its inline suppressions, and what
    each portfolio rule gathered from it, by code."""

    file: str
    id: str
    shared: Mapping[str, tuple[str, ...]]
    suppressions: list[suppress.Suppression] = field(repr=False)
    gathered: Mapping[str, Any] = field(repr=False)


def gather(loaded: LoadedMap) -> MapFacts:
    """What the portfolio rules need of a map, taken where it is linted (by
    every portfolio rule: a rule off for this map may judge others by it)."""
    return MapFacts(loaded.file, loaded.journey.id or "", loaded.shared, suppress.find(loaded.text),
                    {code: rule.gather(loaded) for code, rule in _registry().items() if rule.gather is not None})


@dataclass
class Portfolio:
    """What a portfolio rule sees: the valid maps of the portfolio (in file
    order), its library when one is set up, and the settings."""

    maps: list[MapFacts]
    library: Library | None
    settings: Settings
    #: The files of the portfolio that did not load: what they name is unknown.
    broken: list[str] = field(default_factory=list)
    rule: Rule | None = None

    def option(self, name: str) -> Any:
        assert self.rule is not None
        given = self.settings.options.get(self.rule.code, {})
        return given[name] if name in given else self.rule.options[name]

    def gathered(self) -> list[tuple[MapFacts, Any]]:
        """Each map, with what the current rule's ``gather`` took from it."""
        assert self.rule is not None
        return [(m, m.gathered[self.rule.code]) for m in self.maps]


def run_portfolio(portfolio: Portfolio, enabled: set[str]) -> list[Diagnostic]:
    """The findings of the enabled portfolio rules, each map's inline
    suppressions applied to the findings in it."""
    rules = _registry()
    findings: list[Diagnostic] = []
    for code in sorted(enabled):
        rule = rules[code]
        if not rule.portfolio:
            continue
        portfolio.rule = rule
        findings += [Diagnostic(where.file, where.line, where.col, rule.code, message, where.path, rule.severity)
                     for where, message in rule.check(portfolio)]
    by_file = {m.file: m for m in portfolio.maps}
    out = []
    for file in sorted({f.file for f in findings}):
        mine = [f for f in findings if f.file == file]
        found = by_file[file].suppressions if file in by_file else []
        out += suppress.apply(mine, found) if found else mine
    return out


def steps(journey: Journey) -> Iterator[tuple[Path, Step]]:
    """Every step with its map path, in file order."""
    for si, stage in enumerate(journey.stages):
        for ti, step in enumerate(stage.steps):
            yield ("stages", si, "steps", ti), step
