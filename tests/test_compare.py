"""``render --compare`` and the links between maps, through the real command.

A future-state map drawn over the current map it improves: both emotion
curves in one lane (the current one muted, its points at the columns of the
matching steps and at the current emotion's height, measured in headless
Chromium), a summary of what changes (the barriers removed, still open and
new), the same as Markdown tables, and the refusals with their exit codes.
A step's ``journey`` and the map's ``improves`` are links whose address
``--links`` makes. Left-to-right English and Russian, right-to-left Arabic.
"""

from __future__ import annotations

import math
import os
import re
import subprocess
from pathlib import Path

import pytest

from journeyctl.load import load
from journeyctl.render.compare import compare

from chromium import Browser, find_chromium

CURRENT = """\
journeyctl: 1
id: billing-today
title: Billing support today
state: current
persona:
  name: Pat
stages:
  - id: notice
    name: Notice the charge
    steps:
      - id: see-bill
        action: Sees a surprising bill
        emotion: -1
        barriers:
          - id: unclear-charges
            text: Charges are not explained
            severity: high
      - id: search-help
        action: Searches the help pages
        emotion: -2
        barriers:
          - id: no-answer
            text: No article answers the question
            severity: critical
  - id: contact
    name: Contact support
    steps:
      - id: call
        action: Calls support
        emotion: -2
        barriers:
          - id: long-wait
            text: Waits 40 minutes on hold
            severity: critical
          - id: hold-music
            text: The hold music is loud
            severity: low
      - id: refund
        action: Gets the charge refunded
        emotion: 1
"""

FUTURE = """\
journeyctl: 1
id: billing-redesigned
title: Billing support, redesigned
state: future
improves: billing-today
persona:
  name: Pat
stages:
  - id: notice
    name: Notice the charge
    steps:
      - id: see-bill
        action: Sees a bill with every charge explained
        emotion: 1
        journey: bill-explainer
      - id: ask-assistant
        action: Asks the billing assistant
        emotion: 0
        barriers:
          - id: bot-limits
            text: The assistant cannot issue refunds
            severity: medium
  - id: contact
    name: Contact support
    steps:
      - id: call
        action: Gets a call back within the hour
        emotion: -1
        barriers:
          - id: long-wait
            text: Still waits for the call back
            severity: medium
          - id: loud-music
            text: The hold  music is LOUD
            severity: low
      - id: refunded
        action: Gets the charge refunded
        emotion: 0
"""

# What the two maps say, as the format defines matching (by id, else by the
# same text without case and runs of spaces): future step -> current emotion.
MATCHED = {"see-bill": -1, "call": -2, "refunded": 1}
REMOVED = {"Charges are not explained", "No article answers the question"}
STILL_OPEN = {"Still waits for the call back", "The hold  music is LOUD"}
NEW = {"The assistant cannot issue refunds"}

ARABIC_CURRENT = """\
journeyctl: 1
id: bitaqa-halia
title: طلب بطاقة مصرفية اليوم
locale: ar
state: current
persona:
  name: ليلى حداد
stages:
  - id: talab
    name: تقديم الطلب
    steps:
      - id: namudhaj
        action: تملأ النموذج الورقي في الفرع
        emotion: -1
        barriers:
          - id: tawabir
            text: طوابير طويلة في الفرع
            severity: high
      - id: intidhar
        action: تنتظر رسالة التأكيد
        emotion: -2
  - id: istilam
    name: استلام البطاقة
    steps:
      - id: far
        action: تذهب إلى الفرع وتوقّع
        emotion: 0
"""

ARABIC_FUTURE = """\
journeyctl: 1
id: bitaqa-mustaqbal
title: طلب بطاقة مصرفية بعد التحسين
locale: ar
state: future
improves: bitaqa-halia
persona:
  name: ليلى حداد
stages:
  - id: talab
    name: تقديم الطلب
    steps:
      - id: namudhaj
        action: تملأ النموذج على التطبيق
        emotion: 1
        journey: tatbiq-tasjil
      - id: intidhar
        action: تتابع حالة الطلب في التطبيق
        emotion: 0
  - id: istilam
    name: استلام البطاقة
    steps:
      - id: far
        action: تصلها البطاقة إلى البيت
        emotion: 2
"""

RUSSIAN_CURRENT = """\
journeyctl: 1
id: samovyvoz
title: Самовывоз смартфона сегодня
locale: ru
state: current
persona:
  name: Анна Смирнова
stages:
  - id: zakaz
    name: Заказ
    steps:
      - id: oplata
        action: Оплачивает смартфон на сайте
        emotion: -1
        barriers:
          - id: sbros
            text: Страница сбрасывает данные карты
            severity: critical
  - id: poluchenie
    name: Получение
    steps:
      - id: ochered
        action: Стоит в очереди в пункте выдачи
        emotion: -2
"""

RUSSIAN_FUTURE = """\
journeyctl: 1
id: samovyvoz-2027
title: Самовывоз смартфона в 2027 году
locale: ru
state: future
improves: samovyvoz
persona:
  name: Анна Смирнова
stages:
  - id: zakaz
    name: Заказ
    steps:
      - id: oplata
        action: Оплачивает смартфон в одно касание
        emotion: 1
  - id: poluchenie
    name: Получение
    steps:
      - id: ochered
        action: Забирает заказ из постамата
        emotion: 2
"""


@pytest.fixture
def maps(tmp_path):
    """Write maps into tmp_path: ``maps(name=text, ...)`` -> {name: path}."""

    def write(**texts: str) -> dict[str, Path]:
        out = {}
        for name, text in texts.items():
            out[name] = tmp_path / f"{name}.yaml"
            out[name].write_text(text, encoding="utf-8")
        return out

    return write


# -- the comparison, as data ----------------------------------------------------


def test_steps_and_barriers_are_matched_by_id_then_by_text(maps):
    paths = maps(current=CURRENT, future=FUTURE)
    c = compare(load(paths["current"]).journey, load(paths["future"]).journey)
    assert {p.future.step.id: p.current_emotion for p in c.steps} == MATCHED
    assert [p.future.step.id for p in c.steps] == ["see-bill", "call", "refunded"], "in column order"
    assert {b.barrier.text for b in c.removed} == REMOVED
    assert {o.future.barrier.text for o in c.still_open} == STILL_OPEN
    assert {(o.current.barrier.id, o.future.barrier.id) for o in c.still_open} == {
        ("long-wait", "long-wait"), ("hold-music", "loud-music")}
    assert {b.barrier.text for b in c.new} == NEW
    assert [s.step.id for s in c.dropped] == ["search-help"]
    assert [s.step.id for s in c.added] == ["ask-assistant"]
    assert c.before.average == round((-1 - 2 - 2 + 1) / 4, 2) and c.after.average == 0
    assert (c.before.lowest.value, [s.step.id for s in c.before.lowest.steps]) == (-2, ["search-help", "call"])
    assert (c.after.lowest.value, [s.step.id for s in c.after.lowest.steps]) == (-1, ["call"])


# -- the HTML map, in a real browser ----------------------------------------------

EXECUTABLE = find_chromium()
needs_browser = pytest.mark.skipif(EXECUTABLE is None and not os.environ.get("CI"), reason="no Chromium")


@pytest.fixture(scope="module")
def browser():
    if EXECUTABLE is None:
        if os.environ.get("CI"):
            pytest.fail("CI needs Chromium for the browser tests (apt-get install chromium)", pytrace=False)
        pytest.skip("no Chromium on this machine")
    browser = Browser(EXECUTABLE)
    yield browser
    browser.close()


#: Boxes, the guides' heights, the current curve's points and a sample of
#: its path in page coordinates, and the styles of both curves.
GEOMETRY = """
(() => {
  const box = e => { const r = e.getBoundingClientRect();
                     return {x: r.left, y: r.top, r: r.right, b: r.bottom, w: r.width, h: r.height}; };
  const map = document.querySelector('.screen-map');
  const curve = map.querySelector('svg.curve');
  const center = e => { const b = box(e); return {x: (b.x + b.r) / 2, y: (b.y + b.b) / 2}; };
  const sample = [];
  for (const path of curve.querySelectorAll('path.was-line')) {
    const m = path.getScreenCTM(), length = path.getTotalLength();
    for (let i = 0; i <= 200; i++) {
      const p = path.getPointAtLength(length * i / 200).matrixTransform(m);
      sample.push([p.x, p.y]);
    }
  }
  const style = e => { const s = getComputedStyle(e);
                       return {stroke: s.stroke, dash: s.strokeDasharray, width: parseFloat(s.strokeWidth)}; };
  return {
    guides: [...curve.querySelectorAll('line.guide')].map(l => box(l).y),
    was: [...curve.querySelectorAll('svg.was-point circle')].map(c => ({...center(c), box: box(c)})),
    markers: [...curve.querySelectorAll('svg.marker .shape')].map(center),
    labels: [...curve.querySelectorAll('g.label')].map(box),
    sample,
    wasStyle: curve.querySelector('path.was-line') ? style(curve.querySelector('path.was-line')) : null,
    lineStyle: style(curve.querySelector('path.line')),
    muted: getComputedStyle(curve.querySelector('path.line')).getPropertyValue('--muted').trim(),
    columns: Object.fromEntries([...map.querySelectorAll('.lane-actions[id]')].map(e => [e.id.slice(5), center(e)])),
    heads: [...map.querySelectorAll('.stage-head')].map(box),
    laneLabel: box(document.querySelector('.screen-map .lane-label.lane-emotion')),
    key: box(document.querySelector('.screen-map .curve-key')),
    after: [...document.querySelectorAll('.after-map > *')].map(box),
    removed: [...document.querySelectorAll('.compare-removed li > bdi')].map(e => e.textContent),
    stillOpen: [...document.querySelectorAll('.compare-still-open li > bdi')].map(e => e.textContent),
    added: [...document.querySelectorAll('.compare-new li > bdi')].map(e => e.textContent),
    title: document.querySelector('#compare-title').textContent,
    subJourney: [...document.querySelectorAll('.screen-map .sub-journey a')].map(a => a.getAttribute('href')),
    improves: [...document.querySelectorAll('.improves a')].map(a => a.getAttribute('href')),
  };
})()
"""


def overlap(a, b, slack=0.5) -> bool:
    return a["x"] < b["r"] - slack and b["x"] < a["r"] - slack and a["y"] < b["b"] - slack and b["y"] < a["b"] - slack


def rgb(color: str) -> tuple[int, ...]:
    if color.startswith("#"):
        return tuple(int(color[i:i + 2], 16) for i in (1, 3, 5))
    return tuple(int(float(v)) for v in re.findall(r"[\d.]+", color)[:3])


def check_curves(g: dict, matched: dict[str, int]) -> None:
    """The current curve's points sit at the matched steps' columns, at the
    height of the current emotion's guide, and its path goes through them."""
    assert len(g["was"]) == len(matched), g["was"]
    for step, value in matched.items():
        column = g["columns"][step]
        [point] = [p for p in g["was"] if abs(p["x"] - column["x"]) < 2]
        assert abs(point["y"] - g["guides"][2 - value]) < 1.5, (step, value, point)
        nearest = min(math.dist((point["x"], point["y"]), s) for s in g["sample"])
        assert nearest < 1.5, f"the current curve misses its point at {step}"
    # the path runs from the first matched column to the last, nowhere else
    xs = [s[0] for s in g["sample"]]
    ends = sorted(g["columns"][s]["x"] for s in matched)
    assert abs(min(xs) - ends[0]) < 1.5 and abs(max(xs) - ends[-1]) < 1.5


def check_muted(g: dict) -> None:
    was, line = g["wasStyle"], g["lineStyle"]
    assert rgb(was["stroke"]) == rgb(g["muted"]), "the current curve is grey (--muted)"
    assert rgb(was["stroke"]) != rgb(line["stroke"])
    assert was["dash"] not in ("none", "") and line["dash"] in ("none", ""), "dashed, the future curve solid"
    assert was["width"] < line["width"], "thinner than the future curve"


def check_nothing_overlaps(g: dict) -> None:
    for label in g["labels"]:
        for point in g["was"]:
            assert not overlap(label, point["box"]), f"a value label {label} covers a current point {point}"
    lane = g["laneLabel"]
    key = g["key"]
    assert lane["x"] <= key["x"] and key["r"] <= lane["r"] + 0.5 and lane["y"] <= key["y"] and key["b"] <= lane["b"]
    for i, a in enumerate(g["after"]):
        for b in g["after"][i + 1:]:
            assert not overlap(a, b), f"sections under the map overlap: {a} {b}"


def render(run, future: Path, *args: str) -> Path:
    out = future.with_suffix(".html")
    result = run("render", str(future), "-o", str(out), *args)
    assert result.code == 0, result.stderr
    return out


@needs_browser
def test_both_curves_in_one_lane_and_what_the_future_removes(browser, maps, run):
    paths = maps(current=CURRENT, future=FUTURE)
    page = render(run, paths["future"], "--compare", str(paths["current"]))
    browser.open(page, width=1400, height=1000)
    assert browser.problems() == []
    assert [u for u in browser.requests() if u != page.resolve().as_uri()] == []
    g = browser.evaluate(GEOMETRY)
    check_curves(g, MATCHED)
    check_muted(g)
    check_nothing_overlaps(g)
    # the future curve is drawn as before: a marker over each step's column
    future = [p.step.id for p in load(paths["future"]).journey.flow.steps]
    for marker, step in zip(g["markers"], future):
        assert abs(marker["x"] - g["columns"][step]["x"]) < 2
    assert g["title"] == "Compared with Billing support today"
    assert sorted(g["removed"]) == sorted(REMOVED)
    assert sorted(g["stillOpen"]) == sorted(STILL_OPEN)
    assert sorted(g["added"]) == sorted(NEW)
    assert g["subJourney"] == ["bill-explainer.html"] and g["improves"] == ["billing-today.html"]


@needs_browser
def test_print_keeps_the_map_on_its_pages(browser, maps, run, tmp_path):
    """In print the comparison sits with the summary over the map; the map
    still fits its page (A3 and A4, fit=width), no label on a point."""
    paths = maps(current=CURRENT, future=FUTURE)
    for paper in ("a3", "a4"):
        page = render(run, paths["future"], "--compare", str(paths["current"]), "--paper", paper)
        browser.open(page, width=1400, height=1000)
        browser.call("Emulation.setEmulatedMedia", session=True, media="print")
        g = browser.evaluate(GEOMETRY.replace("'.screen-map'", "'body'"))
        check_curves(g, MATCHED)
        check_nothing_overlaps(g)
        browser.call("Emulation.setEmulatedMedia", session=True, media="")
        pdf = tmp_path / f"{paper}.pdf"
        browser.pdf(pdf)
        assert len(re.findall(rb"/Type\s*/Page[^s]", pdf.read_bytes())) == 1, paper
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
        assert "Compared with Billing support today" in text


@needs_browser
def test_right_to_left_mirrors_both_curves(browser, maps, run):
    paths = maps(current=ARABIC_CURRENT, future=ARABIC_FUTURE)
    page = render(run, paths["future"], "--compare", str(paths["current"]))
    browser.open(page, width=1400, height=1000)
    assert browser.problems() == []
    g = browser.evaluate(GEOMETRY)
    heads = [h["x"] for h in g["heads"]]
    assert heads == sorted(heads, reverse=True), "the first stage is rightmost"
    check_curves(g, {"namudhaj": -1, "intidhar": -2, "far": 0})
    xs = [g["columns"][s]["x"] for s in ("namudhaj", "intidhar", "far")]
    assert xs == sorted(xs, reverse=True), "the current curve runs right to left, as the future one"
    check_muted(g)
    check_nothing_overlaps(g)
    assert sorted(g["removed"]) == ["طوابير طويلة في الفرع"]
    assert g["subJourney"] == ["tatbiq-tasjil.html"]
    assert "طلب بطاقة مصرفية اليوم" in g["title"]


@needs_browser
def test_russian_map_and_the_links_template(browser, maps, run):
    paths = maps(current=RUSSIAN_CURRENT, future=RUSSIAN_FUTURE)
    page = render(run, paths["future"], "--compare", str(paths["current"]), "--links", "../{id}/map.html")
    browser.open(page, width=1400, height=1000)
    assert browser.problems() == []
    g = browser.evaluate(GEOMETRY)
    check_curves(g, {"oplata": -1, "ochered": -2})
    check_nothing_overlaps(g)
    assert g["title"] == "В сравнении с картой «Самовывоз смартфона сегодня»"
    assert g["removed"] == ["Страница сбрасывает данные карты"]
    assert g["improves"] == ["../samovyvoz/map.html"]


def test_without_the_new_fields_the_page_is_unchanged(maps, run):
    """links and --compare add nothing to a map that has neither."""
    paths = maps(current=CURRENT)
    plain = run("render", str(paths["current"]), "-o", "-").stdout_bytes
    linked = run("render", str(paths["current"]), "-o", "-", "--links", "x/{id}.html").stdout_bytes
    assert plain == linked and b"compare" not in plain and b"map-link" not in plain
    assert b"was-line" not in plain and b"curve-key" not in plain, "nor their style sheet"


def test_a_sub_journey_and_improves_link_without_compare(maps, run):
    paths = maps(future=FUTURE)
    html = run("render", str(paths["future"]), "-o", "-", "--links", "https://maps.example.org/{id}/").stdout
    assert 'href="https://maps.example.org/bill-explainer/"' in html
    assert 'href="https://maps.example.org/billing-today/"' in html
    assert 'id="compare-title"' not in html and 'class="was-line"' not in html


# -- Markdown -------------------------------------------------------------------


def table(text: str, heading: str) -> list[list[str]]:
    """The rows of the table after the line that begins with the bold
    ``heading`` (without the table's header)."""
    lines = text[text.index(f"**{heading}**"):].splitlines()[2:]
    rows = []
    for line in lines[2:]:
        if not line.startswith("|"):
            break
        rows.append([cell.strip() for cell in line.strip("|").split(" | ")])
    return rows


def test_markdown_has_the_same_summary_as_tables(maps, run):
    paths = maps(current=CURRENT, future=FUTURE)
    result = run("render", str(paths["future"]), "--compare", str(paths["current"]), "-f", "md", "-o", "-")
    assert result.code == 0, result.stderr
    text = result.stdout
    section = text[text.index("## Compared with Billing support today"):]
    assert "**Barriers removed** (2)" in section and "**New barriers** (1)" in section
    assert {row[1] for row in table(section, "Barriers removed")} == REMOVED
    assert {row[1] for row in table(section, "Barriers still open")} == {" ".join(t.split()) for t in STILL_OPEN}
    assert {row[1] for row in table(section, "New barriers")} == NEW
    assert table(section, "Barriers still open")[0][0] == "**MEDIUM** (before: critical)"
    emotions = {row[0]: row[1] for row in table(section, "Emotion")}
    future = {p.step.id: p.step.action for p in load(paths["future"]).journey.flow.steps}
    assert emotions == {future[s]: ("+" if v > 0 else "−" if v < 0 else "") + str(abs(v)) for s, v in MATCHED.items()}
    assert "- Searches the help pages — *Notice the charge*" in section
    assert "Improves: [billing\\-today](<billing-today.md>)" in text or "Improves: [billing-today](<billing-today.md>)" in text
    assert "Sub-journey: [bill-explainer](<bill-explainer.md>)" in text or \
        "Sub-journey: [bill\\-explainer](<bill\\-explainer.md>)" in text


def test_markdown_links_follow_the_template(maps, run):
    paths = maps(future=FUTURE)
    text = run("render", str(paths["future"]), "-f", "md", "-o", "-", "--links", "../{id}/README.md").stdout
    assert "(<../bill-explainer/README.md>)" in text and "(<../billing-today/README.md>)" in text
    text = run("render", str(paths["future"]), "-f", "md", "-o", "-", "--links", "{id}/{id}.md").stdout
    assert "(<bill-explainer/bill-explainer.md>)" in text


def test_compare_with_events_shows_both(maps, run, tmp_path):
    """--compare and a measurement (--events) together: both sections."""
    pytest.importorskip("ibis")
    bound = FUTURE.replace("        journey: bill-explainer\n", "        journey: bill-explainer\n        events: [bill_viewed]\n")
    paths = maps(current=CURRENT, future=bound)
    log = tmp_path / "events.csv"
    log.write_text("customer_id,event,timestamp\n" + "".join(
        f"c{i},bill_viewed,2026-01-0{1 + i % 9}T10:00:00\n" for i in range(30)), encoding="utf-8")
    result = run("render", str(paths["future"]), "--compare", str(paths["current"]), "--events", str(log),
                 "-f", "md", "-o", "-")
    assert result.code == 0, result.stderr
    assert "## Measured against the event log" in result.stdout and "## Compared with" in result.stdout


# -- refusals -----------------------------------------------------------------------


def test_the_compared_map_must_be_current_and_the_rendered_one_future(maps, run):
    paths = maps(current=CURRENT, future=FUTURE, other=FUTURE.replace("id: billing-redesigned", "id: other"))
    result = run("render", str(paths["future"]), "--compare", str(paths["other"]), "-o", "-")
    assert result.code == 2 and "'other' is state: future" in result.stderr, result.stderr
    result = run("render", str(paths["current"]), "--compare", str(paths["current"]), "-o", "-")
    assert result.code == 2 and "this map is state: current" in result.stderr, result.stderr


def test_improves_must_name_the_compared_map(maps, run):
    paths = maps(future=FUTURE, elsewhere=CURRENT.replace("id: billing-today", "id: billing-2024"))
    result = run("render", str(paths["future"]), "--compare", str(paths["elsewhere"]), "-o", "-")
    assert result.code == 2
    assert "improves 'billing-today'" in result.stderr and "'billing-2024'" in result.stderr
    assert "Traceback" not in result.stderr


def test_without_improves_a_warning_and_the_comparison(maps, run):
    paths = maps(current=CURRENT, future=FUTURE.replace("improves: billing-today\n", ""))
    result = run("render", str(paths["future"]), "--compare", str(paths["current"]), "-o", "-")
    assert result.code == 0, result.stderr
    assert "warning" in result.stderr.lower() and "add improves: billing-today" in result.stderr
    assert 'id="compare-title">Compared with <bdi>Billing support today</bdi>' in result.stdout


def test_a_compared_map_with_problems_or_no_file(maps, run, tmp_path):
    paths = maps(future=FUTURE, broken=CURRENT.replace("emotion: -1", "emotion: -7"))
    result = run("render", str(paths["future"]), "--compare", str(paths["broken"]), "-o", "-")
    assert result.code == 1
    assert re.search(r"broken\.yaml:\d+:\d+: ", result.stderr), result.stderr
    result = run("render", str(paths["future"]), "--compare", str(tmp_path / "missing.yaml"), "-o", "-")
    assert result.code == 2 and "cannot read it: it does not exist" in result.stderr
    result = run("render", str(paths["future"]), "--compare", str(tmp_path), "-o", "-")
    assert result.code == 2 and "--compare" in result.stderr and "Traceback" not in result.stderr
    result = run("render", str(paths["future"]), "--compare", "-", "-o", "-")
    assert result.code == 2 and "not standard input" in result.stderr


@pytest.mark.parametrize("args, where", [
    (["-f", "json"], "json format"),
    (["-f", "mermaid"], "mermaid format"),
    (["-f", "svg"], "svg format"),
    (["--view", "blueprint"], "blueprint view"),
    (["--view", "touchpoints"], "touchpoints view"),
    (["-f", "png", "--view", "flow"], "flow view"),
])
def test_compare_applies_to_the_map_view_and_md_only(maps, run, args, where):
    paths = maps(current=CURRENT, future=FUTURE)
    for option in (["--compare", str(paths["current"])], ["--links", "{id}.html"]):
        result = run("render", str(paths["future"]), *option, *args, "-o", "-")
        assert result.code == 2, result.stderr
        assert "applies to the map view (html, pdf, png) and to md" in result.stderr and where in result.stderr


@pytest.mark.parametrize("links", ["javascript:{id}", "{id}:alert(1)", "data:text/html,{id}", "http://x/{id}",
                                   "{slug}.html", "maps.html", "{id}}.html", "a b/{id}", "x\\{id}", "<{id}>"])
def test_a_links_template_that_is_not_a_safe_address_is_refused(maps, run, links):
    paths = maps(future=FUTURE)
    result = run("render", str(paths["future"]), "--links", links, "-o", "-")
    assert result.code == 2 and "--links" in result.stderr and "Traceback" not in result.stderr
    assert result.stdout == ""


def test_the_output_never_replaces_the_compared_map(maps, run):
    paths = maps(current=CURRENT, future=FUTURE)
    before = paths["current"].read_bytes()
    result = run("render", str(paths["future"]), "--compare", str(paths["current"]), "-f", "html",
                 "-o", str(paths["current"]))
    assert result.code == 2 and paths["current"].read_bytes() == before


def test_pdf_of_a_compared_map(maps, run, tmp_path):
    """-f pdf prints the HTML page, comparison and all."""
    pytest.importorskip("playwright")
    if EXECUTABLE is None:
        pytest.skip("no Chromium")
    paths = maps(current=CURRENT, future=FUTURE)
    out = tmp_path / "future.pdf"
    result = run("render", str(paths["future"]), "--compare", str(paths["current"]), "-o", str(out), "--paper", "a4")
    assert result.code == 0, result.stderr
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True).stdout
    assert "Compared with Billing support today" in text and "Sub-journey: bill-explainer" in text
