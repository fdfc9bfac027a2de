"""Ids and references, checked on the converted data so that they are
reported even when other parts of the map are invalid.

Which fields define ids and which refer to them is read from the model
(:class:`~journeyctl.format.model.Defines` and
:class:`~journeyctl.format.model.RefersTo` in a field's metadata), so a new
kind of reference is declared on its field and checked here without a change.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from pydantic import BaseModel

from journeyctl.base.diagnostics import Diagnostic, Path, did_you_mean
from journeyctl.format.model import SLUG_PATTERN, Defines, Journey, RefersTo
from journeyctl.load.convert import List, OrId, field_kind

_SLUG = re.compile(SLUG_PATTERN)


@lru_cache(maxsize=None)
def _plan(model: type[BaseModel]) -> tuple[tuple[str, Any, str | None, str | None], ...]:
    """(field, kind, kind of id it defines, kind of id it refers to) per field
    that matters here: one that defines or refers to an id, or holds models
    that may (most fields are text: a step's are passed over without a look)."""
    out = []
    for name, info in model.model_fields.items():
        defines = refers = None
        for meta in _metadata(info):
            if isinstance(meta, Defines):
                defines = meta.kind
            elif isinstance(meta, RefersTo):
                refers = meta.kind
        kind = field_kind(info)
        kind = kind.model if isinstance(kind, OrId) else kind
        nested = isinstance(kind, type) or isinstance(kind, List) and isinstance(kind.item, type)
        if defines or refers or nested:
            out.append((name, kind, defines, refers))
    return tuple(out)


def _metadata(info) -> list[Any]:
    """A field's metadata, and that of its list items (``list[Annotated[...]]``)."""
    from typing import get_args

    found = list(info.metadata)
    stack = [info.annotation]
    while stack:
        annotation = stack.pop()
        for arg in get_args(annotation):
            if isinstance(arg, (Defines, RefersTo)):
                found.append(arg)
            elif not isinstance(arg, (str, int)):
                stack.append(arg)
    return found


def check(raw: dict, positions: dict[Path, tuple[int, int]], file: str,
          root: type[BaseModel] = Journey, hints: dict[str, list[str]] | None = None) -> list[Diagnostic]:
    """R001 for an id defined twice, R002 for a reference to no id (with
    ``hints``, ids defined elsewhere that it may have meant)."""
    out: list[Diagnostic] = []
    ids: dict[str, dict[str, Path]] = {}
    refs: list[tuple[str, str, Path]] = []  # (kind, id, path)

    def define(kind: str, value: Any, path: Path) -> None:
        seen = ids.setdefault(kind, {})
        if not isinstance(value, str) or not _SLUG.match(value):
            return
        if value in seen:
            first = positions.get(seen[value], (1, 1))
            line, col = positions.get(path, (1, 1))
            out.append(Diagnostic(file, line, col, "R001", f"duplicate {kind} id '{value}' (first used at line {first[0]}, column {first[1]})", path))
        else:
            seen[value] = path

    def refer(kind: str, value: Any, path: Path) -> None:
        ids.setdefault(kind, {})
        if isinstance(value, str) and _SLUG.match(value):
            refs.append((kind, value, path))

    # Depth first, in field order: ids are met in the order they are written.
    todo: list[tuple[Any, type[BaseModel], Path]] = [(raw, root, ())]
    while todo:
        data, model, path = todo.pop()
        if not isinstance(data, dict):
            continue
        nested: list[tuple[Any, type[BaseModel], Path]] = []
        for name, kind, defines, refers in _plan(model):
            if name not in data:
                continue
            value, where = data[name], path + (name,)
            if defines:
                define(defines, value, where)
            if refers:
                for item, item_path in _items(value, where, kind):
                    refer(refers, item, item_path)
            if isinstance(kind, type):
                nested.append((value, kind, where))
            elif isinstance(kind, List) and isinstance(kind.item, type) and isinstance(value, list):
                nested += [(item, kind.item, where + (i,)) for i, item in enumerate(value)]
        todo += reversed(nested)

    for kind, value, path in refs:
        known = ids[kind]
        if value not in known:
            line, col = positions.get(path, (1, 1))
            candidates = [*known, *(hints or {}).get(kind, ())]
            hint = did_you_mean(value, candidates) if candidates else f"; no {kind}s are defined"
            out.append(Diagnostic(file, line, col, "R002", f"unknown {kind} '{value}'{hint}", path))
    return out


def _items(value: Any, path: Path, kind: Any) -> list[tuple[Any, Path]]:
    if isinstance(kind, List):
        return [(item, path + (i,)) for i, item in enumerate(value)] if isinstance(value, list) else []
    return [(value, path)]
