"""The Graphviz renderers: DOT source, and SVG/PNG/PDF laid out."""

from __future__ import annotations

import json
import os
import re
import stat
import xml.etree.ElementTree as ET

import pytest
from graphviz import quoting

from journeyctl.render import channels, layout
from journeyctl.base.diagnostics import ExternalToolError
from journeyctl.load import load, load_bytes
from journeyctl.format.model import CHANNELS
from journeyctl.render import RenderOptions
from journeyctl.render.dot import TP_DETAIL_COLUMNS, build, quoted, tooltip, xml
from journeyctl.render.graphviz import PngRenderer, SvgRenderer, scripts_without_glyphs
from journeyctl.text.wrap import wrap

from conftest import EXAMPLES, MINIMAL

SVG = "{http://www.w3.org/2000/svg}"


def journey_of(text: str):
    return load_bytes(text.encode("utf-8"), "m.yaml").journey


def svg_of(journey, graph: str = "flow") -> bytes:
    return SvgRenderer().render(journey, RenderOptions(settings={"graph": graph}))


def svg_texts(data: bytes) -> dict[str, str]:
    """Node id -> all the text drawn in it, joined without spaces."""
    root = ET.fromstring(data)
    out = {}
    for group in root.iter(f"{SVG}g"):
        if group.get("class") == "node":
            title = group.find(f"{SVG}title").text
            out[title] = "".join("".join(t.itertext()) for t in group.iter(f"{SVG}text"))
    return out


def bare(text: str) -> str:
    return re.sub(r"\s+", "", text)


# ------------------------------------------------------------------ golden


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_golden_flow(example, golden):
    golden(f"dot/{example.stem}.dot", build(load(example).journey).encode("utf-8"))


# ------------------------------------------------------------- laid out


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_svg_lays_out_with_every_action(example):
    journey = load(example).journey
    data = svg_of(journey)
    texts = svg_texts(data)  # parses: well-formed XML
    for position in journey.flow.steps:
        drawn = bare(texts[f"step:{position.step.id}"])
        assert bare(position.step.label or position.step.action) in drawn  # a label is the node's short name
        if position.step.emotion is not None:
            assert {-2: "−2", -1: "−1", 0: "0", 1: "+1", 2: "+2"}[position.step.emotion] in drawn
        for barrier in position.step.barriers:
            # barriers are cut to three lines, so check their beginning
            assert bare(barrier.text)[:15] in drawn
    for position in journey.flow.ends:
        assert f"end:{position.step.id}" in texts


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_touchpoint_view_lays_out(example):
    # the channel x stage table (tests/test_touchpoints.py): one node, every touchpoint used named in it
    journey = load(example).journey
    texts = svg_texts(svg_of(journey, "touchpoints"))
    assert set(texts) == {"touchpoints"}
    for touchpoint in journey.touchpoints:
        assert bare(touchpoint.name)[:12] in bare(texts["touchpoints"])


def test_layout_is_deterministic():
    journey = load(EXAMPLES[0]).journey
    assert svg_of(journey) == svg_of(load(EXAMPLES[0]).journey)
    png = PngRenderer().render(journey, RenderOptions())
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    assert png == PngRenderer().render(load(EXAMPLES[0]).journey, RenderOptions())


# --------------------------------------------------------------- escaping


HOSTILE = 'A "quoted" \\N \\G \\" \\\\ {braces} [x] <b>not bold</b> & &amp; ; -> -- // # \u202e end'


def test_quoted_identifiers():
    assert quoted("step:a-1") == '"step:a-1"'
    assert quoted('odd"id\\') == '"odd\\"id\\\\"'


def test_tooltips_escape_every_reading():
    # as graphviz's quote() writes them into the DOT
    def written(text):
        return quoting.quote(tooltip(text))

    assert written('say "hi"') == '"say \\"hi\\""'
    assert written("\\N") == '"' + "\\" * 4 + 'N"'
    assert written("two\nlines\r\nthree") == '"two\\nlines\\nthree"'
    assert written("a &amp; b") == '"a &amp;amp; b"'
    assert written("bell\x07") == '"bell\ufffd"'
    assert written('ends \\"\\') == '"ends ' + "\\" * 4 + '\\"' + "\\" * 4 + '"'
    assert written("<b>") == '"<b>"'  # text, not an HTML string
    assert written("Pay") == "Pay"  # an ID needs no quotes


def svg_tooltips(data: bytes) -> dict[str, str]:
    root = ET.fromstring(data)
    out = {}
    for group in root.iter(f"{SVG}g"):
        if group.get("class") == "node":
            link = group.find(f".//{SVG}a")
            out[group.find(f"{SVG}title").text] = link.get("{http://www.w3.org/1999/xlink}title") if link is not None else None
    return out


def tooltip_round_trip(binary: str | None) -> None:
    action = 'A "quoted" \\N \\G \\" \\\\ \\n {x} <b>&amp; & done\nsecond line'
    journey = journey_of(MINIMAL.replace("action: Does the first thing", "action: " + json.dumps(action)))
    settings = {"dot_binary": binary} if binary else {}
    data = SvgRenderer().render(journey, RenderOptions(settings=settings))
    assert svg_tooltips(data)["step:first"] == action


def test_tooltips_come_out_exactly_as_written():
    tooltip_round_trip(None)


def svg_lines(data: bytes) -> dict[str, list[str]]:
    """Node, cluster and graph title -> the lines of text drawn in it, in order."""
    root = ET.fromstring(data)
    return {group.find(f"{SVG}title").text: ["".join(t.itertext()) for t in group.iter(f"{SVG}text")]
            for group in root.iter(f"{SVG}g") if group.get("class") in ("graph", "cluster", "node")}


ROUND_TRIP = 'Say "hi" \\N \\G <b>x</b> &amp; \\" \\\\\nnext line ends \\'


def test_text_round_trips_through_graphviz_quoting():
    """Text written into the DOT by graphviz's quoting (journeyctl's escaping
    first) comes out of graphviz-pure's SVG exactly as written."""
    persona = ROUND_TRIP.replace("\n", " ")  # the subtitle is one line
    journey = load_bytes(json.dumps({
        "journeyctl": 1, "id": "round-trip", "title": "T", "persona": {"name": persona},
        "touchpoints": [{"id": "desk", "name": "Desk " + ROUND_TRIP, "channel": "web"},
                        {"id": "call", "name": "Call " + ROUND_TRIP, "channel": "phone"}],
        "stages": [{"id": "s", "name": "S", "steps": [{"id": "pay", "action": ROUND_TRIP,
                                                      "touchpoints": ["desk", "call"]}]}],
    }).encode(), "m.json").journey

    source = build(journey)
    assert f'\t\t"step:pay" [label=<<table ' in source
    assert f" tooltip={quoting.quote(tooltip(ROUND_TRIP))}]\n" in source
    assert '\t"step:pay" -> "end:pay" [' in source  # whole names, not node:port
    data = svg_of(journey)
    drawn = svg_lines(data)
    assert set(drawn) == {"round-trip", "cluster_s", "step:pay", "end:pay"}
    assert svg_tooltips(data)["step:pay"] == ROUND_TRIP
    assert drawn["step:pay"][:3] == wrap(ROUND_TRIP, 26) == [
        'Say "hi" \\N \\G <b>x</b>', '&amp; \\" \\\\', "next line ends \\"]
    assert drawn["round-trip"][:2] == ["T", "Current state · " + persona]  # the graph label comes first

    data = svg_of(journey, "touchpoints")
    drawn = svg_lines(data)
    assert set(drawn) == {"round-trip-touchpoints", "touchpoints"}
    assert svg_tooltips(data)["touchpoints"] == "Touchpoints by channel: T"
    for touchpoint in journey.touchpoints:  # each in its channel's row, under the step
        lines = wrap(touchpoint.name, TP_DETAIL_COLUMNS, 3)
        at = drawn["touchpoints"].index(lines[0])
        assert drawn["touchpoints"][at:at + len(lines)] == lines


def test_xml_escapes_markup_and_impossible_characters():
    assert xml('<a href="x">&\'') == "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
    assert xml("tab\tok\x01bad") == "tab\tok\ufffdbad"
    assert xml("a \\G b") == "a \\\\G b"  # Graphviz expands \G even in HTML labels


def test_hostile_text_cannot_break_or_inject_dot():
    data = {
        "journeyctl": 1, "id": "hostile", "title": HOSTILE, "persona": {"name": HOSTILE},
        "touchpoints": [{"id": "t", "name": HOSTILE, "channel": "web", "owner": HOSTILE},
                        {"id": "u", "name": HOSTILE + "2", "channel": "chat"}],
        "stages": [{"id": "s", "name": HOSTILE, "steps": [
            {"id": "a", "action": HOSTILE + "\nnew line \x01", "emotion": -1, "touchpoints": ["t", "u"],
             "barriers": [{"id": "b", "text": HOSTILE, "severity": "critical"}], "next": ["a", "c"]},
            {"id": "c", "action": "digraph { x -> y }", "next": []},
        ]}],
    }
    journey = load_bytes(json.dumps(data).encode(), "hostile.json").journey
    expected_nodes = {"flow": {"step:a", "step:c", "end:c"}, "touchpoints": {"touchpoints"}}
    for graph in ("flow", "touchpoints"):
        data_svg = svg_of(journey, graph)  # lays out: the DOT is valid
        assert set(svg_texts(data_svg)) == expected_nodes[graph]  # and nothing was injected
        root = ET.fromstring(data_svg)  # and the SVG is well-formed XML
        drawn = bare("".join(root.itertext()))
        assert bare('"quoted"\\N\\G') in drawn and bare("<b>notbold</b>&&amp;") in drawn
    texts = svg_texts(svg_of(journey))
    assert bare("digraph { x -> y }") in bare(texts["step:c"])
    # A tooltip keeps \N literally instead of expanding it to the node name.
    tooltip = ET.fromstring(svg_of(journey)).find(f".//{SVG}g[@id='a_node1']/{SVG}a")
    assert tooltip is None or "\\N" in tooltip.get("{http://www.w3.org/1999/xlink}title", "\\N")


# ------------------------------------------------------------ the drawing


FLOW = MINIMAL.replace("action: Does the first thing", "action: Does the first thing\n        emotion: -2\n"
                       "        moment_of_truth: true\n        next: [second, first]") \
              .replace("action: Does the second thing", "action: Does the second thing\n        next: []")


def test_edges_show_order_branches_loops_and_ends():
    source = build(journey_of(FLOW))
    assert '\t"step:first" -> "step:second" [color="#0b5cad" penwidth=1.4]\n' in source
    assert '\t"step:first" -> "step:first" [color="#8250df" style=dashed constraint=false penwidth=1.4]\n' in source
    assert '\t"step:second" -> "end:second" [color="#1f2328" arrowhead=tee penwidth=1.4]\n' in source
    plain = build(journey_of(MINIMAL))
    assert '\t"step:first" -> "step:second"\n' in plain


def test_moment_of_truth_and_emotion_are_drawn():
    source = build(journey_of(FLOW))
    node = next(line for line in source.splitlines() if line.strip().startswith('"step:first" [label'))
    assert 'border="3" color="#9a6700"' in node and "MOMENT OF TRUTH" in node
    assert 'bgcolor="#f4a582"' in node and "<b>−2</b>" in node and "very negative" in node


def test_stage_without_steps_keeps_its_place():
    source = build(journey_of(MINIMAL + "  - id: later\n    name: Later\n"))
    assert 'subgraph "cluster_later"' in source and '"empty:later"' in source
    assert '\t"step:second" -> "empty:later" [style=invis]\n' in source


def test_every_channel_has_a_distinct_symbol_the_bundled_fonts_draw():
    assert set(channels.SYMBOLS) == set(CHANNELS)
    symbols = list(channels.SYMBOLS.values()) + [channels.UNKNOWN]
    assert len(set(symbols)) == len(symbols)
    # ASCII, Latin-1 and the WGL4 symbols (checked by eye in graphviz-pure's PNG);
    # nothing from the dingbats or emoji blocks, which it draws as boxes.
    assert all(len(s) == 1 and ord(s) < 0x2700 and not 0x2700 <= ord(s) < 0x27C0 for s in symbols)
    assert channels.symbol(None) == channels.SYMBOLS["other"] and channels.symbol("fax") == channels.UNKNOWN


def test_scripts_the_bundled_fonts_lack():
    assert scripts_without_glyphs("Ελληνικά Русский Ąžuolas עברית") == []
    assert scripts_without_glyphs("ภาษาไทย and 中文") == ["Cjk", "Thai"]


# ----------------------------------------------------------- the programs


def fake_program(tmp_path, name: str, body: str):
    script = tmp_path / name
    script.write_text(f"#!/bin/sh\n{body}\n")
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return script


def test_pdf_uses_the_system_dot(run, write, tmp_path):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fake_program(bin_dir, "dot", 'cat > "$(dirname "$0")/stdin.dot"; echo "$@" > "$(dirname "$0")/args"; printf "%%PDF-1.7 fake"')
    path = write(MINIMAL)
    result = run("render", str(path), "-f", "pdf", "--view", "flow", env={"PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}"})
    assert result.code == 0, result.stderr
    assert (tmp_path / "map.pdf").read_bytes() == b"%PDF-1.7 fake"
    assert (bin_dir / "args").read_text().strip() == "-Tpdf"
    assert (bin_dir / "stdin.dot").read_text(encoding="utf-8") == build(journey_of(MINIMAL).model_copy(update={"id": "map"}))


def test_pdf_without_graphviz_is_exit_3(run, write, tmp_path):
    path = write(MINIMAL)
    result = run("render", str(path), "-f", "pdf", "--view", "flow", env={"PATH": os.path.dirname(os.sys.executable)})
    assert result.code == 3 and "Traceback" not in result.stderr
    assert "PDF needs Graphviz's dot" in result.stderr and "apt-get install graphviz" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.yaml"]


@pytest.mark.parametrize("binary, message", [
    ("/no/such/dot", "the layout program '/no/such/dot' (--dot-binary) was not found"),
    ("false", "false failed (exit code 1): no output"),
])
def test_missing_or_failing_layout_program_is_exit_3(run, write, tmp_path, binary, message):
    path = write(MINIMAL)
    existing = write("old", "map.svg")
    result = run("render", str(path), "-f", "svg", "--dot-binary", binary)
    assert result.code == 3 and message in result.stderr and "Traceback" not in result.stderr
    assert existing.read_text() == "old"


def test_dot_binary_from_the_environment(run, write, tmp_path):
    fake = fake_program(tmp_path, "mydot", 'cat >/dev/null; echo "<svg xmlns=\\"http://www.w3.org/2000/svg\\"/>"')
    path = write(MINIMAL)
    result = run("render", str(path), "-f", "svg", env={"JOURNEYCTL_DOT": str(fake)})
    assert result.code == 0, result.stderr
    assert (tmp_path / "map.svg").read_text().strip() == '<svg xmlns="http://www.w3.org/2000/svg"/>'


def test_bundled_program_is_found(monkeypatch):
    monkeypatch.setenv(layout.ENVIRONMENT, "graphviz-pure")  # else a system dot on PATH comes first
    assert layout.find_program("svg").endswith("graphviz-pure")
    with pytest.raises(ExternalToolError):
        layout.run("/bin/false", "digraph {}", "svg")


def test_png_refuses_scripts_its_fonts_lack(run, tmp_path):
    thai = next(p for p in EXAMPLES if p.stem == "th-business-phone")
    result = run("render", str(thai), "-f", "png", "--view", "flow", "-o", str(tmp_path / "th.png"),
                 env={"JOURNEYCTL_DOT": "graphviz-pure"})
    assert result.code == 3
    assert "error:" in result.stderr and "no Thai letters" in result.stderr
    assert not (tmp_path / "th.png").exists()


def test_graph_option_is_checked_against_the_format(run, write):
    result = run("render", str(write(MINIMAL)), "--graph", "flow")
    assert result.code == 2 and "--view does not apply to the html format: it has no 'flow' view" in result.stderr
    result = run("render", str(write(MINIMAL)), "-f", "dot", "--dot-binary", "dot")
    assert result.code == 2 and "--dot-binary does not apply to the dot format" in result.stderr


def test_format_from_extension(run, write, tmp_path):
    path = write(MINIMAL)
    for name, magic in (("flow.svg", b"<?xml"), ("flow.gv", b"digraph"), ("flow.png", b"\x89PNG")):
        assert run("render", str(path), "--view", "flow", "-o", str(tmp_path / name)).code == 0
        assert (tmp_path / name).read_bytes().startswith(magic)


# A real system Graphviz: .ci/run installs Debian's graphviz; elsewhere these
# run where dot is installed.
SYSTEM_DOT = __import__("shutil").which("dot")
needs_dot = pytest.mark.skipif(SYSTEM_DOT is None and not os.environ.get("CI"), reason="no system Graphviz dot")


@needs_dot
def test_real_dot_writes_pdf(run, tmp_path):
    example = next(p for p in EXAMPLES if p.stem == "en-billing-support")
    result = run("render", str(example), "-f", "pdf", "--view", "flow", "-o", str(tmp_path / "flow.pdf"))
    assert result.code == 0, result.stderr
    assert (tmp_path / "flow.pdf").read_bytes().startswith(b"%PDF")


@needs_dot
def test_real_dot_keeps_tooltips_exact():
    tooltip_round_trip("dot")


@needs_dot
def test_real_dot_reads_the_same_dot(tmp_path):
    journey = load_bytes(json.dumps({
        "journeyctl": 1, "title": HOSTILE, "persona": {"name": "P"},
        "stages": [{"id": "s", "name": HOSTILE, "steps": [{"id": "a", "action": HOSTILE, "emotion": 2}]}],
    }).encode(), "h.json").journey
    data = SvgRenderer().render(journey, RenderOptions(settings={"dot_binary": "dot"}))
    drawn = bare("".join(ET.fromstring(data).itertext()))
    assert bare('"quoted"\\N\\G') in drawn and bare("<b>notbold</b>&&amp;") in drawn


def test_a_long_tooltip_is_cut_within_graphviz_string_limit():
    written = quoting.quote(tooltip("&\\" * 5000))
    assert len(written.encode("utf-8")) < 16384 and written.endswith('…"')
    assert quoting.quote(tooltip("short")) == "short"


@needs_dot
def test_real_dot_lays_out_a_huge_action():
    journey = journey_of("journeyctl: 1\ntitle: Big\npersona: {name: Pat}\nstages:\n  - id: s\n    name: S\n"
                         f"    steps:\n      - id: a\n        action: {('word ' * 20000).strip()}\n")
    assert SvgRenderer().render(journey, RenderOptions(settings={"dot_binary": "dot"})).startswith(b"<?xml")
