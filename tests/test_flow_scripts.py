"""The flow in every script, with the real layout programs.

A system Graphviz ``dot`` lays out the flow where there is one (it measures
text with the installed fonts); graphviz-pure where there is none, or when
``JOURNEYCTL_DOT=graphviz-pure``. For each example and two Arabic maps (and
the English mirror of the long one): the SVG from the system dot, opened in
headless Chromium (which draws it with the same fontconfig fonts), keeps
every text inside its node and no severity word over its barrier text, within
about 3:1; a PNG whose script no font draws is refused (exit 3); Greek
capitals drop their accents; right-to-left maps run right to left, a long one
in rows read from the right, top to bottom (positions measured in both
layout programs; ``--direction`` chooses), with its signed numbers drawn
sign first (measured in Chromium). Without a system dot or Chromium those
tests are skipped (``.ci/run`` installs both).
"""

from __future__ import annotations

import os
import re
import shutil
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from journeyctl.load import load, load_bytes
from journeyctl.render import RenderOptions, i18n, layout
from journeyctl.render.dot import FONT, build
from journeyctl.render.graphviz import PngRenderer, SvgRenderer, scripts_without_fonts

from chromium import Browser, find_chromium
from conftest import EXAMPLES

SYSTEM_DOT = shutil.which("dot")
needs_dot = pytest.mark.skipif(SYSTEM_DOT is None and not os.environ.get("CI"), reason="no system Graphviz dot")
CHROMIUM = find_chromium()
needs_chromium = pytest.mark.skipif(CHROMIUM is None and not os.environ.get("CI"), reason="no Chromium")

ARABIC = """\
journeyctl: 1
title: شراء هاتف من المتجر الإلكتروني
locale: ar
persona: {name: سارة}
touchpoints:
  - {id: web, name: الموقع الإلكتروني, channel: web}
stages:
  - id: a
    name: البحث
    steps:
      - {id: s1, action: تبحث عن هاتف مناسب على الموقع, touchpoints: [web], emotion: 1}
  - id: b
    name: الدفع
    steps:
      - id: s2
        action: تدفع ثمن الهاتف ببطاقة الائتمان
        moment_of_truth: true
        emotion: -2
        barriers:
          - {id: reload, text: صفحة الدفع تعيد تحميل نفسها بعد إدخال البطاقة, severity: critical}
  - id: c
    name: الاستلام
    steps:
      - {id: s3, action: تستلم الهاتف من الفرع}
"""

CJK = """\
journeyctl: 1
title: 购买手机
locale: zh
persona: {name: 李}
stages:
  - id: a
    name: 购买
    steps:
      - {id: s1, action: 在网站上购买手机}
"""


#: Ten steps in rows of at most four (dot.ROW_STEPS): s1-s3 | s4-s7 | s8 | s9-s10,
#: with a loop back (s7 to s5), a skip (s1 to s3) and numbers in the text.
LONG_ARABIC = """\
journeyctl: 1
title: شراء هاتف من المتجر الإلكتروني
locale: ar
persona: {name: سارة}
touchpoints:
  - {id: web, name: الموقع الإلكتروني, channel: web}
  - {id: app, name: تطبيق الجوال, channel: mobile-app}
  - {id: store, name: الفرع, channel: store}
stages:
  - id: a
    name: البحث
    steps:
      - {id: s1, next: [s2, s3], action: تبحث عن هاتف مناسب على الموقع, touchpoints: [web], emotion: 1}
      - {id: s2, action: تقارن بين طرازين جنبًا إلى جنب, touchpoints: [web], emotion: 0}
      - {id: s3, action: تقرأ تقييمات الطراز المختار, emotion: 2}
  - id: b
    name: الدفع
    steps:
      - {id: s4, action: تضيف الهاتف إلى السلة, touchpoints: [web], emotion: 1}
      - {id: s5, action: تدخل عنوان التوصيل قبل 10:30, emotion: 0}
      - id: s6
        action: تدفع ثمن الهاتف ببطاقة الائتمان
        moment_of_truth: true
        emotion: -2
        barriers:
          - {id: reload, text: صفحة الدفع تعيد تحميل نفسها بعد إدخال البطاقة, severity: critical}
          - {id: balance, text: الرصيد يظهر −250 ريالًا بعد الدفع, severity: high}
      - {id: s7, next: [s8, s5], action: تتلقى رسالة التأكيد بالبريد الإلكتروني, emotion: -1}
      - {id: s8, action: تثبّت تطبيق Souq لمتابعة الطلب, touchpoints: [app], emotion: 1}
  - id: c
    name: الاستلام
    steps:
      - {id: s9, action: تذهب إلى الفرع, touchpoints: [store], emotion: 0}
      - {id: s10, action: تستلم الهاتف من الفرع, touchpoints: [store], emotion: 2}
"""

#: The same map in English: the same rows, read from the left.
LONG_ENGLISH = """\
journeyctl: 1
title: Buying a phone from the online shop
locale: en
persona: {name: Sara}
touchpoints:
  - {id: web, name: Website, channel: web}
  - {id: app, name: Mobile app, channel: mobile-app}
  - {id: store, name: Branch, channel: store}
stages:
  - id: a
    name: Search
    steps:
      - {id: s1, next: [s2, s3], action: Searches the website for a suitable phone, touchpoints: [web], emotion: 1}
      - {id: s2, action: Compares two models side by side, touchpoints: [web], emotion: 0}
      - {id: s3, action: Reads the reviews of the chosen model, emotion: 2}
  - id: b
    name: Payment
    steps:
      - {id: s4, action: Adds the phone to the basket, touchpoints: [web], emotion: 1}
      - {id: s5, action: Enters the delivery address before 10:30, emotion: 0}
      - id: s6
        action: Pays for the phone with a credit card
        moment_of_truth: true
        emotion: -2
        barriers:
          - {id: reload, text: The payment page reloads itself after the card is entered, severity: critical}
          - {id: balance, text: The balance shows −250 riyals after paying, severity: high}
      - {id: s7, next: [s8, s5], action: Receives the confirmation email, emotion: -1}
      - {id: s8, action: Installs the Souq app to follow the order, touchpoints: [app], emotion: 1}
  - id: c
    name: Collection
    steps:
      - {id: s9, action: Goes to the branch, touchpoints: [store], emotion: 0}
      - {id: s10, action: Collects the phone from the branch, touchpoints: [store], emotion: 2}
"""
LONG_ROWS = [["s1", "s2", "s3"], ["s4", "s5", "s6", "s7"], ["s8"], ["s9", "s10"]]


def journey_of(text: str):
    return load_bytes(text.encode("utf-8"), "m.yaml").journey


MAPS = {p.stem: (lambda p=p: load(p).journey) for p in EXAMPLES}
MAPS["ar-phone"] = lambda: journey_of(ARABIC)
MAPS["ar-phone-long"] = lambda: journey_of(LONG_ARABIC)
MAPS["en-phone-long"] = lambda: journey_of(LONG_ENGLISH)


# ------------------------------------------------------------ which program


def test_system_dot_is_the_default_where_there_is_one(monkeypatch, tmp_path):
    monkeypatch.delenv(layout.ENVIRONMENT, raising=False)
    fake = tmp_path / "dot"
    fake.write_text("#!/bin/sh\n")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ['PATH']}")
    assert layout.find_program("svg") == str(fake)
    assert layout.find_program("png") == str(fake)
    # without one, graphviz-pure
    monkeypatch.setenv("PATH", str(tmp_path / "nowhere"))
    assert layout.is_bundled(layout.find_program("svg"))


def test_graphviz_pure_can_be_forced(monkeypatch):
    monkeypatch.setenv(layout.ENVIRONMENT, "graphviz-pure")
    assert layout.is_bundled(layout.find_program("svg"))
    monkeypatch.delenv(layout.ENVIRONMENT)
    assert layout.is_bundled(layout.find_program("png", "graphviz-pure"))


# ------------------------------------------------------------------- fonts


def test_the_font_is_a_list_ending_in_a_generic_family():
    source = build(load(EXAMPLES[0]).journey)
    assert FONT.endswith(", sans-serif") and FONT.startswith("Arimo, ")
    assert source.count(f'fontname="{FONT}"') == 3


@pytest.mark.parametrize("program", [
    pytest.param("dot", marks=needs_dot), "graphviz-pure",
])
def test_svg_names_the_font_list(program):
    data = SvgRenderer().render(load(EXAMPLES[0]).journey, RenderOptions(settings={"dot_binary": program}))
    families = set(re.findall(rb'font-family="([^"]*)"', data))
    assert families == {FONT.encode()}


def test_graphviz_pure_measures_its_own_arimo(monkeypatch):
    """The list would make graphviz-pure fall back to Times metrics."""
    journey = load(next(p for p in EXAMPLES if p.stem == "ru-smartphone-pickup")).journey
    data = SvgRenderer().render(journey, RenderOptions(settings={"dot_binary": "graphviz-pure"}))
    reference = layout.run(layout.bundled(), build(journey).replace(FONT, "Arimo"), "svg")
    assert data == reference.replace(b'font-family="Arimo"', f'font-family="{FONT}"'.encode())


# ---------------------------------------------------- scripts and the PNG


def test_greek_capitals_have_no_accents():
    assert i18n.upper("κρίσιμη", "el") == "ΚΡΙΣΙΜΗ"
    assert i18n.upper("στιγμή της αλήθειας", "el-GR") == "ΣΤΙΓΜΗ ΤΗΣ ΑΛΗΘΕΙΑΣ"
    assert i18n.upper("προϊόν", "el") == "ΠΡΟΪΟΝ"  # the diaeresis stays
    assert i18n.upper("kritinė", "lt") == "KRITINĖ"
    source = build(load(next(p for p in EXAMPLES if p.stem == "el-grocery-order")).journey)
    assert "ΣΤΙΓΜΗ ΤΗΣ ΑΛΗΘΕΙΑΣ" in source and "ΜΕΤΡΙΑ" in source and "ΜΈΤΡΙΑ" not in source


def test_png_of_graphviz_pure_refuses_thai(run, tmp_path):
    thai = next(p for p in EXAMPLES if p.stem == "th-business-phone")
    out = tmp_path / "th.png"
    result = run("render", str(thai), "-f", "png", "--view", "flow", "-o", str(out),
                 env={"JOURNEYCTL_DOT": "graphviz-pure"})
    assert result.code == 3 and "Traceback" not in result.stderr
    assert "no Thai letters" in result.stderr and "fonts-thai-tlwg" in result.stderr
    assert "render -f svg" in result.stderr
    assert not out.exists()
    # the SVG is fine: its viewer draws the text
    result = run("render", str(thai), "-f", "svg", "-o", str(tmp_path / "th.svg"),
                 env={"JOURNEYCTL_DOT": "graphviz-pure"})
    assert result.code == 0, result.stderr


@needs_dot
def test_png_of_system_dot_refuses_a_script_without_fonts(monkeypatch):
    if not scripts_without_fonts("中文"):
        pytest.skip("this machine has CJK fonts")
    with pytest.raises(Exception) as caught:
        PngRenderer().render(journey_of(CJK), RenderOptions(settings={"dot_binary": "dot"}))
    assert "no installed font has the Cjk letters" in str(caught.value)
    assert "fonts-noto-core" in str(caught.value)


@needs_dot
def test_png_of_system_dot_cli_exit_3(run, write, tmp_path):
    if not scripts_without_fonts("中文"):
        pytest.skip("this machine has CJK fonts")
    result = run("render", str(write(CJK)), "-f", "png", "--view", "flow", "-o", str(tmp_path / "zh.png"),
                 env={"JOURNEYCTL_DOT": "dot"})
    assert result.code == 3 and "Traceback" not in result.stderr and "render -f svg" in result.stderr


@needs_dot
@pytest.mark.parametrize("name", ["th-business-phone", "el-grocery-order", "ru-smartphone-pickup", "ar-phone"])
def test_png_of_system_dot_draws_these_scripts(name):
    png = PngRenderer().render(MAPS[name](), RenderOptions(settings={"dot_binary": "dot"}))
    assert png.startswith(b"\x89PNG")


# -------------------------------------------------------- right to left


def test_right_to_left_flow_runs_right_to_left():
    source = build(journey_of(ARABIC))
    assert "rankdir=RL" in source and "labeljust=r" in source and 'align="left"' not in source
    assert "rankdir=LR" in build(load(EXAMPLES[0]).journey, direction="lr")
    assert "rankdir=RL" in build(journey_of(ARABIC), direction="auto")  # one row, read from the right
    assert "rankdir=TB" in build(journey_of(LONG_ARABIC))  # rows, each read from the right
    assert "rankdir=RL" in build(journey_of(LONG_ARABIC), direction="lr")


@needs_dot
def test_right_to_left_stages_are_mirrored():
    data = SvgRenderer().render(journey_of(ARABIC), RenderOptions(settings={"dot_binary": "dot"}))
    root = ET.fromstring(data)
    x = {}
    for group in root.iter("{http://www.w3.org/2000/svg}g"):
        if group.get("class") == "cluster":
            label = group.find("{http://www.w3.org/2000/svg}text")  # the stage's name
            x[group.find("{http://www.w3.org/2000/svg}title").text] = float(label.get("x"))
    assert x["cluster_a"] > x["cluster_b"] > x["cluster_c"]


SVG = "{http://www.w3.org/2000/svg}"
PROGRAMS = [pytest.param("dot", marks=needs_dot), "graphviz-pure"]


def centres(svg: bytes) -> dict[str, tuple[float, float]]:
    """Each step's centre as drawn (y grows downwards): the middle of its
    node's outline."""
    found = {}
    for group in ET.fromstring(svg).iter(SVG + "g"):
        name = group.find(SVG + "title").text if group.get("class") == "node" else ""
        if not name.startswith("step:"):
            continue
        numbers = [float(n) for shape in group.iter() if shape.tag in (SVG + "path", SVG + "polygon")
                   for n in re.findall(r"-?\d+(?:\.\d+)?", shape.get("d") or shape.get("points"))]
        xs, ys = numbers[0::2], numbers[1::2]
        found[name[5:]] = ((min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2)
    return found


def measured_rows(svg: bytes) -> list[list[str]]:
    """The steps by row (the nodes of a rank share their centre's y), the top
    row first, each row from left to right."""
    rows: dict[int, list[tuple[float, str]]] = {}
    for step, (x, y) in centres(svg).items():
        rows.setdefault(round(y), []).append((x, step))
    return [[step for _, step in sorted(row)] for _, row in sorted(rows.items())]


def left_to_right(svg: bytes) -> list[str]:
    """The steps from left to right (one row: a branch may sit above another)."""
    return [step for step, _ in sorted(centres(svg).items(), key=lambda item: item[1][0])]


def proportion(svg: bytes) -> float:
    width, height = (float(v) for v in re.search(rb'<svg width="([\d.]+)pt" height="([\d.]+)pt"', svg).groups())
    return width / height


@pytest.mark.parametrize("program", PROGRAMS)
@pytest.mark.parametrize("text, rtl", [(LONG_ARABIC, True), (LONG_ENGLISH, False)], ids=["ar", "en"])
def test_long_flow_wraps_in_rows_read_in_its_direction(program, text, rtl):
    """A stage a row (four steps at most), rows from the top down; within a
    row the first step is on the right in Arabic, on the left in English (the
    positions measured in the SVG of both layout programs); within 3:1."""
    data = SvgRenderer().render(journey_of(text), RenderOptions(settings={"dot_binary": program}))
    assert measured_rows(data) == [row[::-1] if rtl else row for row in LONG_ROWS]  # top to bottom
    assert 1 / 3 <= proportion(data) <= 3, proportion(data)


def test_right_to_left_row_edges_are_drawn_back():
    """Within a rank Graphviz puts an edge's tail on the left: an Arabic row's
    edges are written head to tail, drawn back (the arrow still points to the
    next step); a loop back, and an edge to the next row, are as written."""
    source = build(journey_of(LONG_ARABIC))
    assert '"step:s3" -> "step:s2" [dir=back]' in source
    assert '"step:s3" -> "step:s1" [color="#0b5cad" penwidth=1.4 dir=back]' in source  # next: skips s2
    assert '"step:s3" -> "step:s4"\n' in source  # down to the next row
    assert '"step:s7" -> "step:s5" [color="#8250df" style=dashed constraint=false penwidth=1.4]' in source
    assert "dir=back" not in build(journey_of(LONG_ARABIC), direction="lr")  # one RL row needs none
    assert "dir=back" not in build(journey_of(LONG_ENGLISH))


ONE_ROW = [f"s{n}" for n in range(1, 11)]


@pytest.mark.parametrize("text, direction, expected", [
    (LONG_ARABIC, "auto", [row[::-1] for row in LONG_ROWS]),
    (LONG_ARABIC, "tb", [row[::-1] for row in LONG_ROWS]),
    (LONG_ARABIC, "lr", ONE_ROW[::-1]),
    (LONG_ENGLISH, "auto", LONG_ROWS),
    (LONG_ENGLISH, "lr", ONE_ROW),
    (ARABIC, "auto", [["s3", "s2", "s1"]]),
    (ARABIC, "tb", [["s1"], ["s2"], ["s3"]]),
    (ARABIC, "lr", ["s3", "s2", "s1"]),
    (LONG_ENGLISH.replace("locale: en", "locale: de"), None, LONG_ROWS),  # auto is the default
], ids=["ar-long-auto", "ar-long-tb", "ar-long-lr", "en-long-auto", "en-long-lr",
        "ar-short-auto", "ar-short-tb", "ar-short-lr", "de-long-default"])
def test_direction_through_the_command_line(run, write, tmp_path, text, direction, expected):
    """``--direction lr``: one row, however long (a list: the steps from left
    to right); ``tb``: a stage a row, however short; ``auto`` (the default):
    rows when there are more than four steps (lists of rows, top to bottom)."""
    out = tmp_path / "flow.svg"
    chosen = ["--direction", direction] if direction else []
    result = run("render", str(write(text)), "-f", "svg", *chosen, "-o", str(out),
                 env={"JOURNEYCTL_DOT": "graphviz-pure"})
    assert result.code == 0, result.stderr
    data = out.read_bytes()
    if isinstance(expected[0], str):  # one row
        assert left_to_right(data) == expected
        assert len(expected) < 10 or proportion(data) > 6  # ten steps in one row: wide
    else:
        assert measured_rows(data) == expected


def svg_texts(data: bytes) -> list[str]:
    return [t.text or "" for t in ET.fromstring(data).iter(SVG + "text")]


@pytest.mark.parametrize("program", PROGRAMS)
def test_right_to_left_numbers_are_marked(program):
    """In an Arabic label a signed number (or one with separators) is marked
    left to right (LRM before it), and a line that would not read from the
    right by itself is isolated right to left (RLI ... PDI): the emotion, a
    number in the text, the stage's number first. An English map has neither."""
    data = SvgRenderer().render(journey_of(LONG_ARABIC), RenderOptions(settings={"dot_binary": program}))
    texts = svg_texts(data)
    for value in ("\u200e−2", "\u200e−1", "\u200e+1", "\u200e+2", "0"):
        assert value in texts, value
    assert "−2" not in texts and "+1" not in texts
    assert "\u2067الرصيد يظهر \u200e−250 ريالًا بعد الدفع\u2069" in texts
    assert "\u2067\u200e10:30\u2069" in texts  # wrapped onto a line of its own
    assert "\u20671 \u00a0البحث\u2069" in texts  # the stage's number, drawn rightmost
    assert "صفحة الدفع تعيد تحميل نفسها بعد" in texts  # reads from the right as it is: left alone
    english = SvgRenderer().render(journey_of(LONG_ENGLISH), RenderOptions(settings={"dot_binary": program}))
    assert not re.search("[\u200e\u200f\u2066-\u2069]", english.decode("utf-8"))
    assert "−2" in svg_texts(english)


# ------------------------------------------ text inside its nodes (Chromium)


MEASURE = """
(() => {
  const out = [];
  for (const node of document.querySelectorAll('g.node')) {
    const shapes = [...node.querySelectorAll('path, polygon')].map(s => s.getBBox()).filter(b => b.width > 0);
    if (!shapes.length) continue;
    const box = {x1: Math.min(...shapes.map(b => b.x)), y1: Math.min(...shapes.map(b => b.y)),
                 x2: Math.max(...shapes.map(b => b.x + b.width)), y2: Math.max(...shapes.map(b => b.y + b.height))};
    const texts = [...node.querySelectorAll('text')].map(t => {
      const b = t.getBBox();
      return {text: t.textContent, bold: t.getAttribute('font-weight') === 'bold', y: t.getAttribute('y'),
              x1: b.x, x2: b.x + b.width, y1: b.y, y2: b.y + b.height};
    });
    out.push({node: node.querySelector('title').textContent, box, texts});
  }
  return out;
})()
"""


@pytest.fixture(scope="module")
def browser():
    if CHROMIUM is None:
        pytest.skip("no Chromium")
    browser = Browser(CHROMIUM)
    yield browser
    browser.close()


@needs_dot
@needs_chromium
@pytest.mark.parametrize("name", sorted(MAPS))
def test_svg_text_stays_inside_its_nodes(name, browser, tmp_path):
    data = SvgRenderer().render(MAPS[name](), RenderOptions(settings={"dot_binary": "dot"}))
    path = tmp_path / f"{name}.svg"
    path.write_bytes(data)
    browser.open(path, width=4000, height=1000)
    nodes = browser.evaluate(MEASURE)
    assert nodes
    slack = 1.5
    for node in nodes:
        box = node["box"]
        for text in node["texts"]:
            assert box["x1"] - slack <= text["x1"] and text["x2"] <= box["x2"] + slack, (node["node"], text)
            assert box["y1"] - slack <= text["y1"] and text["y2"] <= box["y2"] + slack, (node["node"], text)
        # a bold run (a severity word) ends within the space before the text
        # after it on the line (a space at 9pt is about 3px; graphviz-pure's
        # layout, measured with Arimo, overprints by 6 to 21px here)
        for bold, after in zip(node["texts"], node["texts"][1:]):
            if bold["bold"] and not after["bold"] and bold["y"] == after["y"]:
                assert bold["x2"] <= after["x1"] + slack, (node["node"], bold["text"], after["text"])


CHARACTERS = """
[...document.querySelectorAll('text')].map(t => [...Array(t.getNumberOfChars()).keys()].map(i => {
  const box = t.getExtentOfChar(i);
  return [t.textContent[i], box.x, box.x + box.width];
}))
"""


@needs_chromium
@pytest.mark.parametrize("program", PROGRAMS)
def test_right_to_left_lines_read_from_the_right_in_chromium(program, browser, tmp_path):
    """Where Chromium draws each character of the Arabic flow: a sign is left
    of its number (−2, not 2−; −250 inside a sentence too), and a line with
    Arabic letters starts rightmost and ends leftmost, whatever it starts or
    ends with (the stage's number, a channel's symbol, a number)."""
    data = SvgRenderer().render(journey_of(LONG_ARABIC), RenderOptions(settings={"dot_binary": program}))
    path = tmp_path / "flow.svg"
    path.write_bytes(data)
    browser.open(path, width=2000, height=1000)
    lines = [[(c, left, right) for c, left, right in line if unicodedata.category(c) != "Cf" and not c.isspace()]
             for line in browser.evaluate(CHARACTERS)]
    signed = arabic = 0
    for line in lines:
        text = "".join(c for c, _, _ in line)
        for match in re.finditer("[−+][0-9]+", text):
            signed += 1
            sign, digits = line[match.start()], line[match.start() + 1:match.end()]
            assert sign[2] <= digits[0][1] + 0.5, (text, line)  # the sign, then the digits, left to right
            assert [d[1] for d in digits] == sorted(d[1] for d in digits), text
        if re.search("[\u0600-\u06ff]", text):
            arabic += 1
            middles = [(left + right) / 2 for _, left, right in line]
            assert middles[0] == max(middles) and middles[-1] == min(middles), (text, line)
    assert signed == 8  # seven emotions of ten (three are 0) and −250
    assert arabic > 30
    balance = next(line for line in lines if "".join(c for c, _, _ in line).startswith("الرصيد"))
    text = "".join(c for c, _, _ in balance)
    before, number, after = text.index("يظهر"), text.index("−250"), text.index("ريالًا")
    # reading from the right: "الرصيد يظهر", then −250, then "ريالًا"
    assert balance[before][2] > balance[number + 3][2] > balance[number][1] > balance[after][1]


# ------------------------------------------------------------ proportions


def test_direction_rows_for_long_journeys():
    long = load(next(p for p in EXAMPLES if p.stem == "th-business-phone")).journey
    assert "rankdir=TB" in build(long) and "{rank=same" in build(long)
    assert "rankdir=LR" in build(long, direction="lr") and "rank=same" not in build(long, direction="lr")
    short = journey_of(CJK)
    assert "rankdir=LR" in build(short) and "rankdir=TB" in build(short, direction="tb")
    with pytest.raises(ValueError):
        build(short, direction="up")


@needs_dot
@pytest.mark.parametrize("name", sorted(MAPS))
def test_flow_stays_within_3_to_1(name):
    data = SvgRenderer().render(MAPS[name](), RenderOptions(settings={"dot_binary": "dot"}))
    width, height = (float(v) for v in re.search(rb'<svg width="([\d.]+)pt" height="([\d.]+)pt"', data).groups())
    assert 1 / 3.2 <= width / height <= 3.2, (width, height)  # about 3:1 (the Arabic map: 3.1)
