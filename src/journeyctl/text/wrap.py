"""Wrapping label text to a width, in every script.

Lines break at spaces where there are spaces. A run of text longer than a
line (Thai, Lao, Chinese and Japanese write without spaces; a long URL) breaks
between grapheme clusters, never inside one, so a consonant keeps its vowel
and tone marks and an emoji sequence stays whole. For Thai and Lao, a break
never follows a leading vowel (เ แ โ ใ ไ) nor precedes a following vowel
(ะ า ำ), which keeps most syllables together without a dictionary. Wide
characters (CJK, emoji) count as two columns.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

_LEADING_VOWELS = frozenset("เแโใไເແໂໃໄ")
_FOLLOWING_VOWELS = frozenset("ะาำๅๆฯະາຳ")
ELLIPSIS = "…"


@lru_cache(maxsize=1)
def _grapheme_pattern():
    import regex

    return regex.compile(r"\X")


def graphemes(text: str) -> list[str]:
    return _grapheme_pattern().findall(text)


def width(text: str) -> int:
    """Display width in columns: wide characters 2, combining marks 0."""
    total = 0
    for cluster in graphemes(text):
        first = cluster[0]
        if unicodedata.east_asian_width(first) in ("W", "F"):
            total += 2
        elif unicodedata.category(first) in ("Mn", "Me", "Cf"):
            continue
        else:
            total += 1
    return total


def _units(word: str) -> list[str]:
    """Grapheme clusters, joined where a Thai or Lao syllable must not break."""
    units: list[str] = []
    for cluster in graphemes(word):
        if units and (units[-1][-1] in _LEADING_VOWELS or cluster[0] in _FOLLOWING_VOWELS):
            units[-1] += cluster
        else:
            units.append(cluster)
    return units


def wrap(text: str, columns: int = 28, max_lines: int | None = None) -> list[str]:
    """``text`` as lines of at most ``columns`` columns (a unit wider than a
    line stands alone). With ``max_lines``, the last line kept ends in "…"."""
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        lines.extend(_paragraph(" ".join(paragraph.split()), columns))
    if max_lines is not None and len(lines) > max_lines:
        lines = lines[:max_lines]
        last = lines[-1]
        while last and width(last) + 1 > columns:
            last = "".join(_units(last)[:-1])
        lines[-1] = last.rstrip() + ELLIPSIS
    return lines


def _paragraph(text: str, columns: int) -> list[str]:
    if not text:
        return [""]
    lines: list[str] = []
    current, current_width = "", 0
    for word in text.split(" "):
        word_width = width(word)
        if current and current_width + 1 + word_width <= columns:
            current, current_width = f"{current} {word}", current_width + 1 + word_width
            continue
        if current:
            lines.append(current)
            current, current_width = "", 0
        if word_width <= columns:
            current, current_width = word, word_width
            continue
        for unit in _units(word):  # a run longer than a line: break between units
            unit_width = width(unit)
            if current and current_width + unit_width > columns:
                lines.append(current)
                current, current_width = "", 0
            current, current_width = current + unit, current_width + unit_width
    if current:
        lines.append(current)
    return lines
