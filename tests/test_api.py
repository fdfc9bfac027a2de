"""The Python API (journeyctl.api): the same results as the commands,
without a process, for programs and notebooks."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import EXAMPLES, MINIMAL
from journeyctl import api


def test_load_map_returns_the_journey_or_every_problem(write):
    good = api.load_map(write(MINIMAL))
    assert good.ok and good.journey.title == "Minimal" and good.diagnostics == []
    bad = api.load_map(MINIMAL.replace("title: Minimal", "titel: Minimal").encode(), name="m.yaml")
    assert not bad.ok
    assert [str(d) for d in bad.diagnostics] == [
        "m.yaml:2:1: S001 titel: unknown key 'titel' (did you mean 'title'?); extensions start with 'x-'"]
    with pytest.raises(api.MapError):
        bad.journey


def test_load_map_from_bytes_takes_its_id_from_the_name():
    assert api.load_map(MINIMAL.encode(), name="onboarding.journey.yaml").journey.id == "onboarding"


@pytest.mark.parametrize("fmt", ["html", "md", "markdown", "json", "mermaid", "dot"])
def test_render_gives_the_bytes_the_command_writes(run, fmt):
    example = EXAMPLES[0]
    assert api.render(api.load_map(example), fmt) == run("render", str(example), "-f", fmt, "-o", "-").stdout_bytes


def test_render_takes_the_format_settings_and_refuses_others():
    journey = api.load_map(EXAMPLES[0]).journey
    assert b"digraph" in api.render(journey, "dot", graph="touchpoints")
    with pytest.raises(api.UsageProblem, match="--graph does not apply to the html format"):
        api.render(journey, "html", graph="flow")
    with pytest.raises(api.UsageProblem, match="unknown format 'htlm'"):
        api.render(journey, "htlm")


def test_a_problem_found_while_rendering_names_its_map_path(write):
    journey = api.load_map(MINIMAL.replace("  name: Pat", "  name: Pat\n  image: missing.png").encode(),
                           name="m.yaml").journey
    with pytest.raises(api.RenderProblem) as problem:
        api.render(journey, "html")
    assert problem.value.path == ("persona", "image")


def test_lint_gives_the_findings_the_command_reports(run, tmp_path):
    maps = tmp_path / "maps"
    maps.mkdir()
    (maps / "a.yaml").write_text(MINIMAL)
    (maps / "ci.yaml").write_text("on: push\n")
    result = api.lint([maps], today=date(2026, 1, 1))
    assert result.files == [str(maps / "a.yaml")] and result.skipped == [str(maps / "ci.yaml")]
    assert (result.errors, result.warnings) == (0, 6)  # J102, J201 twice, J202, J203, J204
    printed = run("lint", str(maps), "--today", "2026-01-01").stdout.splitlines()[:-1]
    assert [str(f) for f in result.findings] == printed
    only = api.lint([maps], select=("J201",))
    assert {f.code for f in only.findings} == {"J201"}


def test_lint_takes_rule_options():
    old = EXAMPLES[0]
    assert any(f.code == "J204" for f in api.lint([old], select=("J204",), today=date(2099, 1, 1)).findings)
    assert not api.lint([old], select=("J204",), today=date(2099, 1, 1),
                        options={"J204": {"stale-days": 10**6}}).findings


def test_compare_is_the_diff():
    before = api.load_map(MINIMAL.encode(), name="m.yaml")
    after = api.load_map(MINIMAL.replace("action: Does the second thing",
                                         "action: Does the second thing\n        emotion: -2").encode(), name="m.yaml")
    comparison = api.compare(before, after)
    assert comparison.changed and [c.kind for c in comparison.changes] == ["step.emotion"]
    assert api.compare(None, after).changes[0].kind == "map.added"
