"""The measurement on every view: the map's measured lane (in the browser,
with measured boxes), the flow's weighted edges, the Markdown table, and
the checks on --measured. The measurement is real: a log planted by
benchmarks/events.py, measured by DuckDB through Ibis."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

from conftest import ROOT
from journeyctl.api import render
from journeyctl.format.measurement import dump
from journeyctl.load import load

from chromium import Browser, find_chromium

sys.path.insert(0, str(ROOT / "benchmarks"))
import events as planted  # noqa: E402

EXECUTABLE = find_chromium()


@pytest.fixture(scope="module")
def measured(tmp_path_factory):
    """(map path, its Measurement, the measured.json path) for the billing
    example with events bound and 3,000 planted customers."""
    import ibis

    from journeyctl.measure.compute import measure

    folder = tmp_path_factory.mktemp("measured")
    map_path = folder / "billing.yaml"
    map_path.write_text(planted.billing_map(), encoding="utf-8")
    table, *_ = planted.generate(map_path, customers=3000, seed=7)
    log = planted.write(table, folder / "events.parquet")
    measurement = measure(load(map_path), ibis.duckdb.connect().read_parquet(str(log)), source="events.parquet")
    out = folder / "measured.json"
    out.write_bytes(dump(measurement))
    return map_path, measurement, out


def test_the_markdown_has_a_row_per_step_with_the_measured_numbers(measured):
    map_path, measurement, _ = measured
    journey = load(map_path).journey
    text = render(journey, "md", measured=measurement).decode("utf-8")
    rows = text[text.index("## Measured"):].splitlines()
    by_id = {s.id: s for s in measurement.steps}
    for position in journey.flow.steps:
        s, name = by_id[position.step.id], position.step.label or position.step.action
        row = next(r for r in rows if r.startswith(f"| {name}"))
        if s.bound and s.reached is not None:
            assert row.split(" | ")[1] == f"{s.reached:,}", row
        elif not s.bound:
            assert "Not measured" in row, row
    # without a measurement, the document is what it always was
    assert "Measured" not in render(journey, "md").decode("utf-8")


def test_the_flow_weighs_edges_by_customers_and_draws_what_the_map_lacks(measured):
    map_path, measurement, _ = measured
    journey = load(map_path).journey
    dot = render(journey, "dot", measured=measurement).decode("utf-8")
    plain = render(journey, "dot").decode("utf-8")
    assert "penwidth=" in dot and dot != plain
    for edge in measurement.edges:
        if edge.measured and edge.customers:
            label = f"{edge.customers:,}"
            assert re.search(rf'"step:({edge.source}|{edge.target})" -> "step:({edge.target}|{edge.source})" '
                             rf'\[[^\]]*label="{label}', dot), (edge.source, edge.target)
    irregular = measurement.deviations.irregular_sequences.examples
    assert irregular, "the planted log has irregular transitions"
    for pair in irregular:
        assert re.search(rf'"step:{pair.source}" -> "step:{pair.target}" \[[^\]]*color="#c0392b"[^\]]*'
                         rf'style=dashed', dot), (pair.source, pair.target)


def test_a_measurement_of_another_map_is_refused(measured, run, tmp_path):
    map_path, _, out = measured
    other = tmp_path / "other.yaml"
    other.write_text(map_path.read_text(encoding="utf-8").replace("id: billing-support", "id: other-map", 1),
                     encoding="utf-8")
    result = run("render", str(other), "--measured", str(out), "-o", str(tmp_path / "x.html"))
    assert result.code == 2, result.stderr
    assert "the measurement is of map 'billing-support', not of this map ('other-map')" in result.stderr
    assert not (tmp_path / "x.html").exists()


@pytest.mark.parametrize("args, message", [
    (["--view", "blueprint"], "--measured applies to the map and flow views and to md"),
    (["-f", "json"], "--measured does not apply to the json format"),
])
def test_measured_where_it_is_not_drawn_is_exit_2(measured, run, tmp_path, args, message):
    map_path, _, out = measured
    result = run("render", str(map_path), "--measured", str(out), *args, "-o", str(tmp_path / "x.html"))
    assert result.code == 2 and message in result.stderr, result.stderr


def test_a_file_that_is_not_a_measurement_is_exit_2(measured, run, tmp_path):
    map_path, _, _ = measured
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"hello": 1}), encoding="utf-8")
    result = run("render", str(map_path), "--measured", str(bad), "-o", str(tmp_path / "x.html"))
    assert result.code == 2 and "not a journeyctl measurement" in result.stderr, result.stderr
    assert "Traceback" not in result.stderr


LANE = """
(() => {
  const box = (el) => { const r = el.getBoundingClientRect(); return {x: r.left, r: r.right, y: r.top, b: r.bottom}; };
  const cells = [...document.querySelectorAll('.cell.lane-measured')].map((cell) => {
    const step = cell.closest('.step');
    const action = step.querySelector('.cell.lane-actions');
    const track = cell.querySelector('.funnel');
    const bar = cell.querySelector('.funnel-bar');
    const texts = [...cell.querySelectorAll('p')].map(box);
    return {cell: box(cell), action: box(action), id: action.id.replace('step-', ''),
            track: track ? box(track) : null, bar: bar ? box(bar) : null, texts,
            scroll: cell.scrollWidth - cell.clientWidth};
  });
  return {cells, summary: !!document.querySelector('.measured-summary')};
})()
"""


@pytest.mark.skipif(EXECUTABLE is None, reason="no Chromium on this machine")
def test_the_measured_lane_in_the_browser(measured, tmp_path):
    """Each step's measured cell sits in its step's column, its funnel bar is
    as long as the share of customers who began, and its text stays inside."""
    map_path, measurement, _ = measured
    journey = load(map_path).journey
    page = tmp_path / "map.html"
    page.write_bytes(render(journey, "html", source=map_path, measured=measurement))
    browser = Browser(EXECUTABLE)
    try:
        browser.open(page, width=2200)
        assert browser.problems() == []
        layout = browser.evaluate(LANE)
    finally:
        browser.close()
    assert layout["summary"]
    shares = {s.id: s.share for s in measurement.steps}
    cells = layout["cells"]
    assert len(cells) == sum(len(s.steps) for s in journey.stages)
    for cell in cells:
        box, action = cell["cell"], cell["action"]
        assert abs(box["x"] - action["x"]) <= 1 and abs(box["r"] - action["r"]) <= 1, cell["id"]
        assert box["y"] >= action["b"] - 1, cell["id"]  # under the actions (and the curve)
        assert cell["scroll"] <= 0, f"text overflows the measured cell of {cell['id']}"
        for text in cell["texts"]:
            assert box["x"] - 1 <= text["x"] and text["r"] <= box["r"] + 1, cell["id"]
        share = shares[cell["id"]]
        if cell["bar"] is not None and share is not None:
            width = cell["track"]["r"] - cell["track"]["x"]
            drawn = cell["bar"]["r"] - cell["bar"]["x"]
            assert abs(drawn - min(share, 1) * width) <= 1.5, (cell["id"], drawn, share * width)


def test_lint_judges_the_map_against_its_measurement(measured, run, tmp_path):
    """The planted log never has call_started: J503 fires at the step that
    names it, with --measured and with --events alike; without either, the
    J5xx rules are silent."""
    map_path, _, out = measured
    log = planted.write(planted.generate(map_path, customers=3000, seed=7)[0], tmp_path / "events.csv")
    found = {}
    for name, extra in {"measured": ["--measured", str(out)], "events": ["--events", str(log)], "none": []}.items():
        result = run("lint", str(map_path), "--format", "json", *extra)
        assert result.code == 0, result.stderr
        found[name] = [(f["code"], f["path"]) for f in json.loads(result.stdout)["findings"]
                       if f["code"].startswith("J5")]
    assert ("J503", "stages[2].steps[2].events") in found["measured"]
    assert found["events"] == found["measured"]
    assert found["none"] == []


def test_a_measurement_that_measures_no_linted_map_is_a_warning(measured, run, tmp_path):
    _, _, out = measured
    other = tmp_path / "other.yaml"
    other.write_text((ROOT / "examples" / "pl-washing-machine.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    result = run("lint", str(other), "--measured", str(out))
    assert "the measurement of map 'billing-support' measures none of the maps linted" in result.stderr


def test_render_events_measures_on_the_spot(measured, run, tmp_path):
    """render --events gives the same page as measure -o, then --measured."""
    map_path, _, out = measured
    log = planted.write(planted.generate(map_path, customers=3000, seed=7)[0], tmp_path / "events.parquet")
    by_file, on_spot = tmp_path / "a.md", tmp_path / "b.md"
    assert run("render", str(map_path), "--measured", str(out), "-o", str(by_file)).code == 0
    result = run("render", str(map_path), "--events", str(log), "-o", str(on_spot))
    assert result.code == 0, result.stderr
    first, second = by_file.read_text(encoding="utf-8"), on_spot.read_text(encoding="utf-8")
    source = re.compile(r"^Source: .*? · ", re.M)  # the log's name, as given
    assert source.sub("", first) == source.sub("", second)
    both = run("render", str(map_path), "--events", str(log), "--measured", str(out), "-o", str(tmp_path / "c.md"))
    assert both.code == 2 and "not both" in both.stderr


def test_the_api_measures_with_events_given_the_map_file(measured, tmp_path):
    from journeyctl import api
    from journeyctl.base.diagnostics import UsageProblem

    map_path, measurement, _ = measured
    log = planted.write(planted.generate(map_path, customers=3000, seed=7)[0], tmp_path / "events.csv")
    loaded = api.load_map(map_path)
    with_file = api.render(loaded, "md", events=str(log))
    rows = sum(len(s.steps) for s in loaded.journey.stages) + 2  # a row a step, the header and its rule
    assert with_file.split(b"## Measured")[1].count(b"\n| ") == rows
    with pytest.raises(UsageProblem, match="needs the map as a file"):
        api.render(loaded.journey, "md", events=str(log))  # no file to measure: no source


def test_text_from_a_measurement_file_cannot_reach_the_terminal_raw(measured, run, tmp_path):
    """A measured.json comes from anyone, like a map: its map id and its
    keys are shown escaped in messages."""
    map_path, _, out = measured
    data = json.loads(out.read_text(encoding="utf-8"))
    forged = tmp_path / "forged.json"
    forged.write_text(json.dumps({**data, "map": "x\u001b[2J\nerror: forged"}), encoding="utf-8")
    result = run("render", str(map_path), "--measured", str(forged), "-o", str(tmp_path / "x.html"))
    assert result.code == 2 and "\u001b" not in result.stderr and "\\x1b[2J\\nerror: forged" in result.stderr
    extra = tmp_path / "extra.json"
    extra.write_text(json.dumps({**data, "\u001b[31mkey": 1}), encoding="utf-8")
    result = run("lint", str(map_path), "--measured", str(extra))
    assert result.code == 2 and "\u001b" not in result.stderr, result.stderr
