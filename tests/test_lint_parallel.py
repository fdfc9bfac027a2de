"""Lint spread over processes (``--jobs``, JOURNEYCTL_JOBS): the same
findings, files, library files and reports as in one process, whatever the
maps hold (findings, broken YAML, loader errors, a library and the rules that
judge maps together, inline suppressions), and the progress in file order."""

from __future__ import annotations

import json
import multiprocessing
import os
import signal

import pytest

from journeyctl.app.lint import lint_paths
from journeyctl.lint import parallel
from journeyctl.lint.settings import ConfigError

PERSONA = """\
journeyctl: 1
kind: persona
id: olivia
name: Olivia Brown
role: Runs a bakery
goals: [Pay suppliers on time]
"""
TOUCHPOINTS = """\
journeyctl: 1
kind: touchpoints
touchpoints:
  - {id: website, name: Website, channel: web, owner: Web team}
  - {id: support-chat, name: Support chat, channel: chat, owner: Support}
  - {id: unused-desk, name: Help desk, channel: in-person}
"""


def a_map(k: int, broken: bool = True) -> str:
    """Map number ``k``: one of a dozen kinds, most with findings; two kinds
    do not load, unless not ``broken``."""
    kind = k % 12
    persona = "persona: olivia" if kind in (0, 1, 2) else "persona: {name: Pat %d, goals: [Get it done]}" % k
    touchpoint = "[website]" if kind in (0, 1) else "[email]"
    emotion = "" if kind in (3, 4) else ", emotion: 1"
    extra = ""
    if kind == 5:  # a broken link to another map (J604, judged across maps)
        extra = ", journey: no-such-map"
    elif kind == 6:  # a link to a map that exists
        extra = f", journey: map-{k - 1:03d}"
    text = f"""\
journeyctl: 1
id: map-{k:03d}
title: Journey number {k}
goal: Get to the end
{persona}
touchpoints:
  - {{id: email, name: {'Bill email' if kind != 7 else 'Other email'}, channel: email}}
stages:
  - id: first
    name: First
    steps:
      - {{id: a, action: Opens the email, touchpoints: [email]{emotion}}}
      - {{id: b, action: Pays, touchpoints: {touchpoint}{emotion}{extra}}}
  - id: second
    name: Second
    steps:
      - {{id: c, action: Gets a receipt, touchpoints: [email], emotion: 0}}
"""
    if kind == 8:  # suppressions: one used, one left over (J900)
        text = text.replace("touchpoints: [email], emotion: 1}", "touchpoints: [email]}  # journeyctl: ignore[J201]", 1)
        text = text.replace("emotion: 0}", "emotion: 0}  # journeyctl: ignore[J201]")
    elif kind == 9 and broken:  # invalid YAML
        text = text.replace("name: Second", "name: [Second")
    elif kind == 10 and broken:  # a schema error and an unknown reference
        text = text.replace("action: Pays, touchpoints: [email]", "action: Pays, touchpoints: [emial], emotion: 9")
    elif kind == 11:  # one stage, no goal
        text = text.replace("goal: Get to the end\n", "").split("  - id: second")[0]
    return text


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    """A project with a library and 180 maps in two folders (all of them
    load: the rules across maps judge only such portfolios), a folder of
    maps without a library beside it (some broken), other YAML."""
    root = tmp_path_factory.mktemp("portfolio")
    files = {
        "project/journeyctl.toml": 'library = "library"\n[lint]\nper-file-ignores = {"maps/b/*" = ["J203"]}\n',
        "project/library/personas/olivia.yaml": PERSONA,
        "project/library/touchpoints.yaml": TOUCHPOINTS,
        "project/maps/.github/workflow.yaml": "on: push\n",
        "project/maps/settings.yaml": "name: not a map\n",
        "loose/pyproject.toml": '[tool.journeyctl.lint]\nselect = ["ALL"]\n',
    }
    for k in range(180):
        files[f"project/maps/{'a' if k < 90 else 'b'}/map-{k:03d}.yaml"] = a_map(k, broken=False)
    for k in range(180, 216):
        files[f"loose/map-{k:03d}.yaml"] = a_map(k)
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


def lint(project, jobs, paths=("project", "loose"), **given):
    calls = []
    children = []

    def progress(done, total):
        calls.append((done, total))
        children.append(len(multiprocessing.active_children()))

    cwd = os.getcwd()
    os.chdir(project)  # files named as the user names them
    try:
        result = lint_paths(list(paths), jobs=jobs, progress=progress, **given)
    finally:
        os.chdir(cwd)
    return result, calls, max(children, default=0)


def test_parallel_lint_finds_what_serial_lint_finds(project):
    serial, serial_calls, serial_children = lint(project, 1)
    codes = {f.code[0] if f.code[0] in "YSRF" else f.code for f in serial.findings}
    # the maps are varied: loader problems, per-map rules, rules across maps, suppressions
    assert {"Y", "S", "R", "J102", "J103", "J203", "J201", "J601", "J602", "J603", "J604", "J900"} <= codes, codes
    assert sorted(serial.library) == ["project/library/personas/olivia.yaml", "project/library/touchpoints.yaml"]
    assert serial_children == 0
    for jobs in (2, 3):
        spread, calls, children = lint(project, jobs)
        assert children == jobs - 1  # workers did lint (this process is the other one)
        assert spread.findings == serial.findings
        assert (spread.files, spread.library, spread.skipped) == (serial.files, serial.library, serial.skipped)
        # the progress moves in file order, from 1 to the number of files
        assert calls == serial_calls == [(n, len(serial.files)) for n in range(1, len(serial.files) + 1)]


def test_one_map_linted_alone_is_judged_with_its_project(project):
    """Maps named one by one (as pre-commit does): no folder, so only the
    project's library makes the maps a portfolio."""
    names = [f"project/maps/a/map-{k:03d}.yaml" for k in range(0, 90, 2)] + ["loose/map-190.yaml"]
    serial, _, _ = lint(project, 1, names)
    spread, _, children = lint(project, 2, names)
    assert children == 1
    assert spread.findings == serial.findings and spread.files == serial.files
    # the project's maps not named are read too: what conflicts with them is found
    assert {"J601", "J603"} <= {f.code for f in serial.findings}


def test_a_worker_that_dies_does_not_change_the_result(project):
    serial, _, _ = lint(project, 1)
    killed = []

    def progress(done, total):
        workers = multiprocessing.active_children()
        if workers and not killed:
            os.kill(workers[0].pid, signal.SIGKILL)  # as the out-of-memory killer would
            killed.append(workers[0].pid)

    cwd = os.getcwd()
    os.chdir(project)
    try:
        result = lint_paths(["project", "loose"], jobs=2, progress=progress)
    finally:
        os.chdir(cwd)
    assert killed
    assert result.findings == serial.findings and result.files == serial.files


def test_a_bad_setting_is_reported_as_in_one_process(tmp_path):
    """Two folders with wrong settings: the first one's error, though this
    process comes to the second one first (the workers have the first)."""
    for folder, code, maps in (("a", "J998", 3), ("z", "J999", 60)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "pyproject.toml").write_text(f'[tool.journeyctl.lint]\nselect = ["{code}"]\n')
        for k in range(maps):
            (tmp_path / folder / f"map-{k:03d}.yaml").write_text(a_map(k + 3), encoding="utf-8")
    messages = []
    for jobs in (1, 2, 3):
        with pytest.raises(ConfigError) as caught:
            lint_paths([tmp_path], jobs=jobs)
        messages.append(str(caught.value))
    assert messages == [messages[0]] * 3 and "J998" in messages[0]


def test_the_number_of_processes():
    cores = parallel._cores()
    assert parallel.workers(parallel.THRESHOLD - 1, None) == 1  # too few maps to pay for workers
    assert 1 <= cores <= parallel.MAX_AUTO and cores <= (os.cpu_count() or 1)
    assert parallel.workers(1000, None) == cores
    assert parallel.workers(1000, 1) == 1 and parallel.workers(1000, 3) == 3
    assert parallel.workers(6, 8) == 2  # no more processes than chunks of maps


def test_the_command_gives_the_same_reports(project, run):
    outputs = {}
    for jobs in ("1", "2"):
        for fmt in ("text", "json"):
            result = run("lint", "project", "loose", "--format", fmt, cwd=project, env={"JOURNEYCTL_JOBS": jobs})
            assert result.code == 1, result.stderr
            assert "Traceback" not in result.stderr
            outputs[jobs, fmt] = result.stdout_bytes
    assert outputs["1", "text"] == outputs["2", "text"]
    assert outputs["1", "json"] == outputs["2", "json"]
    assert json.loads(outputs["2", "json"])  # a real report
    option = run("lint", "project", "loose", "--jobs", "3", "--format", "json", cwd=project,
                 env={"JOURNEYCTL_JOBS": "1"})
    assert option.stdout_bytes == outputs["1", "json"]


@pytest.mark.parametrize("value", ["0", "two", "-1"])
def test_a_wrong_number_of_processes_is_a_usage_mistake(project, run, value):
    result = run("lint", "loose", cwd=project, env={"JOURNEYCTL_JOBS": value})
    assert result.code == 2
    assert "JOURNEYCTL_JOBS" in result.stderr and "Traceback" not in result.stderr
    option = run("lint", "loose", "--jobs", value, cwd=project)
    assert option.code == 2 and "--jobs" in option.stderr and "Traceback" not in option.stderr


def test_a_worker_sends_what_the_portfolio_rules_need_not_the_map(project):
    """A map judged with others comes back from a worker as its facts
    (ids, names, places: what each portfolio rule gathered), never as the
    map itself: pickling pydantic models back cost more than linting."""
    import pickle

    from journeyctl.lint.engine import all_rules

    rules = all_rules()
    outcomes = [parallel.lint_file(p, parallel.Config(), rules, keep=True) for p in sorted(project.rglob("map-*.yaml"))]
    facts = [o.facts for o in outcomes if o.facts is not None]
    assert len(facts) > 20 and {"J601", "J603", "J604"} <= set(facts[0].gathered)
    for sent in facts:
        data = pickle.dumps(sent)
        assert b"journeyctl.format.model" not in data and b"journeyctl.load" not in data
        assert pickle.loads(data) == sent
    assert all(o.facts is None for o in (parallel.lint_file(p, parallel.Config(), rules)
                                         for p in sorted(project.rglob("map-*.yaml"))[:3]))
