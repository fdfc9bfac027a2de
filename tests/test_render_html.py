"""The html renderer: golden pages, structure, escaping, images, locales, curve."""

from __future__ import annotations

import base64
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from journeyctl.render import i18n
from journeyctl.base.diagnostics import RenderProblem
from journeyctl.load import load, load_bytes
from journeyctl.render import RenderOptions
from journeyctl.render.html import HtmlRenderer, marker_path

from conftest import EXAMPLES, MINIMAL


# ------------------------------------------------------------ a small DOM


class Element:
    def __init__(self, tag: str, attrs: dict[str, str | None], parent: Element | None):
        self.tag, self.attrs, self.parent = tag, attrs, parent
        self.children: list[Element | str] = []

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def iter(self):
        yield self
        for child in self.children:
            if isinstance(child, Element):
                yield from child.iter()

    def find_all(self, tag: str | None = None, cls: str | None = None) -> list[Element]:
        return [e for e in self.iter()
                if (tag is None or e.tag == tag) and (cls is None or cls in (e.attrs.get("class") or "").split())]


VOID = {"meta", "img", "br", "hr", "link", "input", "path", "line", "circle", "rect"}


class TreeBuilder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Element("#document", {}, None)
        self.current = self.root

    def handle_starttag(self, tag, attrs):
        element = Element(tag, dict(attrs), self.current)
        self.current.children.append(element)
        if tag not in VOID:
            self.current = element

    def handle_startendtag(self, tag, attrs):
        self.current.children.append(Element(tag, dict(attrs), self.current))

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        node = self.current
        while node is not None and node.tag != tag:
            node = node.parent
        assert node is not None, f"</{tag}> closes nothing"
        self.current = node.parent

    def handle_data(self, data):
        self.current.children.append(data)


def parse(html: str) -> Element:
    builder = TreeBuilder()
    builder.feed(html)
    builder.close()
    assert builder.current is builder.root, f"unclosed <{builder.current.tag}>"
    return builder.root


def render(journey, source: Path | None = None) -> str:
    return HtmlRenderer().render(journey, RenderOptions(source=source))


def journey_of(text: str):
    return load_bytes(text.encode("utf-8"), "m.yaml").journey


def squash(text: str) -> str:
    return " ".join(text.split())


# ---------------------------------------------------------------- golden


STYLESHEET = Path(__file__).resolve().parent.parent / "src" / "journeyctl" / "render" / "templates" / "html" / "map.css"
STYLE_BLOCK = re.compile(r"<style>\n(.*?)</style>", re.DOTALL)


def without_stylesheet(page: str) -> str:
    """The page with its inlined stylesheet replaced by a marker: the golden
    pages hold the markup; the stylesheet is checked once, below."""
    match = STYLE_BLOCK.search(page)
    assert match, "no <style> block"
    return page[:match.start(1)] + "/* map.css, inlined */\n" + page[match.end(1):]


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_golden(example, golden):
    page = render(load(example).journey, example)
    golden(f"html/{example.stem}.html", without_stylesheet(page).encode("utf-8"))


def test_the_stylesheet_is_inlined_whole_and_once():
    page = render(load(EXAMPLES[0]).journey, EXAMPLES[0])
    assert len(STYLE_BLOCK.findall(page)) == 1
    assert STYLE_BLOCK.search(page).group(1) == STYLESHEET.read_text(encoding="utf-8") + "\n"


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_deterministic(example):
    journey = load(example).journey
    assert render(journey, example) == render(load(example).journey, example)


# -------------------------------------------------------------- structure


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_everything_in_the_map_is_on_the_page(example):
    journey = load(example).journey
    page = parse(render(journey, example))
    text = squash(page.text())
    html = page.find_all("html")[0]
    assert html.attrs["lang"] == journey.locale and html.attrs["dir"] == "ltr"
    assert squash(page.find_all("title")[0].text()) == squash(journey.title)

    for stage in journey.stages:
        assert squash(stage.name) in text
        section = [s for s in page.find_all("section", "stage") if s.attrs["id"] == f"stage-{stage.id}"]
        assert len(section) == 1
        for step in stage.steps:
            action_cell = [e for e in section[0].find_all("div", "lane-actions") if e.attrs.get("id") == f"step-{step.id}"]
            assert len(action_cell) == 1 and squash(step.action) in squash(action_cell[0].text())
            for barrier in step.barriers:
                [item] = [e for e in page.find_all("li", "barrier") if e.attrs.get("id") == f"barrier-{barrier.id}"]
                assert squash(barrier.text) in squash(item.text())
                assert f"sev-{barrier.severity}" in item.attrs["class"]
        for opportunity in stage.opportunities:
            [item] = [e for e in page.find_all("li", "opportunity") if e.attrs["id"] == f"opportunity-{opportunity.id}"]
            links = [a.attrs["href"] for a in item.find_all("a")]
            assert links == [f"#barrier-{b}" for b in opportunity.addresses]
        for metric in stage.metrics:
            assert squash(metric.name) in text
    for touchpoint in journey.touchpoints:
        assert squash(touchpoint.name) in text
    for item in journey.persona.goals + journey.persona.needs + journey.persona.frustrations:
        assert squash(item) in text


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_the_curve_is_one_svg_that_follows_the_flow(example):
    journey = load(example).journey
    page = parse(render(journey, example))
    [curve] = page.find_all("svg", "curve")  # one element across every stage
    markers = curve.find_all("svg", "marker")
    steps = [p.step for p in journey.flow.steps]
    with_emotion = [s for s in steps if s.emotion is not None]
    assert len(markers) == len(with_emotion)
    for marker, step in zip(markers, with_emotion):
        label = marker.find_all("text")[0].text()
        assert label == {-2: "−2", -1: "−1", 0: "0", 1: "+1", 2: "+2"}[step.emotion]
        assert ("mot" in marker.attrs["class"].split()) == step.moment_of_truth
        assert marker.find_all("g", "face"), "a face drawn in SVG beside the number"
    # One line per edge of the flow between two steps with an emotion (a fork
    # draws one to each alternative); an edge going back is a dashed arc.
    emotion = {s.id: s.emotion for s in steps}
    joined = [e for e in journey.flow.edges if emotion[e.source] is not None and emotion[e.target] is not None]
    assert len(curve.find_all("path", "line")) == sum(not e.back for e in joined)
    assert len(curve.find_all("path", "loop")) == sum(e.back for e in joined)
    assert len(curve.find_all("svg", "no-emotion")) == sum(s.emotion is None for s in steps)


def test_markers_differ_by_shape_not_only_colour():
    shapes = {value: re.sub(r"[-\d.]+", "N", marker_path(value, 50, 50)) for value in (-2, -1, 0, 1, 2)}
    assert len(set(shapes.values())) == 4  # the two triangles share a shape, pointing opposite ways
    assert marker_path(2, 50, 50) != marker_path(-2, 50, 50)


def test_a_step_without_emotion_leaves_a_gap():
    text = MINIMAL.replace("action: Does the second thing", "action: Does the second thing\n        emotion: 1") \
                  .replace("      - id: first", "      - id: zero\n        action: Starts\n        emotion: -1\n      - id: first")
    page = parse(render(journey_of(text)))
    assert len(page.find_all("svg", "marker")) == 2
    assert page.find_all("path", "line") == []  # -1, (none), +1: nothing to join
    [mark] = page.find_all("svg", "no-emotion")  # the step without one is marked, not skipped
    assert "no emotion recorded" in mark.text()
    label = page.find_all("svg", "curve")[0].attrs["aria-label"]
    assert "Does the first thing: no emotion recorded" in label


def test_empty_lanes_are_left_out():
    page = parse(render(journey_of(MINIMAL)))
    labels = [squash(e.text()) for e in page.find_all("div", "lane-label") if "corner" not in e.attrs["class"]]
    assert labels == ["Actions"]
    assert page.find_all("svg", "curve") == []


def test_a_stage_without_steps_keeps_its_column():
    text = MINIMAL + "  - id: later\n    name: Later\n"
    page = parse(render(journey_of(text)))
    [empty] = page.find_all("section", "empty")
    assert "No steps yet" in empty.text()


def test_moment_of_truth_stands_out():
    text = MINIMAL.replace("action: Does the first thing", "action: Does the first thing\n        moment_of_truth: true\n        emotion: 2")
    page = parse(render(journey_of(text)))
    [cell] = [e for e in page.find_all("div", "lane-actions") if e.attrs.get("id") == "step-first"]
    assert "mot" in cell.parent.attrs["class"].split()
    assert "Moment of truth" in cell.text()
    assert page.find_all("circle", "mot-ring")
    assert "Moment of truth" in page.find_all("footer", "legend")[0].text()
    assert "Moment of truth" not in parse(render(journey_of(MINIMAL))).find_all("footer", "legend")[0].text()


def test_flow_ends_and_branches_are_shown():
    text = MINIMAL.replace("action: Does the first thing", "action: Does the first thing\n        next: [second, first]") \
                  .replace("action: Does the second thing", "action: Does the second thing\n        next: []")
    page = parse(render(journey_of(text)))
    [first] = [e for e in page.find_all("div", "lane-actions") if e.attrs.get("id") == "step-first"]
    assert [a.attrs["href"] for a in first.find_all("a")] == ["#step-second", "#step-first"]
    [second] = [e for e in page.find_all("div", "lane-actions") if e.attrs.get("id") == "step-second"]
    assert "Journey ends here" in second.text()


# -------------------------------------------------------- self-contained


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_no_script_and_no_external_request(example):
    html = render(load(example).journey, example)
    page = parse(html)
    assert page.find_all("script") == [] and page.find_all("link") == [] and page.find_all("iframe") == []
    [csp] = [m for m in page.find_all("meta") if m.attrs.get("http-equiv") == "Content-Security-Policy"]
    policy = csp.attrs["content"]
    assert "default-src 'none'" in policy and "img-src data:" in policy and "script-src" not in policy
    for element in page.iter():
        for name, value in element.attrs.items():
            assert not name.startswith("on"), f"event handler {name}"
            if name in ("src", "href") and value:
                assert value.startswith(("#", "data:image/", "https://")), value
    for img in page.find_all("img"):
        assert img.attrs["src"].startswith("data:image/")
    assert "url(" not in html.split("</style>")[0].split("<style>")[1]


HOSTILE = '<script>alert("x")</script> "quoted" \'single\' & <img src=x onerror=alert(1)> ]]> --> \u202eevil'


def test_hostile_text_is_escaped_everywhere():
    data = json.loads(json.dumps({
        "journeyctl": 1, "title": HOSTILE, "description": HOSTILE, "goal": HOSTILE, "owner": HOSTILE,
        "tags": [HOSTILE],
        "persona": {"name": HOSTILE, "role": HOSTILE, "quote": HOSTILE, "description": HOSTILE,
                    "goals": [HOSTILE], "needs": [HOSTILE], "frustrations": [HOSTILE]},
        "touchpoints": [{"id": "t", "name": HOSTILE, "channel": HOSTILE, "owner": HOSTILE}],
        "stages": [{
            "id": "s", "name": HOSTILE, "goal": HOSTILE, "description": HOSTILE, "backstage": [HOSTILE],
            "metrics": [{"name": HOSTILE, "value": HOSTILE, "target": HOSTILE}],
            "opportunities": [{"id": "o", "text": HOSTILE, "owner": HOSTILE, "addresses": ["b"]}],
            "steps": [{"id": "a", "action": HOSTILE, "feeling": HOSTILE, "thoughts": HOSTILE,
                       "motivation": HOSTILE, "questions": [HOSTILE], "touchpoints": ["t"], "emotion": 1,
                       "next": ["a"], "barriers": [{"id": "b", "text": HOSTILE}]}],
        }],
    }))
    journey = load_bytes(json.dumps(data).encode(), "hostile.json").journey
    html = render(journey)
    page = parse(html)
    assert page.find_all("script") == [] and len(page.find_all("img")) == 0
    assert "<script>" not in html and "onerror=alert" not in html.replace("onerror=alert(1)&gt;", "")
    # The text survives, exactly, as text.
    assert page.text().count(HOSTILE) >= 25
    title = page.find_all("title")[0].text()
    assert title == HOSTILE
    for marker_title in page.find_all("svg", "curve")[0].find_all("svg", "marker")[0].find_all("title"):
        assert HOSTILE in marker_title.text()


def test_local_image_is_embedded(tmp_path):
    (tmp_path / "img").mkdir()
    picture = b"\x89PNG\r\n\x1a\n fake but bytes are bytes"
    (tmp_path / "img" / "pat.png").write_bytes(picture)
    source = tmp_path / "map.yaml"
    journey = journey_of(MINIMAL.replace("name: Pat", "name: Pat\n  image: img/pat.png"))
    [img] = parse(render(journey, source)).find_all("img")
    assert img.attrs["src"] == "data:image/png;base64," + base64.b64encode(picture).decode()
    assert img.attrs["alt"] == "Picture of the persona: Pat"


def test_remote_image_is_only_a_link():
    journey = journey_of(MINIMAL.replace("name: Pat", "name: Pat\n  image: https://example.com/pat.png"))
    page = parse(render(journey))
    assert page.find_all("img") == []
    [link] = [a for a in page.find_all("a") if a.attrs["href"].startswith("https://")]
    assert link.attrs["href"] == "https://example.com/pat.png" and "noreferrer" in link.attrs["rel"]


@pytest.mark.parametrize("image, make, message", [
    ("img/missing.png", False, "'img/missing.png' does not exist (paths are relative to the map's folder)"),
    ("img/pat.bmp", True, "'img/pat.bmp' is not a picture journeyctl can embed"),
])
def test_image_problems(tmp_path, image, make, message):
    if make:
        (tmp_path / image).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / image).write_bytes(b"BM")
    journey = journey_of(MINIMAL.replace("name: Pat", f"name: Pat\n  image: {image}"))
    with pytest.raises(RenderProblem) as info:
        render(journey, tmp_path / "map.yaml")
    assert info.value.path == ("persona", "image") and info.value.code == "F001"
    assert info.value.message.startswith(message)


def test_missing_image_through_the_cli(run, write, tmp_path):
    path = write(MINIMAL.replace("name: Pat", "name: Pat\n  image: pat.png"))
    result = run("render", str(path))
    assert result.code == 1 and "Traceback" not in result.stderr
    assert result.stderr.splitlines()[0] == (
        f"{path}:5:10: F001 persona.image: 'pat.png' does not exist (paths are relative to the map's folder)")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.yaml"]


def test_html_is_the_default_format(run, write, tmp_path):
    path = write(MINIMAL)
    result = run("render", str(path))
    assert result.code == 0, result.stderr
    assert result.stdout == f"{tmp_path / 'map.html'}\n"
    assert (tmp_path / "map.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


# ----------------------------------------------------------------- locales


def test_every_locale_has_every_label():
    english = set(i18n.LABELS["en"])
    for locale, labels in i18n.LABELS.items():
        assert set(labels) == english, locale
        assert all(value.strip() for value in labels.values()), locale


@pytest.mark.parametrize("locale", ["en", "lt", "pl", "el", "ru", "th", "de", "fr", "es"])
def test_required_locales_are_translated(locale):
    assert i18n.resolve(locale) == locale
    if locale != "en":
        # Some words are the same (Actions in French, Touchpoints in German), most are not.
        same = [k for k, v in i18n.labels(locale).items() if v == i18n.LABELS["en"][k]]
        assert len(same) < len(i18n.LABELS["en"]) // 4, same


@pytest.mark.parametrize("locale, labels, direction", [
    ("lt-LT", "lt", "ltr"), ("pt-BR", "en", "ltr"), ("xx", "en", "ltr"), ("DE", "de", "ltr"),
    ("ar", "ar", "rtl"), ("he-IL", "he", "rtl"), ("fa", "fa", "rtl"), ("ur", "en", "rtl"),
])
def test_locale_fallback_and_direction(locale, labels, direction):
    assert i18n.resolve(locale) == labels
    assert i18n.direction(locale) == direction


def test_rtl_page_mirrors_the_curve():
    text = MINIMAL.replace("action: Does the first thing", "action: Does the first thing\n        emotion: -2") \
                  .replace("action: Does the second thing", "action: Does the second thing\n        emotion: 2")
    ltr = parse(render(journey_of(text)))
    rtl = parse(render(journey_of(text.replace("title: Minimal", "title: Minimal\nlocale: he"))))
    assert rtl.find_all("html")[0].attrs["dir"] == "rtl"
    assert squash(rtl.find_all("div", "lane-label")[1].text()) == "פעולות"

    def xs(page):
        return [float(m.attrs["x"].rstrip("%")) for m in page.find_all("svg", "marker")]

    assert xs(rtl) == [100 - x for x in xs(ltr)]
    assert xs(ltr)[0] < xs(ltr)[1] and xs(rtl)[0] > xs(rtl)[1]


def test_labels_follow_the_locale():
    text = MINIMAL.replace("title: Minimal", "title: Minimal\nlocale: th\nstate: future")
    page = parse(render(journey_of(text)))
    assert "สถานะในอนาคต" in page.text()
    assert squash(page.find_all("div", "lane-label")[1].text()) == "การกระทำ"


# ------------------------------------------------------- the map on the wall


def long_map(stages: int = 10, steps: int = 6) -> str:
    """A map of ``stages`` × ``steps`` steps, every step with an emotion and a
    barrier, every stage an opportunity addressing its second step's barrier."""
    lines = ["journeyctl: 1", "title: A long journey", "persona:", "  name: Pat", "touchpoints:",
             "  - id: web", "    name: Web site", "    channel: web", "stages:"]
    for s in range(stages):
        lines += [f"  - id: stage{s}", f"    name: Stage {s}", "    steps:"]
        for t in range(steps):
            lines += [f"      - id: s{s}-{t}", f"        action: Step {t} of stage {s} does a thing",
                      f"        emotion: {(s + t) % 5 - 2}", "        touchpoints: [web]",
                      "        barriers:", f"          - id: b{s}-{t}", f"            text: Barrier {s}.{t}"]
        lines += ["    opportunities:", f"      - id: o{s}", f"        text: Fix stage {s}",
                  f"        addresses: [b{s}-1, b{s}-2]"]
    return "\n".join(lines) + "\n"


def test_paper_and_fit_go_into_the_print_css():
    journey = journey_of(MINIMAL)
    page = HtmlRenderer().render(journey, RenderOptions())
    assert "@page { size: A3 landscape;" in page
    assert 'class="paper-a3 fit-width"' in page
    for paper, size in (("a4", "A4 landscape"), ("a2", "594mm 420mm"), ("a0", "1189mm 841mm"),
                        ("letter", "letter landscape"), ("tabloid", "ledger landscape")):
        html = HtmlRenderer().render(journey, RenderOptions(settings={"paper": paper, "fit": "page"}))
        assert f"@page {{ size: {size};" in html and f'class="paper-{paper} fit-page"' in html
    assert {"paper", "fit"} <= HtmlRenderer.settings
    with pytest.raises(RenderProblem):
        HtmlRenderer().render(journey, RenderOptions(settings={"paper": "b5"}))


def test_a_long_map_is_printed_in_pages_split_between_stages():
    html = HtmlRenderer().render(journey_of(long_map()), RenderOptions())
    page = parse(html)
    [screen] = page.find_all("div", "screen-map")
    assert len(screen.find_all("svg", "curve")) == 1  # on screen: one map, one curve
    [printed] = page.find_all("div", "print-map")
    bands = printed.find_all("div", "print-page")
    assert len(bands) > 1
    names = [[squash(h.text()) for h in band.find_all("h2")] for band in bands]
    assert [n for band in names for n in band] == [f"{i + 1} Stage {i}" for i in range(10)]  # whole stages, in order
    for band in bands:
        assert len(band.find_all("div", "lanes")) == 1 and len(band.find_all("svg", "curve")) == 1
    ids = [e.attrs["id"] for e in page.iter() if e.attrs.get("id")]
    assert len(ids) == len(set(ids)), "the printed copy repeats no id"
    # fit=page: one page, one grid
    html = HtmlRenderer().render(journey_of(long_map()), RenderOptions(settings={"fit": "page"}))
    assert parse(html).find_all("div", "print-map") == []


def test_opportunities_sit_under_the_steps_they_address():
    html = HtmlRenderer().render(journey_of(long_map(stages=2, steps=4)), RenderOptions())
    page = parse(html)
    for o in page.find_all("li", "opportunity"):
        style = dict(part.split(": ") for part in o.attrs["style"].split("; "))
        assert (style["--from"], style["--to"]) == ("2", "4")  # steps 1 and 2 of the stage (1-based 2..3)
    text = MINIMAL.replace("action: Does the first thing", "action: Does the first thing\n        barriers:\n"
                           "          - id: b\n            text: It hurts") + \
        "    opportunities:\n      - id: o\n        text: Nothing in particular\n"
    [o] = parse(render(journey_of(text))).find_all("li", "opportunity")
    assert "unanchored" in o.attrs["class"] and "--from: 1; --to: 2" in o.attrs["style"]


def test_remote_image_link_names_its_host():
    journey = journey_of(MINIMAL.replace("name: Pat", "name: Pat\n  image: https://images.example.org/p/pat.png"))
    page = parse(render(journey))
    assert page.find_all("img") == [] and not page.find_all("a", "persona-image")
    [link] = [a for a in page.find_all("a") if a.attrs["href"].startswith("https://")]
    assert "images.example.org" in link.text()


def test_channels_have_icons_and_local_names_and_the_legend_lists_only_those_used():
    example = next(p for p in EXAMPLES if p.stem == "pl-washing-machine")
    journey = load(example).journey
    page = parse(render(journey, example))
    used = {t.channel or "other" for t in journey.touchpoints}
    [legend] = page.find_all("ul", "legend-channels")
    items = legend.find_all("li")
    assert len(items) == len(used)
    assert {squash(li.text()) for li in items} == {i18n.channel_name("pl", c) for c in used}
    for chip in page.find_all("span", "channel"):
        assert chip.find_all("svg") and chip.attrs["aria-hidden"] == "true"
    for tp in journey.touchpoints:
        if tp.description:
            assert squash(tp.description) in squash(page.text())


def test_the_summary_panel_says_what_the_markdown_says():
    from journeyctl.render.summary import summarize

    example = next(p for p in EXAMPLES if p.stem == "en-billing-support")
    journey = load(example).journey
    summary = summarize(journey)
    [panel] = parse(render(journey, example)).find_all("section", "summary")
    text = squash(panel.text())
    for at in summary.lowest.steps:
        assert squash(at.step.action) in text
    for at in summary.unaddressed:
        assert squash(at.barrier.text) in text
    for severity, items in summary.by_severity.items():
        if items:
            assert all(squash(at.barrier.text) in text for at in items)


def test_curve_geometry_passes_through_every_value_without_overshooting():
    from journeyctl.render import curve

    journey = journey_of(long_map(stages=3, steps=5))
    columns = [(i, p.step) for i, p in enumerate(journey.flow.steps)]
    geometry = curve.build(columns, journey.flow.edges, journey.flow.reachable(), rtl=False)
    at = {(round(p.x, 2), round(p.y, 2)) for p in geometry.points}
    for segment in geometry.segments:
        numbers = [float(v) for v in re.findall(r"-?[\d.]+", segment.d)]
        x0, y0, c1x, c1y, c2x, c2y, x1, y1 = numbers
        assert (x0, y0) in at and (x1, y1) in at  # through the points exactly
        for i in range(1, 20):
            t = i / 20
            y = (1 - t) ** 3 * y0 + 3 * (1 - t) ** 2 * t * c1y + 3 * (1 - t) * t ** 2 * c2y + t ** 3 * y1
            assert min(y0, y1) - 0.01 <= y <= max(y0, y1) + 0.01  # monotone between two values
    # smooth: where one segment ends and the next begins, the tangents agree
    ends = {}
    for segment in geometry.segments:
        x0, y0, c1x, c1y, c2x, c2y, x1, y1 = [float(v) for v in re.findall(r"-?[\d.]+", segment.d)]
        ends[(x1, y1)] = (y1 - c2y) / (x1 - c2x)
        starts = (x0, y0), (c1y - y0) / (c1x - x0)
        if starts[0] in ends:
            assert abs(ends[starts[0]] - starts[1]) < 0.02
    mirrored = curve.build(columns, journey.flow.edges, journey.flow.reachable(), rtl=True)
    assert [p.x for p in mirrored.points] == [geometry.width - p.x for p in geometry.points]


def test_forks_loops_and_unreachable_steps_on_the_curve():
    text = MINIMAL.replace("action: Does the first thing",
                           "action: Does the first thing\n        emotion: 0\n        next: [second, first]") \
                  .replace("action: Does the second thing", "action: Does the second thing\n        emotion: 1\n        next: []")
    text += ("      - id: third\n        action: Never reached\n        emotion: -1\n")
    page = parse(render(journey_of(text)))
    [curve] = page.find_all("svg", "curve")
    assert len(curve.find_all("path", "line")) == 1 and len(curve.find_all("path", "loop")) == 1
    dimmed = [m for m in curve.find_all("svg", "marker") if "dim" in m.attrs["class"].split()]
    assert len(dimmed) == 1 and "Never reached" in dimmed[0].text()
    assert [s for s in page.find_all("div", "step") if "unreachable" in s.attrs["class"].split()]
    label = curve.attrs["aria-label"]
    assert "↺" in label and "Does the first thing" in label.split("↺")[1]
