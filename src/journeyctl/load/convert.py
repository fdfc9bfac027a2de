"""YAML nodes -> plain data, guided by the model's field types.

* a text field gets the scalar exactly as written, so YAML 1.1's surprises
  (``No`` -> false, ``1.10`` -> 1.1, bare dates) never corrupt text;
* a number, boolean or date field gets YAML's resolved value;
* ``x-`` keys are dropped, unknown keys reported with a suggestion, duplicate
  keys reported, an empty (null) optional field treated as absent;
* aliases are expanded on a budget of characters, so an alias bomb is an
  error, not a hang or an exhausted memory: everything converted (each node,
  the characters of each scalar, each merged pair, each problem reported)
  is paid for, and the whole may weigh at most ten times what the file holds
  (at least 1 MiB);
* nothing recurses on the input: merge keys are followed with a loop, and
  the converter descends only as deep as the model does.
"""

from __future__ import annotations

import re
import types
import typing
from dataclasses import dataclass
from typing import Any, Literal, get_args, get_origin

import yaml
from pydantic import BaseModel
from yaml.constructor import SafeConstructor
from yaml.resolver import Resolver

from journeyctl.base.diagnostics import Diagnostic, Path, closest
from journeyctl.format.model import KINDS, Journey, Shared
from journeyctl.load.source import MAPPING, NODE_WEIGHT, SCALAR, SEQUENCE, Node

_TAG = "tag:yaml.org,2002:"
_STANDARD_TAGS = {_TAG + t for t in ("str", "int", "float", "bool", "null", "timestamp", "seq", "map")}
_NULLS = {"", "~", "null", "Null", "NULL"}
#: A plain decimal integer that YAML 1.1 reads as one (no leading zero: that is octal).
_PLAIN_INT = re.compile(r"[-+]?(?:0|[1-9][0-9]{0,30})")
#: Aliases may expand the file to this many times what it holds...
ALIAS_FACTOR = 10
#: ...and always to this many characters: a small file may repeat a lot.
MIN_ALIAS_BUDGET = 1024 * 1024
#: A number longer than this is refused before it is computed (PyYAML turns
#: ``1:2:3:...`` into a big integer in quadratic time).
MAX_NUMBER_CHARS = 100


# --------------------------------------------------------------------------
# Field kinds: what the converter should build for each field of each model.

_TEXT, _VALUE = "text", "value"


@dataclass(frozen=True)
class List:
    item: Any


@dataclass(frozen=True)
class Exact:
    """A literal that is not text (``journeyctl: 1``): the value must have
    the literal's own type, so ``true`` and ``1.0`` are not ``1``."""

    values: tuple


@dataclass(frozen=True)
class OrId:
    """A model that may be given as the id of a shared definition instead
    (``persona: olivia``): a mapping is the model, a scalar is text."""

    model: Any


class Mistyped:
    """A value of another type than its literal's, handed to validation so
    that it fails there, and reported with the value it holds."""

    __slots__ = ("value",)

    def __init__(self, value: Any):
        self.value = value

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"Mistyped({self.value!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Mistyped) and type(other.value) is type(self.value) and other.value == self.value

    __hash__ = None  # type: ignore[assignment]


def field_kind(info: Any) -> Any:
    """:func:`kind_of` a pydantic field, with its metadata: a model that may
    be named by a shared definition's id is OrId(model)."""
    kind = kind_of(info.annotation)
    if isinstance(kind, type) and any(isinstance(m, Shared) for m in info.metadata):
        return OrId(kind)
    return kind


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
        values = get_args(annotation)
        return _TEXT if all(isinstance(a, str) for a in values) else Exact(values)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    if annotation is str:
        return _TEXT
    return _VALUE


_FIELD_KINDS: dict[type, dict[str, tuple[Any, bool]]] = {}


def fields_of(model: type[BaseModel]) -> dict[str, tuple[Any, bool]]:
    """name -> (kind, required) for a model, computed once."""
    fields = _FIELD_KINDS.get(model)
    if fields is None:
        fields = {
            name: (field_kind(info), info.is_required())
            for name, info in model.model_fields.items()
        }
        _FIELD_KINDS[model] = fields
    return fields


# --------------------------------------------------------------------------
# Nodes -> data


class _Budget(Exception):
    pass


def shorten(text: str, limit: int = 60) -> str:
    """``text``, cut to ``limit`` characters for a message."""
    return text if len(text) <= limit else f"{text[:limit]}… ({len(text):,} characters)"


class Converter:
    """``nodes`` is what the file holds, in budget units
    (:attr:`journeyctl.load.source.Source.nodes`)."""

    def __init__(self, file: str, root: Node | None, nodes: int):
        self.file = file
        self.root = root
        self.diagnostics: list[Diagnostic] = []
        self.positions: dict[Path, tuple[int, int]] = {}
        # Keys reported as unknown, by the path of their mapping, for
        # silencing the "missing" error a misspelt required key would cause.
        self.suggested: dict[Path, set[str]] = {}
        # Aliases may repeat content, within reason: ten times what the file
        # holds is far beyond any real map and far below an alias bomb.
        self.limit = max(ALIAS_FACTOR * nodes, MIN_ALIAS_BUDGET)
        self.budget = self.limit
        self.constructor = _Scalars()
        #: What the file holds, from its ``kind`` (a map, or a library file).
        self.model: type[BaseModel] = Journey
        #: The converted data, once converted (:mod:`journeyctl.load.stream`).
        self.raw: dict | None = None

    def run(self) -> dict | None:
        root = self.root
        if root.kind != MAPPING:
            what = "a list" if root.kind == SEQUENCE else "a single value"
            self._report(root, "S004", f"the top level is {what}; a journey map is a mapping that starts with `journeyctl: 1`")
            return None
        self.positions[()] = (root.line, root.col)
        try:
            pairs = _merged_pairs(root, self)
            keys = {k.value for k, _ in pairs if k.kind is SCALAR}
            kind = next((v for k, v in pairs if k.kind is SCALAR and k.value == "kind"), None)
            if kind is not None and kind.kind is SCALAR and kind.value in KINDS:
                self.model = KINDS[kind.value]
            if not keys & set(fields_of(self.model)):
                # Other YAML (a workflow, a config): one problem, not one per key.
                self._report(root, "S004", "not a journey map: the top level needs `journeyctl: 1`")
                return None
            return self._mapping(root, self.model, (), pairs)
        except _Budget:
            self.diagnostics.append(Diagnostic(
                self.file, root.line, root.col, "Y007",
                f"the YAML aliases expand to more than {self.limit:,} characters, far more than the file "
                "holds (an alias bomb?); use fewer aliases",
            ))
            return None

    def spend(self, weight: int) -> None:
        """Pay for ``weight`` characters of converted data, or stop (Y007)."""
        self.budget -= weight
        if self.budget < 0:
            raise _Budget

    def _report(self, node: Node, code: str, message: str, path: Path = ()) -> None:
        self.report_at(node.line, node.col, code, message, path)

    def report_at(self, line: int, col: int, code: str, message: str, path: Path = ()) -> None:
        self.spend(len(message) + NODE_WEIGHT)
        self.diagnostics.append(Diagnostic(self.file, line, col, code, message, path))

    def unknown_key(self, key: str, fields: dict, line: int, col: int, path: Path) -> None:
        """S001 for ``key`` at ``path``, with the field it may have meant."""
        match = closest(key, fields)
        if match:
            self.suggested.setdefault(path, set()).add(match)
        hint = f" (did you mean '{match}'?)" if match else ""
        self.report_at(line, col, "S001", f"unknown key '{shorten(key)}'{hint}; extensions start with 'x-'", path + (key,))

    def duplicate_key(self, key: str, first: tuple[int, int], line: int, col: int, path: Path) -> None:
        self.report_at(line, col, "Y002", f"duplicate key '{shorten(key)}' (first at line {first[0]}, column {first[1]}); "
                       "the first one is used", path + (key,))

    def exact(self, value: Any, kind: Exact) -> Any:
        """A value for a literal that is not text: itself when it has the
        literal's type (validation checks the value), else Mistyped."""
        if value is INVALID or any(type(value) is type(v) for v in kind.values):
            return value
        return Mistyped(value)

    def _convert(self, node: Node, kind: Any, path: Path) -> Any:
        self.spend(NODE_WEIGHT + len(node.value) if node.kind is SCALAR else NODE_WEIGHT)
        self.positions[path] = (node.line, node.col)
        if node.tag is not None and node.tag not in _STANDARD_TAGS:
            self._report(node, "Y005", f"the YAML tag {_short_tag(node.tag)} is not allowed; a journey map holds plain text, numbers, lists and mappings", path)
            return INVALID
        if isinstance(kind, OrId):
            kind = _TEXT if node.kind == SCALAR else kind.model
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
        elif node.kind == SCALAR and isinstance(kind, Exact):
            return self.exact(self._scalar(node, path), kind)
        return self._untyped(node, path)

    def _untyped(self, node: Node, path: Path) -> Any:
        """A value of the wrong shape: enough of it for a clear type error."""
        if node.kind == MAPPING:
            return {}
        if node.kind == SEQUENCE:
            return []
        return self._scalar(node, path)

    def _scalar(self, node: Node, path: Path) -> Any:
        return self.scalar(node.value, node.plain, node.tag, node.line, node.col, path)

    def scalar(self, value: str, plain: bool, tag: str | None, line: int, col: int, path: Path) -> Any:
        """A scalar's value as YAML resolves it (a number, a date...), or
        INVALID, reported."""
        if tag is None and plain and _PLAIN_INT.fullmatch(value):
            return int(value)  # the common number (an emotion), as YAML's resolver and constructor make it
        if tag is None:
            tag = self.constructor.resolve(yaml.ScalarNode, value, (plain, False)) if plain else _TAG + "str"
        if tag == _TAG + "str":
            return value
        if tag in (_TAG + "int", _TAG + "float") and len(value) > MAX_NUMBER_CHARS:
            self.report_at(line, col, "S003", f"'{shorten(value)}' is too long to be a number", path)
            return INVALID
        try:
            return self.constructor.construct_object(yaml.ScalarNode(tag, value), deep=True)
        except (ValueError, yaml.YAMLError):
            what = "date" if tag == _TAG + "timestamp" else tag.rsplit(":", 1)[-1]
            self.report_at(line, col, "S003", f"'{shorten(value)}' is not a valid {what}", path)
            return INVALID

    def _mapping(self, node: Node, model: type[BaseModel], path: Path,
                 pairs: list[tuple[Node, Node]] | None = None) -> dict:
        fields = fields_of(model)
        out: dict[str, Any] = {}
        seen: dict[str, Node] = {}
        for key_node, value_node in _merged_pairs(node, self) if pairs is None else pairs:
            self.spend(NODE_WEIGHT + len(key_node.value) if key_node.kind is SCALAR else NODE_WEIGHT)
            if key_node.kind != SCALAR:
                self._report(key_node, "Y008", "a mapping key must be plain text, not a list or mapping", path)
                continue
            key = key_node.value
            if key in seen:
                first = seen[key]
                self.duplicate_key(key, (first.line, first.col), key_node.line, key_node.col, path)
                continue
            seen[key] = key_node
            if key.startswith("x-"):
                continue
            spec = fields.get(key)
            if spec is None:
                self.unknown_key(key, fields, key_node.line, key_node.col, path)
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


def _is_merge(key: Node) -> bool:
    return key.kind is SCALAR and key.plain and key.value == "<<"


def _merged_pairs(node: Node, converter: Converter) -> list[tuple[Node, Node]]:
    """A mapping's pairs with YAML merge keys (``<<: *base``) applied: the
    mapping's own pairs first, then those of its merge sources, each with
    its own merges, in order; a key already taken is overridden.

    That is the order of a depth-first walk of the merges, done with a
    stack, not recursion (a chain of thousands of merges is a valid file);
    a mapping merged twice adds nothing the second time. Each pair looked
    at is paid for from the converter's budget."""
    pairs = node.value
    if not any(_is_merge(k) for k, _ in pairs):
        return pairs
    result: list[tuple[Node, Node]] = []
    taken: set[str] = set()
    done: set[int] = set()
    todo = [node]
    while todo:
        mapping = todo.pop()
        if id(mapping) in done:
            continue
        done.add(id(mapping))
        converter.spend(NODE_WEIGHT + len(mapping.value))
        sources: list[Node] = []
        own = mapping is node
        for key, value in mapping.value:
            if _is_merge(key):
                for source in value.value if value.kind is SEQUENCE else [value]:
                    if source.kind is MAPPING:
                        sources.append(source)
                    else:
                        converter._report(source, "Y001", "a merge key (<<) takes a mapping or a list of mappings")
            elif own:
                result.append((key, value))  # duplicates too: reported as Y002
            elif key.kind is not SCALAR:
                result.append((key, value))  # reported as Y008
            elif key.value not in taken:
                taken.add(key.value)
                result.append((key, value))
        if own:
            taken.update(k.value for k, _ in result if k.kind is SCALAR)
        todo.extend(reversed(sources))
    return result


def _short_tag(tag: str) -> str:
    return "!!" + tag[len(_TAG):] if tag.startswith(_TAG) else tag


class _Scalars(SafeConstructor, Resolver):
    """YAML's safe resolution and construction of scalars (numbers,
    booleans, dates, null), without a parser."""

    def __init__(self) -> None:
        SafeConstructor.__init__(self)
        Resolver.__init__(self)

