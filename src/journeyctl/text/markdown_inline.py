"""Escaping user text for Markdown (CommonMark and GitHub's extensions), so
that it shows exactly as written: emphasis and code markers, brackets, raw
HTML, table pipes, ``$`` (GitHub renders math), entities, and block markers
such as a leading ``#`` or ``>``."""

from __future__ import annotations

import re

_INLINE = re.compile(r"([\\`*_\[\]<>|~$&])")
_BLOCK_START = re.compile(r"^([#>+=-]|\d+[.)])")


def md(text: str) -> str:
    """User text as inline Markdown that shows exactly that text."""
    text = _INLINE.sub(r"\\\1", " ".join(text.split()))
    match = _BLOCK_START.match(text)
    if match:  # a line-start marker: escape its last character
        end = match.end() - 1
        text = text[:end] + "\\" + text[end:]
    return text
