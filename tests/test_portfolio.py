"""A portfolio of maps: the library of shared personas and touchpoints (how
the loader finds it, resolves what maps name, and positions every problem
in the file it is in), and the lint rules that judge the maps together."""

from __future__ import annotations

import json
import os

import pytest

from journeyctl.base.diagnostics import MapError
from journeyctl.load import load, load_path

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
"""
MAP = """\
journeyctl: 1
title: Paying a bill
persona: olivia
touchpoints:
  - {id: email, name: Bill email, channel: email}
stages:
  - id: pay
    name: Pay
    steps:
      - {id: open, action: Opens the bill email, touchpoints: [email], emotion: 0}
      - {id: pay, action: Pays on the website, touchpoints: [website, support-chat], emotion: 1}
"""


def portfolio(root, files: dict[str, str], settings: str = 'library = "library"\n'):
    if settings is not None:
        (root / "journeyctl.toml").write_text(settings, encoding="utf-8")
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


@pytest.fixture
def project(tmp_path):
    return portfolio(tmp_path, {"library/personas/olivia.yaml": PERSONA,
                                "library/touchpoints.yaml": TOUCHPOINTS, "maps/paying.yaml": MAP})


def problems(path) -> list[str]:
    with pytest.raises(MapError) as caught:
        load(path)
    root = path.parents[1] if path.parent.name == "maps" else path.parent
    return [f"{os.path.relpath(d.file, root).replace(os.sep, '/')}:{d.line}:{d.col} {d.code} {d.message}"
            for d in caught.value.diagnostics]


# ------------------------------------------------------------ resolving


def test_a_map_names_the_library_persona_and_touchpoints(project, run):
    loaded = load(project / "maps" / "paying.yaml")
    assert loaded.journey.persona.id == "olivia" and loaded.journey.persona.goals == ["Pay suppliers on time"]
    # its own catalogue first, then the library's, in the order the map first names them
    assert [t.id for t in loaded.journey.touchpoints] == ["email", "website", "support-chat"]
    assert loaded.journey.touchpoint("support-chat").owner == "Support"
    assert loaded.shared == {"persona": ("olivia",), "touchpoint": ("website", "support-chat")}
    # render -f json writes the resolved map, which loads on its own
    result = run("render", str(project / "maps" / "paying.yaml"), "-f", "json", "-o", "-")
    assert result.code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["persona"]["name"] == "Olivia Brown" and data["touchpoints"][1]["channel"] == "web"
    alone = project.parent / "elsewhere"
    alone.mkdir()
    (alone / "resolved.json").write_text(result.stdout, encoding="utf-8")
    assert load(alone / "resolved.json").journey.persona.role == "Runs a bakery"


def test_a_map_that_stands_alone_never_reads_the_library(project):
    """A broken library file does not touch a map that names nothing in it."""
    (project / "library" / "personas" / "olivia.yaml").write_text("journeyctl: 1\nkind: persona\nid: [\n")
    alone = MAP.replace("persona: olivia", "persona: {name: Olivia}").replace("[website, support-chat]", "[email]")
    (project / "maps" / "alone.yaml").write_text(alone, encoding="utf-8")
    assert load(project / "maps" / "alone.yaml").shared == {}


def test_a_dangling_reference_names_the_map_line(project):
    path = project / "maps" / "paying.yaml"
    text = MAP.replace("persona: olivia", "persona: olivai").replace("support-chat]", "suport-chat]")
    path.write_text(text)
    line = text.splitlines()[10]
    assert sorted(problems(path)) == [
        f"maps/paying.yaml:11:{line.index('suport-chat') + 1} R002 unknown touchpoint 'suport-chat' "
        "(did you mean 'support-chat'?)",
        "maps/paying.yaml:3:10 R002 unknown persona 'olivai' (did you mean 'olivia'?)",
    ]


def test_a_persona_id_without_a_library_says_how_to_set_one_up(tmp_path):
    portfolio(tmp_path, {"paying.yaml": MAP.replace("[website, support-chat]", "[email]")}, settings=None)
    [problem] = problems(tmp_path / "paying.yaml")
    assert problem.startswith("paying.yaml:3:10 R003 persona 'olivia' names a shared persona, but no library")
    assert "journeyctl init --library" in problem


def test_a_bad_library_entry_is_positioned_in_the_library(project):
    (project / "library" / "personas" / "olivia.yaml").write_text(PERSONA.replace("name: Olivia Brown", "nme: Olivia"))
    found = problems(project / "maps" / "paying.yaml")
    library_file = str(project / "library" / "personas" / "olivia.yaml")
    assert library_file  # named as found from the map
    assert found[0].startswith("library/personas/olivia.yaml:4:1 S001 unknown key 'nme' (did you mean 'name'?)")
    assert found[1] == ("maps/paying.yaml:3:10 R002 unknown persona 'olivia'; the library defines no personas "
                        "(its problems, above, may hide it)")


def test_an_id_defined_twice_in_the_library_is_l002_in_the_second_file(project, monkeypatch):
    monkeypatch.chdir(project)  # files the library finds are named from the working folder
    (project / "library" / "zz-more.yaml").write_text(TOUCHPOINTS.replace("support-chat", "chat-2"))
    found = problems(project / "maps" / "paying.yaml")
    [twice] = [p for p in found if "L002" in p]
    assert twice == ("library/zz-more.yaml:4:10 L002 the library defines touchpoint 'website' twice "
                     "(first in library/touchpoints.yaml, line 4)")


@pytest.mark.parametrize("setting, says", [
    ('library = "../outside"\n', "is outside the project folder"),
    ('library = "/etc"\n', "is an absolute path"),
    ('library = "missing"\n', "'missing' is not a folder"),
    ("library = 3\n", "must be a folder or a list of folders"),
])
def test_a_wrong_library_setting_is_l001(tmp_path, setting, says):
    (tmp_path / "outside").mkdir()
    project = tmp_path / "project"
    project.mkdir()
    portfolio(project, {"paying.yaml": MAP}, settings=setting)
    found = problems(project / "paying.yaml")
    assert any(" L001 " in p and says in p and "journeyctl.toml" in p for p in found), found


def test_pyproject_table_and_ruff_like_search(tmp_path):
    """[tool.journeyctl] in pyproject.toml names the library; a
    pyproject.toml without the table, nearer the map, is passed over."""
    portfolio(tmp_path, {"library/olivia.yaml": PERSONA, "library/tp.yaml": TOUCHPOINTS,
                         "pyproject.toml": '[project]\nname = "x"\n[tool.journeyctl]\nlibrary = "library"\n',
                         "team/pyproject.toml": '[project]\nname = "team"\n', "team/paying.yaml": MAP},
              settings=None)
    assert load(tmp_path / "team" / "paying.yaml").journey.persona.name == "Olivia Brown"


def test_the_library_reads_only_regular_files_inside_the_project(tmp_path):
    outside = tmp_path / "outside.yaml"
    outside.write_text(PERSONA.replace("olivia", "mallory").replace("Olivia Brown", "Mallory"))
    (tmp_path / "p").mkdir()
    project = portfolio(tmp_path / "p", {"library/olivia.yaml": PERSONA, "library/tp.yaml": TOUCHPOINTS,
                                         "maps/paying.yaml": MAP.replace("persona: olivia", "persona: mallory")})
    (project / "library" / "mallory.yaml").symlink_to(outside)
    os.mkfifo(project / "library" / "fifo.yaml")  # never opened: it would block
    found = problems(project / "maps" / "paying.yaml")
    assert [p.split(" ", 1)[1] for p in found] == ["R002 unknown persona 'mallory'"]


def test_load_refuses_a_library_file_as_a_map_and_load_path_returns_it(project):
    with pytest.raises(MapError) as caught:
        load(project / "library" / "personas" / "olivia.yaml")
    assert "library file (kind: persona), not a journey map" in caught.value.diagnostics[0].message
    loaded = load_path(project / "library" / "touchpoints.yaml")
    assert loaded.kind == "touchpoints" and [t.id for t in loaded.document.touchpoints] == ["website", "support-chat"]


# ------------------------------------------------------------ lint across maps

SECOND = """\
journeyctl: 1
title: Getting help
persona: {name: Olivia Brown}
touchpoints:
  - {id: email, name: Newsletter, channel: email}
stages:
  - id: ask
    name: Ask
    steps:
      - {id: ask, action: Asks for help, touchpoints: [email], journey: payng}
"""


def codes(result) -> list[str]:
    return [f"{f.file}:{f.line}:{f.col} {f.code}" for f in result.findings if f.code.startswith(("J6", "L", "R", "S"))]


def test_lint_judges_the_maps_together(project, run):
    (project / "maps" / "help.yaml").write_text(SECOND)
    result = run("lint", ".", "--select", "J6", "--format", "json", cwd=project)
    found = sorted(f"{f['file']}:{f['line']}:{f['column']} {f['code']}" for f in json.loads(result.stdout)["findings"])
    assert found == ["maps/help.yaml:10:73 J604", "maps/help.yaml:3:10 J603", "maps/help.yaml:5:10 J601",
                     "maps/paying.yaml:5:10 J601"]  # each side of the conflict
    assert result.code == 1
    text = run("lint", ".", "--select", "J6", cwd=project)
    assert "touchpoint 'email' is 'Newsletter' (email) here but 'Bill email' (email) in maps/paying.yaml, line 5" in text.stdout
    assert "the sub-journey link 'payng' names no map of the portfolio (did you mean 'paying'?)" in text.stdout
    assert "in 2 maps and 2 library files." in text.stdout
    # one map linted: the others of the project still count
    alone = run("lint", "maps/help.yaml", "--select", "J6", cwd=project)
    assert alone.stdout.count(" J60") == 3 and "paying.yaml:" not in alone.stdout.split("Found")[0]


def test_unused_library_entries_and_a_broken_map(project, run):
    (project / "library" / "more.yaml").write_text(TOUCHPOINTS.replace("website", "fax").replace("support-chat", "kiosk"))
    result = run("lint", ".", "--select", "J602", cwd=project)
    assert "library/more.yaml:4:10: J602 touchpoint 'fax' is in the library, but no map uses it" in result.stdout
    assert "library/more.yaml:5:10: J602 touchpoint 'kiosk'" in result.stdout
    # a map that does not load may be the one that uses them: not judged then
    (project / "maps" / "broken.yaml").write_text("journeyctl: 1\ntitle: [\n")
    assert "J602" not in run("lint", ".", "--select", "J602", cwd=project).stdout


def test_an_inline_suppression_silences_a_portfolio_finding(project, run):
    (project / "maps" / "help.yaml").write_text(SECOND.replace(
        "persona: {name: Olivia Brown}", "persona: {name: Olivia Brown}  # journeyctl: ignore[J603]"))
    result = run("lint", ".", "--select", "J603,J900", cwd=project)
    assert "J603" not in result.stdout and "J900" not in result.stdout, result.stdout


def test_without_a_folder_or_a_library_maps_are_judged_alone(tmp_path, run):
    a = tmp_path / "a.yaml"
    a.write_text(SECOND)
    assert "J604" not in run("lint", str(a), "--select", "J6").stdout
    assert "J604" in run("lint", str(tmp_path), "--select", "J6").stdout


def git(folder, *args: str) -> None:
    import subprocess

    subprocess.run(["git", "-c", "user.name=T", "-c", "user.email=t@example.com", *args], cwd=folder, check=True)


def committed_then_worse(project) -> None:
    """The project committed, then the paying map's last step made worse in the work tree."""
    git(project, "init", "-q")
    git(project, "add", ".")
    git(project, "commit", "-qm", "maps")
    (project / "maps" / "paying.yaml").write_text(MAP.replace("emotion: 1}", "emotion: -1}"), encoding="utf-8")


def test_diff_reads_both_sides_with_the_library(project, run):
    """A committed map that names the library compares with its new text
    (the revision is read with the work tree's library)."""
    committed_then_worse(project)
    result = run("diff", "maps/paying.yaml", cwd=project)
    assert result.code == 0, result.stderr
    assert "step “Pays on the website”: emotion +1 → −1 (−2, worsened)" in result.stdout


def test_init_library_writes_a_starter_that_maps_can_use(tmp_path, run):
    result = run("init", "--library", cwd=tmp_path)
    assert result.code == 0, result.stderr
    assert (tmp_path / "journeyctl.toml").read_text() .endswith('library = "library"\n')
    run("init", "maps/paying.yaml", cwd=tmp_path)
    path = tmp_path / "maps" / "paying.yaml"
    path.write_text(path.read_text().replace("persona:\n", "persona: olivia\nx-persona:\n", 1))
    loaded = load(path)
    assert loaded.journey.persona.id == "olivia" and loaded.shared == {"persona": ("olivia",)}
    # never over what exists; and not a second library beside the one the project names
    again = run("init", "--library", cwd=tmp_path)
    assert again.code == 2 and "never overwrites" in again.stderr
    other = run("init", "--library", "shared", cwd=tmp_path)
    assert other.code == 2 and "names the library 'library' already" in other.stderr
    assert not (tmp_path / "shared").exists()


def test_init_library_asks_to_edit_a_pyproject_rather_than_shadow_it(tmp_path, run):
    (tmp_path / "pyproject.toml").write_text('[tool.journeyctl.lint]\nignore = ["J204"]\n')
    result = run("init", "--library", cwd=tmp_path)
    assert result.code == 2 and 'add library = "library" to its [tool.journeyctl] table' in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pyproject.toml"]


def test_log_reads_each_revision_with_the_library(project, run):
    committed_then_worse(project)
    git(project, "commit", "-qam", "worse")
    result = run("log", "maps/paying.yaml", "-f", "json", cwd=project)
    assert result.code == 0, result.stderr
    rows = json.loads(result.stdout)["rows"]
    assert [r["problem"] for r in rows] == [None, None]
    assert [r["emotion_average"] for r in rows] == [0.5, -0.5]


def test_a_map_piped_in_names_the_library_of_the_working_folder(project, run):
    result = run("render", "-", "-f", "json", cwd=project, stdin=(project / "maps" / "paying.yaml").read_bytes())
    assert result.code == 0, result.stderr
    assert json.loads(result.stdout)["persona"]["id"] == "olivia"
