"""Read a YAML file into a tree of positioned nodes, safely.

libyaml (PyYAML's ``CSafeLoader``) tokenizes and parses; this module builds
the node tree from libyaml's events in a loop, not by recursion, so that
nesting is bounded (libyaml's own composer recurses on the C stack and crashes
the interpreter on a deeply nested file). Aliases are shared nodes here, never
copies: expanding them is the converter's job, on a budget.

Problems become :class:`~journeyctl.base.diagnostics.Diagnostic` objects with
1-based line and column; nothing here raises a YAML exception to the caller.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import yaml
from yaml.events import (
    AliasEvent,
    DocumentEndEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)

from journeyctl.base.diagnostics import Diagnostic
from journeyctl.base.files import MAX_MAP_BYTES

#: Deeper than any journey map needs (a barrier sits at depth 7), far below
#: what would strain memory or the stack.
MAX_DEPTH = 64
#: The largest file read as a map, in bytes (10 MiB; a map of 10,000 steps
#: is ~2 MiB): the same ceiling as the file reader's.
MAX_FILE_BYTES = MAX_MAP_BYTES
#: The longest single value (a scalar, key or text), in characters.
MAX_SCALAR_CHARS = 1024 * 1024
#: What one node weighs in the alias budget, beside the characters of its
#: text: its place in the converted data (see ``convert.Converter``).
NODE_WEIGHT = 8

SCALAR, SEQUENCE, MAPPING = "scalar", "sequence", "mapping"

# Characters YAML 1.1 does not allow in a stream (libyaml refuses them too):
# C0 and C1 controls other than tab, line feed, carriage return and NEL, the
# byte order mark anywhere but the start, and the non-characters FFFE/FFFF.
_FORBIDDEN = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufeff\ufffe\uffff]"
)
#: The ASCII characters that are not refused: tab, line ends and the printable ones.
_ASCII_TEXT = b"\t\n\r" + bytes(range(0x20, 0x7f))


class Node:
    """A YAML node: a scalar (``value`` is its text), a sequence (a list of
    nodes) or a mapping (a list of key/value node pairs), with its position."""

    __slots__ = ("kind", "tag", "value", "line", "col", "plain")

    def __init__(self, kind: str, tag: str | None, value, line: int, col: int, plain: bool):
        self.kind = kind
        self.tag = tag  # an explicit tag as written, or None when implicit
        self.value = value
        self.line = line
        self.col = col
        self.plain = plain  # a plain (unquoted) scalar, so its type is resolved

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"Node({self.kind}, {self.tag!r}, {self.line}:{self.col})"


@dataclass
class Source:
    """The outcome of reading one file."""

    file: str
    text: str
    root: Node | None
    diagnostics: list[Diagnostic]
    #: What the file holds, in the units of the alias budget: the larger of
    #: its length in characters and the weight of its distinct nodes (the
    #: characters of each scalar plus NODE_WEIGHT per node; an alias target
    #: counts once). The converter may expand aliases to ten times this.
    nodes: int = 0


def decode(data: bytes, file: str) -> tuple[str | None, list[Diagnostic]]:
    """UTF-8 bytes (a BOM is allowed) -> text, or a positioned Y003."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None, [_diag(file, 1, 1, "Y003", "the file is UTF-16; save it as UTF-8")]
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        start = exc.start
        line = data.count(b"\n", 0, start) + 1
        line_start = data.rfind(b"\n", 0, start) + 1
        col = len(data[line_start:start].decode("utf-8", "replace")) + 1
        if line == 1 and data.startswith(b"\xef\xbb\xbf"):
            col -= 1
        bad = data[start:exc.end].hex(" ")
        return None, [
            _diag(file, line, col, "Y003", f"the file is not valid UTF-8 (byte {bad}); save it as UTF-8")
        ]
    if data.isascii() and not data.translate(None, _ASCII_TEXT):
        return text, []  # the common case, told at once: ASCII with none of the characters refused
    bad_char = _FORBIDDEN.search(text)
    if bad_char:
        line, col = _position(text, bad_char.start())
        code = ord(bad_char.group())
        return None, [
            _diag(file, line, col, "Y003", f"character U+{code:04X} is not allowed in YAML; remove it")
        ]
    return text, []


def text_of(data: bytes, file: str) -> tuple[str | None, list[Diagnostic]]:
    """:func:`decode`, for a file of at most MAX_FILE_BYTES (else Y009)."""
    if len(data) > MAX_FILE_BYTES:
        return None, [_diag(
            file, 1, 1, "Y009",
            f"the file has {len(data):,} bytes; a journey map may be at most {_mib(MAX_FILE_BYTES)} "
            "(split it into several maps)",
        )]
    return decode(data, file)


def read(data: bytes, file: str) -> Source:
    """Decode and parse ``data``; ``root`` is None when there is a problem."""
    text, problems = text_of(data, file)
    if text is None:
        return Source(file, "", None, problems)
    return compose(text, file)


def compose(text: str, file: str) -> Source:
    """Parse decoded ``text`` into nodes; ``root`` is None when there is a problem."""
    try:
        root, weight = _compose(text, file)
    except _Stop as stop:
        return Source(file, text, None, [stop.diagnostic])
    if root is None:
        return Source(file, text, None, [_diag(file, 1, 1, "Y004", "the file is empty; a journey map starts with `journeyctl: 1`")])
    return Source(file, text, root, [], max(weight, len(text)))


def _mib(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MiB".replace(".0 MiB", " MiB")


class _Stop(Exception):
    def __init__(self, diagnostic: Diagnostic):
        self.diagnostic = diagnostic


def _compose(text: str, file: str) -> tuple[Node | None, int]:
    parser = yaml.CSafeLoader(text)
    try:
        return _build(parser, file)
    except yaml.MarkedYAMLError as exc:
        raise _Stop(_yaml_error(exc, text, file)) from None
    except yaml.reader.ReaderError as exc:  # pragma: no cover - decode() catches these first
        line, col = _position(text, exc.position)
        raise _Stop(_diag(file, line, col, "Y003", f"{exc.reason}")) from None
    finally:
        parser.dispose()


def _build(parser: yaml.CSafeLoader, file: str) -> tuple[Node | None, int]:
    get = parser.get_event
    get()  # StreamStartEvent
    event = get()
    if isinstance(event, StreamEndEvent):
        return None, 0
    assert isinstance(event, DocumentStartEvent)

    anchors: dict[str, Node] = {}
    # Each open collection: [node, pending mapping key or None].
    stack: list[list] = []
    root: Node | None = None
    weight = 0
    while True:
        event = get()
        kind = type(event)
        if kind is ScalarEvent:
            mark = event.start_mark
            if len(event.value) > MAX_SCALAR_CHARS:
                raise _Stop(_diag(
                    file, mark.line + 1, mark.column + 1, "Y009",
                    f"a value of {len(event.value):,} characters; a single value in a journey map "
                    f"may be at most {MAX_SCALAR_CHARS:,} characters",
                ))
            weight += NODE_WEIGHT + len(event.value)
            tag = None if event.tag in (None, "!") else event.tag
            node = Node(SCALAR, tag, event.value, mark.line + 1, mark.column + 1,
                        event.implicit[0] and tag is None)
            if event.anchor is not None:
                anchors[event.anchor] = node
        elif kind is SequenceStartEvent or kind is MappingStartEvent:
            weight += NODE_WEIGHT
            mark = event.start_mark
            if len(stack) >= MAX_DEPTH:
                raise _Stop(_diag(
                    file, mark.line + 1, mark.column + 1, "Y006",
                    f"the YAML is nested more than {MAX_DEPTH} levels deep; a journey map needs fewer than ten",
                ))
            tag = None if event.tag in (None, "!") else event.tag
            node = Node(SEQUENCE if kind is SequenceStartEvent else MAPPING, tag, [],
                        mark.line + 1, mark.column + 1, False)
            _attach(stack, node)
            # Registered at the end, so an alias inside its own anchor is undefined
            # (no cycles, no infinite data).
            stack.append([node, None, event.anchor])
            continue
        elif kind is SequenceEndEvent or kind is MappingEndEvent:
            node, _, anchor = stack.pop()
            if anchor is not None:
                anchors[anchor] = node
            if not stack:
                root = node
            continue
        elif kind is AliasEvent:
            node = anchors.get(event.anchor)
            if node is None:
                mark = event.start_mark
                raise _Stop(_diag(
                    file, mark.line + 1, mark.column + 1, "Y001",
                    f"the alias *{event.anchor} refers to no anchor defined before it",
                ))
        elif kind is DocumentEndEvent:
            break
        else:  # pragma: no cover - libyaml emits nothing else inside a document
            raise AssertionError(f"unexpected YAML event {event!r}")
        if stack:
            _attach(stack, node)
        else:
            root = node

    event = get()
    if not isinstance(event, StreamEndEvent):
        mark = event.start_mark
        raise _Stop(_diag(
            file, mark.line + 1, mark.column + 1, "Y001",
            "a second YAML document starts here; a file holds one map",
        ))
    return root, weight


def _attach(stack: list[list], node: Node) -> None:
    if not stack:
        return
    top = stack[-1]
    parent = top[0]
    if parent.kind is SEQUENCE:
        parent.value.append(node)
    elif top[1] is None:
        top[1] = node
    else:
        parent.value.append((top[1], node))
        top[1] = None


def _yaml_error(exc: yaml.MarkedYAMLError, text: str, file: str) -> Diagnostic:
    mark = exc.problem_mark or exc.context_mark
    line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    message = exc.problem or "invalid YAML"
    if exc.context and exc.context_mark and exc.context_mark is not mark:
        cm = exc.context_mark
        message = f"{message} ({exc.context} at {cm.line + 1}:{cm.column + 1})"
    elif exc.context:
        message = f"{exc.context}: {message}"
    offending = _char_at(text, line, col)
    if offending == "\t":
        message += "; YAML is indented with spaces, not tabs"
    return _diag(file, line, col, "Y001", message)


def _char_at(text: str, line: int, col: int) -> str:
    lines = text.split("\n", line)
    if len(lines) >= line:
        row = lines[line - 1]
        if 0 < col <= len(row):
            return row[col - 1]
    return ""


def _position(text: str, index: int) -> tuple[int, int]:
    line = text.count("\n", 0, index) + 1
    col = index - (text.rfind("\n", 0, index) + 1) + 1
    return line, col


def _diag(file: str, line: int, col: int, code: str, message: str) -> Diagnostic:
    return Diagnostic(file, line, col, code, message)
