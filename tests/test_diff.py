"""journeyctl diff: semantic changes, summaries, formats, git revisions."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from journeyctl.diff.compare import compare
from journeyctl.load import load_bytes

BASE = """\
journeyctl: 1
title: Buying
state: current
goal: Buy a phone system
persona:
  name: Olivia
  goals: [Clear prices]
touchpoints:
  - {id: site, name: Website, channel: web, owner: Marketing}
  - {id: call, name: Sales call, channel: phone, owner: Sales}
stages:
  - id: research
    name: Research
    steps:
      - id: search
        action: Searches for vendors
        emotion: 0
        touchpoints: [site]
      - id: pricing
        action: Looks for prices
        emotion: -2
        barriers:
          - {id: hidden, text: Prices are hidden, severity: high}
    opportunities:
      - {id: calculator, text: Publish a price calculator, addresses: [hidden]}
  - id: buy
    name: Buy
    steps:
      - id: demo
        action: Joins a demo call
        emotion: 1
        touchpoints: [call]
      - id: sign
        action: Signs the contract
        emotion: 2
"""


def journey(text: str):
    return load_bytes(text.encode(), "m.yaml").journey


def kinds(old: str, new: str) -> list[tuple[str, str]]:
    return [(c.kind, c.id) for c in compare(journey(old), journey(new)).changes]


def test_no_change():
    assert kinds(BASE, BASE) == []
    assert kinds(BASE, BASE.replace("emotion: 0", "emotion: 0  # a comment")) == []


@pytest.mark.parametrize("change, expected", [
    (("title: Buying", "title: Buying a system"), [("map.title", "journey")]),
    (("goal: Buy a phone system", "goal: Switch phone systems"), [("map.goal", "journey")]),
    (("state: current", "state: future"), [("map.state", "journey")]),
    (("  name: Olivia", "  name: Liv"), [("persona.name", "persona")]),
    (("goals: [Clear prices]", "goals: [Clear prices, No calls]"), [("persona.goals", "persona")]),
    (("name: Research", "name: Explore"), [("stage.renamed", "research")]),
    (("action: Looks for prices", "action: Looks for the price list"), [("step.renamed", "pricing")]),
    (("emotion: -2", "emotion: 1"), [("step.emotion", "pricing")]),
    (("touchpoints: [site]", "touchpoints: [site, call]"), [("step.touchpoints", "search")]),
    (("emotion: 2\n", "emotion: 2\n        moment_of_truth: true\n"), [("step.moment_of_truth", "sign")]),
    (("emotion: 1\n", "emotion: 1\n        next: []\n"), [("step.next", "demo")]),
    (("severity: high", "severity: critical"), [("barrier.severity", "hidden")]),
    (("text: Prices are hidden", "text: Prices need a call"), [("barrier.text", "hidden")]),
    (("text: Publish a price calculator", "text: Publish prices"), [("opportunity.text", "calculator")]),
    (("channel: phone", "channel: video"), [("touchpoint.channel", "call")]),
    (("owner: Sales}", "owner: Partners}"), [("touchpoint.owner", "call")]),
    (("name: Sales call", "name: Demo call"), [("touchpoint.renamed", "call")]),
])
def test_each_kind_of_change(change, expected):
    assert kinds(BASE, BASE.replace(*change)) == expected


def test_emotion_delta_and_direction():
    c = compare(journey(BASE), journey(BASE.replace("emotion: -2", "emotion: 1"))).changes[0]
    assert (c.old, c.new, c.direction) == (-2, 1, 1)
    assert c.message == "step “Looks for prices”: emotion −2 → +1 (+3, improved)"
    worse = compare(journey(BASE), journey(BASE.replace("emotion: 2", "emotion: -1"))).changes[0]
    # One minus sign everywhere: the delta is written like the values (issue 12).
    assert worse.direction == -1 and worse.message.endswith("emotion +2 → −1 (−3, worsened)")
    assert "-" not in worse.message.replace("step “Signs the contract”", "")


def test_steps_added_removed_and_moved():
    added = BASE + "      - {id: onboard, action: Sets up users, emotion: 1}\n"
    assert kinds(BASE, added) == [("step.added", "onboard")]
    assert kinds(added, BASE) == [("step.removed", "onboard")]
    # 'demo' moves from Buy to Research
    moved = BASE.replace("      - id: demo\n        action: Joins a demo call\n        emotion: 1\n        touchpoints: [call]\n", "") \
                .replace("    opportunities:", "      - id: demo\n        action: Joins a demo call\n        emotion: 1\n"
                         "        touchpoints: [call]\n    opportunities:")
    assert kinds(BASE, moved) == [("step.moved", "demo")]


def test_steps_reordered_within_a_stage():
    swapped = BASE.replace("      - id: demo\n        action: Joins a demo call\n        emotion: 1\n        touchpoints: [call]\n", "") \
        + "      - id: demo\n        action: Joins a demo call\n        emotion: 1\n        touchpoints: [call]\n"
    changes = compare(journey(BASE), journey(swapped)).changes
    # Two neighbours swapped: either moved past the other; difflib keeps the first.
    assert [(c.kind, c.id) for c in changes] == [("step.moved", "sign")]
    assert changes[0].message == "step “Signs the contract” moved from position 4 to 3"


def test_rename_of_an_id_is_not_remove_and_add():
    renamed = BASE.replace("id: pricing", "id: price-check")
    assert kinds(BASE, renamed) == [("step.id", "price-check")]
    both = renamed.replace("action: Looks for prices", "action: Compares quotes")
    assert kinds(BASE, both) == [("step.removed", "pricing"), ("step.added", "price-check")]
    stage = BASE.replace("id: buy", "id: purchase")
    assert kinds(BASE, stage) == [("stage.id", "purchase")]


def test_stages_added_removed_moved():
    added = BASE + "  - id: use\n    name: Use\n"
    assert kinds(BASE, added) == [("stage.added", "use")]
    assert kinds(added, BASE) == [("stage.removed", "use")]
    research = BASE.split("  - id: research")[1].split("  - id: buy")[0]
    buy = BASE.split("  - id: buy")[1]
    swapped = BASE.split("  - id: research")[0] + "  - id: buy" + buy + "  - id: research" + research
    assert ("stage.moved", "buy") in kinds(BASE, swapped) or ("stage.moved", "research") in kinds(BASE, swapped)


def test_barriers_opened_and_resolved_with_summary():
    resolved = BASE.replace("        barriers:\n          - {id: hidden, text: Prices are hidden, severity: high}\n", "") \
                   .replace("addresses: [hidden]", "addresses: []")
    result = compare(journey(BASE), journey(resolved))
    assert [(c.kind, c.id, c.direction) for c in result.changes] == [
        ("barrier.resolved", "hidden", 1), ("opportunity.addresses", "calculator", 0)]
    assert (result.old.barriers, result.new.barriers, result.opened, result.closed) == (1, 0, 0, 1)
    opened = compare(journey(resolved), journey(BASE))
    assert opened.opened == 1 and opened.changes[0].kind == "barrier.opened" and opened.changes[0].direction == -1


def test_summary_average_and_lowest_point():
    result = compare(journey(BASE), journey(BASE.replace("emotion: -2", "emotion: 0")))
    assert (result.old.emotion_average, result.new.emotion_average) == (0.25, 0.75)
    assert (result.old.lowest.value, result.old.lowest.steps) == (-2, ("Looks for prices",))
    assert (result.new.lowest.value, result.new.lowest.steps) == (0, ("Searches for vendors", "Looks for prices"))


def test_opportunities_and_touchpoints_added_removed():
    more = BASE.replace("    opportunities:\n", "    opportunities:\n      - {id: chat, text: Offer chat}\n") \
               .replace("touchpoints:\n  - {id: site", "touchpoints:\n  - {id: faq, name: FAQ, channel: self-service}\n  - {id: site")
    assert kinds(BASE, more) == [("touchpoint.added", "faq"), ("opportunity.added", "chat")]
    assert kinds(more, BASE) == [("touchpoint.removed", "faq"), ("opportunity.removed", "chat")]


# ------------------------------------------------------------------ CLI


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_cli_text_and_exit_code(run, tmp_path):
    old, new = write(tmp_path, "old.yaml", BASE), write(tmp_path, "new.yaml", BASE.replace("emotion: -2", "emotion: 0"))
    result = run("diff", str(old), str(new))
    assert result.code == 0
    assert result.stdout.splitlines() == [
        f"{old} → {new}",
        "summary:",
        "  emotion average  +0.25 → +0.75 (+0.50)",
        "  lowest point     −2 (Looks for prices) → 0 (Searches for vendors; Looks for prices)",
        "  barriers         1 → 1: 0 opened, 0 resolved",
        "changes:",
        "  ↑ step “Looks for prices”: emotion −2 → 0 (+2, improved)",
    ]
    assert run("diff", str(old), str(new), "--exit-code").code == 1
    assert run("diff", str(old), str(old), "--exit-code").code == 0
    assert run("diff", str(old), str(old)).stdout.endswith("no change for the customer\n")


def test_cli_json_shape(run, tmp_path):
    old, new = write(tmp_path, "old.yaml", BASE), write(tmp_path, "new.yaml", BASE.replace("severity: high", "severity: low"))
    data = json.loads(run("diff", str(old), str(new), "--format", "json").stdout)
    assert set(data) == {"version", "old", "new", "changed", "summary", "changes"}
    assert data["changed"] is True and data["version"] == 1
    assert data["summary"]["barriers"] == {"old": 1, "new": 1, "opened": 0, "closed": 0}
    assert data["changes"] == [{"kind": "barrier.severity", "id": "hidden", "old": "high", "new": "low",
                                "direction": 1, "message": "barrier “Prices are hidden”: severity high → low"}]


def test_cli_markdown_escapes_user_text(run, tmp_path):
    old = write(tmp_path, "old.yaml", BASE)
    new = write(tmp_path, "new.yaml", BASE.replace("action: Looks for prices", 'action: "Looks | for *prices* <b>"'))
    out = run("diff", str(old), str(new), "--format", "md").stdout
    assert "| ~ | step renamed “Looks for prices” → “Looks \\| for \\*prices\\* \\<b\\>” |" in out


def test_cli_invalid_map_on_either_side(run, tmp_path):
    old = write(tmp_path, "old.yaml", BASE)
    bad = write(tmp_path, "bad.yaml", BASE.replace("emotion: -2", "emotion: -9"))
    result = run("diff", str(old), str(bad))
    assert result.code == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith(f"{bad}:21:18: S003 stages[0].steps[1].emotion: must be an integer from -2 to 2")


def git(cwd, *args):
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True,
                   env={"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.invalid", "GIT_COMMITTER_NAME": "t",
                        "GIT_COMMITTER_EMAIL": "t@example.invalid", "HOME": str(cwd), "PATH": __import__("os").environ["PATH"]})


needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


@pytest.fixture
def repo(tmp_path):
    git(tmp_path, "init", "-q", "-b", "main")
    (tmp_path / "maps").mkdir()
    write(tmp_path / "maps", "buy.yaml", BASE)
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "first")
    write(tmp_path / "maps", "buy.yaml", BASE.replace("emotion: -2", "emotion: -1"))
    git(tmp_path, "commit", "-qam", "second")
    return tmp_path


@needs_git
def test_git_revisions(run, repo):
    result = run("diff", "HEAD~1:maps/buy.yaml", "HEAD:maps/buy.yaml", cwd=repo)
    assert result.code == 0, result.stderr
    assert "  ↑ step “Looks for prices”: emotion −2 → −1 (+1, improved)" in result.stdout
    assert result.stdout.startswith("HEAD~1:maps/buy.yaml → HEAD:maps/buy.yaml")


@needs_git
def test_working_file_against_head(run, repo):
    write(repo / "maps", "buy.yaml", BASE.replace("emotion: -2", "emotion: 2"))
    result = run("diff", "maps/buy.yaml", cwd=repo)
    assert "emotion −1 → +2 (+3, improved)" in result.stdout
    assert run("diff", "maps/buy.yaml", "--exit-code", cwd=repo).code == 1


@needs_git
def test_new_file_not_in_head(run, repo):
    write(repo / "maps", "new.yaml", BASE)
    result = run("diff", "maps/new.yaml", cwd=repo)
    assert result.code == 0 and "+ new map “Buying”" in result.stdout


@needs_git
def test_bad_revision_is_a_usage_error(run, repo):
    result = run("diff", "nope:maps/buy.yaml", "maps/buy.yaml", cwd=repo)
    assert result.code == 2 and "Traceback" not in result.stderr and "nope" in result.stderr


@needs_git
def test_invalid_map_in_a_revision_names_the_revision(run, repo):
    write(repo / "maps", "buy.yaml", BASE.replace("title: Buying", "title: [broken"))
    git(repo, "commit", "-qam", "broken")
    result = run("diff", "HEAD:maps/buy.yaml", "HEAD~1:maps/buy.yaml", cwd=repo)
    assert result.code == 1 and result.stderr.startswith("HEAD:maps/buy.yaml:3:6: Y001 ")


@needs_git
def test_git_diff_driver(run, repo):
    import sys
    from pathlib import Path

    command = shutil.which("journeyctl", path=str(Path(sys.executable).parent)) or "journeyctl"
    git(repo, "config", "diff.journey.command", f"{command} diff")
    write(repo, ".gitattributes", "*.yaml diff=journey\n")
    write(repo / "maps", "buy.yaml", BASE.replace("severity: high", "severity: critical"))
    proc = subprocess.run(["git", "diff"], cwd=repo, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert "a/maps/buy.yaml → b/maps/buy.yaml" in proc.stdout
    assert "↓ barrier “Prices are hidden”: severity high → critical" in proc.stdout
    proc = subprocess.run(["git", "log", "-p", "--ext-diff", "-1"], cwd=repo, capture_output=True, text=True)
    assert "emotion −2 → −1 (+1, improved)" in proc.stdout


def test_an_average_is_printed_one_way_everywhere():
    """diff, log, the compared map and its Markdown print an average
    emotion with the same function: two places, a true minus, never −0.00."""
    from journeyctl.format.vocabulary import average_text

    assert [average_text(v) for v in (0.5, -1.25, 0.0, -0.0, -0.004, 2.0)] == \
        ["+0.50", "−1.25", "0.00", "0.00", "0.00", "+2.00"]
    assert average_text(None) == "—" and average_text(None, "–") == "–"
