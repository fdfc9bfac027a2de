"""journeyctl log: a map's history from git (journeyctl.history), its
reports, the command, and the chart for the site (render/history.py).

Every test reads a real repository, made here with the git binary."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner

import journeyctl.history as history_module
from journeyctl.cli import main
from journeyctl.history import History, NotCommitted, histories, history, walk
from journeyctl.history.model import Revision, Row
from journeyctl.history.report import COLUMNS
from journeyctl.base.git import NotInRepository, RevisionError
from journeyctl.render.history import CHART_MAX, chart_svg
from journeyctl.render.i18n import LABELS, labels

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

GIT_ENV = {"GIT_AUTHOR_NAME": "Ada", "GIT_AUTHOR_EMAIL": "ada@example.invalid", "GIT_COMMITTER_NAME": "Ada",
           "GIT_COMMITTER_EMAIL": "ada@example.invalid", "GIT_CONFIG_NOSYSTEM": "1"}


def git(cwd: Path, *args: str, date: str | None = None) -> str:
    env = {**GIT_ENV, "HOME": str(cwd), "PATH": os.environ["PATH"]}
    if date:
        env["GIT_AUTHOR_DATE"] = env["GIT_COMMITTER_DATE"] = f"{date}T12:00:00+00:00"
    proc = subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, env=env)
    return proc.stdout.decode()


def commit(repo: Path, message: str, date: str) -> str:
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", message, date=date)
    return git(repo, "rev-parse", "HEAD").strip()


def journey(price: int | None, pay: int | None, barriers: str = "", pay_barriers: str = "",
            addresses: str = "fees", extra: str = "") -> str:
    """A three-step map: look (+1), price, pay; barriers as YAML lines."""
    def emotion(value):
        return "" if value is None else f"        emotion: {value}\n"
    return (
        "journeyctl: 1\ntitle: Buying a bike\npersona:\n  name: Pat\nstages:\n"
        "  - id: shop\n    name: Shop\n    steps:\n"
        "      - id: look\n        action: Looks around\n        emotion: 1\n" + extra +
        "      - id: price\n        action: Checks the price\n" + emotion(price) + barriers +
        "      - id: pay\n        action: Pays\n" + emotion(pay) + pay_barriers +
        f"    opportunities:\n      - id: o1\n        text: Faster pages\n        addresses: [{addresses}]\n"
    )


SLOW_HIGH = "        barriers:\n          - id: slow\n            text: Pages are slow\n            severity: high\n"
SLOW_MEDIUM = ("        barriers:\n          - id: slow\n            text: Pages are slow | still\n"
               "            severity: medium\n")
FEES = "        barriers:\n          - id: fees\n            text: Hidden *fees*\n            severity: critical\n"


@pytest.fixture
def repo(tmp_path):
    """c1 add; c2 a critical barrier; c3 git mv; an unrelated commit; c4
    resolve 'slow'; c5 broken (unknown touchpoint); c6 fixed, 'slow' back."""
    root = tmp_path / "repo"
    (root / "maps").mkdir(parents=True)
    git(root, "init", "-q", "-b", "main")
    ids = {}
    (root / "maps/buy.yaml").write_text(journey(-2, None, SLOW_HIGH, addresses="slow"), encoding="utf-8")
    ids["c1"] = commit(root, "Add the buying map", "2026-01-01")
    (root / "maps/buy.yaml").write_text(journey(-2, -2, SLOW_HIGH, FEES, addresses="slow"), encoding="utf-8")
    ids["c2"] = commit(root, "Fees | found in *research*", "2026-01-11")
    git(root, "mv", "maps/buy.yaml", "maps/purchase.yaml")
    ids["c3"] = commit(root, "Rename the map", "2026-01-21")
    (root / "other.txt").write_text("unrelated\n")
    (root / "maps/other.yaml").write_text("not: a map\n")
    ids["unrelated"] = commit(root, "Something else", "2026-01-25")
    (root / "maps/purchase.yaml").write_text(journey(0, -2, "", FEES), encoding="utf-8")
    ids["c4"] = commit(root, "Pages are fast now", "2026-02-01")
    broken = journey(0, -2, "", FEES, extra="        touchpoints: [nope]\n")
    (root / "maps/purchase.yaml").write_text(broken, encoding="utf-8")
    ids["c5"] = commit(root, "Broken \x1b[31mred\x1b[0m", "2026-02-10")
    (root / "maps/purchase.yaml").write_text(journey(0, -2, SLOW_MEDIUM, FEES), encoding="utf-8")
    ids["c6"] = commit(root, "Slow again", "2026-03-01")
    git(root, "tag", "v1", ids["c3"])
    git(root, "tag", "v2", ids["c4"])
    return root, ids


def invoke(*args: str, cwd: Path):
    old = Path.cwd()
    os.chdir(cwd)
    try:
        return CliRunner().invoke(main, list(args), catch_exceptions=False)
    finally:
        os.chdir(old)


# ------------------------------------------------------------ the history


def test_rows_follow_the_rename_and_skip_unrelated_commits(repo):
    root, ids = repo
    h = history(root / "maps/purchase.yaml")
    assert h.path == "maps/purchase.yaml" and not h.truncated
    assert [r.revision.commit for r in h.rows] == [ids[c] for c in ("c1", "c2", "c3", "c4", "c5", "c6")]
    assert [r.revision.path for r in h.rows] == ["maps/buy.yaml"] * 2 + ["maps/purchase.yaml"] * 4
    assert [r.revision.date for r in h.rows] == ["2026-01-01", "2026-01-11", "2026-01-21", "2026-02-01",
                                                 "2026-02-10", "2026-03-01"]
    first = h.rows[0].revision
    assert first.author == "Ada" and first.subject == "Add the buying map"
    assert first.short == ids["c1"][:len(first.short)] and 7 <= len(first.short) < 40


def test_figures_of_each_row(repo):
    root, _ = repo
    rows = history(root / "maps/purchase.yaml").rows
    # c1: look +1, price −2 (slow, high), pay none
    first = rows[0]
    assert (first.steps, first.emotion_average, first.lowest, first.opportunities) == (3, -0.5, ("price", -2), 1)
    assert rows[0].barriers == {"critical": 0, "high": 1, "medium": 0, "low": 0}
    assert list(rows[0].barriers) == ["critical", "high", "medium", "low"]
    # c2: pay −2 too; the first lowest in flow order is still price
    assert (rows[1].emotion_average, rows[1].lowest) == (-1.0, ("price", -2))
    assert rows[1].barriers == {"critical": 1, "high": 1, "medium": 0, "low": 0}
    assert rows[2].barriers == rows[1].barriers  # the rename changed nothing else
    # c4: price 0, slow resolved: (1 + 0 − 2) / 3
    assert (rows[3].emotion_average, rows[3].lowest) == (-0.33, ("pay", -2))
    assert rows[3].barriers == {"critical": 1, "high": 0, "medium": 0, "low": 0}
    # c5 does not load: the first problem, one line, and no figures
    assert rows[4].problem.startswith("R002 ") and "nope" in rows[4].problem and "\n" not in rows[4].problem
    assert (rows[4].steps, rows[4].emotion_average, rows[4].lowest, rows[4].barriers, rows[4].opportunities) == \
        (0, None, None, {}, 0)
    assert rows[5].problem is None and rows[5].barriers == {"critical": 1, "high": 0, "medium": 1, "low": 0}


def test_barrier_ages(repo):
    root, ids = repo
    ages = history(root / "maps/purchase.yaml").barriers
    seen = [(b.id, b.opened.commit, b.resolved.commit if b.resolved else None, b.days, b.severity) for b in ages]
    assert seen == [
        ("slow", ids["c1"], ids["c4"], 31, "high"),  # 2026-01-01 -> 2026-02-01
        # still open: to the last row, 2026-03-01; the broken c5 did not close it
        ("fees", ids["c2"], None, 49, "critical"),
        ("slow", ids["c6"], None, 0, "medium"),  # back again: a new life
    ]
    assert ages[0].text == "Pages are slow" and ages[1].text == "Hidden *fees*"


def test_since_keeps_ages_from_the_whole_history(repo):
    root, ids = repo
    h = history(root / "maps/purchase.yaml", since="v2")
    assert [r.revision.commit for r in h.rows] == [ids["c5"], ids["c6"]]
    # 'slow' resolved at v2 itself is left out; 'fees' keeps the commit that opened it
    assert [(b.id, b.opened.commit, b.days) for b in h.barriers] == [("fees", ids["c2"], 49), ("slow", ids["c6"], 0)]
    h = history(root / "maps/purchase.yaml", since="v1")
    assert [r.revision.commit for r in h.rows] == [ids[c] for c in ("c4", "c5", "c6")]
    assert [b.id for b in h.barriers] == ["slow", "fees", "slow"]
    assert history(root / "maps/purchase.yaml", since="HEAD").rows == []


def test_errors(repo, tmp_path):
    root, _ = repo
    with pytest.raises(RevisionError, match="'nope' is not a commit"):
        history(root / "maps/purchase.yaml", since="nope")
    with pytest.raises(RevisionError, match="starts with '-'"):
        history(root / "maps/purchase.yaml", since="--all")
    (root / "maps/new.yaml").write_text(journey(0, 0))
    with pytest.raises(NotCommitted):
        history(root / "maps/new.yaml")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "map.yaml").write_text(journey(0, 0))
    with pytest.raises(NotInRepository, match="not in a git repository"):
        history(outside / "map.yaml")


def test_merged_branch_is_one_row_its_merge(repo):
    root, ids = repo
    git(root, "checkout", "-q", "-b", "side")
    (root / "maps/purchase.yaml").write_text(journey(1, -2, SLOW_MEDIUM, FEES), encoding="utf-8")
    side = commit(root, "On a branch", "2026-03-02")
    git(root, "checkout", "-q", "main")
    (root / "other.txt").write_text("main moves on\n")
    commit(root, "Main moves on", "2026-03-03")
    git(root, "merge", "-q", "--no-ff", "-m", "Merge side", "side", date="2026-03-04")
    rows = history(root / "maps/purchase.yaml").rows
    assert side not in [r.revision.commit for r in rows]
    assert rows[-1].revision.subject == "Merge side" and rows[-1].lowest == ("pay", -2)
    assert rows[-1].emotion_average == 0.0  # (1 + 1 − 2) / 3: the branch's content
    assert len(rows) == 7


def test_a_deleted_map_still_has_its_history(repo):
    root, ids = repo
    git(root, "rm", "-q", "maps/purchase.yaml")
    gone = commit(root, "Drop the map", "2026-03-05")
    h = history(root / "maps/purchase.yaml")
    assert h.rows[-1].revision.commit == gone and "deleted" in h.rows[-1].problem
    assert len(h.rows) == 7 and h.barriers[1].resolved is None  # a deletion resolves nothing


def test_caps(repo, monkeypatch):
    root, ids = repo
    monkeypatch.setattr(history_module, "MAX_COMMITS", 2)
    h = history(root / "maps/purchase.yaml")
    assert h.truncated and [r.revision.commit for r in h.rows] == [ids["c5"], ids["c6"]]
    monkeypatch.setattr(history_module, "MAX_COMMITS", 10_000)
    size = len(journey(0, -2, SLOW_MEDIUM, FEES).encode())
    monkeypatch.setattr(history_module, "MAX_MAP_BYTES", size - 1)  # the last version is just too large
    rows = history(root / "maps/purchase.yaml").rows
    assert rows[-1].problem.startswith("larger than a map may be") and rows[-1].steps == 0
    assert rows[0].problem is None


def test_histories_gives_what_history_gives(repo, tmp_path):
    root, _ = repo
    (root / "maps/second.yaml").write_text(journey(2, 2), encoding="utf-8")
    commit(root, "A second map", "2026-03-02")
    (root / "maps/second.yaml").write_text(journey(-1, 2), encoding="utf-8")
    commit(root, "Second, worse", "2026-03-03")
    (root / "maps/new.yaml").write_text(journey(0, 0))
    (tmp_path / "elsewhere").mkdir()
    paths = [root / "maps/purchase.yaml", root / "maps/second.yaml", root / "maps/new.yaml",
             tmp_path / "elsewhere" / "x.yaml"]
    found = histories(paths)
    assert list(found) == paths
    assert found[paths[0]] == history(paths[0]) and found[paths[1]] == history(paths[1])
    assert len(found[paths[1]].rows) == 2
    assert found[paths[2]].rows == [] and found[paths[3]].rows == []


def test_histories_runs_a_few_git_processes_however_many_maps(repo, tmp_path):
    """A git on PATH that counts its runs and hands over to the real one."""
    root, _ = repo
    for i in range(8):
        (root / f"maps/m{i}.yaml").write_text(journey(0, i % 3 - 1), encoding="utf-8")
    commit(root, "Eight maps", "2026-03-02")
    for n in range(5):
        for i in range(8):
            (root / f"maps/m{i}.yaml").write_text(journey(n % 3 - 1, i % 3 - 1), encoding="utf-8")
        commit(root, f"Change {n}", f"2026-03-{3 + n:02d}")
    shim = tmp_path / "bin"
    shim.mkdir()
    calls = tmp_path / "calls"
    (shim / "git").write_text(f"#!/bin/sh\necho x >> '{calls}'\nexec '{shutil.which('git')}' \"$@\"\n")
    (shim / "git").chmod(0o755)
    old = os.environ["PATH"]
    os.environ["PATH"] = f"{shim}{os.pathsep}{old}"
    try:
        found = histories([root / f"maps/m{i}.yaml" for i in range(8)] + [root / "maps/purchase.yaml"])
    finally:
        os.environ["PATH"] = old
    assert all(len(found[root / f"maps/m{i}.yaml"].rows) >= 2 for i in range(8))
    runs = calls.read_text().count("x")
    assert runs <= 6, runs  # rev-parse (folder, HEAD, abbreviation), log, cat-file twice


def test_fast_on_50_commits_of_a_30_step_map(tmp_path):
    root = tmp_path / "big"
    root.mkdir()
    git(root, "init", "-q", "-b", "main")

    def big(n: int) -> str:
        lines = ["journeyctl: 1", "title: Big", "persona:", "  name: Pat", "stages:"]
        for s in range(6):
            lines += [f"  - id: s{s}", f"    name: Stage {s}", "    steps:"]
            for i in range(5):
                k = s * 5 + i
                lines += [f"      - id: step-{k}", f"        action: Step {k}", f"        emotion: {(k + n) % 5 - 2}"]
                if (k + n) % 7 == 0:
                    lines += ["        barriers:", f"          - id: b{k}", f"            text: Barrier {k}",
                              f"            severity: {('low', 'medium', 'high', 'critical')[k % 4]}"]
        return "\n".join(lines) + "\n"

    for n in range(50):
        (root / "map.yaml").write_text(big(n), encoding="utf-8")
        commit(root, f"Change {n}", f"2026-{1 + n // 28:02d}-{1 + n % 28:02d}")
    start = time.perf_counter()
    h = history(root / "map.yaml")
    elapsed = time.perf_counter() - start
    assert len(h.rows) == 50 and all(r.steps == 30 and r.problem is None for r in h.rows)
    assert elapsed < 3, elapsed  # about 0.1 s on a laptop


# ------------------------------------------------------------ the command


def test_cli_text(repo):
    root, ids = repo
    result = invoke("log", "maps/purchase.yaml", cwd=root)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "maps/purchase.yaml: 6 commits changed it, oldest first"
    header = lines[2].split()
    assert header[:5] == ["commit", "date", "steps", "emotion", "avg"] and header[-1] == "subject"
    first = lines[3].split()
    assert first[:6] == [ids["c1"][:len(first[0])], "2026-01-01", "3", "\u22120.50", "price:\u22122", "0"]
    broken = next(line for line in lines if line.startswith(ids["c5"][:7]))
    assert "\x1b" not in result.output and "Broken \\x1b[31mred" in broken
    assert f"  {broken.split()[0]}: R002 stages[0].steps[0].touchpoints[0]: " in "\n".join(lines)
    assert "barriers: 3 opened, 1 resolved, 2 still open (age in days)" in lines
    assert max(len(line) for line in lines) <= COLUMNS + 10


def test_cli_text_cuts_a_long_subject(repo):
    root, _ = repo
    (root / "maps/purchase.yaml").write_text(journey(1, 1, "", FEES), encoding="utf-8")
    commit(root, "A very long subject " * 10, "2026-03-02")
    lines = invoke("log", "maps/purchase.yaml", cwd=root).output.splitlines()
    row = next(line for line in lines if "A very long subject" in line)
    assert row.endswith("…") and len(row) <= COLUMNS and " +1.00 " in row


def test_cli_markdown_escapes(repo):
    root, ids = repo
    result = invoke("log", "maps/purchase.yaml", "--format", "md", cwd=root)
    assert result.exit_code == 0
    out = result.output
    assert out.startswith("### History of maps/purchase.yaml\n\n6 commits changed it, oldest first.\n")
    assert "Fees \\| found in \\*research\\*" in out  # the subject cannot break the table
    assert "Hidden \\*fees\\*" in out and "Pages are slow \\| still" in out
    assert f"| `{ids['c5'][:7]}" in out and "**does not load:** R002" in out
    rows = [line for line in out.splitlines() if line.startswith("| `")]
    assert len(rows) == 6 and all(line.count(" | ") == 10 for line in rows)


def test_cli_json_shape(repo):
    root, ids = repo
    result = invoke("log", "maps/purchase.yaml", "-f", "json", "--since", "v1", cwd=root)
    data = json.loads(result.output)
    assert list(data) == ["journeyctl_log", "map", "path", "since", "truncated", "rows", "barriers"]
    assert (data["journeyctl_log"], data["map"], data["since"], data["truncated"]) == \
        (1, "maps/purchase.yaml", "v1", False)
    assert [r["commit"] for r in data["rows"]] == [ids["c4"], ids["c5"], ids["c6"]]
    row = data["rows"][0]
    assert list(row) == ["commit", "short", "date", "author", "subject", "path", "problem", "steps",
                         "emotion_average", "lowest", "barriers", "opportunities"]
    assert row["lowest"] == {"step": "pay", "emotion": -2} and row["emotion_average"] == -0.33
    assert list(row["barriers"]) == ["critical", "high", "medium", "low"]
    assert data["rows"][1]["barriers"] == {} and data["rows"][1]["problem"].startswith("R002")
    assert data["barriers"][0]["opened"]["commit"] == ids["c1"]
    assert data["barriers"][0]["resolved"]["commit"] == ids["c4"] and data["barriers"][0]["days"] == 31
    assert data["rows"][1]["subject"] == "Broken \x1b[31mred\x1b[0m"  # JSON keeps it, escaped
    again = invoke("log", "maps/purchase.yaml", "-f", "json", "--since", "v1", cwd=root)
    assert again.output == result.output


def test_cli_writes_a_file_but_never_over_the_map(repo):
    root, _ = repo
    result = invoke("log", "maps/purchase.yaml", "-f", "json", "-o", "out/history.json", cwd=root)
    assert result.exit_code == 0 and result.output == ""
    assert json.loads((root / "out/history.json").read_text())["map"] == "maps/purchase.yaml"
    before = (root / "maps/purchase.yaml").read_bytes()
    result = invoke("log", "maps/purchase.yaml", "-o", "maps/purchase.yaml", cwd=root)
    assert result.exit_code == 2 and (root / "maps/purchase.yaml").read_bytes() == before


@pytest.mark.parametrize("args, message", [
    (["maps/new.yaml"], "has no commit"),
    (["maps/purchase.yaml", "--since", "nope"], "'nope' is not a commit"),
    (["maps/purchase.yaml", "--since", "-x"], "starts with '-'"),
    (["maps"], "is a directory"),
    (["missing/map.yaml"], "'missing' is not a folder"),
])
def test_cli_usage_mistakes_exit_2(repo, args, message):
    root, _ = repo
    (root / "maps/new.yaml").write_text(journey(0, 0))
    result = invoke("log", *args, cwd=root)
    assert result.exit_code == 2 and message in result.output and "Traceback" not in result.output


def test_cli_outside_a_repository(tmp_path):
    (tmp_path / "map.yaml").write_text(journey(0, 0))
    result = invoke("log", "map.yaml", cwd=tmp_path)
    assert result.exit_code == 2 and "not in a git repository" in result.output


def test_cli_without_git_exits_3(repo, tmp_path, monkeypatch):
    root, _ = repo
    empty = tmp_path / "empty"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    result = invoke("log", "maps/purchase.yaml", cwd=root)
    assert result.exit_code == 3 and "git is not installed" in result.output


def test_cli_installed_command(repo, run):
    root, _ = repo
    result = run("log", "maps/purchase.yaml", "-f", "md", cwd=root)
    assert result.code == 0 and "| opportunities | subject |" in result.stdout
    assert "uncommitted changes are not part of the history" in " ".join(run("log", "--help").stdout.split())


# ------------------------------------------------------------ the chart


def rows_for_chart(count: int, problem_at: tuple[int, ...] = ()) -> History:
    rows = []
    for i in range(count):
        revision = Revision(f"{i:040x}", f"{i:07x}", f"2026-01-{1 + i % 28:02d}", "Ada",
                            f"<script>alert({i})</script> & \x1b[31m", "m.yaml")
        if i in problem_at:
            rows.append(Row(revision, "Y001 <broken>", 0, None, None, {}, 0))
        else:
            rows.append(Row(revision, None, 3, (i % 5 - 2) / 2, ("pay", i % 5 - 2),
                            {"critical": i % 2, "high": 1, "medium": 0, "low": i % 3}, 1))
    return History("m.yaml", rows, [])


def test_chart_is_safe_self_contained_svg(repo):
    root, _ = repo
    svg = chart_svg(history(root / "maps/purchase.yaml"), labels("en"))
    tree = ET.fromstring(svg)  # well-formed
    assert tree.tag == "{http://www.w3.org/2000/svg}svg"
    for bad in ("<script", "href", " id=", "<style", "url(", "\x1b"):
        assert bad not in svg
    assert svg == chart_svg(history(root / "maps/purchase.yaml"), labels("en"))
    titles = [t.text for t in tree.iter("{http://www.w3.org/2000/svg}title")]
    assert len(titles) == 1 + 6  # the chart, then a tooltip per commit
    assert "R002" in titles[5] and "The map does not load" in titles[5]
    assert "Average emotion: \u22121.00" in titles[2] and "Lowest point: price (\u22122)" in titles[2]
    assert "1 critical, 1 high, 0 medium, 0 low" in titles[2]


def test_chart_escapes_user_text():
    svg = chart_svg(rows_for_chart(4, problem_at=(2,)), labels("en"))
    ET.fromstring(svg)
    assert "<script>" not in svg and "&lt;script&gt;alert(0)&lt;/script&gt; &amp; \\x1b[31m" in svg
    assert "Y001 &lt;broken&gt;" in svg


def test_chart_bars_lines_and_gaps():
    h = rows_for_chart(6, problem_at=(3,))
    tree = ET.fromstring(chart_svg(h, labels("en")))
    ns = "{http://www.w3.org/2000/svg}"
    styles = [r.get("style", "") for r in tree.iter(ns + "rect")]
    bars = sum(1 for s in styles if s.startswith("fill:var(--sev-"))  # legend swatches are in <g>
    expected = sum(sum(1 for v in r.barriers.values() if v) for r in h.rows) + 4
    assert bars == expected
    lines = [p for p in tree.iter(ns + "path") if "accent" in p.get("style", "") and p.get("d", "").count("L")]
    assert [p.get("d").count("L") for p in lines] == [2, 1]  # broken at the commit that does not load


def test_chart_long_histories_are_cut_and_empty_ones_say_so():
    svg = chart_svg(rows_for_chart(CHART_MAX + 50), labels("en"))
    assert f"The last {CHART_MAX} of {CHART_MAX + 50} commits" in svg
    assert svg.count("<title>") == CHART_MAX + 1
    empty = chart_svg(History("m.yaml", [], []), labels("en"))
    ET.fromstring(empty)
    assert "No commits yet" in empty


def test_chart_words_in_every_language():
    for locale, words in LABELS.items():
        keys = [k for k in LABELS["en"] if k.startswith("history.")]
        assert all(words.get(k) for k in keys), locale
        assert "{shown}" in words["history.cut"] and "{total}" in words["history.cut"]
        svg = chart_svg(rows_for_chart(3), labels(locale))
        ET.fromstring(svg)
        assert escape_text(words["history.average"]) in svg and escape_text(words["severity.critical"]) in svg


def escape_text(text: str) -> str:
    from html import escape
    return escape(text, quote=True)


def test_chart_right_to_left_numbers_are_marked():
    svg = chart_svg(rows_for_chart(2), labels("ar"))
    assert "\u200e\u22121.00" in svg  # the sign stays before the number in Arabic


LEGEND_LAYOUT = """
(() => {
  const svg = document.querySelector('svg');
  const box = svg.getBoundingClientRect();
  const texts = [...svg.querySelectorAll('text')].filter(t => t.textContent.length > 1);
  const boxes = texts.map(t => [t.textContent, t.getBoundingClientRect()]);
  const out = [];
  for (const [name, b] of boxes) {
    if (b.left < box.left - 1 || b.right > box.right + 1) out.push('outside: ' + name);
  }
  const legend = [...svg.querySelectorAll('text, g[transform]')].filter(e => {
    const b = e.getBoundingClientRect(); return b.height < 20 && b.top < box.top + 330;
  }).map(e => [e.textContent || 'sample', e.getBoundingClientRect()]);
  for (let i = 0; i < legend.length; i++) for (let j = i + 1; j < legend.length; j++) {
    const [n1, a] = legend[i], [n2, b] = legend[j];
    if (Math.abs(a.top - b.top) < 6 && a.left < b.right - 1 && b.left < a.right - 1) out.push(n1 + ' / ' + n2);
  }
  return out;
})()
"""


def test_chart_in_a_browser_lays_out_in_every_script(tmp_path):
    sys.path.insert(0, str(Path(__file__).parent))
    from chromium import Browser, find_chromium

    executable = find_chromium()
    if executable is None:
        pytest.skip("no Chromium on this machine")
    browser = Browser(executable)
    try:
        for locale in ("en", "ar", "th", "el", "ru", "he", "de"):
            page = tmp_path / f"{locale}.html"
            direction = "rtl" if locale in ("ar", "he") else "ltr"
            page.write_text(f'<!doctype html><html lang="{locale}" dir="{direction}"><meta charset="utf-8">'
                            f'<body style="margin:0"><div style="width:900px">'
                            f'{chart_svg(rows_for_chart(30, (7,)), labels(locale))}</div>', encoding="utf-8")
            browser.open(page, width=1000, height=600)
            assert browser.evaluate(LEGEND_LAYOUT) == [], locale
    finally:
        browser.close()
