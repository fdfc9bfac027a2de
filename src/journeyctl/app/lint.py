"""Use case: lint the maps under some paths (files and folders)."""

from __future__ import annotations

import inspect
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Mapping

from journeyctl.base.diagnostics import Diagnostic, MapError, sort_diagnostics
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

    @property
    def errors(self) -> int:
        return sum(1 for f in self.findings if f.severity == "error")

    @property
    def warnings(self) -> int:
        return len(self.findings) - self.errors


def lint_paths(paths: list[str | Path], *, select: tuple[str, ...] | None = None, ignore: tuple[str, ...] = (),
               options: Mapping[str, Mapping[str, Any]] | None = None, base: Settings | None = None,
               progress: Callable[[int, int], None] | None = None, skip_non_maps: bool = False) -> LintResult:
    """Lint every map under ``paths``. ``select``/``ignore``/``options``
    come from the command line and override pyproject.toml's. With
    ``skip_non_maps``, a file named in ``paths`` that does not look like a
    map is skipped (as in folders) rather than linted. Raises
    :class:`journeyctl.lint.settings.ConfigError` for bad settings.

    File names are reported as printable text: bytes that are not UTF-8
    are shown as ``\\xe9``. A file that cannot be read (not a regular file,
    larger than the limit, unreadable) is an F001 error at 1:1."""
    base = base or Settings()
    maps, skipped = _collect([str(p) for p in paths], skip_non_maps)
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
            result.findings += run(loaded, settings, settings.enabled(rules))
        if progress:
            progress(number, len(maps))
    result.findings = sort_diagnostics(result.findings)
    return result


def _collect(paths: list[str], skip_non_maps: bool):
    """lint.files.collect, with ``skip_non_maps`` where it takes it."""
    try:
        takes = "skip_non_maps" in inspect.signature(collect).parameters
    except (TypeError, ValueError):
        takes = False
    return collect(paths, skip_non_maps=skip_non_maps) if takes else collect(paths)
