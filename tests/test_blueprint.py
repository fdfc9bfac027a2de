"""The service blueprint: the step fields, ``--view blueprint`` (golden HTML,
and the lanes and lines laid out in a real browser), the starter template,
and the J4xx rules on it (their docstring examples run in test_lint_rules)."""

from __future__ import annotations

from pathlib import Path

import pytest

from journeyctl.api import render
from journeyctl.app.starters import starter
from journeyctl.format.model import Journey
from journeyctl.lint.engine import all_rules
from journeyctl.load import load
from journeyctl.render import RenderOptions, i18n
from journeyctl.render.blueprint import BlueprintRenderer

from chromium import Browser, find_chromium
from test_render_html import without_stylesheet

EXAMPLE = Path(__file__).parent.parent / "examples" / "en-bank-card-blueprint.yaml"


def test_blueprint_html_matches_golden(golden):
    loaded = load(EXAMPLE)
    html = BlueprintRenderer().render(loaded.journey, RenderOptions(source=EXAMPLE))
    # The stylesheet is checked once, in test_render_html; the golden holds the markup.
    golden("blueprint/en-bank-card-blueprint.html", without_stylesheet(html).encode("utf-8"))


def test_html_format_hands_the_blueprint_view_on():
    loaded = load(EXAMPLE)
    page = render(loaded.journey, "html", view="blueprint").decode("utf-8")
    assert 'class="map blueprint"' in page
    for word in ("Line of interaction", "Line of visibility", "Line of internal interaction",
                 "Physical evidence", "Frontstage", "Support processes"):
        assert word in page
    assert 'id="failpoint-no-foreign-address-in-app"' in page
    assert "Card incident queue watched around the clock" in page  # the stage-level backstage
    assert 'class="map blueprint"' not in render(loaded.journey, "html").decode("utf-8")


WORDS = ("blueprint.lane.evidence", "blueprint.lane.actions", "blueprint.lane.frontstage",
         "blueprint.lane.backstage", "blueprint.lane.support", "blueprint.line-interaction",
         "blueprint.line-visibility", "blueprint.line-internal", "blueprint.fail_point",
         "blueprint.stage_backstage", "blueprint.title")


@pytest.mark.parametrize("locale", sorted(i18n.LABELS))
def test_blueprint_words_in_every_language(locale):
    """The blueprint's words come from journeyctl.render.i18n, in all its
    languages: its lanes, lines, fail point, whole-stage cue and title."""
    from html import escape

    journey = load(EXAMPLE).journey.model_copy(update={"locale": locale})
    page = BlueprintRenderer().render(journey, RenderOptions(source=EXAMPLE))
    words = i18n.labels(locale)
    assert i18n.resolve(locale) == locale
    for key in WORDS:
        assert escape(words[key]) in page, (locale, key)
    assert f"<title>{escape(words['blueprint.title'])}: " in page
    assert f'<span class="bp-line-label">{escape(words["blueprint.line-visibility"])}</span>' in page
    assert f'aria-label="{escape(words["blueprint.fail_point"])}">F</span>' in page
    if locale != "en":
        english = [i18n.labels("en")[key] for key in WORDS if words[key] != i18n.labels("en")[key]]
        assert len(english) >= len(WORDS) - 2, locale  # Frontstage and Backstage may stay (German)
        assert not [word for word in english if f">{word}<" in page], locale


def test_step_fields_default_empty_and_stage_backstage_stays():
    journey = load(EXAMPLE).journey
    first = journey.stages[0]
    assert first.backstage and first.steps[0].backstage
    plain = Journey.model_validate({"journeyctl": 1, "title": "t", "persona": {"name": "p"},
                                    "stages": [{"id": "s", "name": "S", "steps": [{"id": "a", "action": "A"}]}]})
    step = plain.stages[0].steps[0]
    assert (step.evidence, step.frontstage, step.backstage, step.support) == ([], [], [], [])
    assert not plain.uses_blueprint() and journey.uses_blueprint()


def test_the_rules_are_registered():
    rules = all_rules()
    assert rules["J401"].name == "frontstage-without-backstage"
    assert rules["J402"].name == "fail-point-without-owner"


@pytest.mark.parametrize("locale", ["en", "pl", "ar"])
def test_init_blueprint_template_loads_and_lints(tmp_path, locale):
    from journeyctl.api import lint

    text = starter("blueprint", locale, "card", None)
    path = tmp_path / "card.yaml"
    path.write_text(text, encoding="utf-8")
    loaded = load(path)
    assert loaded.journey.uses_blueprint()
    result = lint([path], select=("ALL",))
    assert result.errors == 0
    assert not [f for f in result.findings if f.code.startswith("J4")]
    assert b"bp-line line-visibility" in render(loaded.journey, "html", view="blueprint")


EXECUTABLE = find_chromium()

ORDER = """
(() => {
  const box = e => { const r = e.getBoundingClientRect(); return {x: r.left, y: r.top, w: r.width, h: r.height, b: r.bottom, r: r.right}; };
  const lane = k => [...document.querySelectorAll('.screen-map .cell.lane-' + k)].map(box);
  const out = {lanes: {}, lines: {}, grid: box(document.querySelector('.screen-map .map'))};
  out.lanes.emotion = [box(document.querySelector('.screen-map svg.curve'))];
  for (const k of ['evidence', 'actions', 'frontstage', 'backstage', 'support']) out.lanes[k] = lane(k);
  for (const k of ['line-interaction', 'line-visibility', 'line-internal'])
    out.lines[k] = box(document.querySelector('.screen-map .bp-line.' + k));
  out.failMarks = [...document.querySelectorAll('.screen-map .fail-mark')].map(e => e.textContent);
  return out;
})()
"""


@pytest.mark.skipif(EXECUTABLE is None, reason="no Chromium on this machine")
@pytest.mark.parametrize("locale", ["en", "ar"])
def test_blueprint_lanes_and_lines_in_order(tmp_path, locale):
    journey = load(EXAMPLE).journey.model_copy(update={"locale": locale})
    page = tmp_path / "blueprint.html"
    page.write_text(BlueprintRenderer().render(journey, RenderOptions(source=EXAMPLE)), encoding="utf-8")
    browser = Browser(EXECUTABLE)
    try:
        browser.open(page)
        assert browser.problems() == []
        layout = browser.evaluate(ORDER)
    finally:
        browser.close()
    lanes, lines, grid = layout["lanes"], layout["lines"], layout["grid"]
    order = ["emotion", "evidence", "actions", "frontstage", "backstage", "support"]
    steps = sum(len(s.steps) for s in journey.stages)
    for key in order[1:]:
        assert len(lanes[key]) == steps, key
    top = {k: min(b["y"] for b in lanes[k]) for k in order}
    bottom = {k: max(b["b"] for b in lanes[k]) for k in order}
    for upper, lower in zip(order, order[1:]):
        assert bottom[upper] <= top[lower] + 1, f"{upper} is not above {lower}"
    for line, (upper, lower) in {"line-interaction": ("actions", "frontstage"),
                                 "line-visibility": ("frontstage", "backstage"),
                                 "line-internal": ("backstage", "support")}.items():
        box = lines[line]
        assert bottom[upper] - 1 <= box["y"] and box["b"] <= top[lower] + 1, line
        assert box["h"] > 0
        assert abs(box["x"] - grid["x"]) <= 1 and abs(box["r"] - grid["r"]) <= 1, f"{line} does not span the grid"
    assert layout["failMarks"] == ["F", "F"]
