"""``--view blueprint``: the service blueprint of a map, as one HTML page
(and, through :mod:`journeyctl.render.browser`, as PDF and PNG).

The anatomy is the Nielsen Norman Group's: under the emotion curve, lanes of
physical evidence, customer actions, frontstage, backstage and support
processes, from a step's ``evidence``, ``action``, ``frontstage``,
``backstage`` and ``support`` (a stage's own ``backstage`` in its first
column). Three labelled lines run across the whole grid: the line of
interaction (between customer actions and frontstage), the line of
visibility (between frontstage and backstage) and the line of internal
interaction (between backstage and support). Barriers are fail points: an
"F" marker with the barrier's severity and text at the step where they sit.

It reuses the map page (:func:`journeyctl.render.html.build_page`): its
stages and columns, the emotion curve, the stylesheet, the print CSS
(``--paper``, ``--fit``) and the paging into printed bands; the markup is
``templates/html/blueprint.html.j2``, with ``blueprint.css`` after
``map.css``. Its words are the map's (:func:`journeyctl.render.i18n.labels`,
through the page): the ``blueprint.`` keys name its lanes, lines, fail points
and title in every language.
"""

from __future__ import annotations

from typing import ClassVar, Iterator

from journeyctl.format.model import Journey
from journeyctl.format.vocabulary import emotion_value
from journeyctl.render import curve as curve_geometry
from journeyctl.render.base import Renderer, RenderOptions
from journeyctl.render.html import build_page, stylesheet, template

#: Rows under the stage header, top to bottom: (key, kind). ``line`` rows are
#: the three lines; ``step`` rows are lanes with a cell per step.
ROWS: tuple[tuple[str, str], ...] = (
    ("emotion", "step"), ("evidence", "step"), ("actions", "step"),
    ("line-interaction", "line"), ("frontstage", "step"), ("line-visibility", "line"),
    ("backstage", "step"), ("line-internal", "line"), ("support", "step"),
)
LINES = ("line-interaction", "line-visibility", "line-internal")


class BlueprintRenderer(Renderer):
    name = "html"
    extensions = (".html", ".htm")
    media_type = "text/html"
    summary = "the service blueprint as one self-contained web page"
    settings: ClassVar[frozenset[str]] = frozenset({"paper", "fit"})

    def render(self, journey: Journey, options: RenderOptions) -> str:
        return "".join(self.stream(journey, options))

    def stream(self, journey: Journey, options: RenderOptions) -> Iterator[str]:
        """The page as Jinja writes it (the view is built first)."""
        page = build_page(journey, options)
        has_curve = page.band.curve is not None
        rows = [(key, kind) for key, kind in ROWS if key != "emotion" or has_curve]
        numbers = {key: n for n, (key, _) in enumerate(rows, start=2)}
        return template("blueprint.html.j2").generate(
            page=page, j=journey, L=page.labels, rows=rows, numbers=numbers,
            css=page.css + "\n" + stylesheet("blueprint.css"), emotion_label=emotion_value, geometry=curve_geometry,
        )
