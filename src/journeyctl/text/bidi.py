"""Numbers in right-to-left text, marked so that they read left to right.

In Arabic, Hebrew or Persian text the Unicode bidirectional algorithm draws
a number's sign after it ("الرصيد يظهر 250−" for −250) and, after an Arabic
letter, the parts of a date or a time in reverse (02-10-2026 for 2026-10-02):
a sign or separator next to a number takes the direction around it. A
LEFT-TO-RIGHT MARK (U+200E) just before the number makes the number, its
sign and its separators one left-to-right run, as written. A plain number
(250) needs no mark and gets none.

The flow drawing (:mod:`journeyctl.render.dot`) marks its right-to-left
labels with :func:`mark_numbers`; the HTML map and blueprint mark user text
in elements whose direction the browser guesses from the text (``dir="auto"``,
``<bdi>``) with :func:`mark_numbers_auto`, which keeps that guess.
"""

from __future__ import annotations

import re
import unicodedata

#: Left-to-right mark and right-to-left mark.
LRM, RLM = "\u200e", "\u200f"
#: A number :func:`mark_numbers` may mark: a sign or separators inside (ASCII digits).
NUMBER = re.compile(r"[+\-\u2212\u00b1]?[0-9]+(?:[.,:/\-\u2212][0-9]+)*")
#: Isolate initiators (LRI, RLI, FSI) and their terminator (PDI).
_ISOLATES, _PDI = frozenset("\u2066\u2067\u2068"), "\u2069"


def mark_numbers(text: str) -> str:
    """``text`` with each signed number, or number with separators (−1, +2,
    10:30, 2026-08-30), marked left to right (:data:`LRM` before it): in
    right-to-left text its sign would otherwise be drawn after it ("1−")."""
    return NUMBER.sub(lambda m: m.group() if m.group().isdigit() else LRM + m.group(), text)


def first_strong(text: str) -> str | None:
    """``"ltr"`` or ``"rtl"``: the direction of the first strong character of
    ``text`` outside isolates (as the bidirectional algorithm, rule P2, and a
    browser's ``dir="auto"`` find it), or None when it has none."""
    depth = 0
    for c in text:
        if c in _ISOLATES:
            depth += 1
        elif c == _PDI:
            depth = max(depth - 1, 0)
        elif depth == 0:
            kind = unicodedata.bidirectional(c)
            if kind == "L":
                return "ltr"
            if kind in ("R", "AL"):
                return "rtl"
    return None


def mark_numbers_auto(text: str) -> str:
    """:func:`mark_numbers` for text whose direction is guessed from its first
    strong character (HTML ``dir="auto"``, ``<bdi>``): a text that starts with
    a marked number ("−250 ريالًا") would be guessed left to right from its
    mark, so it gets a :data:`RLM` first and stays right to left."""
    marked = mark_numbers(text)
    if marked != text and first_strong(text) == "rtl" and first_strong(marked) == "ltr":
        return RLM + marked
    return marked
