"""``-f svg``, ``-f png``, ``-f pdf``: the DOT graph laid out by Graphviz.

The graph is the one ``-f dot`` writes (see :mod:`journeyctl.render.dot`);
:mod:`journeyctl.render.layout` runs the layout program. ``-f png`` and
``-f pdf`` come here for the flow and touchpoints views, through
:mod:`journeyctl.render.views` (their map view is drawn by a browser).
"""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from typing import ClassVar

from graphviz import quoting

from journeyctl.render import layout
from journeyctl.format.model import Journey
from journeyctl.render import Renderer, RenderOptions
from journeyctl.base.diagnostics import ExternalToolError
from journeyctl.render.dot import BUNDLED_FONT, FONT, build

#: Scripts the fonts bundled with graphviz-pure (Tinos, Arimo, Cousine) draw.
_BUNDLED_SCRIPTS = {"LATIN", "GREEK", "CYRILLIC", "HEBREW"}


class _Laid(Renderer):
    fmt: ClassVar[str]
    settings: ClassVar[frozenset[str]] = frozenset({"graph", "dot_binary", "direction", "measured"})

    def render(self, journey: Journey, options: RenderOptions) -> bytes:
        source = build(journey, str(options.settings.get("graph") or "flow"),
                       str(options.settings.get("direction") or "auto"), options.settings.get("measured"))
        program = layout.find_program(self.fmt, options.settings.get("dot_binary"))
        pure = layout.is_bundled(program)
        if self.fmt != "svg":  # an SVG's text is drawn by its viewer
            missing = scripts_without_glyphs(source) if pure else scripts_without_fonts(source)
            if missing:
                raise ExternalToolError(_no_font_message(self.fmt, missing, pure))
        if not pure:
            return layout.run(program, source, self.fmt)
        # graphviz-pure measures only the fonts it bundles: lay out with Arimo,
        # then name the whole list (with its generic family) in the SVG.
        named, bundled = quoting.quote(FONT), quoting.quote(BUNDLED_FONT)
        data = layout.run(program, source.replace(f"fontname={named}", f"fontname={bundled}"), self.fmt)
        if self.fmt == "svg":
            data = data.replace(f'font-family="{BUNDLED_FONT}"'.encode(), f'font-family="{FONT}"'.encode())
        return data


def _no_font_message(fmt: str, missing: list[str], pure: bool) -> str:
    scripts = ", ".join(missing)
    if pure:
        where = f"graphviz-pure's bundled fonts (Latin, Greek, Cyrillic, Hebrew) have no {scripts} letters"
        fix = ("use a system Graphviz with fonts for the script (Debian/Ubuntu: apt-get install graphviz "
               "fonts-noto-core fonts-thai-tlwg), found on PATH when --dot-binary and $JOURNEYCTL_DOT are unset")
    else:
        where = f"no installed font has the {scripts} letters of this map"
        fix = "install fonts for the script (Debian/Ubuntu: apt-get install fonts-noto-core fonts-thai-tlwg; " \
              "then fc-cache)"
    return (f"cannot write the {fmt.upper()}: {where}, so they would be drawn as boxes; {fix}; "
            f"or render -f svg, whose viewer draws the text")


class SvgRenderer(_Laid):
    name = "svg"
    fmt = "svg"
    extensions = (".svg",)
    media_type = "image/svg+xml"
    summary = "the flow laid out as SVG (a system Graphviz dot, else graphviz-pure)"


class PngRenderer(_Laid):
    name = "png"
    fmt = "png"
    extensions = (".png",)
    media_type = "image/png"
    summary = "the flow laid out as PNG (a system Graphviz dot, else graphviz-pure)"


class PdfRenderer(_Laid):
    name = "pdf"
    fmt = "pdf"
    extensions = (".pdf",)
    media_type = "application/pdf"
    summary = "the flow laid out as PDF (needs a system Graphviz dot)"


def _scripts(text: str) -> dict[str, set[str]]:
    """The letters of ``text`` beyond ASCII by script (the first word of the
    character's Unicode name: ``THAI``, ``ARABIC``, ``CJK``...)."""
    found: dict[str, set[str]] = {}
    for char in set(text):
        if char.isalpha() and ord(char) > 0x7F:
            found.setdefault(unicodedata.name(char, "UNKNOWN").split(" ")[0], set()).add(char)
    return found


def scripts_without_glyphs(text: str) -> list[str]:
    """Names of the scripts in ``text`` whose letters the bundled fonts lack."""
    return sorted(s.title() for s in _scripts(text) if s not in _BUNDLED_SCRIPTS)


def scripts_without_fonts(text: str) -> list[str]:
    """Names of the scripts in ``text`` of which no installed font has every
    letter used, asked of fontconfig (``fc-list :charset=...``), as a system
    Graphviz (pango) finds its fonts. Where there is no ``fc-list`` nothing
    can be said, and nothing is reported."""
    program = shutil.which("fc-list")
    if program is None:
        return []
    missing = []
    for script, letters in _scripts(text).items():
        if script in ("LATIN", "UNKNOWN"):
            continue
        charset = " ".join(f"{ord(c):x}" for c in sorted(letters))
        try:
            proc = subprocess.run([program, f":charset={charset}", "family"], capture_output=True, timeout=60)
        except (OSError, subprocess.TimeoutExpired):
            return []
        if proc.returncode == 0 and not proc.stdout.strip():
            missing.append(script.title())
    return sorted(missing)
