"""``--view touchpoints``: the channel × stage matrix as data (counted by
hand on a small map), its HTML page and its Graphviz table, laid out for
real: the page in headless Chromium in four scripts (English, Arabic right
to left, Thai, Russian), the SVG from a system dot and from graphviz-pure
opened in Chromium, their boxes measured; and golden files."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from journeyctl.api import render
from journeyctl.load import load, load_bytes
from journeyctl.render import RenderOptions, views
from journeyctl.render.dot import EMOTION_FILL, build
from journeyctl.render.graphviz import SvgRenderer
from journeyctl.render.touchpoints import (
    Cell, Entry, HandOff, Move, Pain, TouchpointsRenderer, average_text, handoffs, labels, level, matrix,
)

from chromium import Browser, find_chromium
from conftest import EXAMPLES, ROOT
from test_render_html import without_stylesheet

SMALL = """\
journeyctl: 1
title: Small
persona: {name: Pat}
touchpoints:
  - {id: site, name: Site, channel: web, owner: Marketing}
  - {id: portal, name: Portal, channel: web, owner: Product}
  - {id: call, name: Call line, channel: phone, owner: Support}
  - {id: mail, name: Mailer, channel: email, owner: Support}
  - {id: kiosk, name: Kiosk, channel: fax}
  - {id: note, name: Note}
stages:
  - id: find
    name: Find
    steps:
      - {id: a, action: Looks at the site, touchpoints: [site], emotion: 1}
      - id: b
        action: Logs in to the portal with the password from the letter
        label: Logs in
        touchpoints: [portal]
        emotion: -2
        barriers:
          - {id: pw, text: Password rules, severity: low}
          - {id: lock, text: Locked out, severity: critical}
      - {id: c, action: Thinks it over}
  - id: ask
    name: Ask
    steps:
      - id: d
        action: Calls support
        touchpoints: [call, note]
        emotion: -1
        barriers: [{id: hold, text: On hold, severity: high}]
      - {id: e, action: Gets a mail, touchpoints: [mail], next: [d, f]}
      - {id: f, action: Uses the kiosk, touchpoints: [kiosk, site], emotion: 2}
  - id: later
    name: Later
"""

ARABIC = """\
journeyctl: 1
title: شراء هاتف من المتجر الإلكتروني
locale: ar
persona: {name: سارة}
touchpoints:
  - {id: web, name: الموقع الإلكتروني, channel: web, owner: التسويق}
  - {id: app, name: تطبيق المتجر, channel: mobile-app, owner: المنتج}
  - {id: branch, name: الفرع, channel: store, owner: العمليات}
stages:
  - id: a
    name: البحث
    steps:
      - {id: s1, action: تبحث عن هاتف مناسب على الموقع, touchpoints: [web], emotion: 1}
      - {id: s2, action: تقارن الأسعار في التطبيق, touchpoints: [app], emotion: 0}
  - id: b
    name: الدفع
    steps:
      - id: s3
        action: تدفع ثمن الهاتف ببطاقة الائتمان
        touchpoints: [web]
        emotion: -2
        barriers:
          - {id: reload, text: صفحة الدفع تعيد تحميل نفسها بعد إدخال البطاقة 3 مرات, severity: critical}
  - id: c
    name: الاستلام
    steps:
      - {id: s4, action: تستلم الهاتف من الفرع, touchpoints: [branch], emotion: 1}
"""


def journey_of(text: str):
    return load_bytes(text.encode("utf-8"), "m.yaml").journey


def example(stem: str):
    return load(next(p for p in EXAMPLES if p.stem == stem)).journey


# -------------------------------------------------------------- the data


def test_matrix_of_a_small_map_counted_by_hand():
    m = matrix(journey_of(SMALL))
    # the vocabulary's order (web, email, phone), then unknown channels, then none
    assert m.channels == ("web", "email", "phone", "fax", None)
    assert [c.stage.id for c in m.columns] == ["find", "ask", "later"]
    assert [c.has_touchpoints for c in m.columns] == [True, True, False]
    assert len(m.cells) == 5 * 3

    assert m.cell("web", "find") == Cell("web", "find", (
        Entry("a", "Looks at the site", "Looks at the site", ("Site",), 1),
        Entry("b", "Logs in", "Logs in to the portal with the password from the letter", ("Portal",), -2),
    ), -0.5, (Pain("lock", "Locked out", "critical", "b"), Pain("pw", "Password rules", "low", "b")))
    hold = (Pain("hold", "On hold", "high", "d"),)
    assert m.cell("phone", "ask") == Cell("phone", "ask", (Entry("d", "Calls support", "Calls support", ("Call line",), -1),),
                                         -1.0, hold)
    assert m.cell(None, "ask") == Cell(None, "ask", (Entry("d", "Calls support", "Calls support", ("Note",), -1),), -1.0, hold)
    assert m.cell("email", "ask") == Cell("email", "ask", (Entry("e", "Gets a mail", "Gets a mail", ("Mailer",), None),),
                                         None, ())
    assert m.cell("fax", "ask").entries[0].touchpoints == ("Kiosk",) and m.cell("fax", "ask").emotion == 2
    assert m.cell("web", "ask").entries == (Entry("f", "Uses the kiosk", "Uses the kiosk", ("Site",), 2),)
    empty = [(ch, st) for (ch, st), cell in m.cells.items() if cell.empty]
    assert sorted(empty, key=str) == sorted(
        [("email", "find"), ("phone", "find"), ("fax", "find"), (None, "find")]
        + [(ch, "later") for ch in m.channels], key=str)
    assert all("c" not in [e.step for e in cell.entries] for cell in m.cells.values())  # no touchpoints: no row

    # a -> b: the owner changes on the web; b -> (c, looked through) -> d: web to phone;
    # d -> e: phone to email; e -> d goes back (not counted); e -> f: email to web and fax.
    assert m.handoffs == (
        HandOff("a", "b", "find", (("web",), ("web",)), (("Marketing",), ("Product",)), False, True),
        HandOff("b", "d", "ask", (("web",), ("phone", None)), (("Product",), ("Support",)), True, True),
        HandOff("d", "e", "ask", (("phone", None), ("email",)), (("Support",), ("Support",)), True, False),
        HandOff("e", "f", "ask", (("email",), ("web", "fax")), (("Support",), ("Marketing",)), True, True),
    )
    assert m.total == 4
    assert m.by_stage == {"find": 1, "ask": 3, "later": 0}
    assert m.by_pair == {(("web",), ("web",)): 1, (("web",), ("phone", None)): 1,
                         (("phone", None), ("email",)): 1, (("email",), ("web", "fax")): 1}
    assert m.columns[0].moves == (Move("owner", ("Marketing",), ("Product",), 1),)
    assert [mv.before for mv in m.columns[1].moves] == [("web",), ("phone", None), ("email",)]
    assert m.columns[2].moves == () and m.columns[2].handoffs == 0


def test_unknown_owners_and_channels_are_no_change_and_loops_are_not_counted():
    text = """\
journeyctl: 1
title: Moves
persona: {name: Pat}
touchpoints:
  - {id: site, name: Site, channel: web, owner: Marketing}
  - {id: portal, name: Portal, channel: web, owner: Product}
  - {id: call, name: Call, channel: phone, owner: Sales}
  - {id: anon, name: Anonymous page, channel: web}
  - {id: nowhere, name: Somewhere, owner: Sales}
stages:
  - id: s
    name: S
    steps:
      - {id: a, action: A, touchpoints: [site, portal]}
      - {id: b, action: B}
      - {id: c, action: C, touchpoints: [call], next: [a, d]}
      - {id: d, action: D, touchpoints: [nowhere]}
      - {id: e, action: E, touchpoints: [anon]}
"""
    found = [(h.source, h.target, h.channel_changed, h.owner_changed) for h in handoffs(journey_of(text))]
    # c -> a is a loop back; d has no channel (unknown: no channel change, same owner);
    # e has no owner (unknown), and d no channel: nothing to compare
    assert found == [("a", "c", True, True)]


def test_average_emotion_as_text_and_level():
    assert [average_text(v) for v in (-0.5, 1 / 3, 2.0, 0.0, -2.0, 1.25, -0.04)] == \
        ["−0.5", "+0.3", "+2", "0", "−2", "+1.2", "0"]
    assert [level(v) for v in (-0.5, 0.49, 1.5, -1.5, 0.0, 2.0)] == [-1, 0, 2, -2, 0, 2]


def test_the_words_come_from_i18n_in_every_language():
    assert labels("en")["touchpoints.no_channel"] == "No channel"
    assert labels("ar")["touchpoints.handoffs"] and labels("xx-unknown")["touchpoints.title"] == "Touchpoints by channel"


def test_a_map_without_touchpoints_has_no_rows():
    m = matrix(journey_of("journeyctl: 1\ntitle: T\npersona: {name: P}\nstages:\n  - id: s\n    name: S\n"
                          "    steps:\n      - {id: a, action: A}\n"))
    assert m.channels == () and m.total == 0 and not m.columns[0].has_touchpoints
    assert 'class="tp-matrix"' in TouchpointsRenderer().render(journey_of(SMALL), RenderOptions())
    assert "digraph" in build(journey_of("journeyctl: 1\ntitle: T\npersona: {name: P}\nstages:\n  - {id: s, name: S}\n"),
                              "touchpoints")


# --------------------------------------------------------------- wiring


def test_touchpoints_is_a_view_of_html_and_of_the_graphviz_formats():
    assert views.views_of("html") == ("map", "blueprint", "touchpoints")
    for fmt in ("pdf", "png", "dot", "svg"):
        assert "touchpoints" in views.views_of(fmt)
    assert views.kind("html", "touchpoints") == "grid" and views.kind("png", "touchpoints") == "graph"
    assert views.kind("pdf", "map") == "grid" and views.kind("svg", "flow") == "graph"
    journey = journey_of(SMALL)
    page = render(journey, "html", view="touchpoints").decode("utf-8")
    assert 'class="tp-matrix"' in page and "view-touchpoints" in page
    assert render(journey, "dot", view="touchpoints").decode("utf-8") == build(journey, "touchpoints")


def test_the_dot_table():
    source = build(journey_of(SMALL), "touchpoints")
    assert source.count("[label=<<table") == 1  # one node: the whole matrix is one table
    assert f'bgcolor="{EMOTION_FILL[-1]}"' in source  # web x find: −0.5, drawn as −1
    assert "<b>−0.5</b>" in source and "No channel" in source and "Hand-offs" in source
    assert "Owner: Marketing → Product ×1" in source
    assert '<font point-size="16" color="#0b5cad"><b>4</b></font>' in source  # the total
    assert "CRITICAL" in source and source.index("CRITICAL") < source.index("LOW")


def test_the_page_keeps_the_map_pages_header_and_print_css():
    page = TouchpointsRenderer().render(journey_of(SMALL), RenderOptions(settings={"paper": "a4", "fit": "page"}))
    assert "@page { size: A4 landscape;" in page and 'class="paper-a4 fit-page"' in page
    assert "Persona:</strong> <bdi>Pat</bdi>" in page and "<title>Touchpoints by channel: Small</title>" in page
    assert page.count('<tr class="tp-row">') == 5 and page.count('<th scope="col" class="tp-stage"') == 3


# --------------------------------------------------------------- golden

GOLDEN = ["en-billing-support", "ru-smartphone-pickup"]


@pytest.mark.parametrize("stem", GOLDEN)
def test_golden(stem, golden):
    path = next(p for p in EXAMPLES if p.stem == stem)
    journey = load(path).journey
    page = TouchpointsRenderer().render(journey, RenderOptions(source=path))
    golden(f"touchpoints/{stem}.html", without_stylesheet(page).encode("utf-8"))
    golden(f"touchpoints/{stem}.dot", build(journey, "touchpoints").encode("utf-8"))


# ------------------------------------------------- the page in Chromium

CHROMIUM = find_chromium()
needs_chromium = pytest.mark.skipif(CHROMIUM is None and not os.environ.get("CI"), reason="no Chromium")
SYSTEM_DOT = shutil.which("dot")
needs_dot = pytest.mark.skipif(SYSTEM_DOT is None and not os.environ.get("CI"), reason="no system Graphviz dot")

MAPS = {
    "en": lambda: example("en-billing-support"),
    "ar": lambda: journey_of(ARABIC),
    "th": lambda: example("th-business-phone"),
    "ru": lambda: example("ru-smartphone-pickup"),
}

#: The table's boxes: each row's heading and cells, and every text inside a
#: cell (one box per line of each text node).
PAGE_BOXES = """
(() => {
  const box = r => ({x1: r.left, y1: r.top, x2: r.right, y2: r.bottom});
  const texts = cell => {
    const out = [];
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      if (!node.data.trim() || node.parentElement.closest('.visually-hidden')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const r of range.getClientRects()) if (r.width > 0) out.push({text: node.data.trim(), ...box(r)});
    }
    for (const svg of cell.querySelectorAll('svg')) out.push({text: 'svg', ...box(svg.getBoundingClientRect())});
    return out;
  };
  const row = tr => [...tr.children].map(c => ({tag: c.tagName, ...box(c.getBoundingClientRect()), texts: texts(c)}));
  const table = document.querySelector('.tp-matrix');
  return {
    head: row(table.tHead.rows[0]),
    rows: [...table.tBodies[0].rows].map(row),
    foot: row(table.tFoot.rows[0]),
    dir: getComputedStyle(document.documentElement).direction,
  };
})()
"""


@pytest.fixture(scope="module")
def browser():
    if CHROMIUM is None:
        pytest.skip("no Chromium")
    browser = Browser(CHROMIUM)
    yield browser
    browser.close()


def overlap(a: dict, b: dict) -> float:
    w = min(a["x2"], b["x2"]) - max(a["x1"], b["x1"])
    h = min(a["y2"], b["y2"]) - max(a["y1"], b["y1"])
    return max(w, 0) * max(h, 0)


def inside(inner: dict, outer: dict, slack: float = 1.0) -> bool:
    return (outer["x1"] - slack <= inner["x1"] and inner["x2"] <= outer["x2"] + slack
            and outer["y1"] - slack <= inner["y1"] and inner["y2"] <= outer["y2"] + slack)


@needs_chromium
@pytest.mark.parametrize("name", sorted(MAPS))
def test_page_grid_in_chromium(name, browser, tmp_path):
    journey = MAPS[name]()
    m = matrix(journey)
    path = tmp_path / f"{name}.html"
    # (a persona image is relative to the map: the examples' folder)
    path.write_text(TouchpointsRenderer().render(journey, RenderOptions(source=EXAMPLES[0])), encoding="utf-8")
    browser.open(path, width=1600, height=1000)
    assert browser.problems() == [] and browser.requests() == [path.resolve().as_uri()]
    layout = browser.evaluate(PAGE_BOXES)
    stages = len(journey.stages)
    # a row per channel, a column per stage (and the channel headings' column)
    assert len(layout["rows"]) == len(m.channels) > 0
    for row in [layout["head"], *layout["rows"], layout["foot"]]:
        assert len(row) == stages + 1 and row[0]["tag"] == "TH"
    rtl = name == "ar"
    assert layout["dir"] == ("rtl" if rtl else "ltr")
    cells = [c for row in [layout["head"], *layout["rows"], layout["foot"]] for c in row]
    for row in [layout["head"], *layout["rows"], layout["foot"]]:
        xs = [c["x1"] for c in row]
        # reading order: the channel heading first, then stage 1, 2...: from the right in Arabic
        assert xs == sorted(xs, reverse=rtl), (name, xs)
        assert len({round(c["y1"]) for c in row}) == 1 and len({round(c["y2"]) for c in row}) == 1
    for column in range(stages + 1):  # each column's cells line up under its heading
        lefts = {round(row[column]["x1"]) for row in [layout["head"], *layout["rows"], layout["foot"]]}
        rights = {round(row[column]["x2"]) for row in [layout["head"], *layout["rows"], layout["foot"]]}
        assert len(lefts) == 1 and len(rights) == 1, (name, column, lefts, rights)
    for i, a in enumerate(cells):
        assert a["x2"] > a["x1"] and a["y2"] > a["y1"]
        for b in cells[i + 1:]:
            assert overlap(a, b) < 1, (name, a, b)
        for text in a["texts"]:
            assert inside(text, a), (name, text, {k: a[k] for k in ("x1", "y1", "x2", "y2")})
    # the cells hold what the matrix says: every step of a cell, by its name
    for row, channel in zip(layout["rows"], m.channels):
        for cell, column in zip(row[1:], m.columns):
            drawn = " ".join(t["text"] for t in cell["texts"])
            for entry in m.cell(channel, column.stage.id).entries:
                assert entry.text in drawn, (name, entry.text)


# ----------------------------------------------- the SVG in Chromium

#: In the SVG: every box a cell draws (its border or its fill) and every
#: text of the table, in the page's coordinates.
SVG_BOXES = """
(() => {
  const box = r => ({x1: r.left, y1: r.top, x2: r.right, y2: r.bottom});
  const node = document.querySelector('g.node');
  const shapes = [...node.querySelectorAll('polygon')].map(p => ({
    border: p.getAttribute('fill') === 'none', ...box(p.getBoundingClientRect())}));
  const texts = [...node.querySelectorAll('text')].filter(t => t.textContent.trim())
    .map(t => ({text: t.textContent, ...box(t.getBoundingClientRect())}));
  return {shapes, texts};
})()
"""


def svg_check(name: str, journey, program: str, browser, tmp_path) -> None:
    data = SvgRenderer().render(journey, RenderOptions(settings={"graph": "touchpoints", "dot_binary": program}))
    path = tmp_path / f"{name}-{program}.svg"
    path.write_bytes(data)
    browser.open(path, width=4000, height=3000)
    layout = browser.evaluate(SVG_BOXES)
    m = matrix(journey)
    cells = [s for s in layout["shapes"] if s["border"]]
    # a bordered cell for each channel's row, the heading row and the hand-offs, times the stages and headings
    assert len(cells) == (len(m.channels) + 2) * (len(journey.stages) + 1), (name, program, len(cells))
    for i, a in enumerate(cells):
        for b in cells[i + 1:]:
            assert overlap(a, b) < 2, (name, program, a, b)
    assert layout["texts"]
    for text in layout["texts"]:
        centre = ((text["x1"] + text["x2"]) / 2, (text["y1"] + text["y2"]) / 2)
        around = [s for s in layout["shapes"]
                  if s["x1"] <= centre[0] <= s["x2"] and s["y1"] <= centre[1] <= s["y2"]]
        assert around, (name, program, text)
        smallest = min(around, key=lambda s: (s["x2"] - s["x1"]) * (s["y2"] - s["y1"]))
        assert inside(text, smallest, 1.5), (name, program, text, smallest)


@needs_dot
@needs_chromium
@pytest.mark.parametrize("name", sorted(MAPS))
def test_svg_of_system_dot_keeps_text_inside_its_cells(name, browser, tmp_path):
    svg_check(name, MAPS[name](), "dot", browser, tmp_path)


@needs_chromium
@pytest.mark.parametrize("name", ["en", "ru"])  # the scripts of graphviz-pure's own fonts
def test_svg_of_graphviz_pure_keeps_text_inside_its_cells(name, browser, tmp_path):
    svg_check(name, MAPS[name](), "graphviz-pure", browser, tmp_path)


@needs_dot
@needs_chromium
def test_svg_right_to_left_puts_the_first_stage_on_the_right(browser, tmp_path):
    journey = journey_of(ARABIC)
    path = tmp_path / "ar.svg"
    path.write_bytes(SvgRenderer().render(journey, RenderOptions(settings={"graph": "touchpoints", "dot_binary": "dot"})))
    browser.open(path, width=2000, height=1000)
    x = browser.evaluate("""(() => Object.fromEntries([...document.querySelectorAll('g.node text')]
        .map(t => [t.textContent, t.getBoundingClientRect().left])))()""")
    heading = {name: left for text, left in x.items() for name in ("البحث", "الدفع", "الاستلام") if name in text}
    assert heading["البحث"] > heading["الدفع"] > heading["الاستلام"]


def test_the_touchpoints_page_takes_paper_and_fit(run, tmp_path):
    """--paper and --fit print the html page of the touchpoints view, as
    they print the map's."""
    out = tmp_path / "tp.html"
    result = run("render", str(ROOT / "examples" / "en-billing-support.yaml"), "-f", "html",
                 "--view", "touchpoints", "--paper", "a4", "--fit", "page", "-o", str(out))
    assert result.code == 0, result.stderr
    assert "@page { size: A4 landscape;" in out.read_text(encoding="utf-8")
