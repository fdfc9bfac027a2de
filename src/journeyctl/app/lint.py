"""Use case: lint the maps under some paths (files and folders)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping

from journeyctl.base.diagnostics import Diagnostic, MapError, printable, sort_diagnostics
from journeyctl.base.files import display_name
from journeyctl.lint.engine import Settings, all_rules, run
from journeyctl.lint.files import collect
from journeyctl.lint.settings import load_config
from journeyctl.load import load


@dataclass
class LintResult:
    findings: list[Diagnostic] = field(default_factory=list)
    #: The maps linted, and the YAML files skipped as not maps.
    files: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    #: Ids of the measurements given that measure none of the maps linted.
    unmatched: list[str] = field(default_factory=list)

    @property
    def errors(self) -> int:
        return sum(1 for f in self.findings if f.severity == "error")

    @property
    def warnings(self) -> int:
        return len(self.findings) - self.errors


def lint_paths(paths: list[str | Path], *, select: tuple[str, ...] | None = None, ignore: tuple[str, ...] = (),
               options: Mapping[str, Mapping[str, Any]] | None = None, base: Settings | None = None,
               progress: Callable[[int, int], None] | None = None, skip_non_maps: bool = False,
               measured: Iterable[str | Path] = (), events: str | None = None,
               warn: Callable[[str], None] | None = None) -> LintResult:
    """Lint every map under ``paths``. ``select``/``ignore``/``options``
    come from the command line and override pyproject.toml's. With
    ``skip_non_maps``, a file named in ``paths`` that does not look like a
    map is skipped (as in folders) rather than linted. Raises
    :class:`journeyctl.lint.settings.ConfigError` for bad settings.

    File names are reported as printable text: bytes that are not UTF-8
    are shown as ``\\xe9``. A file that cannot be read (not a regular file,
    larger than the limit, unreadable) is an F001 error at 1:1.

    ``measured`` are measurement files (``journeyctl measure -o``), each
    judged against the map it measures; with ``events``, each map that
    binds events is measured against that log first. The J5xx rules judge
    a map against its measurement. UsageProblem for a file that is not a
    measurement; EventsProblem and ExternalToolError as in measure."""
    from journeyctl.app.render import read_measurement

    base = base or Settings()
    measurements = {m.map: m for m in (read_measurement(p) for p in measured)}
    if measurements:
        base = replace(base, measurements={**base.measurements, **measurements})
    seen: set[str] = set()
    maps, skipped = collect([str(p) for p in paths], skip_non_maps=skip_non_maps)
    result = LintResult(files=[display_name(p) for p in maps], skipped=[display_name(p) for p in skipped])
    rules = all_rules()
    for number, path in enumerate(maps, start=1):
        settings = load_config(path, base, select, ignore, options).for_file(path)
        name = display_name(path)
        try:
            loaded = load(path, name)
        except MapError as exc:
            result.findings += exc.diagnostics  # loader problems: always reported
        except OSError as exc:
            result.findings.append(Diagnostic(name, 1, 1, "F001", f"cannot read the file: {exc.strerror or exc}"))
        else:
            seen.add(loaded.journey.id or "")
            if events is not None and any(p.step.events for p in loaded.journey.flow.steps):
                settings = replace(settings, measurements={
                    **settings.measurements, loaded.journey.id or "": _measure(path, events)})
            result.findings += run(loaded, settings, settings.enabled(rules))
        if progress:
            progress(number, len(maps))
    result.findings = sort_diagnostics(result.findings)
    result.unmatched = sorted(set(measurements) - seen)
    for name in result.unmatched if warn else ():
        warn(f"the measurement of map '{printable(name)}' measures none of the maps linted")
    return result


def _measure(path: Path, events: str):
    from journeyctl.app import measure as measuring

    return measuring.measure(measuring.request(str(path), events))
