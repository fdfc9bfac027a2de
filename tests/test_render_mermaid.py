"""Markdown, Mermaid, and importing Mermaid: golden files, escaping, the real
Mermaid parser, and round trips."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from html.parser import HTMLParser

import pytest
from markdown_it import MarkdownIt

from journeyctl.text import mermaid_journey as mermaid
from journeyctl.importers.mermaid import to_map
from journeyctl.text.yaml_scalar import scalar
from journeyctl.load import load, load_bytes
from journeyctl.render import RenderOptions
from journeyctl.render.markdown import MarkdownRenderer, md
from journeyctl.render.mermaid import journey_text, score, task_name

from conftest import EXAMPLES, MINIMAL, ROOT

NODE_DIR = ROOT / "tests" / "node"


def journey_of(text: str):
    return load_bytes(text.encode("utf-8"), "m.yaml").journey


def flat(text: str) -> str:
    return " ".join(text.split())


# A map whose every text field is as awkward for Mermaid and Markdown as it gets.
NASTY = [
    "Title search: 50%% done; #1 <b>bold</b> & co",
    "section two: here",
    "journey planning, with commas",
    "# heading? > quote | pipe `code` *star* _under_ [link](x) ![img](y) $5 ~~del~~ \\ back",
    "1. looks like a list",
    "- also a list",
    "accDescr: sneaky",
    "%% not a comment %% either",
    "Multi\nline\n\ntext",
    "ภาษาไทย 🧭 Ελληνικά — עברית \u202e!",
]


def nasty_journey():
    steps = [{"id": f"s{i}", "action": text, "emotion": (i % 5) - 2} for i, text in enumerate(NASTY)]
    steps.append({"id": "quiet", "action": "No emotion here"})
    data = {
        "journeyctl": 1, "id": "nasty", "title": NASTY[0], "goal": NASTY[3],
        "persona": {"name": "Pat, the; #1: customer", "quote": NASTY[3], "goals": NASTY[:3]},
        "touchpoints": [{"id": "t", "name": NASTY[3], "channel": "web", "owner": NASTY[4]}],
        "stages": [
            {"id": "a", "name": NASTY[1], "steps": steps[:5],
             "opportunities": [{"id": "o", "text": NASTY[5], "addresses": ["b"]}],
             "metrics": [{"name": "a | b", "value": "1 | 2", "target": "`3`"}], "backstage": [NASTY[6]]},
            {"id": "b2", "name": NASTY[2], "steps": steps[5:]},
            {"id": "empty", "name": "Nothing here yet"},
        ],
    }
    data["stages"][0]["steps"][0]["barriers"] = [{"id": "b", "text": NASTY[7], "severity": "critical"}]
    data["stages"][0]["steps"][0]["touchpoints"] = ["t"]
    return load_bytes(json.dumps(data, ensure_ascii=False).encode(), "nasty.json").journey


JOURNEYS = {p.stem: load(p).journey for p in EXAMPLES}
JOURNEYS["nasty"] = nasty_journey()


# ------------------------------------------------------------------ encoding


@pytest.mark.parametrize("text", NASTY)
def test_encode_decode_round_trip(text):
    encoded = mermaid.encode(text)
    assert "\n" not in encoded
    assert mermaid.decode(encoded) == flat(text)
    # Outside entity codes, nothing is left that ends or breaks a name.
    bare = re.sub(r"#\w+;", "", encoded)
    assert not set(":;#<>") & set(bare)
    assert "%%" not in bare


def test_leading_keywords_are_defused():
    for word in ("journey x", "Title x", "SECTION x", "accTitle x", "accdescr x"):
        assert mermaid.encode(word).startswith("#")
        assert mermaid.decode(mermaid.encode(word)) == word


def test_actor_commas_are_encoded():
    assert mermaid.encode("Pat, Jo", actor=True) == "Pat#44; Jo"
    assert mermaid.encode("Pat, Jo") == "Pat, Jo"


def test_scores():
    assert [score(e) for e in (-2, -1, 0, 1, 2, None)] == [1, 2, 3, 4, 5, 3]


# ---------------------------------------------------------------- golden


@pytest.mark.parametrize("name", [p.stem for p in EXAMPLES])
def test_golden_mermaid(name, golden):
    golden(f"mermaid/{name}.mmd", journey_text(JOURNEYS[name]).encode("utf-8"))


@pytest.mark.parametrize("name", [p.stem for p in EXAMPLES])
def test_golden_markdown(name, golden):
    golden(f"md/{name}.md", MarkdownRenderer().render(JOURNEYS[name], RenderOptions()).encode("utf-8"))


# ------------------------------------------------ our parser reads our output


def expected_tasks(journey):
    # A task is named by task_name(): the label, or the action cut to fit the box.
    return [(stage.name, task_name(step), score(step.emotion), [journey.persona.name])
            for stage in journey.stages for step in stage.steps]


@pytest.mark.parametrize("name", sorted(JOURNEYS))
def test_own_parser_reads_the_diagram_back(name):
    journey = JOURNEYS[name]
    diagram = mermaid.parse(journey_text(journey))
    assert diagram.title == flat(journey.title)
    assert [s.name for s in diagram.sections] == [flat(s.name) for s in journey.stages]
    got = [(s.name, t.name, t.score, t.actors) for s in diagram.sections for t in s.tasks]
    assert got == [(flat(a), b, c, d) for a, b, c, d in expected_tasks(journey)]


# ------------------------------------------------------ the real Mermaid


def real_mermaid(diagrams: list[str]) -> list[dict]:
    node = shutil.which("node")
    modules = NODE_DIR / "node_modules" / "mermaid"
    if node is None or not modules.exists():
        if os.environ.get("CI"):
            pytest.fail("CI needs Node and `npm ci --prefix tests/node` for the Mermaid parser tests")
        pytest.skip("the mermaid npm package is not installed (npm ci --prefix tests/node)")
    proc = subprocess.run([node, str(NODE_DIR / "mermaid-parse.mjs")], input=json.dumps(diagrams).encode(),
                          capture_output=True, timeout=300, cwd=NODE_DIR)
    assert proc.returncode == 0, proc.stderr.decode()[-2000:]
    return json.loads(proc.stdout)


def test_real_mermaid_parses_every_map_to_its_text():
    names = sorted(JOURNEYS)
    results = real_mermaid([journey_text(JOURNEYS[n]) for n in names])
    for name, result in zip(names, results):
        journey = JOURNEYS[name]
        assert result["ok"], f"{name}: {result.get('error')}"
        assert result["type"] == "journey"
        assert result["title"] == flat(journey.title), name
        assert result["sections"] == [flat(s.name) for s in journey.stages], name
        got = [(t[0], t[1], t[2], t[3]) for t in result["tasks"]]
        assert got == [(flat(a), b, c, d) for a, b, c, d in expected_tasks(journey)], name
        if journey.goal:
            assert result["accDescr"] == flat(journey.goal)


IMPORT_CASES = {
    "plain": "journey\n  title My working day\n  section Go to work\n    Make tea: 5: Me\n    Go upstairs: 3: Me\n",
    "comments": "%% a comment first\njourney\n  %% inside\n  title Commented # the rest is a comment\n"
                "  section Morning %% trailing\n    Wake up: 2: Me # why\n",
    "accessibility": "journey\n  accTitle: Accessible title\n  accDescr: What the diagram shows\n"
                     "  title Shown title\n  section S\n    Do: 4: Me\n",
    "multiline-descr": "journey\n  title T\n  accDescr {\n    first line\n    second line\n  }\n  section S\n    Do: 4: Me\n",
    "actors": "journey\n  title Team\n  section Plan\n    Agree: 4: Ana, Ben\n    Write: 3: Ben\n"
              "  section Ship\n    Release: 5: Ben, Cat\n",
    "no-actors": "journey\n  title Nobody\n  section S\n    Do thing: 3:\n    Other thing: 1\n",
    "spacing": "\n\njourney\n\n   title    Odd   spacing   \n section    First   section\n"
               "Task one   :   4   :   Me  ,  You   \n\t\tTask two:1:Me\n",
    "no-section": "journey\n  title Loose\n  Lonely task: 5: Me\n  section Later\n    Next: 2: Me\n",
    "entities": "journey\n  title Price #35;1 #59; best\n  section Pay#58; now\n    Pay #quot;now#quot;: 2: Me\n",
    "case": "journey\n  TITLE Shouting\n  SECTION Loud\n    Yell: 4: Me\n",
}


def test_own_parser_agrees_with_real_mermaid_on_varied_diagrams():
    names = sorted(IMPORT_CASES)
    results = real_mermaid([IMPORT_CASES[n] for n in names])
    for name, result in zip(names, results):
        assert result["ok"], f"{name}: {result.get('error')}"
        diagram = mermaid.parse(IMPORT_CASES[name])
        # Mermaid keeps the spaces before a comment; the map does not want them.
        ours = [(s.name, t.name, t.score, t.actors) for s in diagram.sections for t in s.tasks]
        theirs = [(t[0].strip(), t[1].strip(), t[2], [p for p in t[3] if p]) for t in result["tasks"]]
        assert ours == theirs, name
        assert (diagram.title or "") == result["title"].strip(), name
        assert (diagram.acc_descr or "") == flat(result["accDescr"]), name  # lines folded


def test_real_mermaid_rejects_what_we_reject():
    bad = ["journey\n  title x\n  section S\n    Semi; colon: 3: Me\n",
           "journey\n  title x\n  section S: colon\n    T: 3: Me\n"]
    for text, result in zip(bad, real_mermaid(bad)):
        assert not result["ok"]
        with pytest.raises(mermaid.MermaidSyntaxError):
            mermaid.parse(text)


# ---------------------------------------------------------------- import


def imported(text: str, name: str = "diagram.mmd"):
    yaml_text = to_map(mermaid.parse(text), name, "diagram")
    return yaml_text, load_bytes(yaml_text.encode(), "diagram.yaml").journey


def test_import_plain():
    text, journey = imported(IMPORT_CASES["plain"])
    assert text.startswith("# Imported from diagram.mmd by journeyctl import mermaid.")
    assert journey.title == "My working day" and journey.persona.name == "Me"
    assert [(s.id, s.name) for s in journey.stages] == [("go-to-work", "Go to work")]
    assert [(s.id, s.action, s.emotion) for s in journey.stages[0].steps] == [
        ("make-tea", "Make tea", 2), ("go-upstairs", "Go upstairs", 0)]


def test_import_comments_and_accessibility():
    _, journey = imported(IMPORT_CASES["comments"])
    # %% is a comment only where a token starts: a section name keeps it, as in Mermaid.
    assert journey.title == "Commented" and journey.stages[0].name == "Morning %% trailing"
    assert journey.stages[0].steps[0].action == "Wake up" and journey.stages[0].steps[0].emotion == -1
    _, journey = imported(IMPORT_CASES["accessibility"])
    assert journey.title == "Shown title" and journey.description == "What the diagram shows"
    _, journey = imported(IMPORT_CASES["multiline-descr"])
    assert journey.description == "first line second line"


def test_import_actors():
    text, journey = imported(IMPORT_CASES["actors"])
    assert journey.persona.name == "Ben"
    assert "# Other actors in the diagram: Ana, Cat" in text
    assert "# also: Ana" in text


def test_import_without_actors_or_sections():
    text, journey = imported(IMPORT_CASES["no-actors"])
    assert journey.persona.name == "Customer" and "name the persona here" in text
    _, journey = imported(IMPORT_CASES["no-section"])
    assert [s.name for s in journey.stages] == ["Loose", "Later"]


def test_import_odd_spacing_and_case():
    _, journey = imported(IMPORT_CASES["spacing"])
    assert journey.title == "Odd   spacing" and journey.stages[0].name == "First   section"
    assert [(s.action, s.emotion) for s in journey.stages[0].steps] == [("Task one", 1), ("Task two", -2)]
    _, journey = imported(IMPORT_CASES["case"])
    assert journey.title == "Shouting" and journey.stages[0].steps[0].action == "Yell"
    # Mermaid only detects a lowercase 'journey'; the importer is lenient.
    _, journey = imported(IMPORT_CASES["case"].replace("journey", "JOURNEY", 1))
    assert journey.title == "Shouting"


def test_import_unique_slugs_for_any_script():
    text = "journey\n  title T\n  section ขั้นตอน\n    ทำสิ่งนี้: 3: ฉัน\n    ทำสิ่งนี้: 4: ฉัน\n  section ขั้นตอน\n    Go: 5: ฉัน\n    Go: 5: ฉัน\n"
    _, journey = imported(text)
    assert [s.id for s in journey.stages] == ["stage-1", "stage-2"]
    assert [s.id for st in journey.stages for s in st.steps] == ["step-1", "step-2", "go", "go-2"]


def test_import_scores_out_of_range_are_noted():
    text, journey = imported("journey\n  title T\n  section S\n    High: 9: Me\n    Half: 2.5: Me\n")
    assert [s.emotion for s in journey.stages[0].steps] == [2, -1]
    assert "# Mermaid score 9 is outside 1-5" in text and "# Mermaid score 2.5 rounded" in text


@pytest.mark.parametrize("text, line, message", [
    ("title nope\n", 1, "a Mermaid journey starts with the word 'journey'"),
    ("journey\n  title T\n  section S\n    no colon here\n", 4, "expected 'task: score: actors'"),
    ("journey\n  section S\n    Task: high: Me\n", 3, "the score 'high' is not a number"),
    ("journey\n  section S\n    Task; two: 3: Me\n", 3, "';' is not allowed"),
    ("journey\n  accDescr {\n  never closed\n", 2, "accDescr { is not closed"),
])
def test_import_errors_name_the_line(text, line, message):
    with pytest.raises(mermaid.MermaidSyntaxError) as info:
        mermaid.parse(text)
    assert info.value.line == line and message in info.value.message


@pytest.mark.parametrize("name", sorted(JOURNEYS))
def test_round_trip_keeps_titles_stages_steps_and_emotions(name):
    journey = JOURNEYS[name]
    _, back = imported(journey_text(journey))
    assert back.title == flat(journey.title)
    assert back.persona.name == flat(journey.persona.name)
    assert [s.name for s in back.stages] == [flat(s.name) for s in journey.stages]
    assert [[(s.action, s.emotion) for s in st.steps] for st in back.stages] == \
        [[(task_name(s), s.emotion) for s in st.steps] for st in journey.stages]


@pytest.mark.parametrize("value", ["plain words", "No", "yes", "1.10", "2026-01-01", "a: b", "x #y", "- item",
                                   "'quoted'", "", " padded", "ends:", "ภาษาไทย", "null", "@at", "% pct"])
def test_yaml_scalars_read_back_exactly(value):
    data = load_bytes(f"journeyctl: 1\ntitle: t\npersona: {{name: p}}\nstages: [{{id: s, name: s}}]\nowner: {scalar(value)}\n".encode(),
                      "s.yaml").journey if value.strip() else None
    if data is not None:
        assert data.owner == value


# --------------------------------------------------------------- markdown


class _Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.text: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)

    def handle_data(self, data):
        self.text.append(data)


def markdown_html(text: str) -> _Text:
    html = MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(text)
    parser = _Text()
    parser.feed(html)
    return parser


def test_md_escapes_inline_text_exactly():
    for text in NASTY:
        parsed = markdown_html(f"- {md(text)}\n")
        assert parsed.tags == ["ul", "li"], text
        assert "".join(parsed.text).strip() == flat(text)
        parsed = markdown_html(md(text) + "\n")  # at the start of a line, too
        assert parsed.tags == ["p"], text
        assert "".join(parsed.text).strip() == flat(text)


@pytest.mark.parametrize("name", sorted(JOURNEYS))
def test_markdown_document_shows_everything_and_nothing_else(name):
    journey = JOURNEYS[name]
    text = MarkdownRenderer().render(journey, RenderOptions())
    parsed = markdown_html(text)
    shown = flat("".join(parsed.text))
    for stage in journey.stages:
        assert flat(stage.name) in shown
        for step in stage.steps:
            assert flat(step.action) in shown
            for barrier in step.barriers:
                assert flat(barrier.text) in shown
        for opportunity in stage.opportunities:
            assert flat(opportunity.text) in shown
        for metric in stage.metrics:
            assert flat(metric.name) in shown
    allowed = {"h1", "h2", "h3", "p", "strong", "em", "ul", "ol", "li", "blockquote", "pre", "code",
               "table", "thead", "tbody", "tr", "th", "td", "img"}
    assert set(parsed.tags) <= allowed, set(parsed.tags) - allowed
    assert text.count("```mermaid") == (1 if any(s.steps for s in journey.stages) else 0)
    mermaid_block = text.split("```mermaid\n", 1)[1].split("\n```", 1)[0]
    assert mermaid_block + "\n" == journey_text(journey)


def test_markdown_summary():
    journey = JOURNEYS["nasty"]
    text = MarkdownRenderer().render(journey, RenderOptions())
    summary = text.split("## Summary", 1)[1]
    assert "**Lowest moments** (−2, very negative)" in summary
    assert "| critical | 1 |" in summary
    # The only critical barrier is addressed; nothing high or critical is left open.
    assert summary.rstrip().endswith("- None")
    open_map = MINIMAL.replace("action: Does the first thing", "action: Does the first thing\n        barriers:\n"
                               "          - {id: slow, text: Too slow, severity: high}")
    summary = MarkdownRenderer().render(journey_of(open_map), RenderOptions()).split("## Summary", 1)[1]
    assert "- **HIGH** Too slow — *Only stage › Does the first thing*" in summary


# -------------------------------------------------------------------- CLI


def test_cli_renders_md_and_mermaid(run, tmp_path):
    example = next(p for p in EXAMPLES if p.stem == "lt-eshop-support")
    for fmt, suffix in (("md", ".md"), ("mermaid", ".mmd")):
        result = run("render", str(example), "-f", fmt, "-o", str(tmp_path / f"out{suffix}"))
        assert result.code == 0, result.stderr
    assert (tmp_path / "out.mmd").read_text(encoding="utf-8") == journey_text(load(example).journey)
    assert run("render", str(example), "-o", str(tmp_path / "x.markdown")).code == 0


def test_cli_import_writes_next_to_the_diagram(run, write, tmp_path):
    diagram = write(IMPORT_CASES["actors"], "team.mmd")
    result = run("import", "mermaid", str(diagram))
    assert result.code == 0, result.stderr
    assert result.stdout == f"{tmp_path / 'team.yaml'}\n"
    journey = load(tmp_path / "team.yaml").journey
    assert journey.id == "team" and journey.persona.name == "Ben"
    again = run("import", "mermaid", str(diagram))
    assert again.code == 2 and "exists; choose where to write with -o" in again.stderr


def test_cli_import_to_stdout_and_from_stdin(run):
    result = run("import", "mermaid", "-", stdin=IMPORT_CASES["plain"].encode())
    assert result.code == 0 and "title: My working day" in result.stdout
    assert load_bytes(result.stdout_bytes, "x.yaml").journey.stages[0].name == "Go to work"


def test_cli_import_error_names_the_line_and_writes_nothing(run, write, tmp_path):
    diagram = write("journey\n  title T\n  section S\n    broken line\n", "bad.mmd")
    result = run("import", "mermaid", str(diagram))
    assert result.code == 1 and "Traceback" not in result.stderr
    assert result.stderr.splitlines()[0] == f"{diagram}:4:1: I001 expected 'task: score: actors', got 'broken line'"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.mmd"]


def test_cli_import_round_trip_through_files(run, tmp_path):
    for example in EXAMPLES:
        mmd = tmp_path / f"{example.stem}.mmd"
        assert run("render", str(example), "-f", "mermaid", "-o", str(mmd)).code == 0
        assert run("import", "mermaid", str(mmd), "-o", str(tmp_path / f"{example.stem}.yaml")).code == 0
        back = load(tmp_path / f"{example.stem}.yaml").journey
        original = load(example).journey
        assert [s.name for s in back.stages] == [s.name for s in original.stages]
        assert [(s.action, s.emotion) for st in back.stages for s in st.steps] == \
            [(task_name(s), s.emotion) for st in original.stages for s in st.steps]
