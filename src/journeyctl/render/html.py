"""``-f html``: the journey map a team puts on the wall, as one HTML file.

One grid: a column of lane headings, then a column per step (stages span
their steps' columns); rows are the stage headers and the lanes (actions,
the emotion curve right under them, touchpoints, thoughts and feelings,
barriers, opportunities, backstage, metrics), an empty lane left out. The
emotion curve is one SVG across every step column (geometry in
``curve.py``); opportunities sit under the steps whose barriers they
address. Under 700 px the map stacks stage by stage, a card per step.

Print: ``settings["paper"]`` (a3 by default, landscape) and
``settings["fit"]`` (``width``: the map scaled to the page width, split onto
several pages between stages when it is too long for one, lane headings on
each; ``page``: the whole map on one page) go into the page's print CSS.

Links between maps: a step's ``journey`` (a sub-journey) and the map's
``improves`` (the current map a future map improves) are links to the other
map, at the address ``settings["links"]`` makes of its id (:func:`map_href`;
``{id}.html``, the other map rendered beside this one, by default).

``settings["compare"]`` (``render --compare``): the current map this future
map improves. The emotion lane draws the current curve too, muted, at the
columns of the matching steps (:mod:`journeyctl.render.compare` matches
them), with a key; a summary says what changes (averages, lowest points,
barriers removed, still open and new, steps dropped and added).

Self-contained: inline CSS, no script, no request (a Content-Security-Policy
forbids them), a local persona image embedded as a data URI. The markup is
``templates/html/map.html.j2`` (Jinja2, autoescaped), the style
``templates/html/map.css``. The page is given in pieces as Jinja writes it
(``stream``); the grid and the emotion curve are included templates
(``grid.html.j2``, ``curve.html.j2``), not macros, because Jinja holds a
macro's output whole: tens of MB for a map of thousands of steps.

Drawn twice per step (the screen map and the printed pages), so what is the
same for every step is worked out here once: the cells of each column (which
lanes are blank), the drawing of each emotion value (:class:`Mark`), each
touchpoint's channel icon and name; and the small pieces of markup the
templates repeat (``text``, ``list_items``, ``channel_chip``) are Python
functions, not macros, which Jinja calls far more slowly.
"""

from __future__ import annotations

import base64
import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, Iterator
from urllib.parse import quote, urlsplit

from markupsafe import Markup, escape

from journeyctl.format.vocabulary import EMOTIONS_DESCENDING, average_text, emotion_value
from journeyctl.render import channels, i18n
from journeyctl.render import curve as curve_geometry
from journeyctl.render.icons import channel_icon
from journeyctl.base.diagnostics import RenderProblem, UsageProblem, printable
from journeyctl.base.files import MAX_IMAGE_BYTES, FileRefused, open_regular, read_fd
from journeyctl.format.model import Journey, Stage, Step
from journeyctl.render.base import Renderer, RenderOptions
from journeyctl.text import bidi

if TYPE_CHECKING:  # imported where they are used: only --compare and --measured need them
    from journeyctl.render import compare as comparing
    from journeyctl.render import measured as measured_view

#: Paper sizes (width, height in mm, landscape) and the CSS name of each.
PAPERS: dict[str, tuple[float, float, str | None]] = {
    "a4": (297, 210, "A4"), "a3": (420, 297, "A3"), "a2": (594, 420, None), "a1": (841, 594, None),
    "a0": (1189, 841, None), "letter": (279.4, 215.9, "letter"), "tabloid": (431.8, 279.4, "ledger"),
}
FITS = ("width", "page")
#: Page margin, lane heading column and the narrowest step column in print (mm).
PRINT_MARGIN = 6
PRINT_LABEL = 22
PRINT_MIN_COLUMN = 20

#: The pictures a persona image may be (recognised by content, see image_type).
IMAGE_TYPES = ("image/png", "image/jpeg", "image/gif", "image/webp", "image/avif", "image/svg+xml")

#: Lanes in the order they are drawn, and whether each is per step or per stage.
#: The emotion curve comes right under the actions: it is the map's centrepiece.
#: The measured lane (``--measured``) sits under the curve: feeling beside doing.
LANES: tuple[tuple[str, str], ...] = (
    ("actions", "step"), ("emotion", "step"), ("measured", "step"), ("touchpoints", "step"), ("thoughts", "step"),
    ("barriers", "step"), ("opportunities", "stage"), ("backstage", "stage"), ("metrics", "stage"),
)

#: Marker shape of each emotion value; the shape and the printed value carry
#: the meaning, the colour only repeats it (WCAG 1.4.1).
EMOTION_CLASS = {-2: "em-n2", -1: "em-n1", 0: "em-0", 1: "em-p1", 2: "em-p2"}


def marker_path(value: int, x: float, y: float) -> str:
    """An SVG path for the marker of ``value`` centred on (x, y)."""
    if value == 2:  # triangle pointing up
        return f"M{_n(x)} {_n(y - 10)}L{_n(x + 9)} {_n(y + 6)}L{_n(x - 9)} {_n(y + 6)}Z"
    if value == 1:  # square
        return f"M{_n(x - 7)} {_n(y - 7)}h14v14h-14Z"
    if value == 0:  # circle
        return f"M{_n(x - 7.5)} {_n(y)}a7.5 7.5 0 1 0 15 0a7.5 7.5 0 1 0 -15 0Z"
    if value == -1:  # diamond
        return f"M{_n(x)} {_n(y - 9)}L{_n(x + 9)} {_n(y)}L{_n(x)} {_n(y + 9)}L{_n(x - 9)} {_n(y)}Z"
    # -2: triangle pointing down
    return f"M{_n(x)} {_n(y + 10)}L{_n(x + 9)} {_n(y - 6)}L{_n(x - 9)} {_n(y - 6)}Z"


def _n(value: float) -> str:
    """A coordinate, printed the same way on every machine."""
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


@dataclass
class Column:
    """One sub-column of the grid: a step, or the placeholder of an empty stage."""

    step: Step | None
    index: int  # in the whole map, left to right in reading order
    local: int = 1  # 1-based column within its stage
    reachable: bool = True
    #: Its cell in each per-step lane, in order: (lane, blank), blank when the
    #: lane has nothing for this step (set by build_page, once the lanes are known).
    cells: list[tuple[str, bool]] = field(default_factory=list)

    @property
    def emotion(self) -> int | None:
        return self.step.emotion if self.step else None


def _blank(step: Step | None, lane: str) -> bool:
    """Whether the cell of ``step`` (None: an empty stage's placeholder) in
    the per-step ``lane`` shows nothing."""
    if step is None:
        return lane != "actions"
    if lane == "touchpoints":
        return not step.touchpoints
    if lane == "barriers":
        return not step.barriers
    if lane == "thoughts":
        return not (step.feeling or step.thoughts or step.questions or step.motivation)
    return False


@dataclass(frozen=True)
class Mark:
    """How an emotion value is drawn, the same at every step that has it: the
    marker's class and shape (centred on 0, 0), the face, the value as printed
    (−2 … +2) and its word in the map's language."""

    cls: str
    shape: str
    face: str
    value: str
    word: str


@dataclass
class Placed:
    """An opportunity, under the columns of the steps whose barriers it addresses."""

    opportunity: object
    start: int  # 1-based column within the stage
    end: int  # exclusive
    anchored: bool  # False: addresses nothing in this stage, kept at the stage start
    print_start: int = 1  # in print, at least two columns wide where the stage has them
    print_end: int = 2


@dataclass
class StageView:
    stage: Stage
    number: int
    columns: list[Column]
    opportunities: list[Placed] = field(default_factory=list)
    empty: bool = False

    @property
    def first(self) -> int:
        return self.columns[0].index


@dataclass
class Band:
    """Stages drawn as one grid: the whole map, or one printed page of it."""

    stages: list[StageView]
    curve: curve_geometry.Curve | None
    columns: int
    print_column: str  # CSS length of a step column in print
    #: The current map's curve under this one (``--compare``), or None.
    was: curve_geometry.Curve | None = None


@dataclass
class Page:
    journey: Journey
    lang: str
    dir: str
    labels: dict[str, str]
    stages: list[StageView]
    lanes: list[tuple[str, str]]
    rows: dict[str, int]
    image: str | None  # a data: URI
    image_link: str | None  # an https: URL, shown as a link only
    image_host: str | None
    barrier_text: dict[str, str]
    step_action: dict[str, str]
    channels_used: list[tuple[str, Markup, str]]  # channel, its chip, its name
    has_mot: bool
    css: str
    print_css: str
    paper: str
    fit: str
    band: Band  # the whole map, on screen
    print_bands: list[Band]  # pages in print when the map needs more than one, else []
    curve_label: str
    summary: object | None
    #: The measurement shown (``--measured``), or None.
    measured: measured_view.Measured | None = None
    emotion_levels: list[tuple[int, str, str, str]] = field(default_factory=list)
    #: The comparison with the current map (``--compare``), or None.
    compared: comparing.Comparison | None = None
    #: The address of another map, by its id (``--links``).
    href: object = None
    #: Steps whose curve label (and self-loop) go to the other side of the
    #: marker than usual (``--compare``): the current curve's point is there.
    flipped: frozenset[str] = frozenset()
    #: Each emotion value's drawing, by value.
    marks: dict[int, Mark] = field(default_factory=dict)
    #: Each touchpoint by id, with its channel's chip and name in the map's
    #: language: (touchpoint, chip, channel name).
    touchpoints: dict[str, tuple[object, Markup, str]] = field(default_factory=dict)


class HtmlRenderer(Renderer):
    name = "html"
    extensions = (".html", ".htm")
    media_type = "text/html"
    summary = "the journey map as one self-contained web page"
    settings: ClassVar[frozenset[str]] = frozenset({"paper", "fit", "measured", "compare", "links"})

    def render(self, journey: Journey, options: RenderOptions) -> str:
        return "".join(self.stream(journey, options))

    def stream(self, journey: Journey, options: RenderOptions) -> Iterator[str]:
        """The page as Jinja writes it (the view is built first: a problem
        with the map is raised before a piece is given)."""
        page = build_page(journey, options)
        figures = {}
        if page.measured is not None:  # the page uses these only to show a measurement
            from journeyctl.render import measured as measured_view

            figures = dict(count=measured_view.count, percent=measured_view.percent,
                           duration=measured_view.duration, listed=measured_view.LISTED)
        return template("map.html.j2").generate(page=page, j=journey, L=page.labels, **figures,
                                  emotion_label=emotion_value, geometry=curve_geometry,
                                  average=average_text, LINK_ICONS=LINK_ICONS)


#: Where a link to another map goes by default: that map rendered to HTML
#: beside this one (``journeyctl site`` passes ``../{id}/map.html``).
DEFAULT_LINKS = "{id}.html"

#: The icons of the links between maps: Lucide's ``route`` (a sub-journey)
#: and ``arrow-right-left`` (the map a future map improves), drawn as
#: :mod:`journeyctl.render.icons` draws the channels' (ISC licence, see
#: LUCIDE-LICENSE.txt).
LINK_ICONS = {
    name: ('<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 24 24" fill="none" '
           'stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" '
           f'aria-hidden="true" focusable="false" class="icon icon-{name}">{body}</svg>')
    for name, body in {
        "route": '<circle cx="6" cy="19" r="3"/><path d="M9 19h8.5a3.5 3.5 0 0 0 0-7h-11a3.5 3.5 0 0 1 0-7H15"/>'
                 '<circle cx="18" cy="5" r="3"/>',
        "arrow-right-left": '<path d="m16 3 4 4-4 4"/><path d="M20 7H4"/><path d="m8 21-4-4 4-4"/><path d="M4 17h16"/>',
    }.items()
}


def check_links(links: object) -> str:
    """``links``, the address of another map with ``{id}`` for its id, as
    given (``--links``); UsageProblem unless it is a relative address or an
    ``https://`` URL with ``{id}`` in it and no other ``{}``."""
    if not isinstance(links, str) or not links:
        raise UsageProblem("--links needs an address with {id} in it, such as {id}.html")
    shown = printable(links)
    if "{id}" not in links or "{" in links.replace("{id}", "") or "}" in links.replace("{id}", ""):
        raise UsageProblem(f"--links '{shown}': give the address of a map with {{id}} in it "
                           f"(such as {{id}}.html or ../{{id}}/map.html), and no other {{…}}")
    if len(links) > 1000 or any(c.isspace() or ord(c) < 32 or c in '\\<>"`' or 0x7f <= ord(c) < 0xa0
                                for c in links):
        raise UsageProblem(f"--links '{shown}': an address has no spaces, control characters, "
                           f"backslashes, quotes or <>")
    scheme = urlsplit(links.replace("{id}", "x")).scheme
    if scheme and (scheme.lower() != "https" or not links.lower().startswith("https://")):
        raise UsageProblem(f"--links '{shown}': give a relative address or an https:// URL, "
                           f"not a {scheme}: address")
    return links


def map_href(links: str, map_id: str) -> str:
    """The address of the map ``map_id`` (a slug) by the template ``links``
    (checked by :func:`check_links`): the id percent-encoded, and the result
    still a relative address or an https:// URL, never ``javascript:``."""
    href = links.replace("{id}", quote(map_id, safe=""))
    scheme = urlsplit(href).scheme
    if scheme and scheme.lower() != "https":
        raise UsageProblem(f"--links: the map id '{map_id}' makes a {scheme}: address")
    return href


def _setting(options: RenderOptions, key: str, default: str, allowed) -> str:
    value = str(options.settings.get(key) or default).lower()
    if value not in allowed:
        raise RenderProblem((), "F001", f"unknown {key} '{value}' (one of: {', '.join(allowed)})")
    return value


def build_page(journey: Journey, options: RenderOptions, *, curve: bool = True) -> Page:
    """The page's view of the map. ``curve=False``: without the emotion
    curve's geometry, for a page that draws no curve (the touchpoints view)."""
    labels = {**i18n.labels("en"), **i18n.labels(journey.locale)}
    direction = i18n.direction(journey.locale)
    rtl = direction == "rtl"
    paper = _setting(options, "paper", "a3", PAPERS)
    fit = _setting(options, "fit", "width", FITS)
    flow = journey.flow
    reachable = flow.reachable()

    stages: list[StageView] = []
    index = 0
    for number, stage in enumerate(journey.stages, start=1):
        if stage.steps:
            columns = [Column(step, index + i, i + 1, step.id in reachable) for i, step in enumerate(stage.steps)]
        else:
            columns = [Column(None, index)]
        index += len(columns)
        view = StageView(stage, number, columns, empty=not stage.steps)
        view.opportunities = _place_opportunities(view)
        stages.append(view)
    total = index

    measured = _measured(journey, options.settings.get("measured"))
    current = options.settings.get("compare")
    compared = _compare(current, journey) if current is not None else None
    column_of = {c.step.id: c.index for view in stages for c in view.columns if c.step is not None}
    was_columns = [(column_of[pair.future.step.id], pair.current.step) for pair in compared.steps
                   if pair.current_emotion is not None] if compared else []
    flipped = _flipped(compared)
    lanes = [(key, kind) for key, kind in LANES
             if (measured is not None if key == "measured" else
                 _lane_has_content(key, journey) or key == "emotion" and bool(was_columns))]
    rows = {key: number for number, (key, _) in enumerate(lanes, start=2)}
    step_lanes = [key for key, kind in lanes if kind == "step"]
    for view in stages:
        for column in view.columns:
            column.cells = [(lane, _blank(column.step, lane)) for lane in step_lanes]
    has_curve = curve and "emotion" in rows
    all_columns = [(c.index, c.step) for view in stages for c in view.columns]

    skeleton = curve_geometry.Skeleton(all_columns, flow.edges, reachable) if has_curve else None
    was_skeleton = curve_geometry.chain(was_columns) if has_curve and was_columns else None

    def band(views: list[StageView], widest: int | None = None) -> Band:
        first = views[0].first
        count = sum(len(v.columns) for v in views)
        geometry = skeleton.curve(rtl, first, count, flipped) if skeleton is not None else None
        was = was_skeleton.curve(rtl, first, count) if was_skeleton is not None else None
        width, _, _ = PAPERS[paper]
        usable = width - 2 * PRINT_MARGIN - PRINT_LABEL
        return Band(views, geometry, count, f"{usable / (widest or count):.2f}mm", was)

    whole = band(stages)
    pages = _paginate(stages, paper) if fit == "width" else [stages]
    widest = max(sum(len(v.columns) for v in views) for views in pages)
    print_bands = [band(views, widest) for views in pages] if len(pages) > 1 else []

    image, link = _persona_image(journey, options)
    links = check_links(options.settings.get("links") or DEFAULT_LINKS)
    used = sorted({t.channel or "other" for t in journey.touchpoints},
                  key=lambda c: (c not in channels.SYMBOLS, c))
    step_label = {p.step.id: (getattr(p.step, "label", None) or p.step.action) for p in flow.steps}
    return Page(
        journey=journey, lang=journey.locale, dir=direction, labels=labels, stages=stages,
        lanes=lanes, rows=rows, image=image, image_link=link,
        image_host=urlsplit(link).hostname if link else None,
        barrier_text={b.id: b.text for _, _, b in journey.barriers()},
        step_action=step_label,
        channels_used=[(c, channel_chip(c), i18n.channel_name(journey.locale, c)) for c in used],
        has_mot=any(c.step is not None and c.step.moment_of_truth for v in stages for c in v.columns),
        css=stylesheet() + (stylesheet("compare.css") if compared or _links_shown(journey) else ""),
        print_css=_print_css(paper, fit, total, whole.print_column),
        paper=paper, fit=fit, band=whole, print_bands=print_bands,
        curve_label=_curve_label(stages, labels, flow, reachable) + _was_label(compared, labels),
        summary=_summary(journey),
        measured=measured,
        emotion_levels=[
            (v, EMOTION_CLASS[v], labels[f"emotion.{v}"], marker_path(v, 11, 12)) for v in EMOTIONS_DESCENDING
        ],
        compared=compared,
        href=lambda map_id: map_href(links, map_id),
        flipped=flipped,
        marks={v: Mark(EMOTION_CLASS[v], marker_path(v, 0, 0), curve_geometry.face_path(v), emotion_value(v),
                       labels[f"emotion.{v}"]) for v in EMOTIONS_DESCENDING},
        touchpoints={t.id: (t, channel_chip(t.channel), i18n.channel_name(journey.locale, t.channel))
                     for t in journey.touchpoints},
    )


def _measured(journey: Journey, measurement: object | None) -> measured_view.Measured | None:
    """The measurement shown (``--measured``), or None without one."""
    if measurement is None:
        return None
    from journeyctl.render import measured as measured_view

    return measured_view.view(journey, measurement)


def _compare(current: Journey, journey: Journey) -> comparing.Comparison:
    """This future map compared with the current map it improves (``--compare``)."""
    from journeyctl.render import compare as comparing

    return comparing.compare(current, journey)


def _flipped(compared: comparing.Comparison | None) -> frozenset[str]:
    """The future map's steps whose value label (above a value of 0 or more,
    below a negative one) would sit on the current curve's point, one level
    further out: their label goes to the other side of the marker, and the
    loop of a step that repeats itself (drawn away from the label) too."""
    if compared is None:
        return frozenset()
    out = set()
    for pair in compared.steps:
        now, then = pair.current_emotion, pair.future_emotion
        if now is not None and then is not None and now == then + (1 if then >= 0 else -1):
            out.add(pair.future.step.id)
    return frozenset(out)


def _was_label(compared: comparing.Comparison | None, labels: dict[str, str]) -> str:
    """The current curve (``--compare``) in words, for screen readers: each
    matched step's value in the current map."""
    if compared is None:
        return ""
    parts = [f"{pair.future.step.action}: {emotion_value(pair.current_emotion)} "
             f"({labels[f'emotion.{pair.current_emotion}']})"
             for pair in compared.steps if pair.current_emotion is not None]
    return f". {labels['state.current']}: " + "; ".join(parts) if parts else ""


def _summary(journey: Journey):
    try:
        from journeyctl.render.summary import summarize
        return summarize(journey)
    except (ImportError, NotImplementedError):  # pragma: no cover - while summary.py is being written
        return None


def _place_opportunities(view: StageView) -> list[Placed]:
    """Each opportunity under the columns of the steps (of its stage) whose
    barriers it addresses, spanning from the first to the last of them; one
    that addresses nothing here stays at the stage start."""
    where: dict[str, int] = {}
    for column in view.columns:
        if column.step is not None:
            for barrier in column.step.barriers:
                where[barrier.id] = column.local
    placed = []
    for opportunity in view.stage.opportunities:
        spots = [where[b] for b in opportunity.addresses if b in where]
        if spots:
            placed.append(Placed(opportunity, min(spots), max(spots) + 1, True))
        else:
            placed.append(Placed(opportunity, 1, 2, False))
    k = len(view.columns)
    for item in placed:
        item.print_start, item.print_end = item.start, item.end
        if item.end - item.start < 2 and k >= 2:
            item.print_start = min(item.start, k - 1)
            item.print_end = item.print_start + 2
    return placed


def _paginate(stages: list[StageView], paper: str) -> list[list[StageView]]:
    """Stages packed into printed pages, split only between stages: as few
    pages as fit a page's width at the narrowest readable column, with the
    stages spread evenly over them."""
    width, _, _ = PAPERS[paper]
    room = max(1, int((width - 2 * PRINT_MARGIN - PRINT_LABEL) // PRINT_MIN_COLUMN))

    def pack(limit: int) -> list[list[StageView]]:
        pages: list[list[StageView]] = [[]]
        used = 0
        for view in stages:
            k = len(view.columns)
            if pages[-1] and used + k > limit:
                pages.append([])
                used = 0
            pages[-1].append(view)
            used += k
        return pages

    pages = pack(room)
    total = sum(len(v.columns) for v in stages)
    for limit in range(-(-total // len(pages)), room):  # the evenest packing with no more pages
        even = pack(limit)
        if len(even) == len(pages):
            return even
    return pages


def _print_css(paper: str, fit: str, columns: int, column: str) -> str:
    """The page size and the print column width, from the paper and fit."""
    width, height, name = PAPERS[paper]
    size = f"{name} landscape" if name else f"{width:g}mm {height:g}mm"
    usable_height = height - 2 * PRINT_MARGIN
    return (f"@page {{ size: {size}; margin: {PRINT_MARGIN}mm; }}\n"
            f"@media print {{ :root {{ --print-label: {PRINT_LABEL}mm; --page-height: {usable_height:g}mm; }} }}\n")


def _curve_label(stages: list[StageView], labels: dict[str, str], flow, reachable: set[str]) -> str:
    """What the curve shows, in words, for screen readers: each step's value
    in order, where the flow forks, loops back, and which steps cannot be reached."""
    parts = []
    for view in stages:
        for column in view.columns:
            step = column.step
            if step is None:
                continue
            if step.emotion is None:
                text = f"{step.action}: {labels['no_emotion']}"
            else:
                text = f"{step.action}: {emotion_value(step.emotion)} ({labels[f'emotion.{step.emotion}']})"
                if step.feeling:
                    text += f" — {step.feeling}"
            if step.moment_of_truth:
                text += f", {labels['moment_of_truth']}"
            out = flow.outgoing(step.id)
            forward = [e.target for e in out if not e.back]
            if len(forward) > 1:
                text += f"; {labels['next']}: " + " | ".join(flow.position(t).step.action for t in forward)
            for e in out:
                if e.back:
                    text += f"; ↺ {labels['next']}: {flow.position(e.target).step.action}"
            if step.id not in reachable:
                text += " (—)"
            parts.append(text)
    return f"{labels['lane.emotion']}: " + "; ".join(parts)


def _lane_has_content(lane: str, journey: Journey) -> bool:
    steps = [s for st in journey.stages for s in st.steps]
    if lane == "actions":
        return True
    if lane == "touchpoints":
        return any(s.touchpoints for s in steps)
    if lane == "thoughts":
        return any(s.feeling or s.thoughts or s.motivation or s.questions for s in steps)
    if lane == "emotion":
        return any(s.emotion is not None for s in steps)
    if lane == "barriers":
        return any(s.barriers for s in steps)
    return any(getattr(stage, lane) for stage in journey.stages)


def _persona_image(journey: Journey, options: RenderOptions) -> tuple[str | None, str | None]:
    """The persona's picture as a data: URI (or an https: URL, as a link).

    A local picture must be a regular file inside the map's folder (or below
    it): ``..`` and links that lead out of the folder are refused, the file
    is opened without following a link, read to at most MAX_IMAGE_BYTES,
    and recognised by its content, which also gives the media type."""
    image = journey.persona.image
    if image is None:
        return None, None
    if image.startswith("https://"):
        return None, image  # never fetched: the page makes no request
    path_in_map = ("persona", "image")

    def problem(message: str) -> RenderProblem:
        return RenderProblem(path_in_map, "F001", message)

    if options.source is None:
        raise problem(f"cannot find '{image}': the map was read from standard input, so a relative image path has nothing to be relative to")
    if "\0" in image:
        raise problem(f"'{image}' is not a file name")
    folder = os.path.realpath(options.source.parent)
    candidate = os.path.join(folder, image)
    if not os.path.lexists(candidate):
        raise problem(f"'{image}' does not exist (paths are relative to the map's folder)")
    real = os.path.realpath(candidate)
    if os.path.isabs(image) or os.path.commonpath([folder, real]) != folder or real == folder:
        raise problem(f"'{image}' is outside the map's folder; a persona image must be in the map's folder or below it")
    try:
        fd = open_regular(real, follow=False)
        try:
            data = read_fd(fd, MAX_IMAGE_BYTES)
        finally:
            os.close(fd)
    except FileRefused as refused:
        if "larger than" in refused.strerror:
            raise problem(f"'{image}' is larger than {MAX_IMAGE_BYTES // 1024 // 1024} MB; embed a smaller picture") from None
        raise problem(f"'{image}' cannot be embedded: {refused.strerror}") from None
    except FileNotFoundError:
        raise problem(f"'{image}' does not exist (paths are relative to the map's folder)") from None
    except OSError as exc:
        raise problem(f"cannot read '{image}': {exc.strerror or type(exc).__name__}") from None
    kind = image_type(data)
    if kind is None:
        raise problem(f"'{image}' is not a picture journeyctl can embed (PNG, JPEG, GIF, WebP, AVIF or SVG, "
                      f"recognised by its content)")
    return f"data:{kind};base64,{base64.b64encode(data).decode('ascii')}", None


_SVG_PROLOGUE = re.compile(
    rb"""\A(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*\?>\s*)?(?:(?:<!--.*?-->|<!DOCTYPE\s+svg[^>]*>)\s*)*<svg[\s>/]""",
    re.DOTALL | re.IGNORECASE)


def image_type(data: bytes) -> str | None:
    """The media type of a picture, from its first bytes; None when it is
    none of PNG, JPEG, GIF, WebP, AVIF and SVG."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif"
    if len(data) >= 12 and data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if len(data) >= 16 and data[4:8] == b"ftyp":
        size = int.from_bytes(data[:4], "big")
        box = data[8:max(16, min(size, 4096))]
        brands = {box[i:i + 4] for i in range(0, len(box) - 3, 4) if i != 4}
        if brands & {b"avif", b"avis"}:
            return "image/avif"
    if _SVG_PROLOGUE.match(data[:64 * 1024]):
        return "image/svg+xml"
    return None


#: The page templates compiled to Python ahead of time (``compile_templates``),
#: so that a render does not parse and generate them again: about 70 ms of a
#: seed map's 0.1 s. A test keeps them identical to what the templates compile to.
COMPILED = Path(__file__).parent / "templates" / "compiled"


@lru_cache(maxsize=None)
def template(name: str):
    """A page template of ``templates/html`` (autoescaped, strict), loaded
    once per process from its precompiled module; the map, the blueprint and
    the touchpoints page share one environment."""
    return _environment().get_template(name)


@lru_cache(maxsize=2)
def _environment(precompiled: bool = True):
    from jinja2 import ChoiceLoader, Environment, ModuleLoader, PackageLoader, StrictUndefined, pass_context

    source = PackageLoader("journeyctl", "render/templates/html")
    environment = Environment(
        # A template not compiled ahead (a change not yet compiled) is read from its source.
        loader=ChoiceLoader([ModuleLoader(str(COMPILED)), source]) if precompiled else source,
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    environment.filters["ltr_numbers"] = pass_context(_ltr_numbers)
    environment.filters["text"] = pass_context(_text)
    environment.filters["list_items"] = pass_context(_list_items)
    environment.globals["channel_chip"] = channel_chip
    return environment


def compile_templates(target: Path = COMPILED) -> None:
    """Compile the page templates into ``target`` as Python modules
    (``python -m journeyctl.render.html`` after changing a template)."""
    for old in target.glob("tmpl_*.py"):
        old.unlink()
    _environment(precompiled=False).compile_templates(str(target), zip=None, filter_func=lambda n: n.endswith(".j2"))


def _ltr_numbers(context, value):
    """The templates' ``ltr_numbers`` filter, for user text: on a right-to-left
    page (``page.dir``) its signed numbers and numbers with separators marked
    left to right (:func:`journeyctl.text.bidi.mark_numbers_auto`), so that
    the browser draws −250 and 2026-10-02 as written, not 250− and
    02-10-2026; escaped, as :class:`~markupsafe.Markup`. On a left-to-right
    page, and for Markup (already HTML, never re-read), the value as it is.

    ``page`` is a variable given to ``render``, so it is in the context's
    parent (of an imported template's context too): read there, as a dict,
    it costs a fraction of a context lookup, and this runs for every text."""
    if value is None or isinstance(value, Markup) or getattr(context.parent.get("page"), "dir", None) != "rtl":
        return value
    return escape(bidi.mark_numbers_auto(str(value)))


def _text(context, value, cls: str = "") -> Markup:
    """The templates' ``text`` filter: user text as a paragraph of its own,
    ``dir="auto"``, with the class ``cls`` if any; the text through
    ``ltr_numbers`` and escaped."""
    attribute = f' class="{escape(cls)}"' if cls else ""
    return Markup(f'<p dir="auto"{attribute}>{escape(_ltr_numbers(context, value))}</p>')


def _list_items(context, items, cls: str = "") -> Markup:
    """The templates' ``list_items`` filter: a list of user texts as a
    ``<ul>`` (with the class ``cls`` if any), an item a line, each
    ``dir="auto"``, through ``ltr_numbers`` and escaped."""
    attribute = f' class="{escape(cls)}"' if cls else ""
    lines = "".join(f'<li dir="auto">{escape(_ltr_numbers(context, item))}</li>\n' for item in items)
    return Markup(f"<ul{attribute}>\n{lines}</ul>")


def channel_chip(channel: str | None) -> Markup:
    """A channel's icon as the pages show it beside the channel's name
    (decoration, hidden from screen readers)."""
    return Markup(f'<span class="channel" aria-hidden="true">{channel_icon(channel)}</span>')


@lru_cache(maxsize=None)
def stylesheet(name: str = "map.css") -> str:
    """A style sheet of ``templates/html``: ``map.css``, ``compare.css``
    (links between maps and ``--compare``, added only where they show), or
    a view's own (``blueprint.css``, ``touchpoints.css``). Read beside this
    module, as the compiled templates are (``COMPILED``)."""
    return (Path(__file__).parent / "templates" / "html" / name).read_text(encoding="utf-8")


def _links_shown(journey: Journey) -> bool:
    """Whether the map links to another: ``improves``, or a step's ``journey``."""
    return journey.improves is not None or any(p.step.journey for p in journey.flow.steps)


if __name__ == "__main__":
    compile_templates()
