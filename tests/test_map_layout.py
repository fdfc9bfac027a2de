"""The map on the wall, measured in a real browser (headless Chromium).

The emotion curve is one element across every stage, its labels never
collide with each other or with a moment of truth's ring, opportunities sit
under the steps whose barriers they address, the first screen shows the
stage headers and the curve, a phone gets the map stage by stage with no
sideways scroll, and in print each example is one A3 page with body text of
at least 8 pt, while a long map goes onto several pages split between stages.

One browser for the whole module; every example is rendered once.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from journeyctl.load import load, load_bytes
from journeyctl.render import RenderOptions
from journeyctl.render.html import HtmlRenderer

from chromium import Browser, find_chromium
from conftest import EXAMPLES
from test_render_html import long_map

EXECUTABLE = find_chromium()

if EXECUTABLE is None:
    if os.environ.get("CI"):
        pytest.fail("CI needs Chromium for the browser tests (apt-get install chromium)", pytrace=False)
    pytest.skip("no Chromium on this machine", allow_module_level=True)

STEMS = [p.stem for p in EXAMPLES]
PT = 96 / 72  # CSS pixels in a point


@pytest.fixture(scope="module")
def browser():
    browser = Browser(EXECUTABLE)
    yield browser
    browser.close()


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    folder = tmp_path_factory.mktemp("map")
    out = {}
    for example in EXAMPLES:
        out[example.stem] = folder / f"{example.stem}.html"
        out[example.stem].write_text(
            HtmlRenderer().render(load(example).journey, RenderOptions(source=example)), encoding="utf-8")
    journey = load_bytes(long_map().encode(), "long.yaml").journey
    out["long"] = folder / "long.html"
    out["long"].write_text(HtmlRenderer().render(journey, RenderOptions()), encoding="utf-8")
    return out


def journey(stem: str):
    return load(next(p for p in EXAMPLES if p.stem == stem)).journey


BOXES = """
(() => {
  const box = e => { const r = e.getBoundingClientRect();
                     return {x: r.left, y: r.top, r: r.right, b: r.bottom, w: r.width, h: r.height}; };
  const map = document.querySelector('.screen-map');
  return {
    curves: [...map.querySelectorAll('svg.curve')].map(box),
    stages: [...map.querySelectorAll('.stage')].map(box),
    heads: [...map.querySelectorAll('.stage-head')].map(box),
    labels: [...map.querySelectorAll('svg.curve g.label')].map(box),
    rings: [...map.querySelectorAll('svg.curve circle.mot-ring')].map(box),
    shapes: [...map.querySelectorAll('svg.curve .marker .shape')].map(box),
    steps: Object.fromEntries([...map.querySelectorAll('.lane-actions[id]')].map(e => [e.id.slice(5), box(e)])),
    barriers: Object.fromEntries([...map.querySelectorAll('.barrier[id]')].map(e => [e.id.slice(8), box(e)])),
    opportunities: Object.fromEntries([...map.querySelectorAll('.opportunity[id]')].map(e => [e.id.slice(12), box(e)])),
    scrollWidth: document.documentElement.scrollWidth,
    viewport: [window.innerWidth, window.innerHeight],
  };
})()
"""


def overlap(a, b, slack=0.5) -> bool:
    return a["x"] < b["r"] - slack and b["x"] < a["r"] - slack and a["y"] < b["b"] - slack and b["y"] < a["b"] - slack


@pytest.mark.parametrize("stem", STEMS + ["rtl"])
def test_the_curve_is_one_element_across_every_stage(browser, pages, stem, tmp_path):
    if stem == "rtl":
        english = next(p for p in EXAMPLES if p.stem == "en-billing-support")
        page = tmp_path / "rtl.html"
        page.write_text(HtmlRenderer().render(journey("en-billing-support").model_copy(update={"locale": "ar"}),
                                              RenderOptions(source=english)), encoding="utf-8")
    else:
        page = pages[stem]
    browser.open(page, width=1600, height=1000)
    assert browser.problems() == []
    boxes = browser.evaluate(BOXES)
    [curve] = boxes["curves"]
    left = min(s["x"] for s in boxes["stages"])
    right = max(s["r"] for s in boxes["stages"])
    assert abs(curve["x"] - left) < 3 and abs(curve["r"] - right) < 3, (curve, left, right)
    assert curve["h"] >= 4 * 36 + 40, "about 40 px a level"
    # each marker is over the middle of its step's column
    with_emotion = [p.step.id for p in journey("en-billing-support" if stem == "rtl" else stem).flow.steps
                    if p.step.emotion is not None]
    for shape, step in zip(boxes["shapes"], with_emotion):
        column = boxes["steps"][step]
        assert abs((shape["x"] + shape["r"]) / 2 - (column["x"] + column["r"]) / 2) < 2, step
        assert curve["y"] <= shape["y"] and shape["b"] <= curve["b"]


@pytest.mark.parametrize("media", ["screen", "print"])
def test_curve_labels_never_collide(browser, pages, media):
    for stem in STEMS + ["long"]:
        browser.open(pages[stem], width=1600 if media == "screen" else 1530, height=1000)
        if media == "print":
            browser.call("Emulation.setEmulatedMedia", session=True, media="print")
        boxes = browser.evaluate(BOXES.replace("'.screen-map'", "'body'"))
        labels, rings = boxes["labels"], boxes["rings"]
        assert labels
        for i, a in enumerate(labels):
            for b in labels[i + 1:]:
                assert not overlap(a, b), f"{stem} ({media}): labels {a} and {b} overlap"
            for ring in rings:
                assert not overlap(a, ring), f"{stem} ({media}): label {a} overlaps ring {ring}"
        browser.call("Emulation.setEmulatedMedia", session=True, media="")


@pytest.mark.parametrize("stem", STEMS)
def test_each_opportunity_sits_under_a_step_whose_barrier_it_addresses(browser, pages, stem):
    browser.open(pages[stem], width=1600, height=1000)
    boxes = browser.evaluate(BOXES)
    j = journey(stem)
    step_of = {b.id: s.id for st in j.stages for s in st.steps for b in s.barriers}
    stage_of = {s.id: st.id for st in j.stages for s in st.steps}
    for stage in j.stages:
        for o in stage.opportunities:
            box = boxes["opportunities"][o.id]
            mine = [b for b in o.addresses if stage_of[step_of[b]] == stage.id]
            if not mine:  # addresses nothing here: at the stage start
                first = boxes["steps"][stage.steps[0].id]
                assert abs(box["x"] - first["x"]) < 12 or abs(box["r"] - first["r"]) < 12, o.id
                continue
            under = []
            for b in mine:
                column = boxes["steps"][step_of[b]]
                if box["x"] < column["r"] - 5 and column["x"] + 5 < box["r"]:
                    assert box["y"] > boxes["barriers"][b]["b"], f"{o.id} is below {b}"
                    under.append(b)
            assert under, f"{o.id} is under none of the steps of {mine}"


def test_phone_layout_stacks_the_stages(browser, pages):
    for stem in STEMS:
        browser.open(pages[stem], width=390, height=844)
        boxes = browser.evaluate(BOXES)
        assert boxes["scrollWidth"] <= 390, f"{stem}: the page scrolls sideways on a phone"
        heads = boxes["heads"]
        assert all(abs(h["x"] - heads[0]["x"]) < 1 for h in heads), "stages one under another"
        assert [h["y"] for h in heads] == sorted(h["y"] for h in heads)
        assert all(h["r"] <= 390 for h in heads)
        cards = browser.evaluate("""[...document.querySelectorAll('.screen-map .step')].map(s => {
            const r = s.getBoundingClientRect(); const e = s.querySelector('.step-emotion');
            return {w: r.width, r: r.right, emotion: e ? getComputedStyle(e).visibility === 'visible' && e.getBoundingClientRect().height > 0 : null};
        })""")
        assert cards and all(c["r"] <= 390 and c["w"] > 300 for c in cards)
        if journey(stem).stages and any(s.emotion is not None for st in journey(stem).stages for s in st.steps):
            assert all(c["emotion"] for c in cards), f"{stem}: each step card shows its emotion"


def test_first_screen_shows_stage_headers_and_the_curve(browser, pages):
    for stem in STEMS:
        browser.open(pages[stem], width=1600, height=1000)
        boxes = browser.evaluate(BOXES)
        [curve] = boxes["curves"]
        assert all(h["b"] <= 1000 for h in boxes["heads"]), stem
        assert curve["b"] <= 1000, f"{stem}: the curve ends at {curve['b']:.0f} px, below the first screen"


BODY_TEXT = """
(() => {
  const out = [];
  for (const e of document.querySelectorAll('body *')) {
    if (e.closest('svg') || !e.getClientRects().length) continue;
    if (![...e.childNodes].some(n => n.nodeType === 3 && n.data.trim())) continue;
    const size = parseFloat(getComputedStyle(e).fontSize);
    out.push([size, e.tagName.toLowerCase() + '.' + e.className]);
  }
  return out;
})()
"""


def pdf_pages(path: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page[^s]", path.read_bytes()))


@pytest.mark.parametrize("stem", STEMS)
def test_each_example_prints_on_one_a3_page_with_readable_text(browser, pages, stem, tmp_path):
    browser.open(pages[stem], width=1600, height=1000)
    browser.call("Emulation.setEmulatedMedia", session=True, media="print")
    small = sorted({(round(size / PT, 2), what) for size, what in browser.evaluate(BODY_TEXT) if size < 8 * PT - 0.01})
    browser.call("Emulation.setEmulatedMedia", session=True, media="")
    assert small == [], f"text under 8 pt in print: {small[:8]}"
    pdf = tmp_path / "map.pdf"
    browser.pdf(pdf)
    data = pdf.read_bytes()
    assert re.search(rb"/MediaBox \[0 0 119[01](\.\d+)? 841\.9", data), "A3 landscape"
    assert pdf_pages(pdf) == 1


def test_a_long_map_prints_on_several_pages_split_between_stages(browser, pages, tmp_path):
    browser.open(pages["long"], width=1600, height=1000)
    browser.call("Emulation.setEmulatedMedia", session=True, media="print")
    bands = browser.evaluate("""[...document.querySelectorAll('.print-page')].map(p => ({
        stages: [...p.querySelectorAll('.stage h2')].map(h => h.textContent.trim()),
        lanes: getComputedStyle(p.querySelector('.lanes')).display,
        curves: p.querySelectorAll('svg.curve').length,
        right: p.getBoundingClientRect().right}))""")
    screen = browser.evaluate("getComputedStyle(document.querySelector('.screen-map')).display")
    browser.call("Emulation.setEmulatedMedia", session=True, media="")
    assert screen == "none" and len(bands) > 1
    assert [s for band in bands for s in band["stages"]] == [f"{i + 1} Stage {i}" for i in range(10)]
    assert all(b["lanes"] != "none" and b["curves"] == 1 for b in bands), "lane headings on every page"
    pdf = tmp_path / "long.pdf"
    browser.pdf(pdf)
    assert pdf_pages(pdf) == len(bands), "one page for each run of whole stages"


def test_a_narrow_map_has_no_empty_frame(browser, tmp_path):
    from conftest import MINIMAL

    page = tmp_path / "narrow.html"
    page.write_text(HtmlRenderer().render(load_bytes(MINIMAL.encode(), "m.yaml").journey, RenderOptions()),
                    encoding="utf-8")
    browser.open(page, width=1600, height=1000)
    frame, grid = browser.evaluate("""[document.querySelector('.scroller'), document.querySelector('.map')]
        .map(e => e.getBoundingClientRect().width)""")
    assert grid < 800 and frame - grid < 4, (frame, grid)
