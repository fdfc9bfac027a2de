"""YAML nodes -> plain data, guided by the model's field types.

* a text field gets the scalar exactly as written, so YAML 1.1's surprises
  (``No`` -> false, ``1.10`` -> 1.1, bare dates) never corrupt text;
* a number, boolean or date field gets YAML's resolved value;
* ``x-`` keys are dropped, unknown keys reported with a suggestion, duplicate
  keys reported, an empty (null) optional field treated as absent;
* aliases are expanded on a budget, so an alias bomb is an error, not a hang.
"""

from __future__ import annotations

import types
import typing
from dataclasses import dataclass
from typing import Any, Literal, get_args, get_origin

import yaml
from pydantic import BaseModel
from yaml.constructor import SafeConstructor
from yaml.resolver import Resolver

from journeyctl.base.diagnostics import Diagnostic, Path, closest
from journeyctl.format.model import Journey
from journeyctl.load.source import MAPPING, SCALAR, SEQUENCE, Node

_TAG = "tag:yaml.org,2002:"
_STANDARD_TAGS = {_TAG + t for t in ("str", "int", "float", "bool", "null", "timestamp", "seq", "map")}
_NULLS = {"", "~", "null", "Null", "NULL"}


# --------------------------------------------------------------------------
# Field kinds: what the converter should build for each field of each model.

_TEXT, _VALUE = "text", "value"


@dataclass(frozen=True)
class List:
    item: Any


def kind_of(annotation: Any) -> Any:
    """A model class, List(kind), _TEXT or _VALUE for a field annotation."""
    origin = get_origin(annotation)
    if origin is typing.Annotated:
        return kind_of(get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType):
        members = [a for a in get_args(annotation) if a is not type(None)]
        return kind_of(members[0]) if len(members) == 1 else _VALUE
    if origin is list:
        return List(kind_of(get_args(annotation)[0]))
    if origin is Literal:
        return _TEXT if all(isinstance(a, str) for a in get_args(annotation)) else _VALUE
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    if annotation is str:
        return _TEXT
    return _VALUE


_FIELD_KINDS: dict[type, dict[str, tuple[Any, bool]]] = {}


def _fields(model: type[BaseModel]) -> dict[str, tuple[Any, bool]]:
    """name -> (kind, required) for a model, computed once."""
    fields = _FIELD_KINDS.get(model)
    if fields is None:
        fields = {
            name: (kind_of(info.annotation), info.is_required())
            for name, info in model.model_fields.items()
        }
        _FIELD_KINDS[model] = fields
    return fields


# --------------------------------------------------------------------------
# Nodes -> data


class _Budget(Exception):
    pass


class Converter:
    def __init__(self, file: str, root: Node, nodes: int):
        self.file = file
        self.root = root
        self.diagnostics: list[Diagnostic] = []
        self.positions: dict[Path, tuple[int, int]] = {}
        # Keys reported as unknown, by the path of their mapping, for
        # silencing the "missing" error a misspelt required key would cause.
        self.suggested: dict[Path, set[str]] = {}
        # Aliases may repeat content, within reason: ten times the file's own
        # nodes is far beyond any real map and far below an alias bomb.
        self.budget = 10 * nodes + 10_000
        self.constructor = _Scalars()

    def run(self) -> dict | None:
        root = self.root
        if root.kind != MAPPING:
            what = "a list" if root.kind == SEQUENCE else "a single value"
            self._report(root, "S004", f"the top level is {what}; a journey map is a mapping that starts with `journeyctl: 1`")
            return None
        self.positions[()] = (root.line, root.col)
        try:
            return self._mapping(root, Journey, ())
        except _Budget:
            self.diagnostics.append(Diagnostic(
                self.file, root.line, root.col, "Y007",
                "the YAML aliases expand to far more data than the file holds (an alias bomb?); use fewer aliases",
            ))
            return None

    def _report(self, node: Node, code: str, message: str, path: Path = ()) -> None:
        self.diagnostics.append(Diagnostic(self.file, node.line, node.col, code, message, path))

    def _convert(self, node: Node, kind: Any, path: Path) -> Any:
        self.budget -= 1
        if self.budget < 0:
            raise _Budget
        self.positions[path] = (node.line, node.col)
        if node.tag is not None and node.tag not in _STANDARD_TAGS:
            self._report(node, "Y005", f"the YAML tag {_short_tag(node.tag)} is not allowed; a journey map holds plain text, numbers, lists and mappings", path)
            return INVALID
        if isinstance(kind, type):
            if node.kind == MAPPING:
                return self._mapping(node, kind, path)
        elif isinstance(kind, List):
            if node.kind == SEQUENCE:
                return [self._convert(item, kind.item, path + (i,)) for i, item in enumerate(node.value)]
        elif node.kind == SCALAR and kind is _TEXT:
            if node.plain and node.value in _NULLS:
                return None
            return node.value
        return self._untyped(node, path)

    def _untyped(self, node: Node, path: Path) -> Any:
        """A value of the wrong shape: enough of it for a clear type error."""
        if node.kind == MAPPING:
            return {}
        if node.kind == SEQUENCE:
            return []
        return self._scalar(node, path)

    def _scalar(self, node: Node, path: Path) -> Any:
        tag = node.tag
        if tag is None:
            tag = self.constructor.resolve(yaml.ScalarNode, node.value, (node.plain, False)) if node.plain else _TAG + "str"
        if tag == _TAG + "str":
            return node.value
        try:
            return self.constructor.construct_object(yaml.ScalarNode(tag, node.value), deep=True)
        except (ValueError, yaml.YAMLError):
            what = "date" if tag == _TAG + "timestamp" else tag.rsplit(":", 1)[-1]
            self._report(node, "S003", f"'{node.value}' is not a valid {what}", path)
            return INVALID

    def _mapping(self, node: Node, model: type[BaseModel], path: Path) -> dict:
        fields = _fields(model)
        out: dict[str, Any] = {}
        seen: dict[str, Node] = {}
        for key_node, value_node in _merged_pairs(node, self):
            if key_node.kind != SCALAR:
                self._report(key_node, "Y008", "a mapping key must be plain text, not a list or mapping", path)
                continue
            key = key_node.value
            if key in seen:
                first = seen[key]
                self._report(key_node, "Y002", f"duplicate key '{key}' (first at line {first.line}, column {first.col}); the first one is used", path + (key,))
                continue
            seen[key] = key_node
            if key.startswith("x-"):
                continue
            spec = fields.get(key)
            if spec is None:
                match = closest(key, fields)
                if match:
                    self.suggested.setdefault(path, set()).add(match)
                hint = f" (did you mean '{match}'?)" if match else ""
                self._report(key_node, "S001", f"unknown key '{key}'{hint}; extensions start with 'x-'", path + (key,))
                continue
            kind, required = spec
            if value_node.kind == SCALAR and value_node.plain and value_node.tag is None and value_node.value in _NULLS and not required:
                continue  # an empty optional field is an absent one
            out[key] = self._convert(value_node, kind, path + (key,))
        return out


class _Invalid:
    """A scalar that could not be constructed; already reported."""

    def __repr__(self) -> str:
        return "<invalid>"


INVALID = _Invalid()


def _merged_pairs(node: Node, converter: Converter) -> list[tuple[Node, Node]]:
    """A mapping's pairs with YAML merge keys (``<<: *base``) applied: merged
    pairs first, so the mapping's own keys override them."""
    pairs = node.value
    if not any(k.kind == SCALAR and k.value == "<<" and k.plain for k, _ in pairs):
        return pairs
    merged: list[tuple[Node, Node]] = []
    own: list[tuple[Node, Node]] = []
    for key, value in pairs:
        if key.kind == SCALAR and key.value == "<<" and key.plain:
            sources = value.value if value.kind == SEQUENCE else [value]
            for source in sources:
                if source.kind != MAPPING:
                    converter._report(source, "Y001", "a merge key (<<) takes a mapping or a list of mappings")
                    continue
                converter.budget -= len(source.value)
                merged.extend(_merged_pairs(source, converter))
        else:
            own.append((key, value))
    own_keys = {k.value for k, _ in own if k.kind == SCALAR}
    # A merged key is overridden by the mapping's own key, and by an earlier merge.
    result = own[:]
    taken = set(own_keys)
    for key, value in merged:
        if key.kind == SCALAR and key.value in taken:
            continue
        taken.add(key.value)
        result.append((key, value))
    return result


def _short_tag(tag: str) -> str:
    return "!!" + tag[len(_TAG):] if tag.startswith(_TAG) else tag


class _Scalars(SafeConstructor, Resolver):
    """YAML's safe resolution and construction of scalars (numbers,
    booleans, dates, null), without a parser."""

    def __init__(self) -> None:
        SafeConstructor.__init__(self)
        Resolver.__init__(self)

