"""Writing YAML by hand, for the files journeyctl creates with comments in
them (``init``, ``import``): scalars that read back exactly as written."""

from __future__ import annotations

import json
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
    return text if plain else json.dumps(text, ensure_ascii=False)


_BREAKS = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff]")


def comment(text: str) -> str:
    """Text for a YAML ``#`` comment: on one line whatever it holds (line
    breaks, NEL, U+2028, controls and BOMs written as ``\\uXXXX``)."""
    return _BREAKS.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
