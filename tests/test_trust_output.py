"""Untrusted map text in trusted places: lint reports in terminals and CI
logs, Mermaid and Markdown in the repository, YAML written by ``import``; and
the renderers that must stay fast and reproducible on any map.

Everything goes through the real parts: the command (``run``), the real
Mermaid parser under Node, markdown-it-py, xml.etree, the SARIF schema.
"""

from __future__ import annotations

import json
import re
import shutil
import time
import xml.etree.ElementTree as ET
from collections import deque
from urllib.parse import unquote

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from journeyctl.base.diagnostics import Diagnostic, printable
from journeyctl.importers.mermaid import to_map
from journeyctl.load import load, load_bytes
from journeyctl.render import RenderOptions
from journeyctl.render.dot import build
from journeyctl.render.touchpoints import handoffs
from journeyctl.render.layout import reproducible_pdf
from journeyctl.render.markdown import MarkdownRenderer
from journeyctl.render.mermaid import journey_text, shorten
from journeyctl.text import mermaid_journey as mermaid

from conftest import EXAMPLES, ROOT
from test_render_mermaid import real_mermaid


def yaml_quoted(text: str) -> str:
    """Any text as a double-quoted YAML scalar, written independently of the
    code under test: escapes for everything that is not plainly printable."""
    out = []
    for char in text:
        if char in '\\"':
            out.append("\\" + char)
        elif not char.isprintable() or char in "\ufeff\x85\u2028\u2029":
            out.append(f"\\U{ord(char):08x}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def flat(text: str) -> str:
    return " ".join(text.split())


# Anything a terminal or a log reads as more than a character: C0 (the line
# feed only between lines), DEL, C1, the separators and the bidi controls.
RAW = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")

FORGED = "Evil\n::error file=x,line=1::forged\n\x1b]0;pwned\x07"
HOSTILE_STAGE = FORGED + "\x1b]52;c;cHduZWQ=\x07\u2028\u2029\x85\u202e\u2066\x9b\x7f\t\r"
HOSTILE_MAP = f"""\
journeyctl: 1
title: Hostile
updated: 2026-01-01
goal: Reach the end
persona: {{name: Pat, goals: [Something]}}
stages:
  - id: evil
    name: {yaml_quoted(HOSTILE_STAGE)}
  - id: fine
    name: Fine
    steps:
      - {{id: a, action: Does A, emotion: 1}}
      - {{id: b, action: Does B, emotion: 1}}
"""
# How the stage name must appear in every report.
SHOWN = ("Evil\\n::error file=x,line=1::forged\\n\\x1b]0;pwned\\x07\\x1b]52;c;cHduZWQ=\\x07"
         "\\u2028\\u2029\\x85\\u202e\\u2066\\x9b\\x7f\\t\\r")
MESSAGE = f"stage '{SHOWN}' has no steps"


def sarif_schema():
    path = ROOT / "tests" / "node" / "node_modules" / "@microsoft" / "jest-sarif" / "lib" / "schemas" / "sarif-2.1.0-rtm.5.json"
    if not path.exists():
        pytest.skip("the SARIF schema is not installed (npm ci --prefix tests/node)")
    return json.loads(path.read_text(encoding="utf-8"))


def assert_no_raw_controls(stdout: str) -> None:
    found = sorted({f"U+{ord(c):04X}" for c in RAW.findall(stdout)})
    assert not found, f"raw control characters in the report: {found}"
    forged = [line for line in stdout.split("\n") if line.startswith(("::error file=x", "::error::", "\x1b"))]
    assert not forged, f"forged lines: {forged}"


# ---------------------------------------------------------------- 1. lint


def test_printable_escapes_what_terminals_and_logs_act_on():
    assert printable("a\nb\r\tc\x00\x1b[31m\x7f\x85\x9b") == "a\\nb\\r\\tc\\x00\\x1b[31m\\x7f\\x85\\x9b"
    assert printable("\u2028\u2029\u202a\u202e\u2066\u2069\ud800\ufffe\uffff") == \
        "\\u2028\\u2029\\u202a\\u202e\\u2066\\u2069\\ud800\\ufffe\\uffff"
    kept = "ภาษาไทย Ελληνικά עברית العربية 🧭 C:\\path\\n ‏\u00a0"
    assert printable(kept) == kept
    assert printable(printable(HOSTILE_STAGE)) == printable(HOSTILE_STAGE) == SHOWN


def test_diagnostic_shows_file_path_and_message_printable():
    d = Diagnostic("m\n.yaml", 3, 4, "S001", "unknown key 'k\x1b[2J'", ("stages", 0, "k\x1b[2J\n"))
    assert str(d) == "m\\n.yaml:3:4: S001 stages[0].k\\x1b[2J\\n: unknown key 'k\\x1b[2J'"
    shown = d.shown()
    assert (shown.file, shown.message, shown.path) == ("m\\n.yaml", "unknown key 'k\\x1b[2J'", ("stages", 0, "k\\x1b[2J\\n"))
    assert (shown.line, shown.col, shown.code, shown.severity) == (3, 4, "S001", "error")


@pytest.fixture
def hostile(tmp_path):
    path = tmp_path / "hostile.yaml"
    path.write_text(HOSTILE_MAP, encoding="utf-8")
    return path


def lint(run, path, fmt):
    result = run("lint", str(path), "--format", fmt, "--today", "2026-01-02")
    assert result.code == 0, result.stderr  # one warning: J101
    assert_no_raw_controls(result.stdout)
    return result.stdout


def test_lint_text_keeps_a_hostile_stage_name_on_one_line(run, hostile):
    out = lint(run, hostile, "text")
    assert out.split("\n") == [f"{hostile}:7:5: J101 stages[0]: {MESSAGE}", "Found 0 errors and 1 warning in 1 map.", ""]


def test_lint_github_cannot_be_made_to_forge_a_command(run, hostile):
    out = lint(run, hostile, "github")
    lines = out.split("\n")
    assert len(lines) == 2 and lines[1] == ""
    assert lines[0].startswith(f"::warning file={hostile},line=7,col=5,title=J101 stage-without-steps::stages[0]: ")
    assert lines[0].endswith(MESSAGE.replace("%", "%25"))


def test_lint_json_message_is_the_printable_text(run, hostile):
    out = lint(run, hostile, "json")
    data = json.loads(out)
    assert len(data["findings"]) == 1
    assert data["findings"][0]["message"] == MESSAGE
    text = lint(run, hostile, "text").split("\n")[0]
    assert text.endswith(": " + data["findings"][0]["message"])


def test_lint_sarif_is_valid_and_printable(run, hostile):
    log = json.loads(lint(run, hostile, "sarif"))
    jsonschema.Draft7Validator(sarif_schema()).validate(log)
    results = log["runs"][0]["results"]
    assert [r["message"]["text"] for r in results] == [MESSAGE]


def test_lint_junit_is_well_formed_xml(run, hostile):
    root = ET.fromstring(lint(run, hostile, "junit"))
    cases = list(root.iter("testcase"))
    assert len(cases) == 1
    out = cases[0].find("system-out").text
    assert out.split("\n") == [f"{hostile}:7:5: J101 stages[0]: {MESSAGE}"]


@pytest.mark.parametrize("fmt", ["text", "json", "github", "sarif", "junit"])
def test_lint_hostile_file_name_and_key(run, tmp_path, fmt):
    folder = tmp_path / "maps"
    folder.mkdir()
    name = "m\n::error::ev\x1bil\u2028.yaml"
    (folder / name).write_text('journeyctl: 1\ntitle: T\npersona: {name: P}\n"k\\e[31m\\nx": 1\n'
                               "stages:\n  - {id: s, name: S}\n", encoding="utf-8")
    result = run("lint", "maps", "--format", fmt, "--select", "S", cwd=tmp_path)
    assert result.code == 1, result.stderr
    assert_no_raw_controls(result.stdout)
    shown_file = "maps/m\\n::error::ev\\x1bil\\u2028.yaml"
    if fmt == "text":
        assert result.stdout.split("\n") == [
            f"{shown_file}:4:1: S001 k\\x1b[31m\\nx: unknown key 'k\\x1b[31m\\nx'; extensions start with 'x-'",
            "Found 1 error and 0 warnings in 1 map.", ""]
    elif fmt == "github":
        assert len(result.stdout.split("\n")) == 2
    elif fmt == "json":
        finding, = json.loads(result.stdout)["findings"]
        assert (finding["file"], finding["path"]) == (shown_file, "k\\x1b[31m\\nx")
    elif fmt == "sarif":
        log = json.loads(result.stdout)
        jsonschema.Draft7Validator(sarif_schema()).validate(log)
        location = log["runs"][0]["results"][0]["locations"][0]
        uri = location["physicalLocation"]["artifactLocation"]["uri"]
        assert uri == "maps/m%0A%3A%3Aerror%3A%3Aev%1Bil%E2%80%A8.yaml" and unquote(uri) == f"maps/{name}"
        assert location["logicalLocations"][0]["fullyQualifiedName"] == "k\\x1b[31m\\nx"
    else:
        root = ET.fromstring(result.stdout)
        assert [c.get("name") for c in root.iter("testcase")] == [shown_file]


# ------------------------------------------------------------- 2. Mermaid


def journey_with(title: str, stage: str, action: str, actor: str, goal: str):
    text = (f"journeyctl: 1\nid: x\ntitle: {yaml_quoted(title)}\ngoal: {yaml_quoted(goal)}\n"
            f"persona: {{name: {yaml_quoted(actor)}}}\n"
            f"stages: [{{id: a, name: {yaml_quoted(stage)}, steps: [{{id: s, action: {yaml_quoted(action)}, emotion: 1}}]}}]\n")
    return load_bytes(text.encode("utf-8"), "x.yaml").journey


def assert_mermaid_reads_exactly(cases: list[tuple[str, str, str, str, str]]) -> None:
    journeys = [journey_with(*case) for case in cases]
    texts = [journey_text(j) for j in journeys]
    for case, text, result in zip(cases, texts, real_mermaid(texts)):
        assert result["ok"], (case, text, result)
        title, stage, action, actor, goal = map(flat, case)
        action = shorten(action)  # a long task name is cut to fit Mermaid's box
        got = (result["title"], result["sections"], result["tasks"], result["accDescr"])
        assert got == (title, [stage], [[stage, action, 4, [actor]]], goal), (case, text)
        # journeyctl's own reader, used by import, agrees.
        diagram = mermaid.parse(text)
        assert [(t.name, t.actors) for t in diagram.sections[0].tasks] == [(action, [actor])], text


LEADING_TRAPS = ["%x", "%%x", "% x", "%{init}%%", "x%%y", "\ufeffx", "\ufefftitle x", "\ufeffsection y", "x\ufeff",
                 "\ufeff", "#59; already", "#x", ";y", ":z", "ﬂ°°35¶ß", "ﬂ°amp¶ß and ¶ß", "journey", "Title: x",
                 "accDescr: y", "a, b", "<b>&amp;</b> & co", "%", "}%% x", "\u3000x\u3000", "\x00\x01 x"]


def test_mermaid_leading_character_traps_parse_to_the_text():
    assert_mermaid_reads_exactly([(t, t, t, t, t) for t in LEADING_TRAPS])


def test_markdown_overview_survives_a_bom_or_percent_action():
    journey = journey_with("T", "S", "\ufefftitle hijack", "Pat", "G")
    text = MarkdownRenderer().render(journey, RenderOptions())
    block = text.split("```mermaid\n", 1)[1].split("\n```", 1)[0]
    result, = real_mermaid([block + "\n"])
    assert result["ok"] and result["title"] == "T"
    assert result["tasks"] == [["S", "\ufefftitle hijack", 4, ["Pat"]]]


_PIECES = st.one_of(
    st.sampled_from(["%", "%%", "\ufeff", "#", ";", ":", ",", "#59;", "#quot;", "#35;", "ﬂ°°", "¶ß", " ", "\n",
                     "title ", "section ", "journey", "accDescr", "<", ">", "&", "}", "{", "\u2028", "\x85", "\\"]),
    st.characters(exclude_categories=("Cs",)),
)
_TEXT = st.lists(_PIECES, min_size=1, max_size=12).map("".join).filter(lambda t: re.search(r"\S", t))


@settings(max_examples=4)
@given(st.lists(st.tuples(_TEXT, _TEXT, _TEXT, _TEXT, _TEXT), min_size=25, max_size=25))
def test_real_mermaid_parses_any_text_to_exactly_that_text(cases):
    assert_mermaid_reads_exactly(cases)


# ------------------------------------------------------------ 3. Markdown


def markdown_tokens(text: str):
    return MarkdownIt("commonmark").enable(["table", "strikethrough"]).parse(text)


def document_of(map_text: str) -> tuple[str, list]:
    journey = load_bytes(map_text.encode("utf-8"), "m.yaml").journey
    text = MarkdownRenderer().render(journey, RenderOptions())
    return text, markdown_tokens(text)


def shown(inline) -> str:
    """The text an inline token shows (escapes resolved)."""
    return "".join(c.content for c in inline.children or [] if c.type in ("text", "code_inline"))


def headings(tokens) -> list[tuple[str, str]]:
    return [(t.tag, shown(tokens[i + 1])) for i, t in enumerate(tokens) if t.type == "heading_open"]


def inline_children(tokens):
    return [c for t in tokens if t.type == "inline" for c in t.children or []]


BASE = """\
journeyctl: 1
title: {title}
persona: {{name: {persona}{image}}}
stages:
  - id: one
    name: {stage}
    steps:
{steps}
  - id: two
    name: Two
    steps:
      - {{id: last, action: Last, emotion: 0}}
"""


def base_map(title="Title", persona="Pat", image="", stage="One", steps=2) -> str:
    lines = "\n".join(f"      - {{id: s{i}, action: Step {i}, emotion: -1, thoughts: Hmm {i}}}" for i in range(steps))
    return BASE.format(title=yaml_quoted(title), persona=yaml_quoted(persona),
                       image=f", image: {yaml_quoted(image)}" if image else "", stage=yaml_quoted(stage), steps=lines)


STRUCTURE = [("h1", "Title"), ("h2", "Persona: Pat"), ("h2", "Emotion overview"), ("h2", "Stages"),
             ("h3", "1. One"), ("h3", "2. Two"), ("h2", "Summary")]


@pytest.mark.parametrize("image", [
    "https://img.example.org/p.png)\n# Injected heading\n[link](https://evil.example)\n\n## Another",
    "https://img.example.org/a b (1).png?x=<y>&copy=1#f\x1b\r\n",
    "images/photo\\",
    "images/a b (1)>\n# x.png",
    "C:photo.png",
    "images/50%25 #1?.png",
])
def test_persona_image_cannot_inject_markdown(image):
    text, tokens = document_of(base_map(image=image))
    assert headings(tokens) == STRUCTURE
    children = inline_children(tokens)
    images = [c for c in children if c.type == "image"]
    assert len(images) == 1
    assert not [c for c in children if c.type == "link_open"]
    src = images[0].attrGet("src")
    assert not re.search(r"[\s()<>\\]", src)
    if image.startswith("https://"):
        assert src.startswith("https://img.example.org/")
        assert unquote(src) == image.replace("%25", "%")
    else:
        assert unquote(src) == image  # a path: every character encoded, exactly


def test_ten_or_more_steps_stay_one_list_with_their_details():
    text, tokens = document_of(base_map(steps=12))
    assert headings(tokens) == STRUCTURE
    stage = text.split("### 1. One", 1)[1].split("### 2. Two", 1)[0]
    sub = markdown_tokens(stage)
    top = [t for t in sub if t.level == 0]
    assert [t.type for t in top] == ["ordered_list_open", "ordered_list_close"]
    items = [t for t in sub if t.type == "list_item_open" and t.level == 1]
    assert len(items) == 12
    nested = [t for t in sub if t.type == "bullet_list_open"]
    assert len(nested) == 12 and all(t.level == 2 for t in nested)
    # Each item: its action, then its details nested under it.
    assert [shown(t) for t in sub if t.type == "inline" and t.level == 3] == [f"Step {i}" for i in range(12)]
    assert [shown(t) for t in sub if t.type == "inline" and t.level == 5] == \
        [x for i in range(12) for x in ("Emotion: −1 (negative)", f"Thinks: “Hmm {i}”")]


@pytest.mark.parametrize("title, persona, stage", [
    ("Price #", "C #", "Step ##"),
    ("#", "# #", "a \\#"),
    ("Ends in C#", "x ###", "####"),
])
def test_headings_keep_a_trailing_hash(title, persona, stage):
    _, tokens = document_of(base_map(title=title, persona=persona, stage=stage))
    assert headings(tokens) == [("h1", title), ("h2", f"Persona: {persona}"), ("h2", "Emotion overview"),
                                ("h2", "Stages"), ("h3", f"1. {stage}"), ("h3", "2. Two"), ("h2", "Summary")]


# -------------------------------------------------------------- 4. import


def test_import_actor_with_line_separator_is_one_exact_value(tmp_path):
    actor = "Ann\u2028state: future"
    encoded = "Ann\u2028state#58; future"  # as Mermaid reads it: the separator is part of the name
    diagram = f"journey\n  title T\n  section S\n    Do: 3: {encoded}\n    Also: 4: {encoded}, Bo\u0085state: future\n"
    text = to_map(mermaid.parse(diagram), "d\u0085state: future.mmd", "d")
    journey = load_bytes(text.encode("utf-8"), "d.yaml").journey
    assert journey.state == "current"
    assert journey.persona.name == actor
    for line in text.split("\n"):
        assert not RAW.search(line) and "\x85" not in line


def test_import_other_actors_and_file_name_stay_in_their_comments(run, tmp_path):
    name = "team\u0085state: future\u2028x: 1.mmd"
    diagram = tmp_path / name
    other = "Ann\u2028state#58; future"
    diagram.write_text(f"journey\n  title T\n  section S\n    Do: 3: Pat\n    Go: 4: Pat, {other}\n"
                       f"    Stop: 2: Pat\n", encoding="utf-8")
    out = tmp_path / "team.yaml"
    result = run("import", "mermaid", str(diagram), "-o", str(out))
    assert result.code == 0, result.stderr
    journey = load(out).journey
    assert journey.state == "current" and journey.persona.name == "Pat"
    text = out.read_text(encoding="utf-8")
    assert "# Other actors in the diagram: Ann\\u2028state: future" in text
    assert "# also: Ann\\u2028state: future" in text
    assert "# Imported from team\\u0085state: future\\u2028x: 1.mmd by journeyctl import mermaid." in text


def test_import_20000_same_named_tasks_quickly(run, tmp_path):
    diagram = tmp_path / "many.mmd"
    diagram.write_text("journey\n  title Many\n  section S\n" + "    Same task: 3: Me\n" * 20_000, encoding="utf-8")
    start = time.monotonic()
    result = run("import", "mermaid", str(diagram), "-o", str(tmp_path / "many.yaml"))
    elapsed = time.monotonic() - start
    assert result.code == 0, result.stderr
    assert elapsed < 15, f"took {elapsed:.1f} s"
    ids = [s.id for s in load(tmp_path / "many.yaml").journey.stages[0].steps]
    assert len(ids) == len(set(ids)) == 20_000
    assert ids[:3] == ["same-task", "same-task-2", "same-task-3"] and ids[-1] == "same-task-20000"


def test_import_ids_skip_names_taken_by_other_names():
    tasks = ["Go", "Go 2", "Go", "Go", "Go 3", "Go 2", "Go"]
    diagram = "journey\n  title T\n  section S\n" + "".join(f"    {t}: 3: Me\n" for t in tasks)
    journey = load_bytes(to_map(mermaid.parse(diagram), "d.mmd", "d").encode(), "d.yaml").journey
    assert [s.id for s in journey.stages[0].steps] == ["go", "go-2", "go-3", "go-4", "go-3-2", "go-2-2", "go-5"]


# ------------------------------------------------------- 6. touchpoints


def reference_handoffs(journey) -> list[tuple[str, str]]:
    """The hand-offs as a walk from every step with touchpoints finds them
    (quadratic): the steps with touchpoints it reaches along forward edges,
    through steps without touchpoints, whose known channels or known owners
    differ from its own."""
    flow = journey.flow

    def known(step, field):
        return {getattr(journey.touchpoint(t), field) for t in step.touchpoints} - {None}

    found = []
    for position in flow.steps:
        step = position.step
        if not step.touchpoints:
            continue
        seen, reached = {step.id}, set()
        todo = deque(e.target for e in flow.outgoing(step.id) if not e.back)
        while todo:
            current = todo.popleft()
            if current in seen:
                continue
            seen.add(current)
            if flow.position(current).step.touchpoints:
                reached.add(current)
            else:
                todo.extend(e.target for e in flow.outgoing(current) if not e.back)
        for target in sorted(reached, key=lambda s: flow.position(s).order):
            other = flow.position(target).step
            if any(known(step, f) and known(other, f) and known(step, f) != known(other, f)
                   for f in ("channel", "owner")):
                found.append((step.id, target))
    return found


def flow_map(steps: list[dict]) -> str:
    data = {"journeyctl": 1, "id": "big", "title": "Big", "persona": {"name": "P"},
            "touchpoints": [{"id": f"t{i}", "name": f"T{i}", "channel": ["web", "phone", "email"][i],
                             "owner": ["A", "A", "B"][i]} for i in range(3)]
                           + [{"id": "t3", "name": "T3"}],
            "stages": [{"id": "a", "name": "A", "steps": steps[: len(steps) // 2]},
                       {"id": "b", "name": "B", "steps": steps[len(steps) // 2:]}]}
    return json.dumps(data)


@settings(max_examples=150)
@given(st.data())
def test_touchpoint_hand_offs_count_what_a_walk_from_every_step_counts(data):
    n = data.draw(st.integers(2, 14))
    ids = [f"s{i}" for i in range(n)]
    steps = []
    for i in range(n):
        step = {"id": ids[i], "action": f"A{i}"}
        tps = data.draw(st.lists(st.sampled_from(["t0", "t1", "t2", "t3"]), max_size=3, unique=True))
        if tps:
            step["touchpoints"] = tps
        if data.draw(st.booleans()):
            step["next"] = data.draw(st.lists(st.sampled_from(ids), max_size=3))
        steps.append(step)
    journey = load_bytes(flow_map(steps).encode(), "m.json").journey
    assert [(h.source, h.target) for h in handoffs(journey)] == reference_handoffs(journey)


def test_touchpoints_view_of_a_big_map_is_fast(run, tmp_path):
    # 1,000 steps with touchpoints that all lead into 5,000 steps without.
    steps = [{"id": f"s{i}", "action": f"S{i}", "touchpoints": [f"t{i % 3}"], "next": ["n0"]} for i in range(1000)]
    steps += [{"id": f"n{i}", "action": f"N{i}"} for i in range(5000)]
    steps.append({"id": "end", "action": "End", "touchpoints": ["t1"]})
    path = tmp_path / "big.json"
    path.write_text(flow_map(steps), encoding="utf-8")
    for fmt in ("dot", "html"):
        out = tmp_path / f"big.{fmt}"
        start = time.monotonic()
        result = run("render", str(path), "-f", fmt, "--view", "touchpoints", "-o", str(out))
        elapsed = time.monotonic() - start
        assert result.code == 0, result.stderr
        assert elapsed < 8, f"{fmt} took {elapsed:.1f} s"
    # every step but end's own channel (t1, phone) hands off to it: 667 into stage b
    dot = (tmp_path / "big.dot").read_text(encoding="utf-8")
    assert '<font point-size="16" color="#0b5cad"><b>667</b></font>' in dot
    assert "⌂ Website → ℡ Phone ×334" in dot and "@ Email → ℡ Phone ×333" in dot


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_touchpoint_hand_offs_of_the_examples(example):
    journey = load(example).journey
    assert [(h.source, h.target) for h in handoffs(journey)] == reference_handoffs(journey)


# ------------------------------------------------------------------ 7. PDF


@pytest.mark.skipif(shutil.which("dot") is None, reason="PDF needs a system Graphviz dot")
@pytest.mark.parametrize("epoch", [None, "1700000000"])
def test_pdf_is_the_same_bytes_every_time(run, tmp_path, epoch):
    example = next(p for p in EXAMPLES if p.stem == "en-billing-support")
    env = {"SOURCE_DATE_EPOCH": epoch} if epoch else {}
    outputs = []
    for i in range(2):
        if i:
            time.sleep(1.1)  # a clock that has moved on
        out = tmp_path / f"{i}.pdf"
        result = run("render", str(example), "-f", "pdf", "--view", "flow", "-o", str(out),
                     env=env if epoch else {"SOURCE_DATE_EPOCH": ""})
        assert result.code == 0, result.stderr
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    assert outputs[0].startswith(b"%PDF-")
    date = b"D:20231114221320" if epoch else b"D:19700101000000"
    assert re.search(rb"/CreationDate \(" + date, outputs[0])


def test_reproducible_pdf_keeps_every_length():
    pdf = (b"%PDF-1.5\n1 0 obj << /Producer (cairo) /CreationDate (D:20261123193338-05'30') "
           b"/ModDate (D:20261123193338Z) >> endobj\ntrailer << /ID [<00112233445566778899AABBCCDDEEFF> "
           b"<00112233445566778899AABBCCDDEEFF>] >>\n%%EOF\n")
    out = reproducible_pdf(pdf)
    assert len(out) == len(pdf)
    assert b"/CreationDate (D:19700101000000+00'00')" in out and b"/ModDate (D:19700101000000Z)" in out
    assert b"00112233445566778899AABBCCDDEEFF" not in out
    assert reproducible_pdf(out) == out  # the ID is a hash of the rest: stable
