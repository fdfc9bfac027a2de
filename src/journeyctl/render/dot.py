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
    the channel view: touchpoints as nodes and an edge wherever the customer
    moves from one to the next, counted; a change of channel (the hand-offs
    the seeds warn about) is drawn heavy and orange, a change of owner on the
    same channel dashed.

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

from journeyctl.format.flow import components
from journeyctl.format.vocabulary import emotion_value
from journeyctl.render import channels, i18n
from journeyctl.format.model import Journey, Step
from journeyctl.render import Renderer, RenderOptions
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
NEXT, LOOP, SWITCH, GOLD = "#0b5cad", "#8250df", "#bc4c00", "#9a6700"

LEFT = '<br align="left"/>'
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
    settings: ClassVar[frozenset[str]] = frozenset({"graph", "direction"})

    def render(self, journey: Journey, options: RenderOptions) -> str:
        return build(journey, str(options.settings.get("graph") or "flow"),
                     str(options.settings.get("direction") or "auto"))


def build(journey: Journey, graph: str = "flow", direction: str = "auto") -> str:
    if direction not in DIRECTIONS:
        raise ValueError(f"unknown direction {direction!r}; choose from {', '.join(DIRECTIONS)}")
    if graph == "touchpoints":
        return _touchpoints(journey)
    if graph != "flow":
        raise ValueError(f"unknown graph {graph!r}; choose from {', '.join(GRAPHS)}")
    return _flow(journey, direction)


def rows(journey: Journey, direction: str = "auto") -> bool:
    """Whether the flow is drawn a stage a row (``tb``, or ``auto`` for a
    journey too long for one row). A right-to-left flow stays in one row:
    Graphviz places a row's steps left to right."""
    if direction == "auto":
        steps = sum(len(stage.steps) for stage in journey.stages)
        return steps > LR_STEPS and i18n.direction(journey.locale) != "rtl"
    return direction == "tb"


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
        ("label", html(f'<b>{lines(journey.title, 80, br=side)}</b>{side}<font point-size="10" color="{MUTED}">'
                       f"{xml(subtitle)}</font>{side}")),
    ])
    graph.attr("node", _attributes=[("shape", "plain"), ("fontname", FONT), ("fontsize", "11"), ("fontcolor", INK)])
    graph.attr("edge", _attributes=[("fontname", FONT), ("fontsize", "9"), ("color", LINE), ("arrowsize", "0.7")])
    return graph


# -------------------------------------------------------------------- flow


def _flow(journey: Journey, direction: str = "auto") -> str:
    labels = i18n.labels(journey.locale)
    flow = journey.flow
    stacked = rows(journey, direction)
    graph = _header(journey, journey.id or "journey", labels, stacked)
    placeholders: dict[int, str] = {}
    for number, stage in enumerate(journey.stages, start=1):
        with graph.subgraph(name="cluster_" + stage.id) as cluster:
            cluster.attr("graph", _attributes=[
                ("label", html(f"<b>{number}  {lines(stage.name, 40)}</b>")), ("style", "rounded,filled"),
                ("fillcolor", "#f3f6f9"), ("color", "#d0d7de"), ("fontsize", "12"), ("margin", "12"),
            ])
            for step in stage.steps:
                cluster.node("step:" + step.id, _attributes=[
                    ("label", html(_step_label(journey, step, labels))), ("tooltip", tooltip(step.action)),
                ])
            if stacked:  # the stage's steps side by side, in rows of ROW_STEPS
                for first in range(0, len(stage.steps), ROW_STEPS):
                    row = stage.steps[first:first + ROW_STEPS]
                    if len(row) > 1:
                        cluster.body.append("\t\t{rank=same " + " ".join(quoted("step:" + s.id) for s in row) + "}\n")
            if not stage.steps:
                node = f"empty:{stage.id}"
                placeholders[number - 1] = node
                cluster.node(node, _attributes=[
                    ("label", html(f'<font color="{MUTED}"><i>{xml(labels["no_steps"])}</i></font>')),
                    ("shape", "box"), ("style", "dashed,rounded"), ("color", LINE),
                ])

    for edge in flow.edges:
        attrs = []
        if edge.back:
            attrs = [("color", LOOP), ("style", "dashed"), ("constraint", "false"), ("penwidth", "1.4")]
        elif edge.explicit:
            attrs = [("color", NEXT), ("penwidth", "1.4")]
        graph.edge("step:" + edge.source, "step:" + edge.target, _attributes=attrs)

    for position in flow.ends:
        end = f"end:{position.step.id}"
        graph.node(end, _attributes=[
            ("label", html(f'<b>■ {xml(labels["journey_ends"])}</b>')), ("shape", "box"),
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


def _step_label(journey: Journey, step: Step, labels: dict[str, str]) -> str:
    # Right-to-left: text aligned right, the emotion on the left, and the
    # severity on a line of its own (a bold run and the text after it in one
    # line are placed left to right, not in the text's order).
    rtl = i18n.direction(journey.locale) == "rtl"
    start = "right" if rtl else "left"
    mot = step.moment_of_truth
    border = f'border="3" color="{GOLD}"' if mot else f'border="1" color="{MUTED}"'
    rows = []
    if mot:
        rows.append(f'<tr><td colspan="2" align="{start}"><font point-size="8" color="{GOLD}"><b>'
                    f'{xml(i18n.upper(labels["moment_of_truth"], journey.locale))}</b></font></td></tr>')
    emotion = ""
    if step.emotion is not None:
        word = xml(labels[f"emotion.{step.emotion}"])
        emotion = (f'<td bgcolor="{EMOTION_FILL[step.emotion]}" valign="top" width="30">'
                   f'<b>{emotion_value(step.emotion)}</b><br/><font point-size="7">{word}</font></td>')
    span = "" if emotion else ' colspan="2"'
    action = (f'<td align="{start}" balign="{start}" valign="top"{span}>'
              f'{lines(step.label or step.action, ACTION_COLUMNS, MAX_ACTION_LINES)}</td>')
    rows.append(f"<tr>{emotion}{action}</tr>" if rtl else f"<tr>{action}{emotion}</tr>")
    if step.touchpoints:
        names = ", ".join(
            f"{channels.symbol(journey.touchpoint(t).channel)} {journey.touchpoint(t).name}" for t in step.touchpoints
        )
        rows.append(f'<tr><td colspan="2" align="{start}" balign="{start}"><font point-size="9" color="{MUTED}">'
                    f"{lines(names, DETAIL_COLUMNS, 2)}</font></td></tr>")
    for barrier in step.barriers:
        severity = xml(i18n.upper(labels[f"severity.{barrier.severity}"], journey.locale))
        after = "<br/>" if rtl else " "
        rows.append(f'<tr><td colspan="2" align="{start}" balign="{start}" bgcolor="{SEVERITY_FILL[barrier.severity]}">'
                    f'<font point-size="9"><b>{severity}</b>{after}{lines(barrier.text, DETAIL_COLUMNS, 3)}</font></td></tr>')
    return (f'<table {border} cellborder="0" cellspacing="0" cellpadding="4" bgcolor="#ffffff" style="rounded">'
            + "".join(rows) + "</table>")


# ------------------------------------------------------------- touchpoints


def _touchpoints(journey: Journey) -> str:
    labels = i18n.labels(journey.locale)
    graph = _header(journey, (journey.id or "journey") + "-touchpoints", labels)
    used = {t for stage in journey.stages for step in stage.steps for t in step.touchpoints}
    for touchpoint in journey.touchpoints:
        if touchpoint.id not in used:
            continue
        meta = " · ".join(x for x in (touchpoint.channel, touchpoint.owner) if x)
        label = (f'<table border="1" cellborder="0" cellspacing="0" cellpadding="5" color="{MUTED}" '
                 f'bgcolor="#ffffff" style="rounded"><tr><td valign="top"><font point-size="16">'
                 f"{xml(channels.symbol(touchpoint.channel))}</font></td>"
                 f'<td align="left" balign="left">{lines(touchpoint.name, ACTION_COLUMNS, 3)}'
                 + (f'<br/><font point-size="9" color="{MUTED}">{lines(meta, DETAIL_COLUMNS, 2)}</font>' if meta else "")
                 + "</td></tr></table>")
        graph.node("tp:" + touchpoint.id, _attributes=[("label", html(label)), ("tooltip", tooltip(touchpoint.name))])

    for (source, target), count in transitions(journey).items():
        a, b = journey.touchpoint(source), journey.touchpoint(target)
        attrs = []
        if a.channel != b.channel:
            attrs += [("color", SWITCH), ("penwidth", "2.2")]
        elif a.owner != b.owner:
            attrs += [("color", SWITCH), ("style", "dashed"), ("penwidth", "1.4")]
        if count > 1:
            attrs.append(("label", f"×{count}"))
        graph.edge("tp:" + source, "tp:" + target, _attributes=attrs)
    return graph.source


def transitions(journey: Journey) -> dict[tuple[str, str], int]:
    """How often the customer moves from one touchpoint to another, in the
    order first seen: between the touchpoints of a step, in the order given,
    and from a step's last touchpoint to the first of each step that follows
    it in the flow (skipping steps without touchpoints), those in the order
    of the flow.

    Near-linear: what each step without touchpoints leads to is worked out
    once (:func:`_reached_through`), not again from every step before it, so
    the cost is the steps, the edges and the moves counted."""
    flow = journey.flow
    counts: dict[tuple[str, str], int] = {}

    def add(a: str, b: str) -> None:
        if a != b:
            counts[(a, b)] = counts.get((a, b), 0) + 1

    reached = _reached_through(journey)
    for position in flow.steps:
        step = position.step
        if not step.touchpoints:
            continue
        for a, b in zip(step.touchpoints, step.touchpoints[1:]):
            add(a, b)
        for following in _next_with_touchpoints(journey, step.id, reached):
            add(step.touchpoints[-1], flow.position(following).step.touchpoints[0])
    return counts


def _next_with_touchpoints(journey: Journey, step_id: str,
                           reached: dict[str, frozenset[str]] | None = None) -> list[str]:
    """The steps with touchpoints that follow ``step_id`` in the flow, directly
    or through steps without touchpoints, in the order of the flow."""
    flow = journey.flow
    if reached is None:
        reached = _reached_through(journey)
    found: set[str] = set()
    for edge in flow.outgoing(step_id):
        if flow.position(edge.target).step.touchpoints:
            found.add(edge.target)
        else:
            found |= reached[edge.target]
    found.discard(step_id)
    return sorted(found, key=lambda s: flow.position(s).order)


def _reached_through(journey: Journey) -> dict[str, frozenset[str]]:
    """For each step without touchpoints, the steps with touchpoints that a
    path from it reaches first (through steps without touchpoints only).

    The steps without touchpoints are taken a strongly connected component
    at a time, each after every component it leads to
    (:func:`journeyctl.format.flow.components`), so each set is the union of
    sets already known, computed once."""
    flow = journey.flow
    silent = [p.step.id for p in flow.steps if not p.step.touchpoints]
    is_silent = set(silent)

    def successors(step_id: str) -> list[str]:
        return [e.target for e in flow.outgoing(step_id)]

    reached: dict[str, frozenset[str]] = {}
    for component in components(silent, successors):
        members = set(component)
        parts: list[frozenset[str]] = []
        direct: set[str] = set()
        for member in component:
            for target in successors(member):
                if target not in is_silent:
                    direct.add(target)
                elif target not in members:
                    parts.append(reached[target])  # a later component: known already
        result = _union(parts, direct)
        for member in component:
            reached[member] = result
    return reached


def _union(parts: list[frozenset[str]], extra: set[str]) -> frozenset[str]:
    """The union of ``parts`` and ``extra``, sharing a part when it is all of it."""
    distinct = list({id(p): p for p in parts}.values())
    if not extra and len(distinct) == 1:
        return distinct[0]
    if not extra and not distinct:
        return frozenset()
    result = set(extra)
    for part in distinct:
        result |= part
    return frozenset(result)
