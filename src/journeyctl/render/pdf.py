"""PDF that is the same bytes every time, and the sheets of paper a map is
printed on.

Both PDF writers put the time of the run into the document: Graphviz's cairo
(which ignores ``SOURCE_DATE_EPOCH`` in 1.16) and Chromium's Skia
(``/CreationDate`` and ``/ModDate``). :func:`reproducible_pdf` rewrites those
dates to ``SOURCE_DATE_EPOCH`` (or the Unix epoch) and any document ``/ID``
to a hash of the document, byte for byte in place, so the same map gives the
same PDF every time. ``/Producer`` and ``/Creator`` name the program and its
version, which do not change between runs.
"""

from __future__ import annotations

import hashlib
import os
import re
from datetime import datetime, timezone

#: ``--paper``: the sheets a map's PDF is printed on, landscape, as
#: (width, height) in millimetres (ISO 216 and ANSI).
PAPERS: dict[str, tuple[float, float]] = {
    "a4": (297, 210),
    "a3": (420, 297),
    "a2": (594, 420),
    "a1": (841, 594),
    "a0": (1189, 841),
    "letter": (279.4, 215.9),
    "tabloid": (431.8, 279.4),
}
DEFAULT_PAPER = "a3"
#: ``--fit``: ``width`` keeps the text at its size and continues on further
#: pages; ``page`` shrinks the whole map onto one sheet.
FITS = ("width", "page")
DEFAULT_FIT = "width"

# ``/CreationDate (D:20261123193338Z)``, ``/ModDate (D:20261123193338+01'00')``.
_PDF_DATE = re.compile(rb"(/(?:CreationDate|ModDate)\s*\(D:)(\d{4,14})([^)]{0,16})\)")
# ``/ID [<hex> <hex>]`` in the trailer.
_PDF_ID = re.compile(rb"(/ID\s*\[\s*<)([0-9A-Fa-f]*)(>\s*<)([0-9A-Fa-f]*)(>\s*\])")
_MAX_EPOCH = 253402300799  # 9999-12-31T23:59:59Z


def paper_points(paper: str) -> tuple[float, float]:
    """The landscape size of ``paper`` in PDF points (1/72 inch)."""
    width, height = PAPERS[paper]
    return width * 72 / 25.4, height * 72 / 25.4


def source_date() -> datetime:
    """``SOURCE_DATE_EPOCH`` (https://reproducible-builds.org/specs/source-date-epoch/)
    as a UTC time, or the Unix epoch when it is unset or not a valid number."""
    value = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    seconds = int(value) if value.isascii() and value.isdigit() else 0
    return datetime.fromtimestamp(min(seconds, _MAX_EPOCH), timezone.utc)


def reproducible_pdf(data: bytes) -> bytes:
    """A PDF with its creation and modification dates set to
    :func:`source_date` and its ``/ID`` derived from its content. Every value
    keeps its length (a time zone becomes UTC, ``+00'00'``), so the offsets in
    the cross-reference table stay right."""
    stamp = source_date().strftime("%Y%m%d%H%M%S").encode("ascii")

    def date(match: re.Match) -> bytes:
        digits = match.group(2)
        zone = match.group(3).translate(bytes.maketrans(b"0123456789-", b"0000000000+"))
        return match.group(1) + stamp[:len(digits)] + zone + b")"

    data = _PDF_DATE.sub(date, data)

    def identifier(match: re.Match) -> bytes:
        first, second = match.group(2), match.group(4)
        digest = hashlib.sha256(_PDF_ID.sub(lambda m: m.group(1) + m.group(3) + m.group(5), data)).hexdigest()
        digest = (digest * (1 + max(len(first), len(second)) // len(digest))).upper().encode("ascii")
        return match.group(1) + digest[:len(first)] + match.group(3) + digest[:len(second)] + match.group(5)

    return _PDF_ID.sub(identifier, data)
