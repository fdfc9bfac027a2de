"""Properties over generated input (hypothesis).

Random valid maps (any Unicode, any sizes the schema allows) render to every
format without error, deterministically, with every action present; random
mutations of valid maps and random bytes either load or give positioned
problems — never another exception, never a partial output file.

In CI (CI set) the runs are derandomized, so a red build can be reproduced;
elsewhere each run explores new cases; ``--hypothesis-profile=thorough``
explores much further (profiles are in conftest.py).
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from journeyctl.text import mermaid_journey as mermaid
from journeyctl.cli import main
from journeyctl.base.diagnostics import MapError
from journeyctl.load import load_bytes
from journeyctl.format.model import CHANNELS
from journeyctl.render import RenderOptions
from journeyctl.render.dot import DotRenderer
from journeyctl.render.graphviz import SvgRenderer
from journeyctl.render.html import HtmlRenderer
from journeyctl.render.json import JsonRenderer
from journeyctl.render.markdown import MarkdownRenderer
from journeyctl.render.mermaid import MermaidRenderer, task_name

from conftest import EXAMPLES


# Any Unicode but surrogates (not encodable) and C0/C1 controls (YAML
# forbids them raw; a JSON escape would let them through, tested elsewhere).
TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=40).filter(str.strip)
OPTIONAL = st.none() | TEXT


@st.composite
def journeys(draw) -> dict:
    n_tp = draw(st.integers(0, 3))
    touchpoints = [{"id": f"t{i}", "name": draw(TEXT),
                    "channel": draw(st.sampled_from(CHANNELS) | TEXT), "owner": draw(OPTIONAL)} for i in range(n_tp)]
    stage_sizes = draw(st.lists(st.integers(0, 4), min_size=1, max_size=4))
    step_ids = [f"s{k}" for k in range(sum(stage_sizes))]
    barrier_ids: list[str] = []
    stages, k = [], 0
    for si, size in enumerate(stage_sizes):
        steps = []
        for _ in range(size):
            barriers = [{"id": f"b{k}-{j}", "text": draw(TEXT),
                         "severity": draw(st.sampled_from(["low", "medium", "high", "critical"]))}
                        for j in range(draw(st.integers(0, 2)))]
            barrier_ids += [b["id"] for b in barriers]
            step = {"id": f"s{k}", "action": draw(TEXT), "emotion": draw(st.none() | st.integers(-2, 2)),
                    "feeling": draw(OPTIONAL), "thoughts": draw(OPTIONAL), "questions": draw(st.lists(TEXT, max_size=2)),
                    "touchpoints": draw(st.lists(st.sampled_from([t["id"] for t in touchpoints]), max_size=2))
                    if touchpoints else [],
                    "barriers": barriers, "moment_of_truth": draw(st.booleans())}
            nxt = draw(st.none() | st.lists(st.sampled_from(step_ids), max_size=2))
            if nxt is not None:
                step["next"] = nxt
            steps.append(step)
            k += 1
        stages.append({"id": f"g{si}", "name": draw(TEXT), "steps": steps, "backstage": draw(st.lists(TEXT, max_size=2)),
                       "metrics": [{"name": draw(TEXT), "value": draw(OPTIONAL), "target": draw(OPTIONAL)}]})
    for stage in stages:
        stage["opportunities"] = [{"id": f"o{stage['id']}", "text": draw(TEXT),
                                   "addresses": draw(st.lists(st.sampled_from(barrier_ids), max_size=2)) if barrier_ids else []}]
    return {
        "journeyctl": 1, "title": draw(TEXT), "description": draw(OPTIONAL), "goal": draw(OPTIONAL),
        "locale": draw(st.sampled_from(["en", "th", "ar", "el", "ru", "pt-BR", "zz"])),
        "state": draw(st.sampled_from(["current", "future"])), "tags": draw(st.lists(TEXT, max_size=2)),
        "persona": {"name": draw(TEXT), "role": draw(OPTIONAL), "quote": draw(OPTIONAL), "goals": draw(st.lists(TEXT, max_size=2))},
        "touchpoints": touchpoints, "stages": stages,
    }


def load(data: dict):
    # JSON is YAML; written with real characters (libyaml refuses surrogate-pair escapes).
    return load_bytes(json.dumps(data, ensure_ascii=False).encode("utf-8"), "generated.yaml").journey


def flat(text: str) -> str:
    return " ".join(text.split())


class _Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts: list[str] = []

    def handle_data(self, data):
        self.parts.append(data)


IN_PROCESS = (HtmlRenderer, JsonRenderer, MarkdownRenderer, MermaidRenderer, DotRenderer)


@given(journeys())
def test_valid_maps_render_everywhere_deterministically(data):
    journey = load(data)
    outputs = {}
    for renderer in IN_PROCESS:
        first = renderer().render(journey, RenderOptions())
        assert first == renderer().render(load(data), RenderOptions()), renderer.name
        outputs[renderer.name] = first
    actions = [flat(s.action) for st_ in journey.stages for s in st_.steps]

    html = _Text()
    html.feed(outputs["html"])
    shown = flat("".join(html.parts))
    assert all(a in shown for a in actions)

    md = _Text()
    md.feed(MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(outputs["md"]))
    shown_md = flat("".join(md.parts))
    assert all(a in shown_md for a in actions)

    # Mermaid shows each step's short name: its label, or its action cut at a
    # word boundary; the parser must read back exactly that.
    diagram = mermaid.parse(outputs["mermaid"])
    names = [task_name(step) for stage in journey.stages for step in stage.steps]
    assert [t.name for s in diagram.sections for t in s.tasks] == [" ".join(n.split()) for n in names]
    assert json.loads(outputs["json"])["title"] == journey.title


@settings(max_examples=12)
@given(journeys())
def test_valid_maps_lay_out_as_svg_with_every_action(data):
    journey = load(data)
    svg = SvgRenderer().render(journey, RenderOptions())
    root = ET.fromstring(svg)
    ns = "{http://www.w3.org/2000/svg}"
    tips = {}
    for group in root.iter(f"{ns}g"):
        if group.get("class") == "node":
            link = group.find(f".//{ns}a")
            tips[group.find(f"{ns}title").text] = link.get("{http://www.w3.org/1999/xlink}title") if link is not None else None
    for stage in journey.stages:
        for step in stage.steps:
            assert tips[f"step:{step.id}"] == as_svg_writes(step.action)


def as_svg_writes(text: str) -> str:
    """Graphviz's SVG writer keeps runs of spaces visible: a space after a
    space becomes a no-break space (xml_string in lib/common/xml.c)."""
    import re

    return re.sub(r"(?<= ) ", "\u00a0", text)


SOURCES = [p.read_bytes() for p in EXAMPLES]
NOISE = st.sampled_from(list(":-[]{}#&*!|>'\"%@`,?\n\t ") + ["\u202e", "é", "🧭", "ก", "  - ", ": [", "{{", "\\"])


@st.composite
def mutations(draw) -> bytes:
    data = bytearray(draw(st.sampled_from(SOURCES)))
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["delete", "insert", "duplicate", "truncate", "byte"]))
        at = draw(st.integers(0, len(data)))
        if kind == "delete":
            del data[at:at + draw(st.integers(1, 40))]
        elif kind == "insert":
            data[at:at] = draw(NOISE).encode()
        elif kind == "duplicate":
            lines = bytes(data).split(b"\n")
            i = draw(st.integers(0, len(lines) - 1))
            lines.insert(i, lines[i])
            data = bytearray(b"\n".join(lines))
        elif kind == "truncate":
            del data[at:]
        else:
            data[at:at] = bytes([draw(st.integers(0, 255))])
    return bytes(data)


def _loads_or_positioned(data: bytes) -> bool:
    try:
        load_bytes(data, "m.yaml")
        return True
    except MapError as exc:
        lines = data.count(b"\n") + 2
        assert exc.diagnostics
        for d in exc.diagnostics:
            assert 1 <= d.line <= lines and d.col >= 1, str(d)
            assert re.fullmatch(r"[YSRF]\d{3}", d.code), str(d)
        return False


@given(mutations())
def test_mutated_maps_load_or_give_positioned_problems(data):
    _loads_or_positioned(data)


@given(st.binary(max_size=3000))
def test_random_bytes_load_or_give_positioned_problems(data):
    _loads_or_positioned(data)


@settings(max_examples=25)
@given(mutations())
def test_the_command_never_shows_a_traceback_nor_leaves_a_partial_file(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("mutant")
    source = folder / "map.yaml"
    source.write_bytes(data)
    for fmt in ("html", "md", "dot"):
        target = folder / f"map.{fmt}"
        result = CliRunner().invoke(main, ["render", str(source), "-f", fmt])
        assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
        assert result.exit_code in (0, 1)
        assert "Traceback" not in result.output
        assert target.exists() == (result.exit_code == 0)
    assert sorted(p.name for p in folder.iterdir() if p.name.startswith(".")) == []  # no temporary files left
