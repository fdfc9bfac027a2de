"""Load a journey map file: YAML nodes -> plain data -> validated model.

The conversion from nodes to data is guided by the model's field types:

* a text field gets the scalar exactly as written, so YAML 1.1's surprises
  (``No`` -> false, ``1.10`` -> 1.1, bare dates) never corrupt text;
* a number, boolean or date field gets YAML's resolved value;
* ``x-`` keys are dropped, unknown keys reported with a suggestion, duplicate
  keys reported, an empty (null) optional field treated as absent;
* aliases are expanded on a budget, so an alias bomb is an error, not a hang.

Then pydantic validates, its errors are turned into positioned diagnostics,
and ids and references are checked. Every problem found is reported at once.
"""

from __future__ import annotations

import gc
import re
import types
import typing
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path as FsPath
from typing import Any, Literal, get_args, get_origin

import yaml
from pydantic import BaseModel, ValidationError
from yaml.constructor import SafeConstructor
from yaml.resolver import Resolver

from journeyctl.diagnostics import Diagnostic, MapError, Path, closest, did_you_mean
from journeyctl.model import FORMAT_VERSION, SLUG_PATTERN, Journey
from journeyctl.yamlsource import MAPPING, SCALAR, SEQUENCE, Node, read

_TAG = "tag:yaml.org,2002:"
_STANDARD_TAGS = {_TAG + t for t in ("str", "int", "float", "bool", "null", "timestamp", "seq", "map")}
_SLUG = re.compile(SLUG_PATTERN)
_NULLS = {"", "~", "null", "Null", "NULL"}


@dataclass
class LoadedMap:
    """A valid map, with where each part of it stands in the file."""

    journey: Journey
    file: str
    text: str
    positions: dict[Path, tuple[int, int]] = field(repr=False)

    def position(self, path: Path) -> tuple[int, int]:
        """Line and column of the node at ``path``, or of its nearest parent."""
        while path not in self.positions and path:
            path = path[:-1]
        return self.positions.get(path, (1, 1))


def load(path: str | FsPath, display: str | None = None) -> LoadedMap:
    """Read and validate the map at ``path``; raise MapError with every problem."""
    path = FsPath(path)
    data = path.read_bytes()
    return load_bytes(data, display or str(path), default_id=default_id(path))


def default_id(path: FsPath) -> str:
    """The id of a map without one: its file name without extension
    (``onboarding.journey.yaml`` -> ``onboarding``), made into a slug."""
    name = path.name
    for suffix in (".yaml", ".yml", ".json"):
        if name.lower().endswith(suffix):
            name = name[: -len(suffix)]
            break
    if name.lower().endswith(".journey"):
        name = name[: -len(".journey")]
    return slugify(name) or "journey"


def slugify(text: str) -> str:
    """Lowercase ASCII letters and digits joined by hyphens."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def load_bytes(data: bytes, file: str, default_id: str = "journey") -> LoadedMap:
    # Everything built here stays alive until the map is returned, so the
    # cycle collector has nothing to find; pausing it saves a third of the time.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _load(data, file, default_id)
    finally:
        if was_enabled:
            gc.enable()


def _load(data: bytes, file: str, default_id: str) -> LoadedMap:
    source = read(data, file)
    if source.root is None:
        raise MapError(source.diagnostics)
    converter = _Converter(file, source.root, source.nodes)
    raw = converter.run()
    problems = converter.diagnostics
    if raw is None:
        raise MapError(problems)

    version = raw.get("journeyctl")
    if isinstance(version, int) and not isinstance(version, bool) and version != FORMAT_VERSION:
        line, col = converter.positions[("journeyctl",)]
        raise MapError([Diagnostic(
            file, line, col, "S004",
            f"format version {version} is not supported; this journeyctl reads version {FORMAT_VERSION}",
            ("journeyctl",),
        )])

    journey = None
    try:
        journey = Journey.model_validate(raw)
    except ValidationError as exc:
        problems += _translate(exc, converter, file)
    problems += _check_ids(raw, converter.positions, file)
    if problems:
        raise MapError(problems)
    assert journey is not None
    if journey.id is None:
        journey = journey.model_copy(update={"id": default_id})
    return LoadedMap(journey, file, source.text, converter.positions)


# --------------------------------------------------------------------------
# Field kinds: what the converter should build for each field of each model.

_TEXT, _VALUE = "text", "value"


@dataclass(frozen=True)
class _List:
    item: Any


def _kind(annotation: Any) -> Any:
    """A model class, _List(kind), _TEXT or _VALUE for a field annotation."""
    origin = get_origin(annotation)
    if origin is typing.Annotated:
        return _kind(get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType):
        members = [a for a in get_args(annotation) if a is not type(None)]
        return _kind(members[0]) if len(members) == 1 else _VALUE
    if origin is list:
        return _List(_kind(get_args(annotation)[0]))
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
            name: (_kind(info.annotation), info.is_required())
            for name, info in model.model_fields.items()
        }
        _FIELD_KINDS[model] = fields
    return fields


# --------------------------------------------------------------------------
# Nodes -> data


class _Budget(Exception):
    pass


class _Converter:
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
            return _INVALID
        if isinstance(kind, type):
            if node.kind == MAPPING:
                return self._mapping(node, kind, path)
        elif isinstance(kind, _List):
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
            return _INVALID

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


_INVALID = _Invalid()


def _merged_pairs(node: Node, converter: _Converter) -> list[tuple[Node, Node]]:
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

# --------------------------------------------------------------------------
# Pydantic errors -> diagnostics


def _translate(exc: ValidationError, converter: _Converter, file: str) -> list[Diagnostic]:
    out = []
    for error in exc.errors(include_url=False):
        loc: Path = tuple(error["loc"])
        kind = error["type"]
        value = error.get("input")
        if value is _INVALID:
            continue  # reported when it was read
        code, message = "S003", None
        if kind == "missing":
            name = loc[-1]
            parent = loc[:-1]
            if name in converter.suggested.get(parent, ()):
                continue  # the misspelt key was reported with this suggestion
            line, col = converter.positions.get(parent, (1, 1))
            if loc == ("journeyctl",):
                out.append(Diagnostic(file, line, col, "S004", "not a journey map: the top level needs `journeyctl: 1`", ()))
            else:
                out.append(Diagnostic(file, line, col, "S002", f"missing required field '{name}'", parent))
            continue
        line, col = converter.positions.get(loc, (1, 1))
        ctx = error.get("ctx") or {}
        if loc == ("journeyctl",):
            code, message = "S004", f"must be `journeyctl: {FORMAT_VERSION}` (the format version), got {_describe(value)}"
        elif kind == "string_pattern_mismatch":
            if ctx.get("pattern") == SLUG_PATTERN:
                code = "S005"
                suggestion = slugify(str(value))
                hint = f" (try '{suggestion}')" if suggestion else ""
                message = f"'{value}' is not a valid id: use lowercase letters, digits and hyphens, starting with a letter or digit{hint}"
            elif ctx.get("pattern") == r"\S":
                message = "must not be empty"
            else:
                message = f"'{value}' is not a valid BCP 47 language tag (like en, pt-BR, zh-Hant)" + (
                    f" (try '{value.replace('_', '-')}')" if "_" in str(value) else ""
                )
        elif kind == "literal_error":
            allowed = [a.strip("'") for a in re.findall(r"'[^']*'", ctx.get("expected", ""))]
            hint = did_you_mean(str(value), allowed) if isinstance(value, str) else ""
            message = f"must be one of {', '.join(allowed)}; got {_describe(value)}{hint}"
        elif kind in ("greater_than_equal", "less_than_equal"):
            message = f"must be an integer from -2 to 2, got {_describe(value)}" if loc[-1] == "emotion" else error["msg"]
        elif kind == "too_short":
            message = "needs at least one entry"
        elif kind == "value_error":
            message = str(ctx.get("error", error["msg"]))
        elif kind.endswith("_type") or kind in ("date_from_datetime_inexact", "date_from_datetime_parsing", "date_parsing"):
            message = f"expected {_expected(kind, loc)}, got {_describe(value)}"
        else:
            message = error["msg"]
        out.append(Diagnostic(file, line, col, code, message, loc))
    return out


_EXPECTED = {
    "string_type": "text",
    "int_type": "an integer",
    "bool_type": "true or false",
    "list_type": "a list",
    "model_type": "a mapping",
    "dict_type": "a mapping",
}


def _expected(kind: str, loc: Path) -> str:
    if loc and loc[-1] == "emotion":
        return "an integer from -2 to 2"
    if kind.startswith("date"):
        return "a date like 2026-10-01"
    return _EXPECTED.get(kind, kind.removesuffix("_type"))


def _describe(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, datetime):
        return f"the date and time {value.isoformat(' ')}"
    if isinstance(value, date):
        return f"the date {value.isoformat()}"
    if isinstance(value, str):
        return f"the text '{value}'"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return repr(value)


# --------------------------------------------------------------------------
# Ids and references, checked on the raw data so that they are reported even
# when other parts of the map are invalid.


def _check_ids(raw: dict, positions: dict[Path, tuple[int, int]], file: str) -> list[Diagnostic]:
    out: list[Diagnostic] = []
    ids: dict[str, dict[str, Path]] = {k: {} for k in ("stage", "step", "touchpoint", "barrier", "opportunity")}
    refs: list[tuple[str, str, Path]] = []  # (kind, id, path)

    def define(kind: str, item: Any, path: Path) -> None:
        if not isinstance(item, dict):
            return
        value = item.get("id")
        if not isinstance(value, str) or not _SLUG.match(value):
            return
        seen = ids[kind]
        if value in seen:
            first = positions.get(seen[value] + ("id",), (1, 1))
            line, col = positions.get(path + ("id",), (1, 1))
            out.append(Diagnostic(file, line, col, "R001", f"duplicate {kind} id '{value}' (first used at line {first[0]}, column {first[1]})", path + ("id",)))
        else:
            seen[value] = path

    def refer(kind: str, values: Any, path: Path) -> None:
        if isinstance(values, list):
            for i, value in enumerate(values):
                if isinstance(value, str) and _SLUG.match(value):
                    refs.append((kind, value, path + (i,)))

    for i, tp in enumerate(_list(raw.get("touchpoints"))):
        define("touchpoint", tp, ("touchpoints", i))
    for si, stage in enumerate(_list(raw.get("stages"))):
        sp: Path = ("stages", si)
        define("stage", stage, sp)
        if not isinstance(stage, dict):
            continue
        for ti, step in enumerate(_list(stage.get("steps"))):
            tp_path = sp + ("steps", ti)
            define("step", step, tp_path)
            if not isinstance(step, dict):
                continue
            refer("touchpoint", step.get("touchpoints"), tp_path + ("touchpoints",))
            refer("step", step.get("next"), tp_path + ("next",))
            for bi, barrier in enumerate(_list(step.get("barriers"))):
                define("barrier", barrier, tp_path + ("barriers", bi))
        for oi, opp in enumerate(_list(stage.get("opportunities"))):
            define("opportunity", opp, sp + ("opportunities", oi))
            if isinstance(opp, dict):
                refer("barrier", opp.get("addresses"), sp + ("opportunities", oi, "addresses"))

    for kind, value, path in refs:
        if value not in ids[kind]:
            line, col = positions.get(path, (1, 1))
            known = ids[kind]
            hint = did_you_mean(value, known) if known else f"; no {kind}s are defined"
            out.append(Diagnostic(file, line, col, "R002", f"unknown {kind} '{value}'{hint}", path))
    return out


def _list(value: Any) -> list:
    return value if isinstance(value, list) else []
