"""The JSON Schema: committed copy in sync, draft-07 valid, agrees with the loader."""

from __future__ import annotations

import json

import jsonschema
import pytest
import yaml

from journeyctl.base.diagnostics import MapError
from journeyctl.load import load, load_bytes
from journeyctl.format.schema import render_schema

from conftest import EXAMPLES, MINIMAL, ROOT

SCHEMA = json.loads(render_schema())


@pytest.mark.parametrize("kind", ["journey", "persona", "touchpoints"])
def test_committed_schema_is_what_the_command_prints(kind):
    committed = (ROOT / "schemas" / f"{kind}.schema.json").read_text(encoding="utf-8")
    assert committed == render_schema(kind), f"run: journeyctl schema --kind {kind} -o schemas/{kind}.schema.json"
    jsonschema.Draft7Validator.check_schema(json.loads(committed))


def test_library_files_and_a_map_naming_them_validate(tmp_path):
    """What the loader accepts in a portfolio, the schemas accept: a shared
    persona, a touchpoint catalogue, and a map with ``persona: ID``; and
    both refuse a persona file without its id."""
    persona = "journeyctl: 1\nkind: persona\nid: noor\nname: Noor\ngoals: [Pay on time]\n"
    touchpoints = "journeyctl: 1\nkind: touchpoints\ntouchpoints: [{id: app, name: App, channel: mobile-app}]\n"
    kinds = {k: json.loads(render_schema(k)) for k in ("persona", "touchpoints")}
    jsonschema.Draft7Validator(kinds["persona"]).validate(_as_editor_sees_it(persona))
    jsonschema.Draft7Validator(kinds["touchpoints"]).validate(_as_editor_sees_it(touchpoints))
    assert not jsonschema.Draft7Validator(kinds["persona"]).is_valid(_as_editor_sees_it(persona.replace("id: noor\n", "")))
    map_text = ("journeyctl: 1\ntitle: Paying\npersona: noor\n"
                "stages: [{id: pay, name: Pay, steps: [{id: tap, action: Pays, touchpoints: [app]}]}]\n")
    jsonschema.Draft7Validator(SCHEMA).validate(_as_editor_sees_it(map_text))
    assert not jsonschema.Draft7Validator(SCHEMA).is_valid(_as_editor_sees_it(map_text.replace("noor", "Noor Haddad")))


def test_schema_is_valid_draft_07():
    jsonschema.Draft7Validator.check_schema(SCHEMA)
    assert SCHEMA["$schema"] == "http://json-schema.org/draft-07/schema#"
    assert "$defs" not in json.dumps(SCHEMA)  # draft-07 uses definitions
    assert all(ref.startswith("#/definitions/") for ref in _refs(SCHEMA))


def _refs(node):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref":
                yield value
            else:
                yield from _refs(value)
    elif isinstance(node, list):
        for item in node:
            yield from _refs(item)


def _as_editor_sees_it(text: str):
    """YAML as yaml-language-server reads it (YAML 1.2: dates are strings)."""

    class Loader(yaml.SafeLoader):
        pass

    Loader.yaml_implicit_resolvers = {
        k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
        for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    return yaml.load(text, Loader=Loader)


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.name)
def test_examples_validate_against_the_schema(example):
    jsonschema.Draft7Validator(SCHEMA).validate(_as_editor_sees_it(example.read_text(encoding="utf-8")))


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.name)
def test_normalized_json_validates_against_the_schema(example):
    data = load(example).journey.model_dump(mode="json", exclude_none=True)
    jsonschema.Draft7Validator(SCHEMA).validate(data)


@pytest.mark.parametrize("change", [
    ("title: Minimal", "title: Minimal\ncolour: blue"),            # unknown key
    ("name: Pat", "name: Pat\n  goals: Save time"),               # wrong type
    ("id: first", "id: First"),                                    # bad slug
    ("title: Minimal", "title: Minimal\nstate: later"),            # bad choice
    ("journeyctl: 1", "journeyctl: 2"),                            # version
    ("action: Does the first thing", "action: A\n        emotion: 3"),  # range
])
def test_schema_and_loader_reject_the_same_mistakes(change):
    text = MINIMAL.replace(*change)
    with pytest.raises(MapError):
        load_bytes(text.encode(), "m.yaml")
    assert not jsonschema.Draft7Validator(SCHEMA).is_valid(_as_editor_sees_it(text))


@pytest.mark.parametrize("change", [
    ("title: Minimal", "title: Minimal\nx-team: {lead: Ana}"),     # extension keys
    ("name: Pat", "name: Pat\n  role:\n  goals:"),                 # empty optionals
])
def test_schema_and_loader_accept_the_same_maps(change):
    text = MINIMAL.replace(*change)
    load_bytes(text.encode(), "m.yaml")
    jsonschema.Draft7Validator(SCHEMA).validate(_as_editor_sees_it(text))


def test_every_field_is_described_for_editors():
    for name, definition in [("Journey", SCHEMA), *SCHEMA["definitions"].items()]:
        for prop, spec in definition["properties"].items():
            assert spec.get("description"), f"{name}.{prop} has no description"
