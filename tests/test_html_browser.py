"""The html page in a real browser: headless Chromium lays out every example.

Checks that a person would notice: no console errors or refused loads, no
request beyond the file itself, the persona, every stage and the curve laid
out with real boxes, stage headers side by side without overlap, the curve's
markers over their step columns, markers with at least 3:1 contrast in light
and dark, the layout mirrored for right-to-left languages, and Thai, Greek,
Cyrillic and Arabic text drawn with fonts that have its glyphs (not boxes).

Chromium and the fonts come from Debian (``.ci/run`` installs them). Without
Chromium the tests are skipped on a developer's machine and fail in CI.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from journeyctl.load import load
from journeyctl.render import RenderOptions
from journeyctl.render.html import HtmlRenderer

from chromium import Browser, find_chromium
from conftest import EXAMPLES, _command

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
    curves: [...document.querySelectorAll('.screen-map svg.curve')].map(box),
    actions: Object.fromEntries([...document.querySelectorAll('.lane-actions[id]')].map(e => [e.id, box(e)])),
    markers: [...document.querySelectorAll('.screen-map svg.marker')].map(g => {
      const r = g.querySelector('.shape').getBoundingClientRect();
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
  const marks = [...document.querySelectorAll('svg.marker path.shape, svg.curve path.line')].map(e => {
    const style = getComputedStyle(e);
    return ratio(rgb(e.classList.contains('shape') ? style.fill : style.stroke), bg);
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
    assert len(layout["curves"]) == 1, "one curve across the whole map"
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


def test_print_layout_is_one_continuous_map(browser, pages, tmp_path):
    browser.open(pages["th-business-phone"])
    browser.call("Emulation.setEmulatedMedia", session=True, media="print")
    lanes = browser.evaluate("getComputedStyle(document.querySelector('.lanes')).display")
    grid = browser.evaluate("getComputedStyle(document.querySelector('.map')).display")
    curves = browser.evaluate("[...document.querySelectorAll('svg.curve')].filter(e => e.getClientRects().length).length")
    assert (lanes, grid, curves) == ("grid", "grid", 1)
    browser.call("Emulation.setEmulatedMedia", session=True, media="")
    pdf = tmp_path / "map.pdf"
    browser.pdf(pdf)
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    assert b"/MediaBox [0 0 1190.88 841.92]" in data or b"/MediaBox [0 0 1191" in data  # A3 landscape


# -- every script is drawn with a font that has its glyphs -------------------
#
# A page whose Thai has no font still lays out (the text is drawn as boxes), so
# the layout checks above pass. Chromium tells which platform fonts drew a
# node's text (DevTools CSS.getPlatformFontsForNode); fontconfig tells which
# characters each font has. Every font that drew the script's letters must have
# some of them, and together they must have all of them.

ARABIC_MAP = """\
journeyctl: 1
title: طلب بطاقة مصرفية جديدة
locale: ar
persona:
  name: ليلى حداد
  role: معلمة في عمّان
stages:
  - id: talab
    name: تقديم الطلب
    steps:
      - id: namudhaj
        action: تملأ النموذج على الموقع
        emotion: 1
      - id: intidhar
        action: تنتظر رسالة التأكيد
        emotion: -1
  - id: istilam
    name: استلام البطاقة
    steps:
      - id: far
        action: تذهب إلى الفرع وتوقّع
        emotion: 2
"""

# script: (example map, or None for ARABIC_MAP; a JavaScript character class of its letters)
SCRIPTS = {
    "Thai": ("th-business-phone", "\\u0E01-\\u0E5B"),
    "Greek": ("el-grocery-order", "\\u0370-\\u03FF\\u1F00-\\u1FFF"),
    "Cyrillic": ("ru-smartphone-pickup", "\\u0400-\\u04FF"),
    "Arabic": (None, "\\u0600-\\u06FF"),
}

PROBE_ID = "journeyctl-font-probe"

# The words of the script on the page, joined without spaces (a space may come
# from a Latin font), in a span inside the first element that shows the script,
# so that it is drawn with that element's fonts.
PROBE = """
(async (letters) => {
  const re = new RegExp('[' + letters + ']+', 'g');
  const texts = [...document.querySelectorAll('body *')]
    .filter(e => !['SCRIPT', 'STYLE', 'TEMPLATE'].includes(e.tagName))
    .flatMap(e => [...e.childNodes].filter(n => n.nodeType === 3 && n.data.match(re)).map(n => [e, n.data]));
  const home = texts.map(([e]) => e).find(e => e.getClientRects().length);
  const words = [...new Set(texts.flatMap(([, data]) => data.match(re)))];
  if (!home) return null;
  document.getElementById('%s')?.remove();
  const span = document.createElement('span');
  span.id = '%s';
  span.textContent = words.join('').slice(0, 400);
  home.appendChild(span);
  span.getBoundingClientRect();  // lay it out, and let a frame draw it
  await new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)));
  return {text: span.textContent, home: home.tagName.toLowerCase() + (home.id ? '#' + home.id : '.' + home.classList[0])};
})(%%s)
""" % (PROBE_ID, PROBE_ID)


def font_coverage(env: dict[str, str] | None = None) -> dict[str, set[int]]:
    """Each font's PostScript name and family names -> the characters it has, as fontconfig sees them."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        if os.environ.get("CI"):
            pytest.fail("CI needs fontconfig's fc-list for the font checks (apt-get install fontconfig)", pytrace=False)
        pytest.skip("no fc-list on this machine")
    out = subprocess.run([fc_list, "--format", "%{postscriptname}|%{family}|%{charset}\\n"],
                         capture_output=True, text=True, env=env, timeout=60, check=True).stdout
    coverage: dict[str, set[int]] = {}
    for line in out.splitlines():
        postscript, families, charset = line.split("|", 2)
        chars: set[int] = set()
        for part in charset.split():
            first, _, last = part.partition("-")
            chars.update(range(int(first, 16), int(last or first, 16) + 1))
        for name in (postscript, *families.split(",")):
            if name:
                coverage.setdefault(name, set()).update(chars)
    return coverage


def script_font_problems(browser: Browser, page: Path, script: str, env: dict[str, str] | None = None) -> list[str]:
    """What is wrong with the fonts that draw ``script``'s letters on ``page`` ([] if nothing)."""
    browser.open(page)
    probe = browser.evaluate(PROBE % repr(SCRIPTS[script][1]))
    assert probe, f"no {script} text on {page.name}"
    text = probe["text"]
    fonts = browser.platform_fonts(f"#{PROBE_ID}")
    where = f"{script} text in {probe['home']} of {page.name}"
    if sum(f["glyphCount"] for f in fonts) == 0:
        return [f"{where} is drawn with no font at all: {fonts}"]
    coverage = font_coverage(env)
    problems, covered = [], set()
    for font in fonts:
        has = coverage.get(font["postScriptName"]) or coverage.get(font["familyName"], set())
        mine = {ord(c) for c in text} & has
        covered |= mine
        if not mine:
            problems.append(f"{where}: {font['familyName']} ({font['postScriptName']}) drew "
                            f"{font['glyphCount']} glyphs but has none of its letters: boxes")
    missing = sorted({c for c in text if ord(c) not in covered})
    if missing:
        problems.append(f"{where}: no font used has " + " ".join(f"U+{ord(c):04X}" for c in missing[:12]))
    return problems


@pytest.fixture(scope="module")
def script_pages(tmp_path_factory):
    """One page per script, rendered by the real command (journeyctl render MAP -o PAGE)."""
    folder = tmp_path_factory.mktemp("scripts")
    (folder / "ar-bank-card.yaml").write_text(ARABIC_MAP, encoding="utf-8")
    out = {}
    for script, (stem, _) in SCRIPTS.items():
        source = folder / "ar-bank-card.yaml" if stem is None else next(p for p in EXAMPLES if p.stem == stem)
        page = folder / f"{script.lower()}.html"
        proc = subprocess.run([*_command(), "render", str(source), "-o", str(page)],
                              capture_output=True, text=True, timeout=120)
        assert proc.returncode == 0, proc.stderr
        out[script] = page
    return out


@pytest.mark.parametrize("script", list(SCRIPTS))
def test_every_script_is_drawn_with_a_font_that_has_its_letters(browser, script_pages, script):
    assert script_font_problems(browser, script_pages[script], script) == [], (
        "install the fonts .ci/run installs (fonts-thai-tlwg, fonts-dejavu-core)")


def _fontconfig(folder: Path, fonts: list[Path]) -> dict[str, str]:
    """An environment whose fontconfig sees only ``fonts`` (with the system's
    matching rules, /etc/fonts/conf.d, so that family names resolve as usual)."""
    (folder / "fonts").mkdir(parents=True)
    for font in fonts:
        (folder / "fonts" / font.name).symlink_to(font)
    (folder / "fonts.conf").write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n'
        f'<fontconfig><include ignore_missing="yes">/etc/fonts/conf.d</include><dir>{folder / "fonts"}</dir>'
        f"<cachedir>{folder / 'cache'}</cachedir></fontconfig>\n", encoding="utf-8")
    return {**os.environ, "FONTCONFIG_FILE": str(folder / "fonts.conf")}


def _debian_fonts() -> tuple[list[Path], list[Path]]:
    """The font files of fonts-dejavu-core and of fonts-thai-tlwg (the fonts .ci/run installs)."""
    listing = subprocess.run(["dpkg-query", "-L", "fonts-dejavu-core"], capture_output=True, text=True)
    dejavu = [Path(line) for line in listing.stdout.splitlines() if line.endswith((".ttf", ".otf"))]
    thai = sorted(Path("/usr/share/fonts").glob("*/tlwg/*.[ot]tf"))
    return dejavu, thai


def test_the_font_check_fails_when_a_script_has_no_font(script_pages, tmp_path):
    """The check above is not vacuous: Chromium with no fonts, or with DejaVu only
    (no Thai), fails it for Thai; with just what .ci/run installs, every script passes."""
    dejavu, thai = _debian_fonts() if shutil.which("dpkg-query") else ([], [])
    if not dejavu or not thai:
        if os.environ.get("CI"):
            pytest.fail("CI needs fonts-dejavu-core and fonts-thai-tlwg", pytrace=False)
        pytest.skip("fonts-dejavu-core or fonts-thai-tlwg is not installed")
    cases = [
        ("no fonts", _fontconfig(tmp_path / "none", []), {"Thai": False}),
        ("DejaVu only", _fontconfig(tmp_path / "dejavu", dejavu), {"Thai": False, "Greek": True, "Cyrillic": True}),
        ("what .ci/run installs", _fontconfig(tmp_path / "ci", dejavu + thai), {s: True for s in SCRIPTS}),
    ]
    for name, env, expected in cases:
        browser = Browser(EXECUTABLE, timeout=60, env=env)
        try:
            for script, passes in expected.items():
                problems = script_font_problems(browser, script_pages[script], script, env)
                assert (problems == []) == passes, f"{script} with {name}: {problems}"
        finally:
            browser.close()
