"""Escaping user text for Markdown (CommonMark and GitHub's extensions), so
that it shows exactly as written: emphasis and code markers, brackets, raw
HTML, table pipes, ``$`` (GitHub renders math), entities, and block markers
such as a leading ``#`` or ``>``; a heading's closing ``#`` too
(:func:`heading`). Link and image targets are percent-encoded (:func:`url`)."""

from __future__ import annotations

import re
import urllib.parse

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


_CLOSING_HASHES = re.compile(r"(?<= )(#*)#$")


def heading(text: str) -> str:
    """User text for an ATX heading (``## text``): :func:`md`, and a trailing
    run of ``#`` after a space escaped, which Markdown would otherwise drop
    as the heading's optional closing sequence."""
    return _CLOSING_HASHES.sub(r"\1\\#", md(text))


#: What a URL keeps as it is: unreserved and reserved characters (RFC 3986),
#: less the parentheses, which would end a Markdown link, and ``&``, which
#: would start an entity reference there.
_URL_SAFE = "-._~:/?#[]@!$'*+,;="
_PERCENT = re.compile(r"%[0-9A-Fa-f]{2}")


def url(target: str) -> str:
    """A link or image target for ``(...)``, read back by Markdown exactly.

    A path (relative to the document) is a file's name, so everything but
    the letters, digits, ``-._~`` and ``/`` is percent-encoded: ``%``, ``:``,
    ``?``, ``#`` and ``\\`` included. An ``https://`` URL keeps its reserved
    characters and its ``%XX`` escapes, and ``&`` becomes ``&amp;``. Either
    way spaces, parentheses, ``<>``, line breaks, controls and other
    characters are percent-encoded (as UTF-8), so the target can neither
    end the link nor start a line of its own."""
    if not re.match(r"(?i)https://", target):
        return urllib.parse.quote(target, safe="/", errors="strict")
    out: list[str] = []
    i = 0
    while i < len(target):
        char = target[i]
        if char == "%" and _PERCENT.match(target, i):
            out.append(target[i:i + 3])
            i += 3
            continue
        if char == "&":
            out.append("&amp;")
        elif char.isascii() and (char.isalnum() or char in _URL_SAFE):
            out.append(char)
        else:
            out.append(urllib.parse.quote(char, safe=""))
        i += 1
    return "".join(out)
