"""Lint settings: the nearest ``pyproject.toml`` and the command line,
merged in one place.

``[tool.journeyctl.lint]`` (or the same keys directly under
``[tool.journeyctl]``) may hold:

    select = ["J1", "J201"]          # rules to run (codes or prefixes, or "ALL")
    ignore = ["J204"]                # rules not to run
    per-file-ignores = {"maps/legacy/*.yaml" = ["J2"]}   # globs from the pyproject's folder
    stale-days = 365                 # any rule's option, by its name

    [tool.journeyctl.lint.rules.J204]   # or a rule's options under its code or name
    stale-days = 365

The nearest ``journeyctl.toml`` (the same keys under ``[lint]``), or
``pyproject.toml`` with a ``[tool.journeyctl]`` table, is looked for from
each map's folder upwards (:mod:`journeyctl.base.project`).
On the command line, ``--select`` replaces ``select``, ``--ignore`` adds to
``ignore``, and a rule option given there replaces the file's.
"""

from __future__ import annotations

import fnmatch
import json
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping

from journeyctl.base import project
from journeyctl.base.project import nearest_pyproject
from journeyctl.lint.engine import Rule, Settings, all_rules, known_pattern, option_names


KEYS = {"select", "ignore", "per-file-ignores", "rules"}


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
def _read(pyproject: Path) -> tuple[dict, Path]:
    try:
        tool = project.journeyctl_table(pyproject)
        section = dict(project.section(pyproject, "lint"))
    except project.ProjectError as exc:
        raise ConfigError(str(exc)) from None
    known = KEYS | set(option_names())
    for key in known:
        if key in tool and key not in section:
            section[key] = tool[key]
    unknown = set(section) - known
    if unknown:
        raise ConfigError(f"{pyproject}: unknown setting(s) in {project.table_name(pyproject, 'lint')}: "
                          f"{', '.join(sorted(unknown))} (known: {', '.join(sorted(known))})")
    return section, pyproject.parent.resolve()


def _codes(value, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where} must be a list of rule codes")
    codes = tuple(v.strip().upper() for v in value)
    if "" in codes:
        raise ConfigError(f"{where} holds an empty rule code")
    return codes


def _toml_key(key: str) -> str:
    """A key as it would be written in TOML, quoted when it must be."""
    return key if key.replace("-", "").replace("_", "").isalnum() and key.isascii() else json.dumps(key)


def check_option(rule: Rule, name: str, value: Any, where: str) -> Any:
    """A rule option's value, checked against the type of its default."""
    default = rule.options[name]
    if isinstance(default, bool):
        ok = isinstance(value, bool)
    elif isinstance(default, int):
        ok = isinstance(value, int) and not isinstance(value, bool) and value >= 0
    else:
        ok = isinstance(value, type(default))
    if not ok:
        what = "a whole number" if isinstance(default, int) and not isinstance(default, bool) else type(default).__name__
        unit = " of days" if name.endswith("-days") else ""
        raise ConfigError(f"{where} {name} must be {what}{unit}")
    return value


def _rule_options(section: Mapping[str, Any], where: str) -> dict[str, dict[str, Any]]:
    rules = all_rules()
    by_name = {r.name: r for r in rules.values()}
    owners = option_names()
    options: dict[str, dict[str, Any]] = {}
    for name, code in owners.items():
        if name in section:
            options.setdefault(code, {})[name] = check_option(rules[code], name, section[name], where)
    tables = section.get("rules", {})
    if not isinstance(tables, dict):
        raise ConfigError(f"{where} rules must be a table of rule options, by code or name")
    for key, table in sorted(tables.items()):
        rule = rules.get(key.upper()) or by_name.get(key)
        if rule is None:
            raise ConfigError(f"{where}: no rule '{key}' (see journeyctl lint --list-rules)")
        if not isinstance(table, dict):
            raise ConfigError(f"{where} rules.{key} must be a table of options")
        for name, value in table.items():
            if name not in rule.options:
                known = ", ".join(rule.options) or "none"
                raise ConfigError(f"{where} rules.{key}: {rule.code} has no option '{name}' (options: {known})")
            options.setdefault(rule.code, {})[name] = check_option(rule, name, value, where)
    return options


def load_config(map_path: Path, base: Settings, cli_select: tuple[str, ...] | None,
                cli_ignore: tuple[str, ...], cli_options: Mapping[str, Mapping[str, Any]] | None = None) -> FileConfig:
    """The settings for the maps near ``map_path``: ``base`` (today's date),
    the nearest pyproject.toml, then the command line."""
    pyproject = nearest_pyproject(project.real_folder(map_path))
    section, root = _read(pyproject) if pyproject else ({}, None)
    where = f"{pyproject}: {project.table_name(pyproject, 'lint')}" if pyproject else "lint settings"
    select = _codes(section["select"], f"{where} select") if "select" in section else None
    ignore = _codes(section.get("ignore", []), f"{where} ignore")
    per_file = section.get("per-file-ignores", {})
    if not isinstance(per_file, dict):
        raise ConfigError(f"{where} per-file-ignores must be a table of glob = [codes]")
    per_file_ignores = tuple((pattern, _codes(codes, f"{where} per-file-ignores.{_toml_key(pattern)}"))
                             for pattern, codes in sorted(per_file.items()))
    options = _rule_options(section, where)
    for code, given in (cli_options or {}).items():
        options[code] = {**options.get(code, {}), **given}
    settings = replace(
        base,
        select=cli_select if cli_select is not None else select,
        ignore=ignore + cli_ignore,
        options=options,
    )
    for pattern in (settings.select or ()) + settings.ignore + tuple(c for _, cs in per_file_ignores for c in cs):
        if not known_pattern(pattern):
            raise ConfigError(f"unknown rule code '{pattern}' (see journeyctl lint --list-rules)"
                              + (f", in {pyproject}" if pyproject and pattern not in (cli_select or ()) + cli_ignore else ""))
    return FileConfig(root, settings, per_file_ignores)
