"""A map's history as a chart: an inline SVG for the map's page in the
portfolio site (``journeyctl log`` gives the same as tables).

One column per commit, oldest on the left: above, the emotion average (a
solid line) and the lowest point (a dashed line) on the −2…+2 scale; below,
the barriers open after the commit as bars, stacked by severity (critical
at the bottom). Under the bars, the commit's short id and date (thinned to
what fits). A commit at which the map does not load is a shaded column with
a "!" and no values, so both lines break there. Hovering a column shows its
figures and the commit's subject (SVG ``<title>``).

The SVG is self-contained and safe to put inline in a page: no script, no
style sheet, no ``id`` (nothing can clash with the page), no external
resource; every text from the repository or the map is escaped. Colours
come from the page's custom properties when it has them (``--accent``,
``--sev-critical``…, as the map's style sheet names them, dark mode
included), with the map's light colours as fallbacks; text is
``currentColor``. It is 900 units wide and scales to its container
(``max-width: 100%``); the lines and bars still read at a third of that.
The time axis runs left to right in every language (``direction="ltr"``),
as charts of time usually do; in a right-to-left page the words still
read right to left, with their numbers marked (:mod:`journeyctl.text.bidi`).

``chart_svg(history, labels)``: ``history`` is a
:class:`journeyctl.history.History` (read, not imported: the history room
is beside this one); ``labels`` are the words of the map's language,
:func:`journeyctl.render.i18n.labels` (the ``history.`` keys and the
severities).
"""

from __future__ import annotations

import math
from html import escape
from typing import Any, Mapping

from journeyctl.base.diagnostics import printable
from journeyctl.format.vocabulary import SEVERITIES_DESCENDING, average_text, signed
from journeyctl.render.i18n import LABELS
from journeyctl.text import bidi
from journeyctl.text.wrap import width as columns

#: The newest commits drawn, at most; a caption says when there were more.
CHART_MAX = 200

WIDTH = 900
LEFT, RIGHT = 48, 14
LEGEND_1 = 18  # baseline of the lines' legend
TOP = 34  # the emotion panel
EMOTION_HEIGHT = 160
BARS_LEGEND = TOP + EMOTION_HEIGHT + 26
BARS_TOP = BARS_LEGEND + 12
BARS_HEIGHT = 84
AXIS = BARS_TOP + BARS_HEIGHT
HEIGHT = AXIS + 40
#: Room a commit's label (id over date) needs, in units.
LABEL_ROOM = 76
FONT = ("system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'Noto Sans Thai', 'Noto Sans Arabic', 'DejaVu Sans', "
        "sans-serif")
MONO = "ui-monospace, SFMono-Regular, Menlo, Consolas, 'DejaVu Sans Mono', monospace"

AVERAGE, AVERAGE_FILL = "stroke:var(--accent,#0b5cad)", "fill:var(--accent,#0b5cad)"
LOWEST, LOWEST_FILL = "stroke:var(--curve,#24292f)", "fill:var(--curve,#24292f)"
GUIDE = "stroke:var(--guide,#d8dee4)"
MUTED = "fill:var(--muted,#57606a)"
SEVERITY = {
    "critical": "fill:var(--sev-critical,#b42318)", "high": "fill:var(--sev-high,#bc4c00)",
    "medium": "fill:var(--sev-medium,#9a6700)", "low": "fill:var(--sev-low,#57606a)",
}
#: Stacked from the bottom: the worst first, where bars are easiest to compare.
STACK = SEVERITIES_DESCENDING


def n(value: float) -> str:
    """A coordinate, printed the same way on every machine."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _text(value: str) -> str:
    """User or locale text for an SVG text node or attribute: printable
    (no control character, nothing XML forbids) and escaped."""
    return escape(printable(value), quote=True)


class _Words:
    def __init__(self, labels: Mapping[str, str]):
        self.labels = labels
        self.rtl = bidi.first_strong(self["history.average"]) == "rtl"

    def __getitem__(self, key: str) -> str:
        return self.labels.get(key) or LABELS["en"][key]

    def line(self, text: str) -> str:
        """A line made of words and numbers, its numbers kept left to right
        in right-to-left text."""
        return bidi.mark_numbers(text) if self.rtl else text


def _nice(top: int) -> int:
    """The bars' scale: the most barriers, rounded up to 1, 2, 5 × 10^k."""
    if top <= 4:
        return max(top, 1)
    power = 10 ** int(math.floor(math.log10(top)))
    for step in (1, 2, 5, 10):
        if step * power >= top:
            return step * power
    return 10 * power


def _label_indices(count: int, slot: float) -> list[int]:
    every = max(1, math.ceil(LABEL_ROOM / slot)) if slot > 0 else count
    picked = list(range(0, count, every))
    if picked and picked[-1] != count - 1:
        if (count - 1 - picked[-1]) * slot >= LABEL_ROOM:
            picked.append(count - 1)
        else:
            picked[-1] = count - 1
    return picked


def _tooltip(row: Any, words: _Words) -> str:
    r = row.revision
    lines = [f"{r.short} · {r.date}", r.subject]
    if row.problem is not None:
        lines.append(words.line(f"{words['history.problem']}: {row.problem}"))
    else:
        lines.append(words.line(f"{words['history.average']}: {average_text(row.emotion_average, '–')}"))
        if row.lowest is not None:
            lines.append(words.line(f"{words['history.lowest']}: {row.lowest[0]} ({signed(row.lowest[1])})"))
        counts = ", ".join(f"{row.barriers.get(s, 0)} {words['severity.' + s]}" for s in SEVERITIES_DESCENDING)
        lines.append(words.line(f"{words['history.barriers']}: {counts}"))
        lines.append(words.line(f"{words['history.opportunities']}: {row.opportunities}"))
        lines.append(words.line(f"{words['history.steps']}: {row.steps}"))
    return "\n".join(_text(line) for line in lines)


def _estimate(word: str) -> float:
    """About how wide ``word`` is at 12 units (no font metrics here: a
    generous 7.8 a column, so that entries never overlap)."""
    return columns(word) * 7.8


def _legend(x: float, y: float, items: list[tuple[str, str]], rtl: bool) -> list[str]:
    """Legend entries at baseline ``y`` from ``x``: (sample SVG drawn at
    0..16, word). The sample comes before the word in reading order: on its
    left, or on its right for a right-to-left language."""
    out = []
    for sample, word in items:
        room = _estimate(word)
        if rtl:
            out.append(f'<text x="{n(x + room)}" y="{n(y)}" text-anchor="end" fill="currentColor">{_text(word)}</text>'
                       f'<g transform="translate({n(x + room + 6)} {n(y)})">{sample}</g>')
        else:
            out.append(f'<g transform="translate({n(x)} {n(y)})">{sample}</g>'
                       f'<text x="{n(x + 22)}" y="{n(y)}" fill="currentColor">{_text(word)}</text>')
        x += room + 22 + 20
    return out


def _lines(points: list[tuple[float, float] | None], attributes: str, marker: str, dots: bool) -> list[str]:
    """A line through the points, broken where a point is None, and the
    ``marker`` on each point when the columns are wide enough (``dots``),
    and always on a point that stands alone."""
    out: list[str] = []
    run: list[tuple[float, float]] = []
    for point in points + [None]:
        if point is not None:
            run.append(point)
            continue
        if len(run) > 1:
            d = "M" + " L".join(f"{n(x)} {n(y)}" for x, y in run)
            out.append(f'<path d="{d}" fill="none" stroke-linejoin="round" stroke-linecap="round" {attributes}/>')
        if dots or len(run) == 1:
            out += [marker.format(x=n(x), y=n(y)) for x, y in run]
        run = []
    return out


def _svg(height: int, title: str) -> list[str]:
    return [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" '
            f'height="{height}" style="max-width:100%;height:auto" role="img" aria-label="{_text(title)}" '
            f'direction="ltr" font-family="{_text(FONT)}" font-size="12">', f"<title>{_text(title)}</title>"]


def chart_svg(history: Any, labels: Mapping[str, str]) -> str:
    """The chart of ``history`` (a journeyctl.history.History) with the
    words of ``labels`` (journeyctl.render.i18n.labels(locale))."""
    words = _Words(labels)
    rows = list(history.rows)
    total = len(rows)
    rows = rows[-CHART_MAX:]
    title = words["history.title"]
    if not rows:
        return "".join(_svg(TOP + 30, title) + [
            f'<text x="{LEFT}" y="{TOP}" fill="currentColor">{_text(words["history.none"])}</text></svg>'])
    parts = _svg(HEIGHT, title)

    plot = WIDTH - LEFT - RIGHT
    slot = plot / len(rows)

    def x_of(i: int) -> float:
        return LEFT + (i + 0.5) * slot

    def y_of(value: float) -> float:
        return TOP + (2 - value) * EMOTION_HEIGHT / 4

    # Legends and the caption when older commits are left out.
    average_sample = f'<path d="M0 -4 H16" style="{AVERAGE}" stroke-width="2.5"/>'
    lowest_sample = f'<path d="M0 -4 H16" style="{LOWEST}" stroke-width="2" stroke-dasharray="5 3"/>'
    parts += _legend(LEFT, LEGEND_1, [(average_sample, words["history.average"]),
                                      (lowest_sample, words["history.lowest"])], words.rtl)
    bars_word = words["history.barriers"]
    parts.append(f'<text x="{LEFT}" y="{BARS_LEGEND}" font-size="12" fill="currentColor">{_text(bars_word)}</text>')
    parts += _legend(LEFT + _estimate(bars_word) + 24, BARS_LEGEND,
                     [(f'<rect x="3" y="-10" width="11" height="11" style="{SEVERITY[s]}"/>', words["severity." + s])
                      for s in STACK], words.rtl)
    if total > len(rows):
        caption = words.line(words["history.cut"].format(shown=len(rows), total=total))
        parts.append(f'<text x="{WIDTH - RIGHT}" y="{LEGEND_1}" text-anchor="end" font-size="12" '
                     f'style="{MUTED}">{_text(caption)}</text>')

    # Columns where the map does not load.
    for i, row in enumerate(rows):
        if row.problem is not None:
            x = LEFT + i * slot + slot * 0.1
            for top, bottom in ((TOP, TOP + EMOTION_HEIGHT + 6), (BARS_TOP - 4, AXIS)):  # not over the legend
                parts.append(f'<rect x="{n(x)}" y="{top}" width="{n(slot * 0.8)}" height="{bottom - top}" '
                             f'style="fill:var(--panel,#f6f8fa);stroke:var(--line,#d0d7de)" stroke-dasharray="3 3"/>')
            if slot >= 9:
                parts.append(f'<text x="{n(x_of(i))}" y="{TOP + 14}" text-anchor="middle" font-weight="700" '
                             f'style="fill:var(--em-n2,#b42318)">!</text>')

    # The emotion scale.
    for value in (2, 1, 0, -1, -2):
        y = n(y_of(value))
        weight = "1.5" if value == 0 else "1"
        parts.append(f'<path d="M{LEFT} {y} H{WIDTH - RIGHT}" style="{GUIDE}" stroke-width="{weight}"/>')
        parts.append(f'<text x="{LEFT - 8}" y="{y}" dy="4" text-anchor="end" style="{MUTED}">'
                     f'{_text(signed(value))}</text>')

    # The bars.
    top = _nice(max((sum(r.barriers.values()) for r in rows if r.problem is None), default=0))
    unit = BARS_HEIGHT / top
    parts.append(f'<path d="M{LEFT} {AXIS} H{WIDTH - RIGHT}" style="{GUIDE}" stroke-width="1.5"/>')
    parts.append(f'<path d="M{LEFT} {BARS_TOP} H{WIDTH - RIGHT}" style="{GUIDE}" stroke-width="1"/>')
    for value, y in ((top, BARS_TOP), (0, AXIS)):
        parts.append(f'<text x="{LEFT - 8}" y="{y}" dy="4" text-anchor="end" style="{MUTED}">{value}</text>')
    bar = min(slot * 0.62, 34)
    for i, row in enumerate(rows):
        if row.problem is not None:
            continue
        y = float(AXIS)
        for severity in STACK:
            count = row.barriers.get(severity, 0)
            if count:
                height = count * unit
                y -= height
                parts.append(f'<rect x="{n(x_of(i) - bar / 2)}" y="{n(y)}" width="{n(bar)}" height="{n(height)}" '
                             f'style="{SEVERITY[severity]}"/>')

    # The two lines.
    dots = slot >= 7
    averages = [None if r.emotion_average is None else (x_of(i), y_of(r.emotion_average)) for i, r in enumerate(rows)]
    lowests = [None if r.lowest is None else (x_of(i), y_of(r.lowest[1])) for i, r in enumerate(rows)]
    lowest_marker = (f'<rect x="{{x}}" y="{{y}}" width="7" height="7" transform="translate(-3.5 -3.5)" '
                     f'style="{LOWEST_FILL}"/>')
    average_marker = f'<circle cx="{{x}}" cy="{{y}}" r="3.5" style="{AVERAGE_FILL}"/>'
    parts += _lines(lowests, f'style="{LOWEST}" stroke-width="2" stroke-dasharray="6 4"', lowest_marker, dots)
    parts += _lines(averages, f'style="{AVERAGE}" stroke-width="2.5"', average_marker, dots)

    # The commits' ids and dates.
    for i in _label_indices(len(rows), slot):
        x = min(max(x_of(i), 34), WIDTH - 34)
        r = rows[i].revision
        parts.append(f'<text x="{n(x)}" y="{AXIS + 16}" text-anchor="middle" font-size="11" '
                     f'font-family="{_text(MONO)}" fill="currentColor">{_text(r.short)}</text>')
        parts.append(f'<text x="{n(x)}" y="{AXIS + 31}" text-anchor="middle" font-size="11" '
                     f'style="{MUTED}">{_text(r.date)}</text>')

    # Last, on top of everything: a column per commit, its tooltip.
    for i, row in enumerate(rows):
        parts.append(f'<rect x="{n(LEFT + i * slot)}" y="{TOP - 6}" width="{n(slot)}" height="{HEIGHT - TOP + 6}" '
                     f'fill="#000" fill-opacity="0"><title>{_tooltip(row, words)}</title></rect>')
    parts.append("</svg>")
    return "".join(parts)
