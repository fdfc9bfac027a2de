"""Mermaid's ``journey`` diagram: writing its text safely, and reading it.

The grammar (mermaid's ``user-journey/parser/journey.jison``) is small and
unforgiving: ``#`` starts a comment anywhere, so does ``%%``; a title ends at
``#`` or ``;``; a section or task name ends at ``#``, ``:`` or ``;``; actors
are split at ``,``; and because the lexer takes the first rule that matches,
a task whose name begins with ``journey``, ``title``, ``section``,
``accTitle`` or ``accDescr`` (any case) is read as that keyword instead.

The lexer also skips whitespace before a token, and JavaScript's ``\\s``
includes the byte order mark U+FEFF, which Python does not count as
whitespace; it reads ``%`` where a token begins (a task name, say) as the
start of a comment, and anything followed by ``%%`` too; actors and the
accessible description are trimmed of that whitespace at both ends. Mermaid
swaps entity codes for placeholders (``ﬂ°°59¶ß``) before lexing and turns
``ﬂ°°``, ``ﬂ°`` and ``¶ß`` back into ``&#``, ``&`` and ``;`` when it draws,
so text that holds those sequences itself would change (``ﬂ`` before ``°``
is written by name, ``#fllig;``, so that no decoding pass rebuilds one).

Mermaid's own entity codes carry any character through: before lexing it
turns ``#59;`` (or ``#quot;``) into a placeholder, and decodes it when it
draws. :func:`encode` writes the troublesome characters that way, so every
map gives a diagram that Mermaid parses to exactly the text of the map;
:func:`parse` reads them back.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

#: Characters that end or break a piece of text somewhere in the grammar.
_ALWAYS = set("#;:<>")
_KEYWORD = re.compile(r"(journey|title|section|acctitle|accdescr)", re.IGNORECASE)
_ENTITY = re.compile(r"#(\w+);")
# Mermaid's placeholders for entity codes, as in its encodeEntities().
_PLACEHOLDER = re.compile("ﬂ°°(\\d+)¶ß|ﬂ°(\\w+)¶ß")


def _code(char: str) -> str:
    return f"#{ord(char)};"


#: Control characters: written as codes, so that the diagram (and the
#: Markdown around it, which turns NUL into U+FFFD) holds none.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
#: What JavaScript's ``\s`` (and ``String.trim()``) count as whitespace.
_JS_SPACE = frozenset("\t\n\v\f\r \xa0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff"
                      + "".join(map(chr, range(0x2000, 0x200B))))


#: Whitespace to Python or to JavaScript.
_SPACE_CHARS = "".join(sorted(_JS_SPACE | set("\x1c\x1d\x1e\x1f\x85")))


def _trim(text: str) -> str:
    """``text`` without whitespace at either end, as Python or JavaScript sees it."""
    return text.strip(_SPACE_CHARS)


def encode(text: str, actor: bool = False) -> str:
    """``text`` as one line of Mermaid journey text that reads back as itself.

    Newlines become spaces; ``# ; : < >`` (and ``,`` in an actor's name),
    control characters, a
    ``%`` next to another ``%`` or at the start, JavaScript whitespace (the
    BOM) at either end, and the ``ﬂ°`` and ``¶ß`` of Mermaid's placeholders
    are written as entity codes; so is the first letter of a leading
    keyword."""
    text = " ".join(text.split())
    last = len(text) - 1
    # The ends of the text that Mermaid would skip or trim as whitespace.
    lead = 0
    while lead <= last and text[lead] in _JS_SPACE:
        lead += 1
    trail = last
    while trail >= lead and text[trail] in _JS_SPACE:
        trail -= 1
    out = []
    for i, char in enumerate(text):
        following = text[i + 1:i + 2]
        coded = (
            char in _ALWAYS
            or _CONTROL.match(char)
            or (actor and char == ",")
            or (char == "%" and (i == 0 or text[i - 1] == "%" or following == "%"))
            or i < lead or i > trail
            or (char == "\xb6" and following == "\xdf")  # ¶ß
        )
        if char == "\ufb02" and following == "\xb0":
            # ﬂ° by name: a decoded number would rebuild the placeholder's
            # start, which a second decoding pass (Mermaid's) would then read.
            out.append("#fllig;")
        else:
            out.append(_code(char) if coded else char)
    result = "".join(out)
    if _KEYWORD.match(result):
        result = _code(result[0]) + result[1:]
    return result


def decode(text: str) -> str:
    """Mermaid entity codes (``#59;``, ``#quot;``) and placeholders -> characters."""

    def entity(match: re.Match) -> str:
        code = match.group(1)
        if code.isdigit():
            number = int(code)
            if 0xD800 <= number <= 0xDFFF:  # a lone surrogate is no character: shown as U+FFFD
                return "\ufffd"
            return chr(number) if number < 0x110000 else match.group(0)
        decoded = html.unescape(f"&{code};")
        return match.group(0) if decoded == f"&{code};" else decoded

    return _ENTITY.sub(entity, text)


#: A comment journeyctl writes before a task whose step has no emotion
#: (Mermaid needs a score, so 3 stands in for it).
NO_EMOTION = "%% journeyctl: no emotion"


@dataclass
class Task:
    name: str
    score: float
    actors: list[str]
    line: int
    no_emotion: bool = False


@dataclass
class Section:
    name: str
    line: int
    tasks: list[Task] = field(default_factory=list)


@dataclass
class Diagram:
    title: str | None = None
    acc_title: str | None = None
    acc_descr: str | None = None
    sections: list[Section] = field(default_factory=list)


class MermaidSyntaxError(Exception):
    def __init__(self, line: int, message: str):
        self.line = line
        self.message = message
        super().__init__(f"line {line}: {message}")


def parse(text: str) -> Diagram:
    """Read a Mermaid journey diagram, as Mermaid reads it."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    number = 0
    # Front matter (---\ntitle: ...\n---) may carry the title.
    diagram = Diagram()
    if lines and lines[0].strip() == "---":
        for number in range(1, len(lines)):
            if lines[number].strip() == "---":
                break
            key, _, value = lines[number].partition(":")
            if key.strip() == "title" and value.strip():
                diagram.title = value.strip().strip("\"'")
        else:
            raise MermaidSyntaxError(1, "front matter (---) is not closed")
        number += 1

    seen_journey = False
    pending_no_emotion = False
    multiline: list[str] | None = None
    multiline_start = 0
    for index in range(number, len(lines)):
        line_no = index + 1
        raw = lines[index]
        if multiline is not None:  # inside accDescr { ... }
            if "}" in raw:
                multiline.append(raw.split("}", 1)[0])
                diagram.acc_descr = _decode(" ".join(" ".join(multiline).split()))
                multiline = None
            else:
                multiline.append(raw)
            continue
        stripped = raw.strip()
        if stripped == NO_EMOTION:
            pending_no_emotion = True
            continue
        line = _strip_comments(_ENTITY.sub(lambda m: f"{_HASH}{m.group(1)}{_SEMI}", raw)).strip()
        if not line:
            continue
        if not seen_journey:
            # Mermaid itself only detects a lowercase 'journey'; any case is read here.
            if line.split("%%", 1)[0].strip().lower() != "journey":
                raise MermaidSyntaxError(line_no, "a Mermaid journey starts with the word 'journey'")
            seen_journey = True
            continue
        keyword = line.split(None, 1)[0].lower() if line.split() else ""
        if re.match(r"acctitle\s*:", line, re.IGNORECASE):
            diagram.acc_title = _decode(line.split(":", 1)[1].strip())
        elif re.match(r"accdescr\s*:", line, re.IGNORECASE):
            diagram.acc_descr = _decode(line.split(":", 1)[1].strip())
        elif re.match(r"accdescr\s*\{", line, re.IGNORECASE):
            rest = line.split("{", 1)[1]
            if "}" in rest:
                diagram.acc_descr = _decode(rest.split("}", 1)[0].strip())
            else:
                multiline, multiline_start = [rest], line_no
        elif keyword == "title" and len(line) > 5 and line[5].isspace():
            diagram.title = _decode(_until(line[6:], "#;").strip())
        elif keyword == "section" and len(line) > 7 and line[7].isspace():
            name = line[8:]
            if re.search(r"[:;]", name):
                raise MermaidSyntaxError(line_no, "a section name cannot hold ':' or ';' (write #58; or #59;)")
            diagram.sections.append(Section(_decode(name.strip()), line_no))
        else:
            diagram_task = _task(line, line_no)
            diagram_task.no_emotion = pending_no_emotion
            if not diagram.sections:
                diagram.sections.append(Section("", line_no))
            diagram.sections[-1].tasks.append(diagram_task)
        pending_no_emotion = False
    if multiline is not None:
        raise MermaidSyntaxError(multiline_start, "accDescr { is not closed with }")
    if not seen_journey:
        raise MermaidSyntaxError(max(1, number + 1), "no diagram: a Mermaid journey starts with the word 'journey'")
    return diagram


# Stand-ins for the '#' and ';' of entity codes while a line is read: lone
# surrogates, which text decoded from UTF-8 never holds.
_HASH, _SEMI = "\ud800", "\ud801"


def _strip_comments(line: str) -> str:
    """Remove comments as Mermaid's lexer skips them: ``%`` (but not ``%{``)
    where a token would begin, or any character but ``}`` followed by ``%%``
    there (the start of a line; titles, names and scores take ``%`` as
    text), and ``#`` anywhere."""
    start = line.lstrip(_SPACE_CHARS)
    if (start.startswith("%") and not start.startswith("%{")) or (start[1:3] == "%%" and start[:1] != "}"):
        return ""
    hash_at = line.find("#")
    return line if hash_at == -1 else line[:hash_at]


def _until(text: str, stops: str) -> str:
    for i, char in enumerate(text):
        if char in stops:
            return text[:i]
    return text


def _decode(text: str) -> str:
    return decode(text.replace(_HASH, "#").replace(_SEMI, ";"))


def _task(line: str, line_no: int) -> Task:
    if ";" in line:
        raise MermaidSyntaxError(line_no, "';' is not allowed in a journey diagram (write #59;)")
    name, colon, data = line.partition(":")
    if not colon:
        raise MermaidSyntaxError(line_no, f"expected 'task: score: actors', got '{line}'")
    if not _trim(name):
        raise MermaidSyntaxError(line_no, "a task needs a name before ':'")
    # Mermaid splits the data at every ':' and reads the first two pieces.
    score_text, _, actors = data.partition(":")
    actors = actors.split(":", 1)[0]
    try:
        score = float(score_text.strip())
    except ValueError:
        raise MermaidSyntaxError(line_no, f"the score '{score_text.strip()}' is not a number (use 1 to 5)") from None
    people = [_decode(_trim(a)) for a in actors.split(",")] if actors.strip() else []
    return Task(_decode(_trim(name)), score, [p for p in people if p], line_no)
