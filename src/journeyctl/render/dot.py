"""``-f dot``: the journey's flow as Graphviz DOT source.

Two views, chosen with the ``graph`` setting (``--graph`` on the command line):

``flow`` (the default)
    left to right (right to left for a right-to-left language), one cluster per stage, one node per step showing its
    ``label`` if it has one, else its action (the tooltip always holds the
    action), its touchpoints' channel symbols, its emotion (a fill from a
    colour-blind-safe scale and the value as text) and its barriers with
    severity. Edges come from the flow model: file order in grey, ``next`` in
    blue, loops back dashed, and each end of the journey as a stop node.
    Moments of truth have a heavy gold border.

``touchpoints``
    the channel × stage matrix of :mod:`journeyctl.render.touchpoints` as one
    HTML-like table (:func:`_touchpoints`): per channel and stage the steps,
    their average emotion (the cell's fill) and barriers, and the hand-offs
    into each stage.

The DOT is built with the ``graphviz`` package (``Digraph``, ``subgraph``,
``node``, ``edge``, ``attr``), whose ``quote()`` writes every name and value.
User text reaches it already escaped by journeyctl: HTML-like labels as XML
(:func:`xml`, passed as ``<...>``, which ``quote()`` leaves as it is) and
tooltips for all three readings (:func:`tooltip`, marked ``nohtml``, which
``quote()`` puts in double quotes, unless it is a plain ID, with its quotes
escaped, leaving backslashes alone). So no text can break or inject DOT. Labels are wrapped by
:mod:`journeyctl.text.wrap`.
"""

from __future__ import annotations

import re
from typing import ClassVar

import graphviz
from graphviz import quoting

from journeyctl.format.vocabulary import emotion_value
from journeyctl.render import channels, i18n
from journeyctl.render import measured as measured_view
from journeyctl.format.model import Journey, Step
from journeyctl.render import Renderer, RenderOptions
from journeyctl.text.bidi import mark_numbers
from journeyctl.text.wrap import wrap

GRAPHS = ("flow", "touchpoints")
#: ``lr``: one row, stage after stage; ``tb``: a stage a row (of at most
#: :data:`ROW_STEPS` steps), rows from top to bottom; ``auto``: ``tb`` when one
#: row would be more than about 3:1 (more than :data:`LR_STEPS` steps).
DIRECTIONS = ("auto", "lr", "tb")
LR_STEPS = 4
ROW_STEPS = 4

#: Arimo is bundled with graphviz-pure, and has Arial's metrics elsewhere. The
#: list is a pango/fontconfig family list for a system Graphviz (the first
#: installed family, with fallback per character) and a CSS font-family in the
#: SVG, so a viewer without Arimo draws a sans-serif, not its default serif.
FONT = "Arimo, Liberation Sans, Arial, DejaVu Sans, Noto Sans, sans-serif"
#: graphviz-pure measures a font it bundles only: it is given this instead
#: (:mod:`journeyctl.render.graphviz`), and its SVG gets :data:`FONT` back.
BUNDLED_FONT = "Arimo"
#: ColorBrewer RdBu, diverging and colour-blind safe; light enough for black text.
EMOTION_FILL = {-2: "#f4a582", -1: "#fddbc7", 0: "#f7f7f7", 1: "#d1e5f0", 2: "#92c5de"}
SEVERITY_FILL = {"low": "#eaeef2", "medium": "#fff1c2", "high": "#ffd8b5", "critical": "#ffc1bc"}
INK, MUTED, LINE = "#1f2328", "#57606a", "#8c959f"
#: Transitions customers took that the flow does not have (``--measured``).
OBSERVED = "#c0392b"
NEXT, LOOP, SWITCH, GOLD = "#0b5cad", "#8250df", "#bc4c00", "#9a6700"

LEFT = '<br align="left"/>'
#: Bidi controls for right-to-left labels (:func:`_rtl`): right-to-left
#: isolate, pop directional isolate.
RLI, PDI = "\u2067", "\u2069"
ACTION_COLUMNS = 26
MAX_ACTION_LINES = 6
DETAIL_COLUMNS = 34
#: A tooltip longer than this (in characters) is cut, ending in "…": a system
#: Graphviz 2.x refuses a quoted string over 16384 bytes, and escaped each
#: character takes at most 5 (``&amp;``; a backslash 4, UTF-8 at most 4).
TOOLTIP_CHARACTERS = 2000

# Characters XML 1.0 cannot hold at all; Graphviz's HTML-label parser refuses them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml(text: str) -> str:
    """Text for an HTML-like label: XML-escaped, impossible characters replaced,
    and backslashes doubled: Graphviz (and graphviz-pure) expand ``\\G``,
    ``\\N`` and the like even inside HTML-like labels, after decoding entities."""
    text = _NOT_XML.sub("\ufffd", text).replace("\\", "\\\\")
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace('"', "&quot;").replace("'", "&#39;"))


def quoted(name: str) -> str:
    """A node, cluster or graph name as a DOT quoted string, taken whole.

    ``graphviz.escape`` doubles backslashes (and marks the name not HTML) and
    ``quote()`` escapes the quotes. ``quote()`` leaves a valid ID such as
    ``cluster_pay`` bare; it is quoted all the same, as the ids always were.
    """
    text = quoting.quote(graphviz.escape(name))
    return text if text.startswith('"') else f'"{text}"'


class _Digraph(graphviz.Digraph):
    """A ``Digraph`` whose node names are whole: ``edge()`` would otherwise
    read ``step:pay`` as node ``step``, port ``pay`` (``quote_edge``)."""

    _quote = _quote_edge = staticmethod(quoted)


def tooltip(text: str) -> str:
    """A tooltip that Graphviz (and graphviz-pure) write out as ``text``.

    A tooltip passes through three readings: the DOT lexer (``\\"`` -> ``"``),
    an unescape (``\\x`` -> ``x``, ``\\n`` -> newline) and escape-string
    expansion (``\\N`` -> the node's name, ``\\\\`` -> ``\\``). So a backslash
    is written as four, a newline as ``\\n``, a quote as ``\\"``; and ``&`` as
    ``&amp;``, because the SVG writer leaves anything that looks like an
    entity as it is. The result is for ``graphviz.quote()``: marked ``nohtml``
    (a tooltip ``<b>`` is text); ``quote()`` adds the surrounding quotes and
    keeps the ``\\"`` (a quote after an odd run of backslashes is escaped
    already), and no result ends in an odd run of backslashes.
    """
    text = _NOT_XML.sub("\ufffd", text).replace("\r\n", "\n").replace("\r", "\n")
    if len(text) > TOOLTIP_CHARACTERS:  # escaped, still within Graphviz 2.x's 16384-byte strings
        text = text[:TOOLTIP_CHARACTERS] + "…"
    text = text.replace("&", "&amp;").replace("\\", "\\" * 4).replace('"', '\\"').replace("\n", "\\n")
    return graphviz.nohtml(text)


def html(label: str) -> str:
    """An HTML-like label (already escaped) as ``quote()`` passes it on."""
    return f"<{label}>"


def lines(text: str, columns: int, max_lines: int | None = None, br: str = "<br/>") -> str:
    """Wrapped text as label lines joined by ``<br/>``."""
    return br.join(xml(line) for line in wrap(text, columns, max_lines))


class DotRenderer(Renderer):
    name = "dot"
    extensions = (".dot", ".gv")
    media_type = "text/vnd.graphviz"
    summary = "the flow (or --graph touchpoints) as Graphviz DOT source"
    settings: ClassVar[frozenset[str]] = frozenset({"graph", "direction", "measured"})

    def render(self, journey: Journey, options: RenderOptions) -> str:
        return build(journey, str(options.settings.get("graph") or "flow"),
                     str(options.settings.get("direction") or "auto"), options.settings.get("measured"))


def build(journey: Journey, graph: str = "flow", direction: str = "auto", measurement: object = None) -> str:
    """The DOT source of ``graph``; with a ``measurement`` (``--measured``),
    the flow's edges are weighted by the customers who took them."""
    if direction not in DIRECTIONS:
        raise ValueError(f"unknown direction {direction!r}; choose from {', '.join(DIRECTIONS)}")
    if graph == "touchpoints":
        return _touchpoints(journey)
    if graph != "flow":
        raise ValueError(f"unknown graph {graph!r}; choose from {', '.join(GRAPHS)}")
    return _flow(journey, direction, measured_view.view(journey, measurement))


def rows(journey: Journey, direction: str = "auto") -> bool:
    """Whether the flow is drawn a stage a row (``tb``, or ``auto`` for a
    journey too long for one row), in either reading direction: a
    right-to-left flow's rows read from the right (see :func:`_flow`)."""
    if direction == "auto":
        return sum(len(stage.steps) for stage in journey.stages) > LR_STEPS
    return direction == "tb"


#: Signed numbers and numbers with separators marked left to right (shared with the HTML map).
_numbers = mark_numbers


def _rtl(text: str) -> str:
    """A line of a right-to-left label as it should read, in a viewer that
    lays it out left to right (an SVG's ``<text>`` in a browser, graphviz-pure's
    PNG): numbers marked (:func:`_numbers`), and the line isolated right to
    left (RLI … PDI) unless it would read the same anyway: no left-to-right
    letter, and a right-to-left letter first and last (so a leading number or
    symbol, a closing full stop, a Latin name all fall into place)."""
    import unicodedata

    text = _numbers(text)
    kinds = [unicodedata.bidirectional(c) for c in text]
    kinds = [k for k in kinds if k not in ("NSM", "BN")]  # marks go with their letter
    if kinds and kinds[0] in ("R", "AL") and kinds[-1] in ("R", "AL") and "L" not in kinds:
        return text
    return RLI + text + PDI


def _lines(text: str, columns: int, max_lines: int | None = None, rtl: bool = False, br: str = "<br/>") -> str:
    """:func:`lines`, each line through :func:`_rtl` for a right-to-left map."""
    if not rtl:
        return lines(text, columns, max_lines, br)
    return br.join(xml(_rtl(line)) for line in wrap(text, columns, max_lines))


def _header(journey: Journey, name: str, labels: dict[str, str], stacked: bool = False) -> graphviz.Digraph:
    subtitle = f"{labels['state.' + journey.state]} · {journey.persona.name}"
    graph = _Digraph(name=name)
    # Right-to-left languages read the flow from the right: the first stage's
    # rank (and so its cluster) is drawn rightmost.
    rtl = i18n.direction(journey.locale) == "rtl"
    side = '<br align="right"/>' if rtl else LEFT
    # Attribute lists as pairs: graphviz sorts a dict's (and keyword arguments').
    graph.attr("graph", _attributes=[
        ("rankdir", "TB" if stacked else "RL" if rtl else "LR"), ("newrank", "true"), ("fontname", FONT), ("fontsize", "12"), ("fontcolor", INK),
        ("nodesep", "0.3"), ("ranksep", "0.45"), ("pad", "0.3"), ("labelloc", "t"), ("labeljust", "r" if rtl else "l"),
        ("charset", "UTF-8"),
        ("label", html(f'<b>{_lines(journey.title, 80, rtl=rtl, br=side)}</b>{side}<font point-size="10" color="{MUTED}">'
                       f"{xml(_rtl(subtitle) if rtl else subtitle)}</font>{side}")),
    ])
    graph.attr("node", _attributes=[("shape", "plain"), ("fontname", FONT), ("fontsize", "11"), ("fontcolor", INK)])
    graph.attr("edge", _attributes=[("fontname", FONT), ("fontsize", "9"), ("color", LINE), ("arrowsize", "0.7")])
    return graph


# -------------------------------------------------------------------- flow


def _flow(journey: Journey, direction: str = "auto", measured: measured_view.Measured | None = None) -> str:
    labels = i18n.labels(journey.locale)
    flow = journey.flow
    stacked = rows(journey, direction)
    graph = _header(journey, journey.id or "journey", labels, stacked)
    rtl = i18n.direction(journey.locale) == "rtl"
    placeholders: dict[int, str] = {}
    row_of: dict[str, tuple[int, int]] = {}  # a step's row: (stage number, first step's index)
    for number, stage in enumerate(journey.stages, start=1):
        if rtl:  # the number first, on the right
            name = wrap(stage.name, 40) or [""]
            title = "<br/>".join(xml(_rtl(line)) for line in [f"{number}  {name[0]}", *name[1:]])
        else:
            title = f"{number}  {lines(stage.name, 40)}"
        with graph.subgraph(name="cluster_" + stage.id) as cluster:
            cluster.attr("graph", _attributes=[
                ("label", html(f"<b>{title}</b>")), ("style", "rounded,filled"),
                ("fillcolor", "#f3f6f9"), ("color", "#d0d7de"), ("fontsize", "12"), ("margin", "12"),
            ])
            for step in stage.steps:
                cluster.node("step:" + step.id, _attributes=[
                    ("label", html(_step_label(journey, step, labels))), ("tooltip", tooltip(step.action)),
                ])
            if stacked:  # the stage's steps side by side, in rows of ROW_STEPS
                for first in range(0, len(stage.steps), ROW_STEPS):
                    row = stage.steps[first:first + ROW_STEPS]
                    row_of.update((s.id, (number, first)) for s in row)
                    if len(row) > 1:
                        cluster.body.append("\t\t{rank=same " + " ".join(quoted("step:" + s.id) for s in row) + "}\n")
            if not stage.steps:
                node = f"empty:{stage.id}"
                placeholders[number - 1] = node
                cluster.node(node, _attributes=[
                    ("label", html(f'<font color="{MUTED}"><i>{xml(_rtl(labels["no_steps"]) if rtl else labels["no_steps"])}</i></font>')),
                    ("shape", "box"), ("style", "dashed,rounded"), ("color", LINE),
                ])

    for edge in flow.edges:
        attrs = []
        if edge.back:
            attrs = [("color", LOOP), ("style", "dashed"), ("constraint", "false"), ("penwidth", "1.4")]
        elif edge.explicit:
            attrs = [("color", NEXT), ("penwidth", "1.4")]
        source, target = edge.source, edge.target
        if rtl and not edge.back and source in row_of and row_of[source] == row_of.get(target):
            # Within a rank Graphviz draws an edge's tail left of its head: a
            # right-to-left row's edge is written head to tail and drawn back.
            source, target = target, source
            attrs = [*attrs, ("dir", "back")]
        if measured is not None:
            attrs = [*attrs, *_traffic(measured, edge.source, edge.target)]
        graph.edge("step:" + source, "step:" + target, _attributes=attrs)
    if measured is not None:  # what customers did that the flow does not have
        for pair in measured.irregular:
            graph.edge("step:" + pair.source, "step:" + pair.target, _attributes=[
                ("color", OBSERVED), ("fontcolor", OBSERVED), ("style", "dashed"), ("constraint", "false"),
                ("penwidth", _pen(pair.customers, measured)),
                ("label", measured_view.count(pair.customers, measured.k)),
            ])

    ends = f"■ {labels['journey_ends']}"
    for position in flow.ends:
        end = f"end:{position.step.id}"
        graph.node(end, _attributes=[
            ("label", html(f'<b>{xml(_rtl(ends) if rtl else ends)}</b>')), ("shape", "box"),
            ("style", "rounded,filled"), ("fillcolor", INK), ("fontcolor", "#ffffff"), ("fontsize", "9"),
            ("margin", "0.1,0.05"),
        ])
        graph.edge("step:" + position.step.id, end,
                   _attributes=[("color", INK), ("arrowhead", "tee"), ("penwidth", "1.4")])

    # Keep stages without steps in their place in the order.
    ordered = [(i, [s.id for s in st.steps]) for i, st in enumerate(journey.stages)]
    for index, node in placeholders.items():
        before = [ids[-1] for i, ids in ordered if i < index and ids]
        after = [ids[0] for i, ids in ordered if i > index and ids]
        if before:
            graph.edge("step:" + before[-1], node, _attributes=[("style", "invis")])
        if after:
            graph.edge(node, "step:" + after[0], _attributes=[("style", "invis")])
    return graph.source


def _pen(customers: int | None, measured: measured_view.Measured) -> str:
    """An edge's width by its customers, 1 to 7 points against the busiest
    edge of the flow (withheld counts: 1)."""
    return f"{1 + 6 * (customers or 0) / measured.busiest:.1f}"


def _traffic(measured: measured_view.Measured, source: str, target: str) -> list[tuple[str, str]]:
    """A flow edge's width and label from the measurement: customers and
    the conversion from its source; nothing for an edge that cannot be
    observed (an unbound step at either end)."""
    edge = measured.edges.get((source, target))
    if edge is None or not edge.measured:
        return []
    label = measured_view.count(edge.customers, measured.k)
    if edge.conversion is not None:
        label += f" · {measured_view.percent(edge.conversion)}"
    return [("penwidth", _pen(edge.customers, measured)), ("label", label)]


def _step_label(journey: Journey, step: Step, labels: dict[str, str]) -> str:
    # Right-to-left: text aligned right, the emotion on the left, and the
    # severity on a line of its own (a bold run and the text after it in one
    # line are placed left to right, not in the text's order). Its lines go
    # through _rtl, its numbers through _numbers (−1, not 1−).
    rtl = i18n.direction(journey.locale) == "rtl"
    line = _rtl if rtl else str
    start = "right" if rtl else "left"
    mot = step.moment_of_truth
    border = f'border="3" color="{GOLD}"' if mot else f'border="1" color="{MUTED}"'
    rows = []
    if mot:
        rows.append(f'<tr><td colspan="2" align="{start}"><font point-size="8" color="{GOLD}"><b>'
                    f'{xml(line(i18n.upper(labels["moment_of_truth"], journey.locale)))}</b></font></td></tr>')
    emotion = ""
    if step.emotion is not None:
        word = xml(line(labels[f"emotion.{step.emotion}"]))
        value = _numbers(emotion_value(step.emotion)) if rtl else emotion_value(step.emotion)
        emotion = (f'<td bgcolor="{EMOTION_FILL[step.emotion]}" valign="top" width="30">'
                   f'<b>{value}</b><br/><font point-size="7">{word}</font></td>')
    span = "" if emotion else ' colspan="2"'
    action = (f'<td align="{start}" balign="{start}" valign="top"{span}>'
              f'{_lines(step.label or step.action, ACTION_COLUMNS, MAX_ACTION_LINES, rtl)}</td>')
    rows.append(f"<tr>{emotion}{action}</tr>" if rtl else f"<tr>{action}{emotion}</tr>")
    if step.touchpoints:
        names = ", ".join(
            f"{channels.symbol(journey.touchpoint(t).channel)} {journey.touchpoint(t).name}" for t in step.touchpoints
        )
        rows.append(f'<tr><td colspan="2" align="{start}" balign="{start}"><font point-size="9" color="{MUTED}">'
                    f"{_lines(names, DETAIL_COLUMNS, 2, rtl)}</font></td></tr>")
    for barrier in step.barriers:
        severity = xml(line(i18n.upper(labels[f"severity.{barrier.severity}"], journey.locale)))
        after = "<br/>" if rtl else "&#160;"  # a system dot's SVG drops a leading space
        rows.append(f'<tr><td colspan="2" align="{start}" balign="{start}" bgcolor="{SEVERITY_FILL[barrier.severity]}">'
                    f'<font point-size="9"><b>{severity}</b>{after}{_lines(barrier.text, DETAIL_COLUMNS, 3, rtl)}</font></td></tr>')
    return (f'<table {border} cellborder="0" cellspacing="0" cellpadding="4" bgcolor="#ffffff" style="rounded">'
            + "".join(rows) + "</table>")


# ------------------------------------------------------------- touchpoints

#: The touchpoints table: the least width of a stage's column and of the
#: channel headings (points), and the wrap of a step's name and of the
#: smaller text (columns). A column is wider than the text wrapped to it,
#: so a viewer's font a little wider than the one Graphviz measured (an SVG
#: from graphviz-pure where Arimo is not installed) still fits.
TP_COLUMN = 200
TP_HEADING = 116
TP_STEP_COLUMNS = 28
TP_DETAIL_COLUMNS = 32
TP_HEAD_COLUMNS = 24
TP_HEAD_FILL, TP_PANEL = "#eef3f8", "#f6f8fa"
#: A severity's marker colour (the map's, with at least 3:1 on white).
TP_SEVERITY_INK = {"low": "#57606a", "medium": "#9a6700", "high": "#bc4c00", "critical": "#b42318"}
#: Between two runs of a line: a space an SVG viewer keeps (it drops a
#: run's leading space, and system Graphviz writes no ``xml:space``).
NBSP = "\u00a0"


def _touchpoints(journey: Journey) -> str:
    """The touchpoints view: the channel × stage matrix
    (:func:`journeyctl.render.touchpoints.matrix`) as one HTML-like table,
    measured by Graphviz like the flow. A row per channel and a column per
    stage (the first stage on the right for a right-to-left language). A
    cell is filled with the colour of its steps' average emotion
    (:data:`EMOTION_FILL`) and says the value and its word, then its steps
    with the touchpoints they use, then its barriers, each after a marker
    of its severity's colour and the severity. The last rows: the hand-offs
    into each stage (the total under the heading), and the fills' legend."""
    from journeyctl.render import touchpoints as tp

    m = tp.matrix(journey)
    draw = _TouchpointCells(journey, tp.labels(journey.locale))
    words, start, rtl = draw.words, draw.start, draw.rtl
    head = [draw.td(f"<b>{draw.text(words['touchpoints.channel'], 20)}</b>", TP_HEAD_FILL, TP_HEADING)]
    for column in m.columns:
        content = f"<b>{draw.text(str(column.number) + NBSP * 2 + column.stage.name, TP_HEAD_COLUMNS)}</b>"
        if not column.has_touchpoints:
            content += "<br/>" + draw.small(f"<i>{draw.text(words['touchpoints.none'], TP_DETAIL_COLUMNS)}</i>", MUTED)
        head.append(draw.td(content, TP_HEAD_FILL))
    rows = [draw.row(head)]
    for channel in m.channels:
        name = f"{channels.symbol(channel)} {tp.channel_label(journey.locale, channel, words)}"
        rows.append(draw.row([draw.td(f"<b>{draw.text(name, 18)}</b>", TP_PANEL, TP_HEADING)]
                             + [draw.cell(m.cell(channel, c.stage.id)) for c in m.columns]))
    handoffs = [draw.td(f"<b>{draw.text(words['touchpoints.handoffs'], 18)}</b><br/>"
                        f'<font point-size="16" color="{NEXT}"><b>{m.total}</b></font>', TP_PANEL, TP_HEADING)]
    for column in m.columns:
        moves = "".join("<br/>" + draw.small(draw.text(
            f"{tp.move_text(move, journey.locale, words, True, '←' if rtl else '→')} ×{move.count}",
            TP_DETAIL_COLUMNS)) for move in column.moves)
        handoffs.append(draw.td(f'<font point-size="14" color="{NEXT if column.handoffs else MUTED}">'
                                f"<b>{column.handoffs}</b></font>{moves}", TP_PANEL))
    rows.append(draw.row(handoffs))
    chips = [f'<td bgcolor="{EMOTION_FILL[v]}">'
             f'{draw.small(draw.runs(f"<b>{draw.text(emotion_value(v), 8)}</b>", draw.text(words[f"emotion.{v}"], 30)))}</td>'
             for v in (-2, -1, 0, 1, 2)]
    rows.append(draw.row([
        f'<td border="0" align="{start}" balign="{start}">{draw.small(draw.text(words["touchpoints.average_emotion"], 18), MUTED)}</td>',
        f'<td border="0" colspan="{len(m.columns)}"><table border="0" cellborder="0" cellspacing="2" cellpadding="3">'
        f"{draw.row(chips)}</table></td>"]))
    table = ('<table border="0" cellborder="1" cellspacing="0" cellpadding="5" color="#d0d7de" bgcolor="#ffffff">'
             + "".join(rows) + "</table>")

    graph = _Digraph(name=(journey.id or "journey") + "-touchpoints")
    side = '<br align="right"/>' if rtl else LEFT
    subtitle = f"{words['touchpoints.title']} · {words['state.' + journey.state]} · {journey.persona.name}"
    graph.attr("graph", _attributes=[
        ("fontname", FONT), ("fontsize", "12"), ("fontcolor", INK), ("pad", "0.3"), ("labelloc", "t"),
        ("labeljust", "r" if rtl else "l"), ("charset", "UTF-8"),
        ("label", html(f"<b>{draw.text(journey.title, 80, br=side)}</b>{side}"
                       f'<font point-size="10" color="{MUTED}">{draw.text(subtitle, 120, br=side)}</font>{side}')),
    ])
    graph.attr("node", _attributes=[("shape", "plain"), ("fontname", FONT), ("fontsize", "10"), ("fontcolor", INK)])
    graph.node("touchpoints", _attributes=[
        ("label", html(table)), ("tooltip", tooltip(f"{words['touchpoints.title']}: {journey.title}")),
    ])
    return graph.source


class _TouchpointCells:
    """The pieces of the touchpoints table, in the map's reading direction."""

    def __init__(self, journey: Journey, words: dict[str, str]):
        self.locale = journey.locale
        self.words = words
        self.rtl = i18n.direction(journey.locale) == "rtl"
        self.start = "right" if self.rtl else "left"

    def text(self, value: str, columns: int, max_lines: int | None = None, br: str = "<br/>") -> str:
        return _lines(value, columns, max_lines, self.rtl, br)

    def runs(self, *parts: str) -> str:
        """Runs of one line: Graphviz places them left to right, so a right-to-left line's first goes last."""
        return (NBSP * 2).join(reversed(parts) if self.rtl else parts)

    def row(self, cells: list[str]) -> str:
        return "<tr>" + "".join(reversed(cells) if self.rtl else cells) + "</tr>"

    def td(self, content: str, fill: str, width: int = TP_COLUMN) -> str:
        return (f'<td bgcolor="{fill}" align="{self.start}" balign="{self.start}" valign="top" width="{width}">'
                f"{content}</td>")

    @staticmethod
    def small(content: str, colour: str = INK) -> str:
        return f'<font point-size="9" color="{colour}">{content}</font>'

    def cell(self, cell) -> str:
        """A cell of the matrix: its average emotion (and fill), steps and barriers, one text."""
        from journeyctl.render import touchpoints as tp

        if cell.empty:
            return f'<td width="{TP_COLUMN}"> </td>'
        gap = '<br/><font point-size="4"> </font><br/>'
        if cell.emotion is None:
            fill, parts = "#ffffff", [self.small(f"<i>{self.text(self.words['no_emotion'], TP_DETAIL_COLUMNS)}</i>", MUTED)]
        else:
            value = tp.level(cell.emotion)
            fill = EMOTION_FILL[value]
            parts = [self.runs(f'<font point-size="12"><b>{self.text(tp.average_text(cell.emotion), 8)}</b></font>',
                               self.small(xml(self.words[f"emotion.{value}"])))]
        for entry in cell.entries:
            parts.append(self.text(entry.text, TP_STEP_COLUMNS) + "<br/>"
                         + self.small(self.text(", ".join(entry.touchpoints), TP_DETAIL_COLUMNS, 3), MUTED))
        for barrier in cell.barriers:
            severity = xml(i18n.upper(self.words[f"severity.{barrier.severity}"], self.locale))
            mark = self.runs(f'<font color="{TP_SEVERITY_INK[barrier.severity]}">■</font>', f"<b>{severity}</b>")
            parts.append(self.small(f"{mark}<br/>{self.text(barrier.text, TP_DETAIL_COLUMNS, 4)}"))
        return self.td(gap.join(parts), fill)
