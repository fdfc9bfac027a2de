"""Linting many maps in one process: load, check, suppress, collect."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from journeyctl.diagnostics import Diagnostic, MapError, sort_diagnostics
from journeyctl.lint import Settings, all_rules, run
from journeyctl.lint import suppress
from journeyctl.lint.config import load_config
from journeyctl.lint.files import collect
from journeyctl.loader import load


@dataclass
class Result:
    findings: list[Diagnostic] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def check(paths: list[str], base: Settings, select: tuple[str, ...] | None, ignore: tuple[str, ...],
          stale_days: int | None, progress: Callable[[int, int], None] | None = None) -> Result:
    """Lint every map under ``paths``. Raises ConfigError for bad settings."""
    maps, skipped = collect(paths)
    result = Result(files=[str(p) for p in maps], skipped=[str(p) for p in skipped])
    rules = all_rules()
    for number, path in enumerate(maps, start=1):
        config = load_config(path, base, select, ignore, stale_days)
        settings = config.for_file(path)
        try:
            loaded = load(path)
        except MapError as exc:
            result.findings += exc.diagnostics  # loader problems: always reported
        except OSError as exc:
            result.findings.append(Diagnostic(str(path), 1, 1, "F001", f"cannot read the file: {exc.strerror or exc}"))
        else:
            enabled = settings.enabled(rules)
            findings = run(loaded, settings, enabled)
            suppressions = suppress.find(loaded.text)
            if suppressions:
                findings = suppress.apply(findings, suppressions)
                if "J900" in enabled:
                    findings += suppress.unused(loaded.file, suppressions, enabled - {"J900"})
            result.findings += findings
        if progress:
            progress(number, len(maps))
    result.findings = sort_diagnostics(result.findings)
    return result
