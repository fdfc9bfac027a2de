"""The loader: every kind of mistake, with its exact position and message."""

from __future__ import annotations

import datetime
import textwrap

import pytest

from journeyctl.base.diagnostics import MapError
from journeyctl.load import default_id, load, load_bytes
from journeyctl.load.source import MAX_DEPTH, MAX_FILE_BYTES, MAX_SCALAR_CHARS

from conftest import MINIMAL


def problems(text: str | bytes) -> list[str]:
    """The diagnostics for a map, as 'line:col CODE path: message' strings."""
    data = text.encode("utf-8") if isinstance(text, str) else text
    with pytest.raises(MapError) as info:
        load_bytes(data, "m.yaml")
    out = []
    for d in info.value.diagnostics:
        assert d.file == "m.yaml"
        text = str(d)
        assert text.startswith(f"m.yaml:{d.line}:{d.col}: {d.code} ")
        out.append(f"{d.line}:{d.col} {text.split(': ', 1)[1]}")
    return out


def ok(text: str):
    return load_bytes(text.encode("utf-8"), "m.yaml").journey


def dedent(text: str) -> str:
    return textwrap.dedent(text).lstrip("\n")


# --------------------------------------------------------------------- YAML


def test_yaml_syntax_error_has_position():
    assert problems("journeyctl: 1\ntitle: 'unclosed\n") == [
        "3:1 Y001 found unexpected end of stream (while scanning a quoted scalar at 2:8)"
    ]


def test_bad_indentation():
    text = "journeyctl: 1\npersona:\n  name: Pat\n role: x\n"
    assert problems(text)[0].startswith("4:2 Y001 ")


def test_tab_indentation_is_explained():
    [message] = problems("journeyctl: 1\npersona:\n\tname: Pat\n")
    assert message.startswith("3:1 Y001 found character that cannot start any token")
    assert message.endswith("; YAML is indented with spaces, not tabs")


def test_duplicate_key_names_both_positions():
    text = MINIMAL.replace("title: Minimal\n", "title: Minimal\ntitle: Again\n")
    assert problems(text) == [
        "3:1 Y002 title: duplicate key 'title' (first at line 2, column 1); the first one is used"
    ]


def test_duplicate_key_deep_inside():
    text = MINIMAL.replace("        action: Does the first thing\n",
                           "        action: Does the first thing\n        action: twice\n")
    assert problems(text) == [
        "11:9 Y002 stages[0].steps[0].action: duplicate key 'action' (first at line 10, column 9); the first one is used"
    ]


def test_invalid_utf8_is_positioned():
    data = b"journeyctl: 1\ntitle: caf\xe9 au lait\n"
    assert problems(data) == [
        "2:11 Y003 the file is not valid UTF-8 (byte e9); save it as UTF-8"
    ]


def test_invalid_utf8_column_counts_characters():
    data = "journeyctl: 1\ntitle: Ąžuolas ".encode() + b"\xff\n"
    assert problems(data) == ["2:16 Y003 the file is not valid UTF-8 (byte ff); save it as UTF-8"]


def test_utf16_is_refused_clearly():
    data = MINIMAL.encode("utf-16")
    assert problems(data) == ["1:1 Y003 the file is UTF-16; save it as UTF-8"]


def test_control_character_is_refused():
    assert problems("journeyctl: 1\ntitle: a\x00b\n") == [
        "2:9 Y003 character U+0000 is not allowed in YAML; remove it"
    ]


@pytest.mark.parametrize("text", ["", "\n\n", "# only a comment\n", "\ufeff"])
def test_empty_file(text):
    assert problems(text) == [
        "1:1 Y004 the file is empty; a journey map starts with `journeyctl: 1`"
    ]


def test_python_object_tag_is_refused():
    text = MINIMAL.replace("title: Minimal", "title: !!python/object/apply:os.system ['echo hacked']")
    assert problems(text) == [
        "2:8 Y005 title: the YAML tag !!python/object/apply:os.system is not allowed; "
        "a journey map holds plain text, numbers, lists and mappings"
    ]


def test_python_tag_on_a_mapping_is_refused():
    text = MINIMAL.replace("persona:\n  name: Pat", "persona: !!python/object:builtins.dict\n  name: Pat")
    [message] = problems(text)
    assert message.startswith("3:10 Y005 persona: the YAML tag !!python/object:builtins.dict is not allowed")


def test_custom_tag_is_refused():
    text = MINIMAL.replace("title: Minimal", "title: !secret Minimal")
    assert problems(text)[0].startswith("2:8 Y005 title: the YAML tag !secret is not allowed")


def test_standard_tags_are_fine():
    journey = ok(MINIMAL.replace("title: Minimal", "title: !!str 2026"))
    assert journey.title == "2026"


def test_deep_nesting_is_an_error_not_a_crash():
    depth = 10_000
    text = "journeyctl: 1\ntitle: " + "[" * depth + "]" * depth + "\n"
    assert problems(text) == [
        f"2:{7 + MAX_DEPTH} Y006 the YAML is nested more than {MAX_DEPTH} levels deep; "
        "a journey map needs fewer than ten"
    ]


def test_very_deep_nesting_is_bounded():
    # libyaml's own composer segfaults far below this depth.
    depth = 1_000_000
    [message] = problems("[" * depth + "]" * depth)
    assert message.startswith(f"1:{MAX_DEPTH + 1} Y006 ")


def test_alias_bomb_is_an_error():
    # Aliases nested along the schema (stages > steps > barriers) multiply:
    # 300 of each is 27 million barriers from a 10 kB file.
    n = 300
    text = dedent("""
        journeyctl: 1
        title: Bomb
        persona: {name: Pat}
        x-defs:
          barrier: &barrier {id: b, text: Boom}
          step: &step {id: s, action: Act, barriers: [%s]}
          stage: &stage {id: st, name: Stage, steps: [%s]}
        stages: [%s]
        """) % (", ".join(["*barrier"] * n), ", ".join(["*step"] * n), ", ".join(["*stage"] * n))
    assert len(text) < 12_000
    assert problems(text) == [
        "1:1 Y007 the YAML aliases expand to more than 1,048,576 characters, far more than the file "
        "holds (an alias bomb?); use fewer aliases"
    ]


def test_list_of_lists_bomb_is_never_expanded():
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        prev, cur = chr(96 + i), chr(97 + i)
        lines.append(f"{cur}: &{cur} [" + ", ".join([f"*{prev}"] * 9) + "]")
    text = "journeyctl: 1\ntitle: Bomb\nx-bomb:\n" + "".join(f"  {line}\n" for line in lines) + \
           "persona:\n  name: Pat\n  goals: *j\nstages: [{id: s, name: S}]\n"
    found = problems(text)
    assert len(found) == 9  # one per item of the top list, never its contents
    # Aliased content is positioned where it is defined (the anchor).
    assert found[0] == "12:6 S003 persona.goals[0]: expected text, got a list"


def test_aliases_within_reason_are_expanded():
    text = MINIMAL.replace("name: Pat", "name: Pat\n  goals: &goals [Save time, Save money]\n  needs: *goals")
    journey = ok(text)
    assert journey.persona.needs == ["Save time", "Save money"]


def test_recursive_alias_is_refused():
    text = MINIMAL + "x-loop: &loop [*loop]\n"
    assert problems(text) == ["13:16 Y001 the alias *loop refers to no anchor defined before it"]


def test_undefined_alias():
    assert problems(MINIMAL.replace("title: Minimal", "title: *nowhere")) == [
        "2:8 Y001 the alias *nowhere refers to no anchor defined before it"
    ]


def test_two_documents_are_refused():
    assert problems(MINIMAL + "---\njourneyctl: 1\n") == [
        "13:1 Y001 a second YAML document starts here; a file holds one map"
    ]


def test_complex_key_is_refused():
    text = MINIMAL.replace("title: Minimal", "title: Minimal\n? [a, b]\n: value")
    assert problems(text) == ["3:3 Y008 a mapping key must be plain text, not a list or mapping"]


def test_merge_keys_apply_with_own_keys_winning():
    text = dedent("""
        journeyctl: 1
        title: Merge
        persona: {name: Pat}
        x-step: &step {action: Default action, emotion: 1}
        stages:
          - id: s
            name: S
            steps:
              - <<: *step
                id: a
              - <<: *step
                id: b
                emotion: -1
        """)
    steps = ok(text).stages[0].steps
    assert [(s.id, s.action, s.emotion) for s in steps] == [
        ("a", "Default action", 1), ("b", "Default action", -1)
    ]


def test_merge_order_follows_the_yaml_spec():
    # Own keys win, then earlier merge sources, each with its own merges first.
    text = dedent("""
        journeyctl: 1
        x-d: &d {action: from d, feeling: from d, thoughts: from d, motivation: from d}
        x-c: &c {action: from c, feeling: from c}
        x-a: &a {<<: [*c, *d], action: from a}
        title: Merge
        persona: {name: Pat}
        stages:
          - id: s
            name: S
            steps:
              - <<: [*a, *d]
                id: x
                motivation: own
        """)
    step = ok(text).stages[0].steps[0]
    assert (step.action, step.feeling, step.thoughts, step.motivation) == ("from a", "from c", "from d", "own")


def test_a_chain_of_5000_merges_loads_without_recursion():
    lines = ["journeyctl: 1", "title: Chain", "x-chain:", "  - &m0 {name: Pat}"]
    lines += [f"  - &m{i} {{<<: *m{i - 1}, x-{i}: {i}}}" for i in range(1, 5000)]
    lines += ["persona: {<<: *m4999, role: Chained}", "stages: [{id: s, name: S}]"]
    journey = ok("\n".join(lines) + "\n")
    assert (journey.persona.name, journey.persona.role) == ("Pat", "Chained")


def test_merges_that_multiply_are_an_alias_bomb():
    # Each mapping merges the previous twice: 2**40 pairs if expanded naively.
    lines = ["journeyctl: 1", "title: Chain", "x-chain:", "  - &m0 {name: Pat}"]
    lines += [f"  - &m{i} {{<<: [*m{i - 1}, *m{i - 1}], x-{i}: {i}}}" for i in range(1, 40)]
    lines += ["persona: {<<: *m39}", "stages: [{id: s, name: S}]"]
    assert ok("\n".join(lines) + "\n").persona.name == "Pat"
    # Every stage of a chain merging the one before: quadratic, so paid for.
    lines = ["journeyctl: 1", "title: Chain", "persona: {name: Pat}", "stages:",
             "  - &s0 {id: s, name: S, x-0: 0}"]
    lines += [f"  - &s{i} {{<<: *s{i - 1}, x-{i}: {i}}}" for i in range(1, 3000)]
    assert problems("\n".join(lines) + "\n")[0].startswith("1:1 Y007 the YAML aliases expand to more than")


def test_a_complex_key_in_a_merged_mapping_is_reported():
    text = MINIMAL.replace("persona:\n  name: Pat", "persona:\n  <<: {? [a]: 1, name: Pat}")
    assert problems(text) == ["4:10 Y008 persona: a mapping key must be plain text, not a list or mapping"]


@pytest.mark.parametrize("value, shown", [
    ("true", "true"), ("1.0", "the number 1.0"), ("1.0e+0", "the number 1.0"), ("1e0", "the text '1e0'"), ("'1'", "the text '1'"),
    ("0x1", None), ("+1", None), ("0.1e+1", "the number 1.0"),
])
def test_the_format_version_is_exactly_the_integer_1(value, shown):
    text = MINIMAL.replace("journeyctl: 1", f"journeyctl: {value}")
    if shown is None:  # YAML 1.1 spellings of the integer 1
        assert ok(text).journeyctl == 1
        return
    assert problems(text) == [
        f"1:13 S004 journeyctl: must be `journeyctl: 1` (the format version), got {shown}"
    ]


def test_a_number_too_long_to_compute_is_refused_quickly():
    import time

    sexagesimal = "1" + ":59" * 300_000  # YAML 1.1 base 60; PyYAML takes minutes for it
    started = time.monotonic()
    found = problems(MINIMAL.replace("Does the first thing", "Does the first thing\n        emotion: " + sexagesimal))
    assert time.monotonic() - started < 5
    assert found == [f"11:18 S003 stages[0].steps[0].emotion: '{sexagesimal[:60]}… (900,001 characters)' "
                     "is too long to be a number"]
    huge = "0x" + "f" * 90  # short enough to compute, too big to print in decimal freely
    assert problems(MINIMAL.replace("Does the first thing", "Does the first thing\n        emotion: " + huge)) == [
        "11:18 S003 stages[0].steps[0].emotion: must be an integer from -2 to 2, got a number of 360 bits"]


def test_a_file_larger_than_the_ceiling_is_refused():
    data = MINIMAL.encode() + b"x-pad: " + b"a" * (MAX_FILE_BYTES - len(MINIMAL) - 7) + b"\n"
    assert len(data) == MAX_FILE_BYTES + 1
    assert problems(data) == ["1:1 Y009 the file has 10,485,761 bytes; a journey map may be at most 10 MiB (split it into several maps)"]


def test_the_longest_value_is_one_mebibyte():
    ok(MINIMAL.replace("Does the first thing", "x" * MAX_SCALAR_CHARS))
    assert problems(MINIMAL.replace("Does the first thing", "x" * (MAX_SCALAR_CHARS + 1))) == [
        "10:17 Y009 a value of 1,048,577 characters; a single value in a journey map may be at most "
        "1,048,576 characters"
    ]


# ------------------------------------------------------------ the top level


@pytest.mark.parametrize("text, what", [
    ("- journeyctl: 1\n- title: x\n", "a list"),
    ("just words\n", "a single value"),
])
def test_top_level_must_be_a_mapping(text, what):
    assert problems(text) == [
        f"1:1 S004 the top level is {what}; a journey map is a mapping that starts with `journeyctl: 1`"
    ]


def test_missing_version():
    text = MINIMAL.replace("journeyctl: 1\n", "")
    assert problems(text) == ["1:1 S004 not a journey map: the top level needs `journeyctl: 1`"]


def test_unsupported_version_is_the_only_error():
    # A map from a future format would be full of "unknown key" noise otherwise.
    text = MINIMAL.replace("journeyctl: 1", "journeyctl: 2") + "future_field: yes\n"
    assert problems(text) == [
        "1:13 S004 journeyctl: format version 2 is not supported; this journeyctl reads version 1"
    ]


def test_version_as_text():
    assert problems(MINIMAL.replace("journeyctl: 1", "journeyctl: '1'")) == [
        "1:13 S004 journeyctl: must be `journeyctl: 1` (the format version), got the text '1'"
    ]


# ------------------------------------------------------------------- schema


def test_unknown_key_with_suggestion():
    text = MINIMAL.replace("  name: Pat", "  name: Pat\n  frustation: [Waiting]")
    assert problems(text) == [
        "5:3 S001 persona.frustation: unknown key 'frustation' (did you mean 'frustrations'?); "
        "extensions start with 'x-'"
    ]


def test_unknown_key_without_suggestion():
    text = MINIMAL.replace("title: Minimal", "title: Minimal\ncolour: blue")
    assert problems(text) == ["3:1 S001 colour: unknown key 'colour'; extensions start with 'x-'"]


def test_misspelt_required_key_is_reported_once():
    text = MINIMAL.replace("        action: Does the first thing", "        acton: Does the first thing")
    assert problems(text) == [
        "10:9 S001 stages[0].steps[0].acton: unknown key 'acton' (did you mean 'action'?); "
        "extensions start with 'x-'"
    ]


def test_missing_required_field_points_at_its_mapping():
    text = MINIMAL.replace("        action: Does the second thing\n", "")
    assert problems(text) == ["11:9 S002 stages[0].steps[1]: missing required field 'action'"]


def test_missing_persona_and_stages():
    assert problems("journeyctl: 1\ntitle: Bare\n") == [
        "1:1 S002 missing required field 'persona'",
        "1:1 S002 missing required field 'stages'",
    ]


def test_no_stages():
    text = MINIMAL.split("stages:")[0] + "stages: []\n"
    assert problems(text) == ["5:9 S003 stages: needs at least one entry"]


def test_emotion_out_of_range():
    text = MINIMAL.replace("        action: Does the first thing",
                           "        action: Does the first thing\n        emotion: 3")
    assert problems(text) == [
        "11:18 S003 stages[0].steps[0].emotion: must be an integer from -2 to 2, got the number 3"
    ]


@pytest.mark.parametrize("value, described", [
    ("1.5", "the number 1.5"), ("'1'", "the text '1'"), ("yes", "true"), ("[1]", "a list"),
])
def test_emotion_wrong_type(value, described):
    text = MINIMAL.replace("        action: Does the first thing",
                           f"        action: Does the first thing\n        emotion: {value}")
    assert problems(text) == [
        f"11:18 S003 stages[0].steps[0].emotion: expected an integer from -2 to 2, got {described}"
    ]


def test_text_field_given_a_list_or_mapping():
    text = MINIMAL.replace("title: Minimal", "title: [a, b]").replace("name: Pat", "name: {first: Pat}")
    assert problems(text) == [
        "2:8 S003 title: expected text, got a list",
        "4:9 S003 persona.name: expected text, got a mapping",
    ]


def test_required_text_must_not_be_empty():
    text = MINIMAL.replace("title: Minimal", "title: '  '")
    assert problems(text) == ["2:8 S003 title: must not be empty"]


def test_required_field_left_empty():
    text = MINIMAL.replace("title: Minimal", "title:")
    assert problems(text) == ["2:7 S003 title: expected text, got nothing"]


def test_list_field_given_text():
    text = MINIMAL.replace("name: Pat", "name: Pat\n  goals: Save time")
    assert problems(text) == ["5:10 S003 persona.goals: expected a list, got the text 'Save time'"]


def test_choice_with_suggestion():
    text = MINIMAL.replace("title: Minimal", "title: Minimal\nstate: futur")
    assert problems(text) == [
        "3:8 S003 state: must be one of current, future; got the text 'futur' (did you mean 'future'?)"
    ]


def test_severity_choice():
    text = MINIMAL.replace(
        "        action: Does the first thing",
        "        action: Does the first thing\n        barriers:\n          - id: b\n"
        "            text: Slow\n            severity: urgent",
    )
    assert problems(text) == [
        "14:23 S003 stages[0].steps[0].barriers[0].severity: must be one of low, medium, high, "
        "critical; got the text 'urgent'"
    ]


def test_moment_of_truth_must_be_boolean():
    text = MINIMAL.replace("        action: Does the first thing",
                           "        action: Does the first thing\n        moment_of_truth: maybe")
    assert problems(text) == [
        "11:26 S003 stages[0].steps[0].moment_of_truth: expected true or false, got the text 'maybe'"
    ]


def test_invalid_date():
    text = MINIMAL.replace("title: Minimal", "title: Minimal\nupdated: 2026-02-30")
    assert problems(text) == ["3:10 S003 updated: '2026-02-30' is not a valid date"]


def test_date_with_time_is_refused():
    text = MINIMAL.replace("title: Minimal", "title: Minimal\nupdated: 2026-02-03 10:30:00")
    [message] = problems(text)
    assert message.startswith("3:10 S003 updated: expected a date like 2026-10-01, got the date and time")


def test_date_as_text_is_fine():
    assert ok(MINIMAL.replace("title: Minimal", "title: Minimal\nupdated: '2026-02-03'")).updated == \
        datetime.date(2026, 2, 3)


def test_locale_with_suggestion():
    text = MINIMAL.replace("title: Minimal", "title: Minimal\nlocale: pt_BR")
    assert problems(text) == [
        "3:9 S003 locale: 'pt_BR' is not a valid BCP 47 language tag (like en, pt-BR, zh-Hant) (try 'pt-BR')"
    ]


@pytest.mark.parametrize("image, message", [
    ("javascript:alert(1)", "must be a relative path or an https:// URL, not a javascript: address"),
    ("http://example.com/a.png", "must be a relative path or an https:// URL, not a http: address"),
    ("data:image/png;base64,AAAA", "must be a relative path or an https:// URL, not a data: address"),
    ("/etc/passwd", "must be a path relative to the map, not an absolute path"),
    ("C:\\\\photos\\\\pat.png", "must be a path relative to the map, not an absolute path"),
])
def test_persona_image_is_relative_or_https(image, message):
    text = MINIMAL.replace("name: Pat", f'name: Pat\n  image: "{image}"')
    assert problems(text) == [f"5:10 S003 persona.image: {message}"]


@pytest.mark.parametrize("image", ["images/pat.png", "../shared/pat.jpg", "https://example.com/p.png"])
def test_persona_image_allowed(image):
    assert ok(MINIMAL.replace("name: Pat", f"name: Pat\n  image: {image}")).persona.image == image


# ----------------------------------------------------------- ids and references


def test_bad_slug_with_suggestion():
    text = MINIMAL.replace("id: first", "id: First Step")
    assert problems(text) == [
        "9:13 S005 stages[0].steps[0].id: 'First Step' is not a valid id: use lowercase letters, "
        "digits and hyphens, starting with a letter or digit (try 'first-step')"
    ]


def test_duplicate_ids_per_kind():
    text = MINIMAL.replace("id: second", "id: first")
    assert problems(text) == [
        "11:13 R001 stages[0].steps[1].id: duplicate step id 'first' (first used at line 9, column 13)"
    ]


def test_same_id_in_different_kinds_is_fine():
    # Ids are unique within their kind: a stage and a step may share one.
    assert ok(MINIMAL.replace("id: first", "id: only")).stages[0].steps[0].id == "only"


def test_unknown_references_with_suggestions():
    text = dedent("""
        journeyctl: 1
        title: Refs
        persona: {name: Pat}
        touchpoints:
          - {id: website, name: Website}
        stages:
          - id: s
            name: S
            steps:
              - id: look
                action: Looks
                touchpoints: [webiste]
                next: [by]
                barriers:
                  - {id: slow-page, text: Slow}
              - id: buy
                action: Buys
            opportunities:
              - id: faster
                text: Make it faster
                addresses: [slow-pages]
        """)
    assert problems(text) == [
        "12:23 R002 stages[0].steps[0].touchpoints[0]: unknown touchpoint 'webiste' (did you mean 'website'?)",
        "13:16 R002 stages[0].steps[0].next[0]: unknown step 'by' (did you mean 'buy'?)",
        "21:21 R002 stages[0].opportunities[0].addresses[0]: unknown barrier 'slow-pages' (did you mean 'slow-page'?)",
    ]


def test_reference_when_nothing_of_that_kind_exists():
    text = MINIMAL.replace("action: Does the first thing", "action: Does the first thing\n        touchpoints: [web]")
    assert problems(text) == [
        "11:23 R002 stages[0].steps[0].touchpoints[0]: unknown touchpoint 'web'; no touchpoints are defined"
    ]


def test_every_problem_is_reported_at_once():
    text = dedent("""
        journeyctl: 1
        title: Many
        state: later
        persona: {name: Pat, mood: fine}
        stages:
          - id: S1
            name: One
            steps:
              - id: a
                action: A
                emotion: 9
                next: [zzz]
              - id: a
                action: B
        """)
    codes = [p.split()[1] for p in problems(text)]
    assert codes == ["S003", "S001", "S005", "S003", "R002", "R001"]


# ------------------------------------------------------- YAML 1.1 and text


def test_yaml_11_surprises_do_not_corrupt_text():
    text = dedent("""
        journeyctl: 1
        title: No
        description: yes
        owner: off
        goal: 1.10
        tags: [on, 2026-10-01, 0x1F, ~tilde, 1e3]
        persona:
          name: Nil
          quote: 010
        stages:
          - id: s
            name: 12:30
            steps:
              - {id: a, action: true}
            metrics:
              - {name: NPS, value: 31, target: 4.50}
        """)
    journey = ok(text)
    assert journey.title == "No"
    assert journey.description == "yes"
    assert journey.owner == "off"
    assert journey.goal == "1.10"
    assert journey.tags == ["on", "2026-10-01", "0x1F", "~tilde", "1e3"]
    assert journey.persona.name == "Nil"
    assert journey.persona.quote == "010"
    assert journey.stages[0].name == "12:30"
    assert journey.stages[0].steps[0].action == "true"
    assert (journey.stages[0].metrics[0].value, journey.stages[0].metrics[0].target) == ("31", "4.50")


def test_empty_optional_fields_are_absent():
    text = MINIMAL.replace("name: Pat", "name: Pat\n  role:\n  goals:\n  image: ~") \
                  .replace("title: Minimal", "title: Minimal\nstate:\nlocale: null")
    journey = ok(text)
    assert journey.persona.role is None
    assert journey.persona.goals == []
    assert journey.state == "current"
    assert journey.locale == "en"


def test_extension_keys_are_ignored_everywhere():
    text = MINIMAL.replace("name: Pat", "name: Pat\n  x-source: interviews") \
                  .replace("title: Minimal", "title: Minimal\nx-anything:\n  deep: [1, 2, {x: y}]\n  code: !!python/name:os.system") \
                  .replace("id: first", "id: first\n        x-notes: seen in 3 of 8 sessions")
    journey = ok(text)
    assert "x-source" not in journey.persona.model_dump()


def test_unicode_text_is_kept_exactly():
    title = "ภาษาไทย 🧭 Ελληνικά — עברית\u200d"
    journey = ok(MINIMAL.replace("title: Minimal", f"title: '{title}'"))
    assert journey.title == title


def test_bom_and_crlf():
    data = b"\xef\xbb\xbf" + MINIMAL.replace("\n", "\r\n").encode()
    assert load_bytes(data, "m.yaml").journey.title == "Minimal"
    bad = b"\xef\xbb\xbf" + MINIMAL.replace("id: second", "id: first").replace("\n", "\r\n").encode()
    assert problems(bad) == [
        "11:13 R001 stages[0].steps[1].id: duplicate step id 'first' (first used at line 9, column 13)"
    ]


# ------------------------------------------------------------------ results


def test_defaults_are_filled():
    journey = ok(MINIMAL)
    assert (journey.locale, journey.state, journey.id) == ("en", "current", "journey")
    step = journey.stages[0].steps[0]
    assert step.moment_of_truth is False
    assert step.next is None


def test_next_empty_and_absent_are_different():
    journey = ok(MINIMAL.replace("action: Does the first thing", "action: Does the first thing\n        next: []"))
    assert journey.stages[0].steps[0].next == []
    assert journey.stages[0].steps[1].next is None


@pytest.mark.parametrize("name, expected", [
    ("onboarding.yaml", "onboarding"),
    ("onboarding.journey.yaml", "onboarding"),
    ("Buying A Phone.yml", "buying-a-phone"),
    ("ภาษาไทย.yaml", "journey"),
])
def test_default_id_from_file_name(tmp_path, name, expected):
    path = tmp_path / name
    path.write_text(MINIMAL, encoding="utf-8")
    assert default_id(path) == expected
    assert load(path).journey.id == expected


def test_explicit_id_wins(tmp_path):
    path = tmp_path / "file-name.yaml"
    path.write_text(MINIMAL.replace("title: Minimal", "id: chosen\ntitle: Minimal"), encoding="utf-8")
    assert load(path).journey.id == "chosen"


def test_positions_are_kept_for_rules(tmp_path):
    path = tmp_path / "m.yaml"
    path.write_text(MINIMAL, encoding="utf-8")
    loaded = load(path)
    assert loaded.position(("stages", 0, "steps", 1, "action")) == (12, 17)
    assert loaded.position(("stages", 0, "steps", 1)) == (11, 9)
    # A path with no node of its own (a default) falls back to its parent.
    assert loaded.position(("stages", 0, "steps", 1, "emotion")) == (11, 9)


@pytest.mark.parametrize("text", ["0", "-0", "+7", "-2", "2", "12", "01", "007", "08", "1_000", "0x1F", "0b101",
                                  "1:30", "1.5", "9" * 30, "9" * 31, "9" * 40, "٣", "+"])
def test_a_plain_number_is_read_as_yaml_reads_it(text):
    """The shortcut for plain integers gives what YAML's own resolver and
    constructor give, and leaves every other form to them."""
    import yaml

    from journeyctl.load.convert import Converter

    value = Converter("m.yaml", None, 1).scalar(text, True, None, 1, 1, ("x",))
    expected = yaml.safe_load(f"x: {text}")["x"]
    assert value == expected and type(value) is type(expected)
