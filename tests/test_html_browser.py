"""The html page in a real browser: headless Chromium lays out every example.

Checks that a person would notice: no console errors or refused loads, no
request beyond the file itself, the persona, every stage and the curve laid
out with real boxes, stage headers side by side without overlap, the curve's
markers over their step columns, markers with at least 3:1 contrast in light
and dark, the layout mirrored for right-to-left languages.

Chromium comes from Debian (``.ci/run`` installs it). Without it the tests are
skipped on a developer's machine and fail in CI.
"""

from __future__ import annotations

import os

import pytest

from journeyctl.load import load
from journeyctl.render import RenderOptions
from journeyctl.render.html import HtmlRenderer

from chromium import Browser, find_chromium
from conftest import EXAMPLES

EXECUTABLE = find_chromium()

if EXECUTABLE is None:
    if os.environ.get("CI"):
        pytest.fail("CI needs Chromium for the browser tests (apt-get install chromium)", pytrace=False)
    pytest.skip("no Chromium on this machine", allow_module_level=True)


@pytest.fixture(scope="module")
def browser():
    browser = Browser(EXECUTABLE)
    yield browser
    browser.close()


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pages")
    out = {}
    for example in EXAMPLES:
        page = folder / f"{example.stem}.html"
        page.write_text(HtmlRenderer().render(load(example).journey, RenderOptions(source=example)), encoding="utf-8")
        out[example.stem] = page
    english = next(p for p in EXAMPLES if p.stem == "en-billing-support")
    rtl = load(english).journey.model_copy(update={"locale": "ar"})
    (folder / "rtl.html").write_text(HtmlRenderer().render(rtl, RenderOptions(source=english)), encoding="utf-8")
    out["rtl"] = folder / "rtl.html"
    return out


LAYOUT = """
(() => {
  const box = e => { const r = e.getBoundingClientRect(); return {x: r.left, y: r.top, w: r.width, h: r.height}; };
  const persona = document.querySelector('.persona');
  return {
    persona: persona ? box(persona) : null,
    personaName: document.querySelector('#persona-name') ? box(document.querySelector('#persona-name')) : null,
    heads: [...document.querySelectorAll('.stage-head')].map(box),
    stages: [...document.querySelectorAll('.stage')].map(e => e.id),
    curves: [...document.querySelectorAll('svg.curve')].map(box),
    actions: Object.fromEntries([...document.querySelectorAll('.lane-actions[id]')].map(e => [e.id, box(e)])),
    markers: [...document.querySelectorAll('g.marker')].map(g => {
      const r = g.querySelector('path').getBoundingClientRect();
      return {cx: r.left + r.width / 2, w: r.width, h: r.height};
    }),
    docWidth: document.documentElement.scrollWidth,
    viewport: window.innerWidth,
  };
})()
"""

CONTRAST = """
(() => {
  const rgb = s => s.match(/[\\d.]+/g).slice(0, 3).map(Number);
  const lum = c => { const [r, g, b] = c.map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
                     return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
  const ratio = (a, b) => { const [l1, l2] = [lum(a), lum(b)].sort((x, y) => y - x); return (l1 + 0.05) / (l2 + 0.05); };
  const bg = rgb(getComputedStyle(document.body).backgroundColor);
  const marks = [...document.querySelectorAll('g.marker path, svg.curve line.line')].map(e => {
    const style = getComputedStyle(e);
    return ratio(rgb(e.tagName === 'path' ? style.fill : style.stroke), bg);
  });
  return {min: Math.min(...marks), count: marks.length};
})()
"""


def steps_in_order(stem: str) -> list[str]:
    journey = load(next(p for p in EXAMPLES if p.stem == stem)).journey
    return [p.step.id for p in journey.flow.steps if p.step.emotion is not None]


@pytest.mark.parametrize("stem", [p.stem for p in EXAMPLES])
def test_example_lays_out_cleanly(browser, pages, stem):
    browser.open(pages[stem])
    assert browser.problems() == []
    page_url = pages[stem].resolve().as_uri()
    assert [u for u in browser.requests() if u != page_url and not u.startswith("data:")] == []

    layout = browser.evaluate(LAYOUT)
    assert layout["persona"]["w"] > 200 and layout["persona"]["h"] > 80
    assert layout["personaName"]["w"] > 0
    journey = load(next(p for p in EXAMPLES if p.stem == stem)).journey
    assert len(layout["heads"]) == len(journey.stages)
    for head in layout["heads"]:
        assert head["w"] > 100 and head["h"] > 20
    lefts = sorted(layout["heads"], key=lambda h: h["x"])
    for left, right in zip(lefts, lefts[1:]):
        assert left["x"] + left["w"] <= right["x"] + 0.5, "stage headers overlap"
    assert len(layout["curves"]) == len(journey.stages)
    assert all(c["w"] > 100 and c["h"] > 50 for c in layout["curves"])
    assert layout["docWidth"] <= layout["viewport"], "only the map itself may scroll sideways"

    # Each marker stands over the middle of its step's column.
    for marker, step_id in zip(layout["markers"], steps_in_order(stem)):
        column = layout["actions"][f"step-{step_id}"]
        if column["x"] + column["w"] <= layout["viewport"]:  # visible without scrolling
            assert abs(marker["cx"] - (column["x"] + column["w"] / 2)) < 2, step_id
        assert marker["w"] > 8 and marker["h"] > 8


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_curve_contrast_is_at_least_3_to_1(browser, pages, scheme):
    for stem in ("en-billing-support", "th-business-phone"):
        browser.open(pages[stem], scheme=scheme)
        result = browser.evaluate(CONTRAST)
        assert result["count"] > 5
        assert result["min"] >= 3, f"{stem} in {scheme}: {result['min']:.2f}"


def test_right_to_left_mirrors_the_layout(browser, pages):
    browser.open(pages["rtl"])
    assert browser.problems() == []
    layout = browser.evaluate(LAYOUT)
    xs = [h["x"] for h in layout["heads"]]
    assert xs == sorted(xs, reverse=True), "the first stage is rightmost"
    lane_label = browser.evaluate("document.querySelector('.lanes').getBoundingClientRect().right")
    assert lane_label > layout["viewport"] - 40, "lane headings stick to the right edge"
    for marker, step_id in zip(layout["markers"], steps_in_order("en-billing-support")):
        column = layout["actions"][f"step-{step_id}"]
        if column["x"] >= 0:
            assert abs(marker["cx"] - (column["x"] + column["w"] / 2)) < 2, step_id


def test_lane_headings_stay_visible_when_scrolled(browser, pages):
    browser.open(pages["th-business-phone"], width=1000)
    before = browser.evaluate("document.querySelector('.lanes').getBoundingClientRect().left")
    scrolled = browser.evaluate(
        "(() => { const s = document.querySelector('.scroller'); s.scrollLeft = 600; return s.scrollLeft; })()")
    assert scrolled > 0, "the map scrolls sideways"
    after = browser.evaluate("document.querySelector('.lanes').getBoundingClientRect().left")
    assert abs(after - before) < 1


def test_print_layout_keeps_stages_whole(browser, pages, tmp_path):
    browser.open(pages["th-business-phone"])
    browser.call("Emulation.setEmulatedMedia", session=True, media="print")
    hidden = browser.evaluate("getComputedStyle(document.querySelector('.lanes')).display")
    labels = browser.evaluate("getComputedStyle(document.querySelector('.print-label')).display")
    avoid = browser.evaluate("getComputedStyle(document.querySelector('.stage')).breakInside")
    assert (hidden, labels, avoid) == ("none", "block", "avoid")
    browser.call("Emulation.setEmulatedMedia", session=True, media="")
    pdf = tmp_path / "map.pdf"
    browser.pdf(pdf)
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    assert b"/MediaBox [0 0 1190.88 841.92]" in data or b"/MediaBox [0 0 1191" in data  # A3 landscape
