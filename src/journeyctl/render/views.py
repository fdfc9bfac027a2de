"""Views: what of a map a format draws, and the renderers of the formats
that have more than one.

- ``map``: the journey grid, the page :mod:`journeyctl.render.html` writes;
  as PDF and PNG, that page printed and photographed by a headless Chromium
  (:mod:`journeyctl.render.browser`).
- ``flow``: the Graphviz drawing (:mod:`journeyctl.render.dot`,
  :mod:`journeyctl.render.graphviz`).
- ``touchpoints``: the channel × stage matrix
  (:mod:`journeyctl.render.touchpoints`): ``-f html`` is its page, and dot,
  svg, png and pdf are one Graphviz table of the same matrix (so
  ``--dot-binary`` applies to it there, and the PNG and PDF need no browser).

``-f pdf`` and ``-f png`` are :class:`PdfRenderer` and :class:`PngRenderer`
here: they import the implementation of the chosen view only when it is
used, so the registry stays one static table.
- ``blueprint``: the service blueprint (:mod:`journeyctl.render.blueprint`),
  a grid view like ``map``: ``-f html`` is :class:`HtmlRenderer` here, which
  hands each view to its page renderer; pdf and png go through the same
  browser renderer, which takes the view.

Which kind a view is depends on the format for ``touchpoints`` only: a page
in html, a drawing elsewhere (:func:`kind`).
"""

from __future__ import annotations

from importlib import import_module
from typing import ClassVar, Iterable

from journeyctl.format.model import Journey
from journeyctl.render.base import Renderer, RenderOptions

#: Views drawn from the HTML page (grid) and by Graphviz (graph).
GRID_VIEWS: tuple[str, ...] = ("map", "blueprint")
GRAPH_VIEWS: tuple[str, ...] = ("flow", "touchpoints")
VIEWS: tuple[str, ...] = GRID_VIEWS + GRAPH_VIEWS

#: The views of each built-in format that has any, its default first.
FORMAT_VIEWS: dict[str, tuple[str, ...]] = {
    "html": ("map", "blueprint", "touchpoints"),
    "pdf": ("map", "blueprint", "flow", "touchpoints"),
    "png": ("map", "blueprint", "flow", "touchpoints"),
    "dot": ("flow", "touchpoints"),
    "svg": ("flow", "touchpoints"),
}

#: The settings each kind of view reads (the others are refused, exit 2).
GRID_SETTINGS = frozenset({"paper", "fit", "browser"})
GRAPH_SETTINGS = frozenset({"graph", "dot_binary", "direction"})
#: The views that show a measurement (``--measured``): the map's measured
#: lane and the flow's weighted edges (and Markdown, which has no views).
MEASURED_VIEWS: tuple[str, ...] = ("map", "flow")
#: The settings only the map view reads (and Markdown): the current map a
#: future map is compared with (``--compare``) and the address of another
#: map (``--links``).
MAP_SETTINGS = frozenset({"compare", "links"})


def formats_of(view: str) -> str:
    """``html, pdf, png``: the formats that draw ``view``."""
    return ", ".join(fmt for fmt, have in FORMAT_VIEWS.items() if view in have)


def views_of(fmt: str) -> tuple[str, ...]:
    """The views format ``fmt`` has (empty: it has no choice of view)."""
    return FORMAT_VIEWS.get(fmt, ())


def kind(fmt: str, view: str) -> str:
    """``grid`` (an HTML page, and its PDF and PNG by a browser) or ``graph``
    (laid out by Graphviz): how ``fmt`` draws ``view``. Every view of html is
    a page; ``touchpoints`` elsewhere is a Graphviz table, like ``flow``."""
    if fmt == "html":
        return "grid"
    return "graph" if view in GRAPH_VIEWS else "grid"


class _ByView(Renderer):
    """A format drawn by a browser for grid views and by Graphviz for graph views."""

    fmt: ClassVar[str]
    settings: ClassVar[frozenset[str]] = frozenset({"view", "measured"}) | GRID_SETTINGS | GRAPH_SETTINGS | MAP_SETTINGS
    #: ``module:Class`` of each kind of view's renderer.
    grid: ClassVar[str]
    graph: ClassVar[str]

    def render(self, journey: Journey, options: RenderOptions) -> bytes:
        settings = dict(options.settings)
        view = str(settings.pop("view", None) or settings.pop("graph", None) or FORMAT_VIEWS[self.fmt][0])
        settings.pop("graph", None)
        if kind(self.fmt, view) == "graph":
            target, keep, settings["graph"] = self.graph, GRAPH_SETTINGS, view
        else:
            target, keep, settings["view"] = self.grid, GRID_SETTINGS | {"view"}, view
        if view in MEASURED_VIEWS:
            keep = keep | {"measured"}
        if view == "map":
            keep = keep | MAP_SETTINGS
        module, _, name = target.partition(":")
        renderer = getattr(import_module(module), name)
        chosen = {key: value for key, value in settings.items() if key in keep and value is not None}
        return renderer().render(journey, RenderOptions(source=options.source, settings=chosen, warn=options.warn))


class PdfRenderer(_ByView):
    name = "pdf"
    fmt = "pdf"
    extensions = (".pdf",)
    media_type = "application/pdf"
    summary = "the map printed by headless Chromium (--view flow|touchpoints: Graphviz, needs dot)"
    grid = "journeyctl.render.browser:PdfRenderer"
    graph = "journeyctl.render.graphviz:PdfRenderer"


class PngRenderer(_ByView):
    name = "png"
    fmt = "png"
    extensions = (".png",)
    media_type = "image/png"
    summary = "the map as a picture, by headless Chromium (--view flow|touchpoints: Graphviz)"
    grid = "journeyctl.render.browser:PngRenderer"
    graph = "journeyctl.render.graphviz:PngRenderer"


class HtmlRenderer(Renderer):
    """``-f html``: the page of the map (:mod:`journeyctl.render.html`), of
    the service blueprint (:mod:`journeyctl.render.blueprint`) or of the
    touchpoints by channel (:mod:`journeyctl.render.touchpoints`)."""

    name = "html"
    extensions = (".html", ".htm")
    media_type = "text/html"
    summary = "the journey map as one self-contained web page"
    settings: ClassVar[frozenset[str]] = frozenset({"view", "paper", "fit", "measured"}) | MAP_SETTINGS
    #: ``module:Class`` of each view's page renderer.
    pages: ClassVar[dict[str, str]] = {
        "map": "journeyctl.render.html:HtmlRenderer",
        "blueprint": "journeyctl.render.blueprint:BlueprintRenderer",
        "touchpoints": "journeyctl.render.touchpoints:TouchpointsRenderer",
    }

    def render(self, journey: Journey, options: RenderOptions) -> str:
        renderer, options = self._page(options)
        return renderer.render(journey, options)

    def stream(self, journey: Journey, options: RenderOptions) -> Iterable[bytes | str]:
        renderer, options = self._page(options)
        return renderer.stream(journey, options)

    def _page(self, options: RenderOptions) -> tuple[Renderer, RenderOptions]:
        """The view's page renderer, and the options it reads."""
        settings = dict(options.settings)
        view = str(settings.pop("view", None) or FORMAT_VIEWS["html"][0])
        if view not in MEASURED_VIEWS:
            settings.pop("measured", None)
        if view != "map":
            for key in MAP_SETTINGS:
                settings.pop(key, None)
        module, _, name = self.pages[view].partition(":")
        renderer = getattr(import_module(module), name)
        return renderer(), RenderOptions(source=options.source, settings=settings, warn=options.warn)
