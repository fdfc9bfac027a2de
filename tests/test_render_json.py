"""The json renderer: the normalized map."""

from __future__ import annotations

import json

import pytest

from journeyctl.load import load, load_bytes
from journeyctl.render import RenderOptions
from journeyctl.render.json import JsonRenderer

from conftest import EXAMPLES, MINIMAL


def render(journey) -> str:
    return JsonRenderer().render(journey, RenderOptions())


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_golden(example, golden):
    golden(f"json/{example.stem}.json", render(load(example).journey).encode("utf-8"))


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_json_loads_back_to_the_same_map(example):
    journey = load(example).journey
    again = load_bytes(render(journey).encode("utf-8"), "again.json").journey
    assert again == journey


def test_defaults_are_filled_and_unset_fields_left_out():
    data = json.loads(render(load_bytes(MINIMAL.encode(), "m.yaml").journey))
    assert (data["locale"], data["state"], data["id"]) == ("en", "current", "journey")
    step = data["stages"][0]["steps"][0]
    assert step == {"id": "first", "action": "Does the first thing", "touchpoints": [],
                    "questions": [], "barriers": [], "moment_of_truth": False,
                    "evidence": [], "frontstage": [], "backstage": [], "support": [], "events": []}
    assert "description" not in data and "updated" not in data


def test_next_keeps_its_meaning():
    text = MINIMAL.replace("action: Does the first thing", "action: Does the first thing\n        next: []")
    steps = json.loads(render(load_bytes(text.encode(), "m.yaml").journey))["stages"][0]["steps"]
    assert steps[0]["next"] == [] and "next" not in steps[1]


def test_text_is_kept_unescaped_and_exact():
    title = 'Ελληνικά "quoted" </script> \u202e ภาษาไทย'
    text = MINIMAL.replace("title: Minimal", "title: " + json.dumps(title))
    out = render(load_bytes(text.encode(), "m.yaml").journey)
    assert json.loads(out)["title"] == title
    assert "Ελληνικά" in out  # not \u-escaped
