"""``-f svg``, ``-f png``, ``-f pdf``: the DOT graph laid out by Graphviz.

The graph is the one ``-f dot`` writes (see :mod:`journeyctl.render.dot`);
:mod:`journeyctl.render.layout` runs the layout program. ``-f png`` and
``-f pdf`` come here for the flow and touchpoints views, through
:mod:`journeyctl.render.views` (their map view is drawn by a browser).
"""

from __future__ import annotations

import unicodedata
from typing import ClassVar

from journeyctl.render import layout
from journeyctl.format.model import Journey
from journeyctl.render import Renderer, RenderOptions
from journeyctl.render.dot import build

#: Scripts the fonts bundled with graphviz-pure (Tinos, Arimo, Cousine) draw.
_BUNDLED_SCRIPTS = {"LATIN", "GREEK", "CYRILLIC", "HEBREW"}


class _Laid(Renderer):
    fmt: ClassVar[str]
    settings: ClassVar[frozenset[str]] = frozenset({"graph", "dot_binary"})

    def render(self, journey: Journey, options: RenderOptions) -> bytes:
        source = build(journey, str(options.settings.get("graph") or "flow"))
        program = layout.find_program(self.fmt, options.settings.get("dot_binary"))
        if self.fmt == "png" and program.endswith(layout.BUNDLED):
            missing = scripts_without_glyphs(source)
            if missing:
                options.warn(
                    f"the PNG's bundled fonts have no {', '.join(missing)} letters, which will show as boxes; "
                    f"render -f svg, or use a system Graphviz with --dot-binary dot"
                )
        return layout.run(program, source, self.fmt)


class SvgRenderer(_Laid):
    name = "svg"
    fmt = "svg"
    extensions = (".svg",)
    media_type = "image/svg+xml"
    summary = "the flow laid out as SVG (graphviz-pure, or --dot-binary)"


class PngRenderer(_Laid):
    name = "png"
    fmt = "png"
    extensions = (".png",)
    media_type = "image/png"
    summary = "the flow laid out as PNG (graphviz-pure, or --dot-binary)"


class PdfRenderer(_Laid):
    name = "pdf"
    fmt = "pdf"
    extensions = (".pdf",)
    media_type = "application/pdf"
    summary = "the flow laid out as PDF (needs a system Graphviz dot)"


def scripts_without_glyphs(text: str) -> list[str]:
    """Names of the scripts in ``text`` whose letters the bundled fonts lack."""
    found: set[str] = set()
    for char in set(text):
        if char.isalpha() and ord(char) > 0x7F:
            script = unicodedata.name(char, "UNKNOWN").split(" ")[0]
            if script not in _BUNDLED_SCRIPTS:
                found.add(script.title())
    return sorted(found)
