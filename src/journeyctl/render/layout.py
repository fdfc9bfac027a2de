"""Running a Graphviz layout program on DOT source.

A system Graphviz ``dot`` on PATH lays out SVG, PNG and PDF where there is
one; otherwise ``graphviz-pure`` (a pip dependency: a self-contained port of
Graphviz with its own fonts, Tinos, Arimo and Cousine, that writes the same
bytes everywhere) lays out SVG and PNG. ``--dot-binary`` or
``JOURNEYCTL_DOT`` choose a program; ``JOURNEYCTL_DOT=graphviz-pure`` the
bundled one. PDF needs a system ``dot``, which graphviz-pure does not write. A program that is
missing, fails or hangs is an :class:`ExternalToolError` (exit code 3).

The ``graphviz`` package builds the DOT (:mod:`journeyctl.render.dot`) but does
not run it: its ``pipe()`` runs a program called ``dot`` without a timeout,
while this runs ``graphviz-pure`` (or the chosen program) with one.

A PDF from Graphviz (cairo) carries the time it was made:
:func:`journeyctl.render.pdf.reproducible_pdf` (shared with the browser's
PDF) makes it the same bytes every time.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from journeyctl.base.diagnostics import ExternalToolError
from journeyctl.render.pdf import reproducible_pdf, source_date  # noqa: F401 (kept importable from here)

BUNDLED = "graphviz-pure"
ENVIRONMENT = "JOURNEYCTL_DOT"
TIMEOUT = 300
INSTALL_GRAPHVIZ = (
    "install Graphviz (Debian/Ubuntu: apt-get install graphviz; macOS: brew install graphviz; "
    "Windows: winget install graphviz) or give its dot with --dot-binary PATH"
)


def find_program(fmt: str, requested: str | None = None) -> str:
    """The layout program to run for ``fmt``: the one asked for
    (``--dot-binary``, then ``$JOURNEYCTL_DOT``; ``graphviz-pure`` names the
    bundled one), else a system Graphviz ``dot`` on PATH, else graphviz-pure
    (for SVG and PNG; PDF needs a system ``dot``).

    A system Graphviz comes first because it measures text with the fonts the
    system has (fontconfig and pango), so bold Cyrillic and Greek fit their
    boxes and Thai or Arabic is drawn with a font that has it; graphviz-pure
    measures with its three bundled fonts only. The output depends on the
    program (and on the fonts installed): for the same bytes on every
    machine, set ``JOURNEYCTL_DOT=graphviz-pure``."""
    requested = requested or os.environ.get(ENVIRONMENT) or None
    if requested and requested != BUNDLED:
        found = shutil.which(requested)
        if found is None:
            source = "--dot-binary" if requested != os.environ.get(ENVIRONMENT) else f"${ENVIRONMENT}"
            raise ExternalToolError(f"the layout program '{requested}' ({source}) was not found; {INSTALL_GRAPHVIZ}")
        return found
    if requested is None:
        found = shutil.which("dot")
        if found is not None:
            return found
    if fmt == "pdf":
        raise ExternalToolError(
            f"PDF needs Graphviz's dot, which is not installed (graphviz-pure writes SVG and PNG, not PDF); "
            f"{INSTALL_GRAPHVIZ}; or render -f svg"
        )
    return bundled()


def bundled() -> str:
    """The path of graphviz-pure: next to this interpreter first (a virtual
    environment's bin/), then on PATH."""
    beside = Path(sys.executable).parent / BUNDLED
    found = str(beside) if beside.exists() else shutil.which(BUNDLED)
    if found is None:
        raise ExternalToolError(
            f"{BUNDLED} is not installed (it comes with journeyctl: pip install {BUNDLED}); "
            f"or install a system Graphviz ({INSTALL_GRAPHVIZ})"
        )
    return found


def is_bundled(program: str) -> bool:
    return Path(program).name == BUNDLED


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
