"""The flow in every script, with the real layout programs.

A system Graphviz ``dot`` lays out the flow where there is one (it measures
text with the installed fonts); graphviz-pure where there is none, or when
``JOURNEYCTL_DOT=graphviz-pure``. For each example and an Arabic map: the SVG
from the system dot, opened in headless Chromium (which draws it with the
same fontconfig fonts), keeps every text inside its node and no severity word
over its barrier text; a PNG whose script no font draws is refused (exit 3);
Greek capitals drop their accents; right-to-left maps run right to left.
Without a system dot or Chromium those tests are skipped (``.ci/run``
installs both).
"""

from __future__ import annotations

import os
import re
import shutil
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


def journey_of(text: str):
    return load_bytes(text.encode("utf-8"), "m.yaml").journey


MAPS = {p.stem: (lambda p=p: load(p).journey) for p in EXAMPLES}
MAPS["ar-phone"] = lambda: journey_of(ARABIC)


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
