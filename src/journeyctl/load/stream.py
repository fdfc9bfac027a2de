"""The common case in one pass: libyaml's events straight to plain data.

Most maps hold no anchors, aliases, merge keys or tags, and are well-formed
YAML. For them, building a node tree (:mod:`~journeyctl.load.source`) and
walking it again (:mod:`~journeyctl.load.convert`) is a second pass where
one serves: here each event is converted as it comes, guided by the model,
with its position kept, and parts the model does not read are skipped
without being built.

Anything unusual (an anchor, an alias, a merge key, a tag, a key that is
not plain text, invalid YAML, a value or a nesting over the limits, a file
that is not a mapping or whose ``kind`` is not the one guessed) stops this
pass; the loader then takes the node path, which handles it all. So both
paths give the same data, positions and problems (a test holds them to it),
and the one-pass path stays small: it uses the converter's own rules for
scalars, nulls, unknown and duplicate keys.
"""

from __future__ import annotations

import re
from typing import Any

import yaml
from pydantic import BaseModel
from yaml.events import (
    DocumentEndEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)

from journeyctl.base.diagnostics import Path
from journeyctl.format.model import KINDS, Journey
from journeyctl.load.convert import _NULLS, _TEXT, Converter, Exact, List, OrId, fields_of
from journeyctl.load.source import MAX_DEPTH, MAX_SCALAR_CHARS, NODE_WEIGHT

#: A top-level ``kind: persona`` line: the model the file is read with (checked
#: against the ``kind`` key once it is read).
_KIND = re.compile(r"""(?m)^kind[ \t]*:[ \t]*(["']?)(journey|persona|touchpoints)\1[ \t]*(?:#.*)?$""")
_ENDS = (MappingEndEvent, SequenceEndEvent)
_STARTS = (MappingStartEvent, SequenceStartEvent)


class _NodePath(Exception):
    """This file needs the node path."""


def convert(text: str, file: str) -> Converter | None:
    """A converter that has converted ``text`` (its ``raw``, ``positions``
    and ``diagnostics`` filled), or None when the file needs the node path."""
    # a top-level `kind:` line is rare: look for it only where "kind" starts a line
    at = 0 if text.startswith("kind") else text.find("\nkind")
    guess = _KIND.search(text, at) if at >= 0 else None
    converter = Converter(file, None, len(text))
    converter.model = KINDS[guess.group(2)] if guess else Journey
    parser = yaml.CSafeLoader(text)
    try:
        converter.raw = _OnePass(parser, converter).run()
    except (_NodePath, yaml.YAMLError):
        return None
    finally:
        parser.dispose()
    return converter


class _OnePass:
    def __init__(self, parser: Any, converter: Converter):
        self.get = parser.get_event
        self.converter = converter
        self.positions = converter.positions
        self.depth = 0
        # What the node path would spend from the alias budget, at least: far
        # from its limit, or that path is taken (it reports Y007 the same way).
        self.weight = 0

    def run(self) -> dict:
        get = self.get
        get()  # StreamStartEvent
        if type(get()) is not DocumentStartEvent:
            raise _NodePath  # empty: Y004
        event = get()
        if type(event) is not MappingStartEvent:
            raise _NodePath  # the top level is not a mapping: S004
        self._plain_node(event)
        mark = event.start_mark
        self.positions[()] = (mark.line + 1, mark.column + 1)
        model = self.converter.model
        self.depth = 1
        raw = self._mapping(model, (), top=True)
        if type(get()) is not DocumentEndEvent or type(get()) is not StreamEndEvent:
            raise _NodePath  # a second document: Y001
        kind = raw.get("kind")
        if (KINDS[kind] if isinstance(kind, str) and kind in KINDS else Journey) is not model:
            raise _NodePath  # the kind guessed was not the file's
        if self.weight > self.converter.limit // 2:
            raise _NodePath
        return raw

    def _plain_node(self, event: Any) -> None:
        """Stop at what only the node path handles: anchors, tags, long values."""
        if event.anchor is not None or event.tag not in (None, "!"):
            raise _NodePath

    def _mapping(self, model: type[BaseModel], path: Path, top: bool = False) -> dict:
        converter, get, positions = self.converter, self.get, self.positions
        fields = fields_of(model)
        out: dict[str, Any] = {}
        seen: dict[str, Any] = {}  # key -> its event
        weight = 0
        while True:
            event = get()
            kind = type(event)
            if kind is MappingEndEvent:
                break
            if kind is not ScalarEvent or event.anchor is not None or event.tag is not None:
                raise _NodePath  # a key that is a collection (Y008), an alias, an anchor, a tag
            key = event.value
            if len(key) > MAX_SCALAR_CHARS or (key == "<<" and event.implicit[0]):
                raise _NodePath  # Y009, or a merge key
            weight += NODE_WEIGHT + len(key)
            if key in seen:
                first, mark = seen[key].start_mark, event.start_mark
                converter.duplicate_key(key, (first.line + 1, first.column + 1), mark.line + 1, mark.column + 1,
                                        path)
                self._skip(get())
                continue
            seen[key] = event  # its position is made only when one is reported
            spec = fields.get(key)
            if spec is None:  # unknown, or an extension (x-...: no field's name starts so)
                if not key.startswith("x-"):
                    mark = event.start_mark
                    converter.unknown_key(key, fields, mark.line + 1, mark.column + 1, path)
                self._skip(get())
                continue
            field_kind, required = spec
            value = get()
            if type(value) is ScalarEvent and value.anchor is None and value.tag is None:
                text = value.value
                null = text in _NULLS and value.implicit[0]
                if null and not required:
                    weight += NODE_WEIGHT
                    continue  # an empty optional field is an absent one
                if field_kind is _TEXT and len(text) <= MAX_SCALAR_CHARS:  # most values: text, at once
                    weight += NODE_WEIGHT + len(text)
                    mark = value.start_mark
                    positions[path + (key,)] = (mark.line + 1, mark.column + 1)
                    out[key] = None if null else text
                    continue
            out[key] = self._convert(value, field_kind, path + (key,))
        self.weight += weight
        if top and not seen.keys() & fields.keys():
            raise _NodePath  # other YAML: S004
        return out

    def _convert(self, event: Any, kind: Any, path: Path) -> Any:
        if event.anchor is not None or event.tag not in (None, "!"):
            raise _NodePath  # as _plain_node, inline: this runs for every value but most text
        mark = event.start_mark
        line, col = mark.line + 1, mark.column + 1
        self.positions[path] = (line, col)
        kind_of_event = type(event)
        if isinstance(kind, OrId):
            kind = _TEXT if kind_of_event is ScalarEvent else kind.model
        if kind_of_event is ScalarEvent:
            value = event.value
            if len(value) > MAX_SCALAR_CHARS:
                raise _NodePath
            self.weight += NODE_WEIGHT + len(value)
            plain = event.implicit[0]
            if kind is _TEXT:
                return None if plain and value in _NULLS else value
            scalar = self.converter.scalar(value, plain, None, line, col, path)
            return self.converter.exact(scalar, kind) if isinstance(kind, Exact) else scalar
        self.weight += NODE_WEIGHT
        if kind_of_event not in _STARTS:
            raise _NodePath  # an alias
        self._deeper()
        if isinstance(kind, type) and kind_of_event is MappingStartEvent:
            out: Any = self._mapping(kind, path)
        elif isinstance(kind, List) and kind_of_event is SequenceStartEvent:
            out, get, item, positions = [], self.get, kind.item, self.positions
            while True:
                child = get()
                child_kind = type(child)
                if child_kind is SequenceEndEvent:
                    break
                if (item is _TEXT and child_kind is ScalarEvent and child.anchor is None and child.tag is None
                        and len(child.value) <= MAX_SCALAR_CHARS):  # most items: text, at once (as _convert)
                    text, mark = child.value, child.start_mark
                    positions[path + (len(out),)] = (mark.line + 1, mark.column + 1)
                    self.weight += NODE_WEIGHT + len(text)
                    out.append(None if text in _NULLS and child.implicit[0] else text)
                    continue
                out.append(self._convert(child, item, path + (len(out),)))
        else:  # the wrong shape: enough of it for a clear type error
            self.depth -= 1
            self._skip(event)
            return {} if kind_of_event is MappingStartEvent else []
        self.depth -= 1
        return out

    def _deeper(self) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise _NodePath  # Y006

    def _skip(self, event: Any) -> None:
        """Pass over a value the model does not read (its events up to its
        end), still stopping at what the node path must report."""
        get, depth = self.get, self.depth
        while True:
            kind = type(event)
            if kind not in _ENDS:
                self._plain_node(event)
            if kind is ScalarEvent:
                if len(event.value) > MAX_SCALAR_CHARS:
                    raise _NodePath
            elif kind in _STARTS:
                self._deeper()
            elif kind in _ENDS:
                self.depth -= 1
            else:
                raise _NodePath  # an alias
            if self.depth == depth:
                return
            event = get()
