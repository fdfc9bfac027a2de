"""Lint settings from the nearest ``pyproject.toml`` and the command line.

``[tool.journeyctl.lint]`` (or the same keys directly under
``[tool.journeyctl]``) may hold:

    select = ["J1", "J201"]          # rules to run (codes or prefixes, or "ALL")
    ignore = ["J204"]                # rules not to run
    stale-days = 365                 # for J204
    per-file-ignores = {"maps/legacy/*.yaml" = ["J2"]}   # globs from the pyproject's folder

The nearest ``pyproject.toml`` is looked for from each map's folder upwards.
On the command line, ``--select`` replaces ``select``, ``--ignore`` adds to
``ignore`` and ``--stale-days`` replaces ``stale-days``.
"""

from __future__ import annotations

import fnmatch
import tomllib
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from journeyctl.lint import Settings, known_pattern

KEYS = {"select", "ignore", "stale-days", "per-file-ignores"}


class ConfigError(Exception):
    """A pyproject.toml whose journeyctl settings are wrong (exit code 2)."""


@dataclass(frozen=True)
class FileConfig:
    root: Path | None
    settings: Settings
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def for_file(self, path: Path) -> Settings:
        """The settings for one map, with its per-file ignores applied."""
        if not self.per_file_ignores or self.root is None:
            return self.settings
        try:
            relative = path.resolve().relative_to(self.root).as_posix()
        except ValueError:
            relative = path.as_posix()
        extra = [code for pattern, codes in self.per_file_ignores
                 if fnmatch.fnmatch(relative, pattern) or fnmatch.fnmatch(path.name, pattern) for code in codes]
        return replace(self.settings, ignore=self.settings.ignore + tuple(extra)) if extra else self.settings


@lru_cache(maxsize=None)
def nearest_pyproject(folder: Path) -> Path | None:
    """Cached by folder: the maps of one folder share the answer."""
    for candidate in [folder, *folder.parents]:
        file = candidate / "pyproject.toml"
        if file.is_file():
            return file
    return None


@lru_cache(maxsize=None)
def _read(pyproject: Path) -> tuple[dict, Path]:
    try:
        data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{pyproject}: {exc}") from None
    tool = data.get("tool", {}).get("journeyctl", {})
    section = dict(tool.get("lint", {}))
    for key in KEYS:
        if key in tool and key not in section:
            section[key] = tool[key]
    unknown = set(section) - KEYS
    if unknown:
        raise ConfigError(f"{pyproject}: unknown setting(s) in [tool.journeyctl.lint]: "
                          f"{', '.join(sorted(unknown))} (known: {', '.join(sorted(KEYS))})")
    return section, pyproject.parent.resolve()


def _codes(value, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where} must be a list of rule codes")
    return tuple(v.strip().upper() for v in value)


def load_config(map_path: Path, base: Settings, cli_select: tuple[str, ...] | None,
                cli_ignore: tuple[str, ...], cli_stale_days: int | None) -> FileConfig:
    pyproject = nearest_pyproject(map_path.resolve().parent)
    section, root = _read(pyproject) if pyproject else ({}, None)
    where = f"{pyproject}: [tool.journeyctl.lint]"
    select = _codes(section["select"], f"{where} select") if "select" in section else None
    ignore = _codes(section.get("ignore", []), f"{where} ignore")
    stale = section.get("stale-days", base.stale_days)
    if not isinstance(stale, int) or isinstance(stale, bool) or stale < 0:
        raise ConfigError(f"{where} stale-days must be a whole number of days")
    per_file = section.get("per-file-ignores", {})
    if not isinstance(per_file, dict):
        raise ConfigError(f"{where} per-file-ignores must be a table of glob = [codes]")
    per_file_ignores = tuple((pattern, _codes(codes, f"{where} per-file-ignores"))
                             for pattern, codes in sorted(per_file.items()))
    settings = replace(
        base,
        select=cli_select if cli_select is not None else select,
        ignore=ignore + cli_ignore,
        stale_days=cli_stale_days if cli_stale_days is not None else stale,
    )
    for pattern in (settings.select or ()) + settings.ignore + tuple(c for _, cs in per_file_ignores for c in cs):
        if not known_pattern(pattern):
            raise ConfigError(f"unknown rule code '{pattern}' (see journeyctl lint --list-rules)"
                              + (f", in {pyproject}" if pyproject and pattern not in (cli_select or ()) + cli_ignore else ""))
    return FileConfig(root, settings, per_file_ignores)
