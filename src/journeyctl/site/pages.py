"""The site's pages, from the portfolio: written under the folder the
site is built in (:func:`render_pages`).

Every page is a template of ``templates/`` (Jinja2, autoescaped, strict);
each knows its ``root`` (``""``, ``../`` or ``../../``), and every link is
relative and names a file (``maps/x/index.html``, never ``maps/x/``), so
the site works from ``file://`` as well as from any static host. User text
carries ``dir="auto"`` and its map's ``lang``: an Arabic title reads right
to left in a left-to-right site. The search index is a script
(``assets/search-index.js``, setting a global), which a page loads the
first time its search box is used: ``fetch()`` of a JSON file is refused
from ``file://``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Callable

from markupsafe import Markup, escape

from journeyctl.base.diagnostics import format_path
from journeyctl.format.vocabulary import SEVERITIES_DESCENDING, emotion_value
from journeyctl.render import i18n
from journeyctl.site.folder import write_files
from journeyctl.site.portfolio import NO_CHANNEL, Entry, Portfolio, average_text, by_severity, mean_text

ASSETS = ("site.css", "search.js")
#: Pages enough to render them in several processes.
PARALLEL_PAGES = 100
#: The list pages at the site's top, in the navigation's order.
SECTIONS = ("personas", "channels", "touchpoints", "owners")


@lru_cache(maxsize=1)
def _environment():
    from jinja2 import Environment, PackageLoader, StrictUndefined

    environment = Environment(
        loader=PackageLoader("journeyctl", "site/templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    environment.globals.update(emotion_value=emotion_value, where=format_path, average=average_text, mean=mean_text,
                               SEVERITIES=SEVERITIES_DESCENDING, by_severity=by_severity)
    return environment


def _asset(name: str) -> bytes:
    return (files("journeyctl") / "site" / "assets" / name).read_bytes()


def labels(locale: str) -> dict[str, str]:
    """The site's words in ``locale`` (the ``site.`` keys and the maps' own)."""
    return {**i18n.labels("en"), **i18n.labels(locale)}


def thumbnail(emotions: list[int | None], label: str, rtl: bool = False) -> Markup:
    """The emotion curve in little: one point a step in file order, lines
    between neighbours that both have an emotion; mirrored (by the style
    sheet) for a map written right to left, as its own curve is."""
    width, height, pad = 120, 36, 4
    count = len(emotions)
    step = (width - 2 * pad) / (count - 1) if count > 1 else 0

    def x(i: int) -> str:
        return _num(pad + i * step if count > 1 else width / 2)

    def y(v: int) -> str:
        return _num(pad + (2 - v) * (height - 2 * pad) / 4)

    runs: list[list[str]] = []
    dots = []
    previous = None
    for i, value in enumerate(emotions):
        if value is None:
            previous = None
            continue
        point = f"{x(i)},{y(value)}"
        if previous is None:
            runs.append([point])
        else:
            runs[-1].append(point)
        previous = value
        dots.append(f'<circle cx="{x(i)}" cy="{y(value)}" r="1.8"/>')
    lines = "".join(f'<polyline points="{" ".join(run)}"/>' for run in runs if len(run) > 1)
    return Markup(
        f'<svg class="thumb{" rtl" if rtl else ""}" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" '
        f'aria-label="{escape(label)}"><line class="zero" x1="0" x2="{width}" y1="{y(0)}" y2="{y(0)}"/>'
        f'{lines}{"".join(dots)}</svg>')


class Links:
    """Links to the site's pages, as the templates write them (Python, not
    macros: they are written tens of thousands of times). Every link is
    relative to ``root``; user text is escaped and carries dir="auto" and
    its map's lang."""

    def __init__(self, root: str, portfolio: Portfolio, L: dict[str, str], channel_name: Callable[[str], str]):
        self.root, self.P, self.L, self.channel_name = root, portfolio, L, channel_name
        self.cache: dict[tuple[str, int], Markup] = {}

    def text(self, value, lang: str | None = None) -> Markup:
        return Markup(f'<span dir="auto"{_lang(lang)}>{escape(value)}</span>')

    def map_link(self, entry: Entry) -> Markup:
        key = ("map", id(entry))
        if key not in self.cache:
            j = entry.journey
            self.cache[key] = Markup(f'<a href="{self.root}maps/{entry.id}/index.html" dir="auto"{_lang(j.locale)}>'
                                     f'{escape(j.title)}</a>')
        return self.cache[key]

    def step_link(self, entry: Entry, step) -> Markup:
        return Markup(f'<a href="{self.root}maps/{entry.id}/map.html#step-{step.id}" dir="auto"'
                      f'{_lang(entry.journey.locale)}>{escape(step.label or step.action)}</a>')

    def persona_link(self, entry: Entry) -> Markup:
        return Markup(f'<a href="{self.root}personas/{self.P.key_of_persona(entry)}.html" dir="auto"'
                      f'{_lang(entry.journey.locale)}>{escape(entry.journey.persona.name)}</a>')

    def owner_link(self, name: str | None, lang: str | None = None) -> Markup:
        key = self.P.key_of_owner(name)
        if key is None:
            return Markup("—")
        return Markup(f'<a href="{self.root}owners/{key}.html" dir="auto"{_lang(lang)}>'
                      f'{escape(self.P.owners[key].name)}</a>')

    def channel_link(self, channel: str | None) -> Markup:
        return Markup(f'<a href="{self.root}channels/{self.P.key_of_channel(channel)}.html">'
                      f'{escape(self.channel_name(channel or NO_CHANNEL))}</a>')

    def touchpoint_link(self, entry: Entry, touchpoint_id: str) -> Markup:
        return Markup(f'<a href="{self.root}touchpoints/{touchpoint_id}.html" dir="auto"{_lang(entry.journey.locale)}>'
                      f'{escape(entry.journey.touchpoint(touchpoint_id).name)}</a>')

    def severity(self, name: str) -> Markup:
        return Markup(f'<span class="sev sev-{name}">{escape(self.L["severity." + name])}</span>')


def _lang(lang: str | None) -> str:
    return f' lang="{escape(lang)}"' if lang else ""


def _num(value: float) -> str:
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


@dataclass(frozen=True)
class Page:
    path: str
    template: str
    title: str
    context: dict = field(default_factory=dict)


def pages_of(portfolio: Portfolio, locale: str) -> list[Page]:
    """Every page of the site, to be rendered by :func:`render_pages`."""
    L = labels(locale)
    out = [Page("index.html", "index.html.j2", L["site.title"]),
           Page("barriers.html", "barriers.html.j2", L["site.barriers"])]
    out += [Page(f"{section}.html", f"{section}.html.j2", L[f"site.{section}"]) for section in SECTIONS]
    out += [Page(f"maps/{e.id}/index.html", "map.html.j2", e.journey.title, {"entry": e}) for e in portfolio.maps]
    out += [Page(f"personas/{key}.html", "persona.html.j2", item.persona.name, {"item": item})
            for key, item in portfolio.personas.items()]
    out += [Page(f"channels/{key}.html", "channel.html.j2", i18n.channel_name(locale, item.channel), {"item": item})
            for key, item in portfolio.channels.items()]
    out += [Page(f"touchpoints/{key}.html", "touchpoint.html.j2", item.names[0], {"item": item})
            for key, item in portfolio.touchpoints.items()]
    out += [Page(f"owners/{key}.html", "owner.html.j2", item.name, {"item": item})
            for key, item in portfolio.owners.items()]
    return out


class _Renderer:
    """Renders pages of one portfolio (the templates' shared context and
    links made once)."""

    def __init__(self, portfolio: Portfolio, locale: str):
        L = labels(locale)
        channel_name = lambda c: i18n.channel_name(locale, c)  # noqa: E731
        self.env = _environment()
        self.common = dict(L=L, lang=locale, dir=i18n.direction(locale), P=portfolio, today=portfolio.today,
                           sections=SECTIONS, channel_name=channel_name,
                           thumbnail=lambda e: thumbnail(e.emotions(), _curve_label(e, L),
                                                         i18n.direction(e.journey.locale) == "rtl"))
        self.links = {root: Links(root, portfolio, L, channel_name) for root in ("", "../", "../../")}

    def render(self, page: Page) -> bytes:
        root = "../" * page.path.count("/")
        html = self.env.get_template(page.template).render(
            root=root, here=page.path, ln=self.links[root], title=page.title, **self.common, **page.context)
        return html.encode("utf-8")


#: What the processes rendering pages share (inherited when they fork).
_SHARED: tuple[_Renderer, list[Page], str] | None = None


def _render_range(bounds: tuple[int, int]) -> list[str]:
    assert _SHARED is not None
    renderer, pages, root = _SHARED
    return write_files(root, {p.path: renderer.render(p) for p in pages[bounds[0]:bounds[1]]})


def render_pages(portfolio: Portfolio, locale: str, root: str | Path, workers: int = 1) -> list[str]:
    """Write every page, asset and the search index of the site under
    ``root`` (a site being built); the paths written. With ``workers`` > 1
    and pages enough, the pages are rendered by as many processes, forked
    with the portfolio (where the system forks)."""
    global _SHARED
    import multiprocessing

    pages = pages_of(portfolio, locale)
    written = write_files(root, {**{f"assets/{name}": _asset(name) for name in ASSETS},
                                 "assets/search-index.js": search_index(portfolio, labels(locale), locale)})
    renderer = _Renderer(portfolio, locale)
    if workers <= 1 or len(pages) < PARALLEL_PAGES or "fork" not in multiprocessing.get_all_start_methods():
        return written + write_files(root, {p.path: renderer.render(p) for p in pages})
    from concurrent.futures import ProcessPoolExecutor

    size = -(-len(pages) // (workers * 4))
    bounds = [(start, min(start + size, len(pages))) for start in range(0, len(pages), size)]
    _SHARED = (renderer, pages, str(root))
    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork")) as pool:
            for paths in pool.map(_render_range, bounds):
                written += paths
    finally:
        _SHARED = None
    return written


def _curve_label(entry: Entry, L: dict[str, str]) -> str:
    values = [emotion_value(v) if v is not None else "—" for v in entry.emotions()]
    return f"{L['site.curve']}: " + ", ".join(values)


#: The kinds of search results, in the order of the index's numbers.
KINDS = ("map", "step", "touchpoint", "persona", "owner")


def search_index(portfolio: Portfolio, L: dict[str, str], locale: str) -> bytes:
    """``assets/search-index.js``: ``window.JOURNEYCTL_SEARCH = {labels,
    items}``, each item ``[kind, title, context, url, text, lang]`` with
    the url relative to the site's top and text the words searched
    beside title and context."""
    items: list[list] = []
    for entry in portfolio.maps:
        j = entry.journey
        home = f"maps/{entry.id}/index.html"
        items.append([0, j.title, j.persona.name, home,
                      _join([j.description, j.goal, j.owner, entry.id, *j.tags]), j.locale])
        for stage, step in entry.steps():
            title = step.label or step.action
            items.append([1, title, f"{j.title} · {stage.name}", f"maps/{entry.id}/map.html#step-{step.id}",
                          _join([step.action if step.label else None, step.feeling, step.thoughts, step.motivation,
                                 *step.questions, *(b.text for b in step.barriers)]), j.locale])
    for key, touchpoint in portfolio.touchpoints.items():
        definitions = [t for _, t in touchpoint.definitions]
        items.append([2, touchpoint.names[0], ", ".join(i18n.channel_name(locale, c) for c in touchpoint.channels),
                      f"touchpoints/{key}.html",
                      _join([key, *touchpoint.names[1:], *touchpoint.owners, *(t.description for t in definitions)]),
                      touchpoint.definitions[0][0].journey.locale])
    for key, persona in portfolio.personas.items():
        p = persona.persona
        items.append([3, p.name, p.role or "", f"personas/{key}.html", _join([p.description, p.quote]),
                      persona.entries[0].journey.locale])
    for key, owner in portfolio.owners.items():
        items.append([4, owner.name, "", f"owners/{key}.html", "", ""])
    data = {
        "labels": {"kinds": [L[f"site.kind.{k}"] for k in KINDS], "none": L["site.no_results"],
                   "results": L["site.results"]},
        "items": items,
    }
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return f"window.JOURNEYCTL_SEARCH = {text};\n".encode("utf-8")


def _join(parts) -> str:
    return " ".join(p for p in parts if p)
