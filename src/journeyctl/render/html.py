"""``-f html``: the journey map a team puts on the wall, as one HTML file.

Stages are columns and each step a sub-column; lanes (actions, touchpoints,
thoughts and feelings, the emotion curve, barriers, opportunities, backstage,
metrics) are rows, and an empty lane is left out. The page is self-contained:
inline CSS, no script, no request (a Content-Security-Policy forbids them),
a local persona image embedded as a data URI.

The layout data and the emotion curve's geometry are computed here; the
markup is ``templates/html/map.html.j2`` (Jinja2, autoescaped) and the style
``templates/html/map.css``.
"""

from __future__ import annotations

import base64
import os
import re
from dataclasses import dataclass, field
from functools import lru_cache

from journeyctl.format.vocabulary import EMOTIONS_DESCENDING, emotion_value
from journeyctl.render import channels, i18n
from journeyctl.base.diagnostics import RenderProblem
from journeyctl.base.files import MAX_IMAGE_BYTES, FileRefused, open_regular, read_fd
from journeyctl.format.model import Journey, Stage, Step
from journeyctl.render.base import Renderer, RenderOptions

#: Width of one step column and height of the curve, in the curve's SVG units
#: (one unit is one CSS pixel at the screen layout's column width).
COLUMN = 208
CURVE_HEIGHT = 156
CURVE_PAD = 30

#: The pictures a persona image may be (recognised by content, see image_type).
IMAGE_TYPES = ("image/png", "image/jpeg", "image/gif", "image/webp", "image/avif", "image/svg+xml")

#: Lanes in the order they are drawn, and whether each is per step or per stage.
LANES: tuple[tuple[str, str], ...] = (
    ("actions", "step"), ("touchpoints", "step"), ("thoughts", "step"), ("emotion", "stage"),
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

    @property
    def emotion(self) -> int | None:
        return self.step.emotion if self.step else None


@dataclass
class Curve:
    width: int
    height: int
    guides: list[tuple[int, str]]  # (emotion, y)
    lines: list[str]  # "x1 y1 x2 y2"
    markers: list[dict]
    label: str


@dataclass
class StageView:
    stage: Stage
    number: int
    columns: list[Column]
    curve: Curve | None = None
    empty: bool = False


@dataclass
class Page:
    journey: Journey
    lang: str
    dir: str
    labels: dict[str, str]
    stages: list[StageView]
    lanes: list[tuple[str, str]]
    image: str | None  # a data: URI
    image_link: str | None  # an https: URL, shown as a link only
    barrier_text: dict[str, str]
    step_action: dict[str, str]
    channels_used: list[tuple[str, str]]
    css: str
    emotion_levels: list[tuple[int, str, str, str]] = field(default_factory=list)


class HtmlRenderer(Renderer):
    name = "html"
    extensions = (".html", ".htm")
    media_type = "text/html"
    summary = "the journey map as one self-contained web page"

    def render(self, journey: Journey, options: RenderOptions) -> str:
        page = build_page(journey, options)
        return _template().render(page=page, j=journey, L=page.labels, symbol=channels.symbol,
                                  emotion_label=emotion_value, marker_path=marker_path)


def build_page(journey: Journey, options: RenderOptions) -> Page:
    labels = i18n.labels(journey.locale)
    direction = i18n.direction(journey.locale)

    stages: list[StageView] = []
    index = 0
    for number, stage in enumerate(journey.stages, start=1):
        if stage.steps:
            columns = [Column(step, index + i) for i, step in enumerate(stage.steps)]
        else:
            columns = [Column(None, index)]
        index += len(columns)
        stages.append(StageView(stage, number, columns, empty=not stage.steps))

    emotions = [c.emotion for view in stages for c in view.columns]
    lanes = [(key, kind) for key, kind in LANES if _lane_has_content(key, journey)]
    if any(key == "emotion" for key, _ in lanes):
        for view in stages:
            view.curve = _curve(view, emotions, labels, direction == "rtl")

    image, link = _persona_image(journey, options)
    used = sorted({t.channel for t in journey.touchpoints if t.channel},
                  key=lambda c: (c not in channels.SYMBOLS, c))
    return Page(
        journey=journey, lang=journey.locale, dir=direction, labels=labels, stages=stages,
        lanes=lanes, image=image, image_link=link,
        barrier_text={b.id: b.text for _, _, b in journey.barriers()},
        step_action={p.step.id: p.step.action for p in journey.flow.steps},
        channels_used=[(c, channels.symbol(c)) for c in used],
        css=_stylesheet(),
        emotion_levels=[
            (v, EMOTION_CLASS[v], labels[f"emotion.{v}"], marker_path(v, 11, 12)) for v in EMOTIONS_DESCENDING
        ],
    )


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


def _y(emotion: int) -> float:
    return CURVE_PAD + (2 - emotion) * (CURVE_HEIGHT - 2 * CURVE_PAD) / 4


def _curve(view: StageView, emotions: list[int | None], labels: dict[str, str], rtl: bool) -> Curve:
    """The part of the emotion curve over one stage's columns.

    A line joins each pair of neighbouring columns that both have an emotion;
    where the neighbour is in the next or previous stage, the line runs to
    the stage's edge, so the pieces of adjacent stages meet there. A column
    without an emotion leaves a gap.
    """
    first = view.columns[0].index
    width = COLUMN * len(view.columns)

    def x(index: int) -> float:
        local = (index - first + 0.5) * COLUMN
        return width - local if rtl else local

    lines = []
    for left in range(first - 1, first + len(view.columns)):
        right = left + 1
        if left < 0 or right >= len(emotions):
            continue
        a, b = emotions[left], emotions[right]
        if a is None or b is None:
            continue
        lines.append(f"{_n(x(left))} {_n(_y(a))} {_n(x(right))} {_n(_y(b))}")

    markers = []
    described = []
    for column in view.columns:
        step = column.step
        if step is None:
            continue
        if step.emotion is None:
            described.append(f"{step.action}: {labels['no_emotion']}")
            continue
        value = step.emotion
        cx, cy = x(column.index), _y(value)
        word = labels[f"emotion.{value}"]
        title = f"{step.action}: {emotion_value(value)} ({word})" + (f" — {step.feeling}" if step.feeling else "")
        described.append(title)
        markers.append({
            "x": _n(cx), "y": _n(cy), "label_y": _n(cy - 15 if value >= 0 else cy + 24),
            "value": value, "text": emotion_value(value), "cls": EMOTION_CLASS[value],
            "path": marker_path(value, cx, cy), "title": title, "mot": step.moment_of_truth,
        })
    guides = [(v, _n(_y(v))) for v in EMOTIONS_DESCENDING]
    return Curve(width, CURVE_HEIGHT, guides, lines, markers, f"{labels['lane.emotion']}: " + "; ".join(described))


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


@lru_cache(maxsize=1)
def _template():
    from jinja2 import Environment, PackageLoader, StrictUndefined

    env = Environment(
        loader=PackageLoader("journeyctl", "render/templates/html"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    return env.get_template("map.html.j2")


@lru_cache(maxsize=1)
def _stylesheet() -> str:
    from importlib.resources import files

    return (files("journeyctl") / "render" / "templates" / "html" / "map.css").read_text(encoding="utf-8")
