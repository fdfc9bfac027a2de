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
def test_the_curve_has_a_marker_per_emotion_and_a_line_between_neighbours(example):
    journey = load(example).journey
    page = parse(render(journey, example))
    markers = page.find_all("g", "marker")
    steps = [p.step for p in journey.flow.steps]
    with_emotion = [s for s in steps if s.emotion is not None]
    assert len(markers) == len(with_emotion)
    for marker, step in zip(markers, with_emotion):
        label = marker.find_all("text")[0].text()
        assert label == {-2: "−2", -1: "−1", 0: "0", 1: "+1", 2: "+2"}[step.emotion]
        assert ("mot" in marker.attrs["class"].split()) == step.moment_of_truth
    # Each pair of neighbouring steps with emotions is joined once, or twice
    # when the pair straddles two stages (one half-line in each).
    columns = [(view_index, s) for view_index, st in enumerate(journey.stages) for s in st.steps]
    expected = 0
    for (sa, a), (sb, b) in zip(columns, columns[1:]):
        if a.emotion is not None and b.emotion is not None:
            expected += 1 if sa == sb else 2
    assert len(page.find_all("line", "line")) == expected


def test_markers_differ_by_shape_not_only_colour():
    shapes = {value: re.sub(r"[-\d.]+", "N", marker_path(value, 50, 50)) for value in (-2, -1, 0, 1, 2)}
    assert len(set(shapes.values())) == 4  # the two triangles share a shape, pointing opposite ways
    assert marker_path(2, 50, 50) != marker_path(-2, 50, 50)


def test_a_step_without_emotion_leaves_a_gap():
    text = MINIMAL.replace("action: Does the second thing", "action: Does the second thing\n        emotion: 1") \
                  .replace("      - id: first", "      - id: zero\n        action: Starts\n        emotion: -1\n      - id: first")
    page = parse(render(journey_of(text)))
    assert len(page.find_all("g", "marker")) == 2
    assert page.find_all("line", "line") == []  # -1, (none), +1: nothing to join
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
    assert "mot" in cell.attrs["class"].split()
    assert "Moment of truth" in cell.text()
    assert page.find_all("circle", "mot-ring")


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
    for marker_title in page.find_all("svg", "curve")[0].find_all("title"):
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
        return [float(m.find_all("text")[0].attrs["x"]) for m in page.find_all("g", "marker")]

    width = float(ltr.find_all("svg", "curve")[0].attrs["width"])
    assert xs(rtl) == [width - x for x in xs(ltr)]
    assert xs(ltr)[0] < xs(ltr)[1] and xs(rtl)[0] > xs(rtl)[1]


def test_labels_follow_the_locale():
    text = MINIMAL.replace("title: Minimal", "title: Minimal\nlocale: th\nstate: future")
    page = parse(render(journey_of(text)))
    assert "สถานะในอนาคต" in page.text()
    assert squash(page.find_all("div", "lane-label")[1].text()) == "การกระทำ"
