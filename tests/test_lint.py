"""journeyctl lint: every rule, selection, configuration, suppression, formats."""

from __future__ import annotations

import datetime
import json
import re
import xml.etree.ElementTree as ET

import jsonschema
import pytest

from journeyctl.lint.explain import rules_table
from journeyctl.lint.engine import Settings, all_rules, run
from journeyctl.lint import suppress
from journeyctl.lint.files import collect
from journeyctl.load import load_bytes

from conftest import EXAMPLES, MINIMAL, ROOT

TODAY = datetime.date(2026, 11, 22)
#: MINIMAL plus what the default rules ask for, so each test adds one problem.
CLEAN = MINIMAL.replace("title: Minimal", "title: Minimal\nupdated: 2026-11-01\ngoal: Get it done") \
               .replace("  name: Pat", "  name: Pat\n  goals: [Finish]") \
               .replace("action: Does the first thing", "action: Does the first thing\n        emotion: 1") \
               .replace("action: Does the second thing", "action: Does the second thing\n        emotion: 0") \
    + "  - id: after\n    name: After\n    steps:\n      - {id: third, action: Does the third thing, emotion: 2}\n" \
      "      - {id: fourth, action: Does the fourth thing, emotion: 2}\n"


def findings(text: str, select=None, **settings) -> list[str]:
    loaded = load_bytes(text.encode(), "m.yaml")
    s = Settings(select=select, today=TODAY, **settings)
    return [f"{d.line}:{d.col} {d.code} {d.message}" for d in run(loaded, s, s.enabled(all_rules()))]


def test_the_clean_fixture_is_clean():
    assert findings(CLEAN) == []
    assert findings(CLEAN, select=("ALL",)) == []


# ------------------------------------------------------------------ rules


RULE_CASES = {
    "J101": (CLEAN + "  - id: empty\n    name: Empty\n", ["23:5 J101 stage 'Empty' has no steps"]),
    "J102": (CLEAN.split("  - id: after")[0], ["9:3 J102 the journey has 1 stage; map at least two"]),
    "J103": (CLEAN.replace("      - {id: fourth, action: Does the fourth thing, emotion: 2}\n", ""),
             ["18:5 J103 stage 'After' has only one step; are steps missing?"]),
    "J104": (CLEAN.replace("emotion: 0", "emotion: 0\n        next: []"),
             ["22:9 J104 step 'third' cannot be reached from the first step 'first'",
              "23:9 J104 step 'fourth' cannot be reached from the first step 'first'"]),
    "J105": (CLEAN.replace("fourth thing, emotion: 2}", "fourth thing, emotion: 2, next: [third]}"),
             ["21:9 J105 steps 'third', 'fourth' form a loop with no way out to an end of the journey"]),
    "J106": (CLEAN.replace("Does the fourth thing", "does  the THIRD thing"),
             ["22:30 J106 step 'fourth' has the same action as step 'third' in stage 'After'"]),
    "J201": (CLEAN.replace("        emotion: 1\n", ""), ["12:9 J201 step 'first' has no emotion; the curve has a gap there"]),
    "J202": (CLEAN.replace("  goals: [Finish]\n", ""), ["6:3 J202 persona 'Pat' has no goals"]),
    "J203": (CLEAN.replace("goal: Get it done\n", ""), ["1:1 J203 the map has no goal: what is the persona trying to achieve?"]),
    "J204": (CLEAN.replace("updated: 2026-11-01", "updated: 2025-01-31"),
             ["3:10 J204 the map was last checked 660 days ago (2025-01-31); the limit is 180"]),
    "J205": (CLEAN.replace("goal: Get it done", "goal: Get it done\ntouchpoints:\n  - {id: w, name: Web, channel: webb}")
             .replace("emotion: 1", "emotion: 1\n        touchpoints: [w]"),
             ["6:33 J205 unknown channel 'webb' (did you mean 'web'?)"]),
    "J206": (CLEAN.replace("goal: Get it done", "goal: Get it done\ntouchpoints:\n  - {id: w, name: Web, channel: web}"),
             ["6:10 J206 touchpoint 'w' is not used by any step"]),
    "J301": (CLEAN.replace("emotion: 1", "emotion: 1\n        barriers: [{id: slow, text: Slow, severity: critical}]"),
             ["15:25 J301 critical barrier 'slow' has no opportunity that addresses it"]),
    "J302": (CLEAN.replace("title: Minimal", "title: Minimal\nstate: future"),
             ["3:8 J302 this future-state map has no opportunities: what changes to get there?"]),
    "J401": (CLEAN.replace("emotion: 1", "emotion: 1\n        frontstage: [Shows the form]"),
             ["15:21 J401 step 'first' has frontstage actions but no backstage or support behind them"]),
    "J402": (CLEAN.replace("emotion: 1", "emotion: 1\n        backstage: [Checks the form]\n"
                           "        barriers: [{id: slow, text: Slow, severity: high}]")
             .replace("  - id: after\n", "    opportunities: [{id: faster, text: Faster, addresses: [slow]}]\n"
                      "  - id: after\n"),
             ["16:25 J402 fail point 'slow' (high) is at step 'first', whose touchpoints have no owner"]),
}


@pytest.mark.parametrize("code", sorted(RULE_CASES))
def test_each_rule_fires_on_a_minimal_bad_map(code):
    text, expected = RULE_CASES[code]
    got = findings(text, select=("ALL",))
    assert got == expected
    # ...and only that rule fires when it alone is selected.
    assert findings(text, select=(code,)) == expected


def test_every_rule_has_a_case_code_name_summary_and_explanation():
    rules = all_rules()
    # J5xx judge a map against a measurement: their cases are the docstring
    # examples with an event log, measured for real in test_lint_rules.py.
    measured = {code for code, r in rules.items() if r.measured}
    # J6xx judge several maps together: their cases are in test_portfolio.py.
    portfolio = {code for code, r in rules.items() if r.portfolio}
    assert set(RULE_CASES) | {"J900"} | measured | portfolio == set(rules)
    for code, r in rules.items():
        assert re.fullmatch(r"J\d{3}", code) and re.fullmatch(r"[a-z]+(-[a-z]+)*", r.name)
        assert r.severity in ("error", "warning") and r.summary and len(r.explanation) > 80


def test_stale_map_without_date_and_limit_setting():
    assert findings(CLEAN.replace("updated: 2026-11-01\n", ""), select=("J204",)) == [
        "1:1 J204 the map has no `updated` date; add when it was last checked against reality"]
    old = CLEAN.replace("updated: 2026-11-01", "updated: 2026-01-01")
    assert findings(old, select=("J204",), options={"J204": {"stale-days": 400}}) == []


def test_unknown_channel_without_a_close_match():
    text = RULE_CASES["J205"][0].replace("webb", "carrier pigeon")
    assert findings(text, select=("J205",)) == [
        "6:33 J205 unknown channel 'carrier pigeon' (use 'other' for anything else)"]


def test_loop_with_a_way_out_is_fine():
    text = CLEAN.replace("emotion: 0", "emotion: 0\n        next: [first, third]")
    assert findings(text, select=("J105",)) == []


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_examples_are_clean(example, run):
    result = run("lint", str(example), "--today", TODAY.isoformat(), "--strict")
    assert result.code == 0, result.stdout
    assert result.stdout == "All checks passed (1 map).\n"


def test_readme_rules_table_is_generated_from_the_rules():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme.split("<!-- rules -->\n", 1)[1].split("<!-- /rules -->", 1)[0]
    assert table == rules_table(), "run: journeyctl lint --list-rules and paste it into the README"


# ------------------------------------------------------------- selection


def test_selection_by_code_prefix_all_and_ignore():
    text = CLEAN.replace("        emotion: 1\n", "").replace("goal: Get it done\n", "")
    assert [f.split()[1] for f in findings(text)] == ["J201", "J203"]
    assert [f.split()[1] for f in findings(text, select=("J2",), ignore=("J203",))] == ["J201"]
    assert findings(text, select=("J1",)) == []
    assert [f.split()[1] for f in findings(text, ignore=("J20",))] == []


def test_opt_in_rules_need_selecting():
    text = RULE_CASES["J103"][0]
    assert findings(text) == []
    assert findings(text, select=("J1",)) == RULE_CASES["J103"][1]


# ------------------------------------------------------------------ CLI


def write_map(tmp_path, text, name="map.yaml"):
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_exit_codes(run, tmp_path):
    warning = write_map(tmp_path, RULE_CASES["J201"][0], "warn.yaml")
    error = write_map(tmp_path, RULE_CASES["J105"][0], "error.yaml")
    today = ("--today", TODAY.isoformat())
    assert run("lint", str(warning), *today).code == 0
    assert run("lint", str(warning), *today, "--strict").code == 1
    assert run("lint", str(error), *today).code == 1
    assert run("lint", str(error), *today, "--exit-zero").code == 0
    assert run("lint", str(warning), *today, "--select", "J999").code == 2


def test_text_output(run, tmp_path):
    path = write_map(tmp_path, RULE_CASES["J105"][0])
    result = run("lint", str(path), "--today", TODAY.isoformat())
    assert result.stdout.splitlines() == [
        f"{path}:21:9: J105 stages[1].steps[0]: steps 'third', 'fourth' form a loop with no way out to an end of the journey",
        "Found 1 error and 0 warnings in 1 map.",
    ]


def test_loader_problems_come_through_the_same_channel(run, tmp_path):
    bad = write_map(tmp_path, MINIMAL.replace("name: Pat", "name: Pat\n  moods: []"))
    result = run("lint", str(bad), "--ignore", "S001")  # loader problems cannot be ignored
    assert result.code == 1
    assert result.stdout.splitlines()[0] == (
        f"{bad}:5:3: S001 persona.moods: unknown key 'moods'; extensions start with 'x-'")


def test_directories_are_searched_and_other_yaml_skipped(run, tmp_path):
    write_map(tmp_path, CLEAN, "maps/a.yaml")
    write_map(tmp_path, CLEAN, "maps/deep/b.yml")
    write_map(tmp_path, "name: CI\non: push\n", "maps/.github/ci.yml")
    write_map(tmp_path, "key: value\n", "maps/other.yaml")
    write_map(tmp_path, RULE_CASES["J201"][0], "maps/.hidden/c.yaml")
    result = run("lint", str(tmp_path / "maps"), "--today", TODAY.isoformat(), "--format", "json")
    data = json.loads(result.stdout)
    assert data["summary"] == {"files": 2, "skipped": 1, "errors": 0, "warnings": 0}


@pytest.mark.parametrize("content, first", [
    ("", "1:1: Y004 the file is empty"),
    ("- journeyctl: 1\n- title: x\n", "1:1: S004 the top level is a list"),
    ("name: CI\non: push\njobs: {}\n", "1:1: S004 not a journey map: the top level needs `journeyctl: 1`"),
])
def test_a_named_file_is_linted_whatever_it_holds(run, tmp_path, content, first):
    named = write_map(tmp_path, content, "workflow.yml")
    result = run("lint", str(named))
    assert result.code == 1 and result.stdout.startswith(f"{named}:{first}")
    assert result.stdout.count(f"{named}:") == 1  # one problem, not one per key


def test_skip_non_maps_applies_the_folder_rule_to_named_files(tmp_path):
    workflow = write_map(tmp_path, "name: CI\non: push\n", "ci.yml")
    keyless = write_map(tmp_path, CLEAN.replace("journeyctl: 1\n", ""), "keyless.yaml")
    empty = write_map(tmp_path, "", "empty.yaml")
    good = write_map(tmp_path, CLEAN, "good.yaml")
    missing = tmp_path / "missing.yaml"
    named = [str(p) for p in (workflow, keyless, empty, good, missing)]
    assert collect(named) == ([workflow, keyless, empty, good, missing], [])
    assert collect(named, skip_non_maps=True) == ([keyless, good, missing], [workflow, empty])


def test_skip_non_maps_on_the_command_line(run, tmp_path):
    if "--skip-non-maps" not in run("lint", "--help").stdout:
        pytest.skip("journeyctl lint --skip-non-maps is not in this command line yet")
    workflow = write_map(tmp_path, "name: CI\non: push\n", "ci.yml")
    keyless = write_map(tmp_path, CLEAN.replace("journeyctl: 1\n", ""), "keyless.yaml")
    result = run("lint", "--skip-non-maps", str(workflow))
    assert result.code == 0 and "no journey maps found (1 other YAML files skipped)" in result.stderr
    result = run("lint", "--skip-non-maps", str(workflow), str(keyless))
    assert result.code == 1 and result.stdout.startswith(f"{keyless}:1:1: S004 ")


WARNING = RULE_CASES["J201"][0]
BODY = WARNING.split("journeyctl: 1\n", 1)[1]


@pytest.mark.parametrize("name, data", [
    ("bom.yaml", b"\xef\xbb\xbf" + WARNING.encode()),
    ("explicit-key.yaml", f"? journeyctl\n: 1\n{BODY}".encode()),
    ("double-quoted.yaml", f'"journeyctl"   :   1\n{BODY}'.encode()),
    ("single-quoted.yaml", f"'journeyctl' :1\n{BODY}".encode()),
    ("indented-comment.yaml", f"# a map\n  # of a journey\n{WARNING}".encode()),
    ("merged.yaml", f"x-base: &base {{journeyctl: 1}}\n<<: *base\n{BODY}".encode()),
    ("merged-list.yaml", f"x-a: &a {{x-b: 1}}\nx-v: &v {{journeyctl: 1}}\n<<: [*a, *v]\n{BODY}".encode()),
    ("key-later.yaml", f"{BODY}journeyctl: 1\n".encode()),
    ("utf16.yaml", WARNING.encode("utf-16")),
    ("latin1-later.yaml", WARNING.replace("title: Minimal", "title: Caf\xe9").encode("latin-1")),
    ("control-later.yaml", WARNING.replace("title: Minimal", "title: Min\x07imal").encode()),
    ("broken.yaml", WARNING.replace("title: Minimal", "title: [Minimal").encode()),
    ("lost-key.yaml", BODY.encode()),  # stages and persona: a map without its key is reported
    ("modeline.yaml", b"# yaml-language-server: $schema=../schemas/journey.schema.json\ntitle: x\n"),
])
def test_a_folder_search_finds_every_map_whatever_its_spelling(run, tmp_path, name, data):
    write_map(tmp_path, "name: CI\non: push\n", "maps/ci.yml")
    path = tmp_path / "maps" / name
    path.write_bytes(data)
    result = run("lint", str(tmp_path / "maps"), "--strict", "--today", TODAY.isoformat(), "--format", "json")
    report = json.loads(result.stdout)
    assert result.code == 1, result.stdout
    assert report["summary"]["files"] == 1 and report["summary"]["skipped"] == 1
    assert {f["file"] for f in report["findings"]} == {str(path)}


def test_the_folder_search_opens_only_regular_files(run, tmp_path):
    import os

    write_map(tmp_path, CLEAN, "maps/good.yaml")
    os.mkfifo(tmp_path / "maps" / "fifo.yaml")  # opening it for reading would block forever
    outside = write_map(tmp_path, WARNING, "outside/map.yaml")
    (tmp_path / "maps" / "link.yaml").symlink_to(outside)  # a link out of the folder searched
    (tmp_path / "maps" / "inside.yaml").symlink_to(tmp_path / "maps" / "good.yaml")
    (tmp_path / "maps" / "dir.yaml").mkdir()
    result = run("lint", str(tmp_path / "maps"), "--today", TODAY.isoformat(), timeout=30)
    assert result.code == 0 and result.stdout == "All checks passed (2 maps).\n"


def test_a_huge_yaml_file_in_a_folder_is_skipped_cheaply(tmp_path):
    import time

    big = tmp_path / "data.yaml"
    with big.open("wb") as handle:
        handle.write(b"items:\n")
        handle.write(b"  - 0123456789abcdef0123456789abcdef\n" * 400_000)  # 14 MB
    started = time.monotonic()
    assert collect([str(tmp_path)]) == ([], [big])
    assert time.monotonic() - started < 5


def test_many_files_in_one_process(run, tmp_path):
    for i in range(60):
        write_map(tmp_path, CLEAN.replace("title: Minimal", f"title: Map {i}"), f"maps/m{i:02}.yaml")
    result = run("lint", str(tmp_path), "--today", TODAY.isoformat())
    assert result.code == 0 and result.stdout == "All checks passed (60 maps).\n"
    assert result.stderr == ""  # no progress bar when not on a terminal


# ---------------------------------------------------------- configuration


def test_pyproject_settings_and_command_line_precedence(run, tmp_path):
    text = CLEAN.replace("        emotion: 1\n", "").replace("goal: Get it done\n", "")
    path = write_map(tmp_path, text, "maps/m.yaml")
    (tmp_path / "pyproject.toml").write_text('[tool.journeyctl.lint]\nignore = ["J203"]\nstale-days = 5\n')
    today = ("--today", TODAY.isoformat(), "--format", "json")

    def codes(*args):
        return [f["code"] for f in json.loads(run("lint", str(path), *today, *args).stdout)["findings"]]

    assert codes() == ["J204", "J201"]                        # config ignore J203; stale after 5 days
    assert codes("--stale-days", "400") == ["J201"]           # the command line replaces stale-days
    assert codes("--ignore", "J201") == ["J204"]              # --ignore adds to the config's ignore
    assert codes("--select", "J203") == []                    # --select replaces select, ignore still applies
    (tmp_path / "pyproject.toml").write_text('[tool.journeyctl]\nselect = ["J201"]\n')
    assert codes() == ["J201"]                                # keys directly under [tool.journeyctl]


def test_per_file_ignores(run, tmp_path):
    text = CLEAN.replace("        emotion: 1\n", "")
    legacy = write_map(tmp_path, text, "maps/legacy/old.yaml")
    fresh = write_map(tmp_path, text, "maps/new.yaml")
    (tmp_path / "pyproject.toml").write_text('[tool.journeyctl.lint.per-file-ignores]\n"maps/legacy/*" = ["J2"]\n')
    result = run("lint", str(tmp_path / "maps"), "--today", TODAY.isoformat(), "--format", "json")
    assert [f["file"] for f in json.loads(result.stdout)["findings"]] == [str(fresh)]
    assert str(legacy) not in result.stdout


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_each_folder_keeps_its_own_settings_in_one_run(run, tmp_path, jobs):
    """Settings are read once per folder, and each folder's maps get theirs:
    a project inside a project, and a map linked in from elsewhere."""
    text = CLEAN.replace("        emotion: 1\n", "")
    outer = [write_map(tmp_path, text, f"maps/m{k}.yaml") for k in range(3)]
    inner = [write_map(tmp_path, text, f"maps/team/m{k}.yaml") for k in range(3)]
    (tmp_path / "maps" / "team" / "linked.yaml").symlink_to(outer[0])  # the settings of where it really is
    (tmp_path / "pyproject.toml").write_text('[tool.journeyctl.lint]\nignore = ["J201"]\n')
    (tmp_path / "maps" / "team" / "journeyctl.toml").write_text('[lint]\nselect = ["J201"]\n')
    result = run("lint", str(tmp_path / "maps"), "--today", TODAY.isoformat(), "--format", "json", "--jobs", jobs)
    found = {f["file"] for f in json.loads(result.stdout)["findings"] if f["code"] == "J201"}
    assert found == {str(p) for p in inner}


@pytest.mark.parametrize("content, message", [
    ('[tool.journeyctl.lint]\nselct = ["J1"]\n', "unknown setting(s) in [tool.journeyctl.lint]: selct"),
    ('[tool.journeyctl.lint]\nignore = ["J999"]\n', "unknown rule code 'J999'"),
    ('[tool.journeyctl.lint]\nstale-days = "soon"\n', "stale-days must be a whole number of days"),
    ('[tool.journeyctl.lint\n', "pyproject.toml"),
    ('tool = 3\n', "pyproject.toml: tool must be a table"),
    ('[tool]\njourneyctl = 5\n', "pyproject.toml: [tool.journeyctl] must be a table"),
    ('[tool.journeyctl]\nlint = "x"\n', "pyproject.toml: [tool.journeyctl] lint must be a table"),
    ('[tool.journeyctl.lint]\nselect = 5\n', "pyproject.toml: [tool.journeyctl.lint] select must be a list"),
    ('[tool.journeyctl.lint]\nselect = [""]\n', "[tool.journeyctl.lint] select holds an empty rule code"),
    ('[tool.journeyctl.lint]\nignore = [5]\n', "[tool.journeyctl.lint] ignore must be a list"),
    ('[tool.journeyctl.lint]\nper-file-ignores = 3\n', "[tool.journeyctl.lint] per-file-ignores must be a table"),
    ('[tool.journeyctl.lint]\nper-file-ignores = {"x" = 5}\n', "[tool.journeyctl.lint] per-file-ignores.x must be a list"),
    ('[tool.journeyctl.lint.per-file-ignores]\n"maps/*.yaml" = [1]\n', 'per-file-ignores."maps/*.yaml" must be a list'),
    ('[tool.journeyctl.lint]\nrules = 5\n', "[tool.journeyctl.lint] rules must be a table"),
    ('[tool.journeyctl.lint.rules]\nJ204 = 5\n', "[tool.journeyctl.lint] rules.J204 must be a table"),
    ('[tool.journeyctl.lint.rules.J204]\nstale-days = true\n', "stale-days must be a whole number of days"),
    ('[tool.journeyctl.lint]\nselect = 1979-05-27\n', "[tool.journeyctl.lint] select must be a list"),
])
def test_bad_configuration_is_a_usage_error(run, tmp_path, content, message):
    path = write_map(tmp_path, CLEAN)
    (tmp_path / "pyproject.toml").write_text(content)
    result = run("lint", str(path))
    assert result.code == 2 and message in result.stderr and "Traceback" not in result.stderr


# ---------------------------------------------------------- suppressions


def test_inline_suppression_on_the_offending_line(run, tmp_path):
    text = RULE_CASES["J301"][0].replace("severity: critical}]", "severity: critical}]  # journeyctl: ignore[J301]")
    path = write_map(tmp_path, text)
    result = run("lint", str(path), "--today", TODAY.isoformat(), "--strict")
    assert result.code == 0, result.stdout


def test_suppression_by_prefix_and_bare(tmp_path):
    assert suppress.find("a: 1  # journeyctl: ignore[J2, J301]\n")[0].codes == ("J2", "J301")
    assert suppress.find("a: 1  # journeyctl: ignore\n")[0].codes is None


def test_suppression_text_inside_a_string_is_not_a_comment():
    text = 'title: "Not # journeyctl: ignore[J203] a comment"\nx: |\n  # journeyctl: ignore\n'
    assert suppress.find(text) == []


def test_unused_suppression_is_reported(run, tmp_path):
    text = CLEAN.replace("title: Minimal", "title: Minimal  # journeyctl: ignore[J201]") \
                .replace("updated: 2026-11-01", "updated: 2026-11-01  # journeyctl: ignore[J103]")
    path = write_map(tmp_path, text)
    result = run("lint", str(path), "--today", TODAY.isoformat())
    # J103 is off, so its suppression may be meant for another run: not reported.
    assert result.stdout.splitlines()[0] == (
        f"{path}:2:17: J900 '# journeyctl: ignore[J201]' suppresses nothing on this line; remove it")
    assert run("lint", str(path), "--today", TODAY.isoformat(), "--ignore", "J900").stdout.startswith("All checks")


# ----------------------------------------------------------------- formats


BAD = RULE_CASES["J105"][0].replace("        emotion: 1\n", "")


def formatted(run, tmp_path, fmt, env=None):
    path = write_map(tmp_path, BAD)
    write_map(tmp_path, CLEAN, "clean.yaml")
    args = ["lint", str(tmp_path), "--today", TODAY.isoformat()] + (["--format", fmt] if fmt else [])
    return path, run(*args, env=env)


def test_json_format(run, tmp_path):
    path, result = formatted(run, tmp_path, "json")
    data = json.loads(result.stdout)
    assert data["summary"] == {"files": 2, "skipped": 0, "errors": 1, "warnings": 1}
    assert data["findings"][0] == {
        "file": str(path), "line": 12, "column": 9, "code": "J201", "name": "missing-emotion",
        "severity": "warning", "message": "step 'first' has no emotion; the curve has a gap there",
        "path": "stages[0].steps[0]"}


def test_github_format_is_the_default_in_actions(run, tmp_path):
    path, result = formatted(run, tmp_path, None, env={"GITHUB_ACTIONS": "true"})
    lines = result.stdout.splitlines()
    assert lines == [
        f"::warning file={path},line=12,col=9,title=J201 missing-emotion::stages[0].steps[0]: "
        "step 'first' has no emotion; the curve has a gap there",
        f"::error file={path},line=20,col=9,title=J105 loop-without-exit::stages[1].steps[0]: "
        "steps 'third', 'fourth' form a loop with no way out to an end of the journey",
    ]


def test_github_escaping():
    from journeyctl.base.diagnostics import Diagnostic
    from journeyctl.lint.report import Summary, github

    out = github([Diagnostic("a,b:c.yaml", 1, 2, "J201", "50% done\nnext", ("x",))], Summary(1, 0))
    # A line break in map text is shown as \n (it cannot start a forged
    # workflow command), then GitHub's own escaping applies.
    assert out == "::error file=a%2Cb%3Ac.yaml,line=1,col=2,title=J201 missing-emotion::x: 50%25 done\\nnext\n"


def sarif_schema():
    path = ROOT / "tests" / "node" / "node_modules" / "@microsoft" / "jest-sarif" / "lib" / "schemas" / "sarif-2.1.0-rtm.5.json"
    if not path.exists():
        import os

        if os.environ.get("CI"):
            pytest.fail("CI needs `npm ci --prefix tests/node` for the SARIF schema")
        pytest.skip("the SARIF schema is not installed (npm ci --prefix tests/node)")
    return json.loads(path.read_text(encoding="utf-8"))


def test_sarif_is_valid_2_1_0(run, tmp_path):
    schema = sarif_schema()
    path, result = formatted(run, tmp_path, "sarif")
    log = json.loads(result.stdout)
    jsonschema.Draft7Validator(schema).validate(log)
    run_ = log["runs"][0]
    assert log["version"] == "2.1.0" and run_["tool"]["driver"]["name"] == "journeyctl"
    first = run_["results"][1]
    assert first["ruleId"] == "J105" and first["level"] == "error"
    assert run_["tool"]["driver"]["rules"][first["ruleIndex"]]["id"] == "J105"
    assert first["locations"][0]["physicalLocation"]["region"] == {"startLine": 20, "startColumn": 9}
    # An absolute path outside the working folder can only be a file: URI.
    assert first["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == path.as_uri()


def test_sarif_paths_are_relative_to_the_working_folder(run, tmp_path):
    write_map(tmp_path, BAD, "maps/bad.yaml")
    log = json.loads(run("lint", "maps", "--format", "sarif", cwd=tmp_path).stdout)
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in log["runs"][0]["results"]}
    assert uris == {"maps/bad.yaml"}


def test_sarif_with_loader_errors_is_valid(run, tmp_path):
    schema = sarif_schema()
    bad = write_map(tmp_path, "journeyctl: 1\ntitle: [x\n")
    log = json.loads(run("lint", str(bad), "--format", "sarif").stdout)
    jsonschema.Draft7Validator(schema).validate(log)
    assert log["runs"][0]["results"][0]["ruleId"] == "Y001"


def test_junit_format(run, tmp_path):
    path, result = formatted(run, tmp_path, "junit")
    root = ET.fromstring(result.stdout)
    suite = root.find("testsuite")
    assert (suite.get("tests"), suite.get("failures")) == ("2", "1")
    cases = {c.get("name"): c for c in suite.iter("testcase")}
    assert set(cases) == {str(path), str(tmp_path / "clean.yaml")}
    failure = cases[str(path)].find("failure")
    assert failure.get("type") == "J105" and "J105" in failure.text
    assert "J201" in cases[str(path)].find("system-out").text
    assert cases[str(tmp_path / "clean.yaml")].find("failure") is None


def test_report_to_a_file(run, tmp_path):
    path = write_map(tmp_path, BAD)
    out = tmp_path / "reports" / "lint.sarif"
    result = run("lint", str(path), "--format", "sarif", "-o", str(out))
    assert result.code == 1 and result.stdout == ""
    assert json.loads(out.read_text())["version"] == "2.1.0"


def test_explain(run):
    result = run("lint", "--explain", "j105")
    assert result.code == 0 and result.stdout.startswith("J105 loop-without-exit (error, on)")
    assert run("lint", "--explain", "S001").stdout.startswith("S001 (error, always on)")
    assert run("lint", "--explain", "J999").code == 2


def test_pre_commit_hook_definition():
    import yaml

    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    # The hook is handed every YAML file: only those that look like maps are linted.
    assert hooks[0]["id"] == "journeyctl-lint" and hooks[0]["entry"] == "journeyctl lint --skip-non-maps"
    assert hooks[0]["types"] == ["yaml"]


def test_the_same_relative_path_in_two_projects_gets_each_its_settings(tmp_path, monkeypatch):
    """Folders are resolved once, by their absolute name: a program that
    lints maps/m.yaml in one project, then in another, gets each one's settings."""
    from journeyctl import api

    text = CLEAN.replace("        emotion: 1\n", "")
    for name, setting in (("a", 'ignore = ["J201"]'), ("b", 'select = ["J201"]')):
        write_map(tmp_path / name, text, "maps/m.yaml")
        (tmp_path / name / "pyproject.toml").write_text(f"[tool.journeyctl.lint]\n{setting}\n")
    found = {}
    for name in ("a", "b"):
        monkeypatch.chdir(tmp_path / name)
        found[name] = [f.code for f in api.lint(["maps/m.yaml"], today=TODAY).findings]
    assert found == {"a": [], "b": ["J201"]}
