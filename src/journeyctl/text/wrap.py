"""Wrapping label text to a width, in every script.

A paragraph that fits on its line is kept as it is. One that does not is
broken where the Unicode line-breaking algorithm (UAX #14) allows, as ICU
implements it (through ``icu4py``, imported only then): at spaces, after
hyphens and dashes, between CJK characters (not before closing punctuation,
nor, by default, before small kana), and in Thai, Lao, Khmer and Myanmar,
which are written without spaces, between the words of ICU's dictionaries
(the same breaks a browser makes), so a Thai word such as ธุรกิจ is not
split; a word the dictionary does not know, such as a new loanword, may be.
Lines are filled greedily, and the spaces a line ends in are dropped. A word
longer than a whole line (a long URL, a long compound) is broken between
grapheme clusters, never inside one, so a consonant keeps its vowel and tone
marks and an emoji sequence stays whole; a single cluster wider than the line
stands alone. Widths are display columns: wide characters (CJK, emoji) count
two, combining marks none.

``locale`` (the map's BCP 47 tag) selects ICU's tailoring for the language,
e.g. ``ja`` (small kana may start a line), ``ja-u-lb-strict`` or
``ja-u-lw-phrase``; without it ICU's root rules apply, which already break
Thai, Lao, Khmer and Myanmar by dictionary.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import accumulate

ELLIPSIS = "…"
#: White space that a line may break at: every kind but the no-break spaces.
_BREAKING_SPACE = re.compile(r"[^\S\u00a0\u2007\u202f]+")
#: Thai and Lao vowels written before the consonant they follow in speech
#: (Logical_Order_Exception): a cut text never ends in one before the "…".
_LEADING_VOWELS = frozenset("เแโใไເແໂໃໄ")
#: Locale tags handed to ICU; anything else gets the root rules.
_LOCALE = re.compile(r"[A-Za-z]{2,8}([-_][A-Za-z0-9]{1,8})*")
_SURROGATE = re.compile("[\ud800-\udfff]")


@lru_cache(maxsize=1)
def _grapheme_pattern():
    import regex

    return regex.compile(r"\X")


@lru_cache(maxsize=1)
def _line_breaker():
    """ICU's line break iterator class, imported on first use only: the
    import costs 10-40 ms, which a run with only short labels never pays.
    (icu4py cannot give an iterator new text, so each paragraph gets one.)"""
    from icu4py.breakers import LineBreaker

    return LineBreaker


def graphemes(text: str) -> list[str]:
    return _grapheme_pattern().findall(text)


@lru_cache(maxsize=8192)
def _cluster_width(cluster: str) -> int:
    first = cluster[0]
    if unicodedata.east_asian_width(first) in ("W", "F"):
        return 2
    if unicodedata.category(first) in ("Mn", "Me", "Cf"):
        return 0
    return 1


def width(text: str) -> int:
    """Display width in columns: wide characters 2, combining marks 0."""
    if text.isascii() and text.isprintable():  # one column a character
        return len(text)
    return sum(_cluster_width(cluster) for cluster in graphemes(text))


def wrap(text: str, columns: int = 28, max_lines: int | None = None, *,
         locale: str | None = None) -> list[str]:
    """``text`` as lines of at most ``columns`` columns (a unit wider than a
    line stands alone). With ``max_lines``, the last line kept ends in "…".

    Each line of ``text`` is a paragraph, its runs of white space folded to
    one space. ``locale`` is the text's language (BCP 47), for ICU's
    language tailorings of the line-breaking rules."""
    if max_lines is not None and max_lines < 1:
        return []
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        # No-break spaces (10\u00a0km) are kept: they are where a line must not break.
        folded = " ".join(part for part in _BREAKING_SPACE.split(paragraph) if part)
        lines.extend(_paragraph(folded, columns, locale))
    if max_lines is not None and len(lines) > max_lines:
        lines = lines[:max_lines]
        clusters = graphemes(lines[-1])
        while clusters and sum(map(_cluster_width, clusters)) + 1 > columns:
            clusters.pop()
        while clusters and (clusters[-1] == " " or clusters[-1] in _LEADING_VOWELS):
            clusters.pop()
        lines[-1] = "".join(clusters) + ELLIPSIS
    return lines


def _paragraph(text: str, columns: int, locale: str | None) -> list[str]:
    if width(text) <= columns:  # fits (or is empty): no need for ICU
        return [text]
    lines: list[str] = []
    current: list[str] = []  # the line's clusters, its trailing spaces included
    current_width = 0
    for segment in _segments(text, _icu_locale(locale)):
        body = len(segment)
        while body and segment[body - 1] == " ":
            body -= 1
        widths = [_cluster_width(cluster) for cluster in segment]
        body_width = sum(widths[:body])
        if current and current_width + body_width <= columns:
            current.extend(segment)
            current_width += sum(widths)
            continue
        if current:
            lines.append(_line(current))
            current, current_width = [], 0
        if body_width <= columns:
            current, current_width = list(segment), sum(widths)
            continue
        # A word longer than a whole line: break it between grapheme clusters.
        for cluster, cluster_width in zip(segment, widths):
            if current and cluster != " " and current_width + cluster_width > columns:
                lines.append(_line(current))
                current, current_width = [], 0
            current.append(cluster)
            current_width += cluster_width
    if current:
        lines.append(_line(current))
    return lines


def _line(clusters: list[str]) -> str:
    return "".join(clusters).rstrip(" ")


def _icu_locale(locale: str | None) -> str:
    return locale if locale and _LOCALE.fullmatch(locale) else ""


@lru_cache(maxsize=1024)
def _segments(text: str, locale: str) -> tuple[tuple[str, ...], ...]:
    """``text`` cut at its line break opportunities: each segment a tuple of
    grapheme clusters ending in the spaces that follow it. A break ICU allows
    inside a grapheme cluster is not taken."""
    # ICU reads UTF-8, which has no lone surrogates: U+FFFD stands in for each.
    breaks = set(accumulate(map(len, _line_breaker()(_SURROGATE.sub("\ufffd", text), locale))))
    segments: list[tuple[str, ...]] = []
    current: list[str] = []
    position = 0
    for cluster in graphemes(text):
        if current and position in breaks:
            segments.append(tuple(current))
            current = []
        current.append(cluster)
        position += len(cluster)
    if current:
        segments.append(tuple(current))
    return tuple(segments)
