"""Running a Graphviz layout program on DOT source.

``graphviz-pure`` (a pip dependency: a self-contained port of Graphviz that
writes the same bytes everywhere) lays out SVG and PNG. A system Graphviz
``dot`` can be chosen instead with ``--dot-binary`` or ``JOURNEYCTL_DOT``, and
is needed for PDF, which graphviz-pure does not write. A program that is
missing, fails or hangs is an :class:`ExternalToolError` (exit code 3).

The ``graphviz`` package builds the DOT (:mod:`journeyctl.render.dot`) but does
not run it: its ``pipe()`` runs a program called ``dot`` without a timeout,
while this runs ``graphviz-pure`` (or the chosen program) with one.

A PDF from Graphviz (cairo) carries the time it was made, and cairo 1.16
ignores ``SOURCE_DATE_EPOCH``: :func:`reproducible_pdf` rewrites its dates
to ``SOURCE_DATE_EPOCH`` (or the Unix epoch) and any document ``/ID`` to a
hash of the document, byte for byte in place, so the same map gives the
same PDF every time.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

from journeyctl.base.diagnostics import ExternalToolError

BUNDLED = "graphviz-pure"
ENVIRONMENT = "JOURNEYCTL_DOT"
TIMEOUT = 300
INSTALL_GRAPHVIZ = (
    "install Graphviz (Debian/Ubuntu: apt-get install graphviz; macOS: brew install graphviz; "
    "Windows: winget install graphviz) or give its dot with --dot-binary PATH"
)


def find_program(fmt: str, requested: str | None = None) -> str:
    """The layout program to run for ``fmt``: the one asked for
    (``--dot-binary``, then ``$JOURNEYCTL_DOT``), else graphviz-pure, or for
    PDF a system ``dot``."""
    requested = requested or os.environ.get(ENVIRONMENT) or None
    if requested:
        found = shutil.which(requested)
        if found is None:
            source = "--dot-binary" if requested != os.environ.get(ENVIRONMENT) else f"${ENVIRONMENT}"
            raise ExternalToolError(f"the layout program '{requested}' ({source}) was not found; {INSTALL_GRAPHVIZ}")
        return found
    if fmt == "pdf":
        found = shutil.which("dot")
        if found is None:
            raise ExternalToolError(
                f"PDF needs Graphviz's dot, which is not installed (graphviz-pure writes SVG and PNG, not PDF); "
                f"{INSTALL_GRAPHVIZ}; or render -f svg"
            )
        return found
    # Next to this interpreter first (a virtual environment's bin/), then PATH.
    beside = Path(sys.executable).parent / BUNDLED
    found = str(beside) if beside.exists() else shutil.which(BUNDLED)
    if found is None:
        raise ExternalToolError(
            f"{BUNDLED} is not installed (it comes with journeyctl: pip install {BUNDLED}); "
            f"or use a system Graphviz with --dot-binary dot"
        )
    return found


def run(program: str, source: str, fmt: str) -> bytes:
    """Lay out ``source`` with ``program`` and return the ``fmt`` output."""
    try:
        proc = subprocess.run(
            [program, f"-T{fmt}"], input=source.encode("utf-8"), capture_output=True, timeout=TIMEOUT,
        )
    except subprocess.TimeoutExpired:
        raise ExternalToolError(f"{program} did not finish within {TIMEOUT} seconds") from None
    except OSError as exc:
        raise ExternalToolError(f"cannot run {program}: {exc.strerror or exc}") from None
    if proc.returncode != 0 or not proc.stdout:
        message = " ".join(proc.stderr.decode("utf-8", "replace").split())[:500] or "no output"
        raise ExternalToolError(f"{Path(program).name} failed (exit code {proc.returncode}): {message}")
    return reproducible_pdf(proc.stdout) if fmt == "pdf" else proc.stdout


# ``/CreationDate (D:20261123193338Z)``, ``/ModDate (D:20261123193338+01'00')``.
_PDF_DATE = re.compile(rb"(/(?:CreationDate|ModDate)\s*\(D:)(\d{4,14})([^)]{0,16})\)")
# ``/ID [<hex> <hex>]`` in the trailer.
_PDF_ID = re.compile(rb"(/ID\s*\[\s*<)([0-9A-Fa-f]*)(>\s*<)([0-9A-Fa-f]*)(>\s*\])")
_MAX_EPOCH = 253402300799  # 9999-12-31T23:59:59Z


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
