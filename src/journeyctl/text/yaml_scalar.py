"""Writing YAML by hand, for the files journeyctl creates with comments in
them (``init``, ``import``): scalars that read back exactly as written."""

from __future__ import annotations

import re

_PLAIN_START = re.compile(r"^[^\s\-?:,\[\]{}#&*!|>'\"%@`0-9+.~]")
_YAML_WORDS = {"y", "n", "yes", "no", "on", "off", "true", "false", "null"}


def scalar(text: str) -> str:
    """A YAML scalar for ``text``: plain where that is safe, else double-quoted."""
    plain = (
        text
        and text == text.strip()
        and _PLAIN_START.match(text)
        and ": " not in text and " #" not in text and not text.endswith(":")
        and text.lower() not in _YAML_WORDS
        and text.isprintable()
    )
    return text if plain else quoted(text)


#: What a double-quoted YAML scalar cannot hold as it is: the quote and the
#: backslash, and every character YAML reads as a line break (LF, CR, NEL,
#: U+2028, U+2029) or does not allow in a stream (other controls, the BOM,
#: U+FFFE, U+FFFF).
_NOT_IN_QUOTES = re.compile('[\\\\"\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]')
_QUOTE_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r"}


def quoted(text: str) -> str:
    """``text`` as a double-quoted YAML scalar that reads back exactly, on one line."""
    def escape(match: re.Match) -> str:
        char = match.group()
        return _QUOTE_ESCAPES.get(char) or f"\\u{ord(char):04x}"

    return '"' + _NOT_IN_QUOTES.sub(escape, text) + '"'


#: Line breaks YAML knows (LF, CR, NEL, U+2028, U+2029), other controls, the
#: BOM, the non-characters and lone surrogates (a file name that is not UTF-8).
_BREAKS = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]")


def comment(text: str) -> str:
    """Text for a YAML ``#`` comment: on one line whatever it holds (line
    breaks, NEL, U+2028, controls and BOMs written as ``\\uXXXX``)."""
    return _BREAKS.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
