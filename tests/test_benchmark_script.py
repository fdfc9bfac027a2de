"""benchmarks/run.py: its analysis and tables from known samples (no timing
here), the README's speed block equal to what the script makes of the
committed benchmarks/results.json, and the instrument itself (one process
measured, the floor) on tiny inputs."""

from __future__ import annotations

import importlib.util
import json
import sys
import time

import pytest
import yaml

from conftest import ROOT

SPEC = importlib.util.spec_from_file_location("journeyctl_benchmark_run", ROOT / "benchmarks" / "run.py")
bench = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(bench)

SIZES = [10, 1000, 2000, 4000, 8000]
MB = 1024  # kB


def group(task, size, runs, roles=("journeyctl", "floor"), skipped=None):
    return {"task": task, "size": size, "skipped": skipped, "bytes": {"output": 1, "stdout": 0},
            "commands": [{"role": role, "shows": role} for role in roles], "runs": runs}


def linear(fixed, per_step, size, floor, peak_mb=50):
    """Three paired runs of a command whose time is fixed + per_step * size."""
    return [[[fixed + per_step * size + noise, 0.1, peak_mb * MB], [floor, 0.05, 20 * MB]]
            for noise in (0.0, 0.001, -0.001)]


def fake_results():
    groups = [
        # median of the ratios 0.05/0.05, 0.10/0.02, 0.30/0.30 is 1; the ratio of the medians would be 2
        group("help", None, [[[0.05, 0.04, 15 * MB], [0.05, 0.04, 9 * MB]],
                             [[0.10, 0.04, 15 * MB], [0.02, 0.04, 9 * MB]],
                             [[0.30, 0.04, 15 * MB], [0.30, 0.04, 9 * MB]]]),
        group("seed", None, [[[0.1, 0.08, 40 * MB], [0.05, 0.04, 9 * MB], [0.08, 0.06, 30 * MB],
                              [3.0, 1.0, 300 * MB]]] * 3,
              roles=("journeyctl", "floor", "stack", "mmdc")),
        group("portfolio", 1000, [[[1.6, 1.5, 90 * MB], [0.8, 0.7, 20 * MB]]] * 3),
    ]
    for size in SIZES:
        groups.append(group("lint", size, linear(0.08, 2e-5, size, 0.05, peak_mb=200 if size == 8000 else 60)))
        groups.append(group("html", size, linear(0.1, 1e-4, size, 0.06, peak_mb=100)))
        groups.append(group("md", size, linear(0.1, 1e-8 * size, size, 0.06)))  # quadratic
        groups.append(group("mermaid", size, linear(0.1, 1e-5, size, 0.06)))
        groups.append(group("dot", size, linear(0.1, 1e-5, size, 0.06)))
        if size < 8000:
            groups.append(group("json", size, linear(0.1, 1e-5, size, 0.06)))
    groups.append(group("json", 8000, [], skipped="over the time limit (60 s)"))
    return {"format": 1, "notes": ["a note"],
            "machine": {"date": "2026-11-24", "cpus": 2, "cpu": "Test CPU", "memory": "4 GB", "system": "Linux",
                        "python": "3.11.7", "pyyaml": "6.0.3", "libyaml": "0.2.5", "journeyctl": "journeyctl 0.1",
                        "commit": "abc1234", "graphviz": "", "mmdc": "", "load": [0.1, 0.2, 0.3]},
            "settings": {"runs": 3, "quick": False, "sizes": SIZES, "maps": 1000, "timeout": 60,
                         "seed_map": "examples/en-billing-support.yaml", "floor": "..."},
            "groups": groups}


def test_paired_ratios_are_medians_of_the_pairs_and_growth_is_above_the_fixed_cost():
    rows = bench.analyse(fake_results())["rows"]
    assert rows[("help", None)]["seconds"] == pytest.approx(0.10)
    assert rows[("help", None)]["floor_ratio"] == pytest.approx(1.0)
    assert rows[("seed", None)]["mmdc_ratio"] == pytest.approx(30.0)
    assert rows[("seed", None)]["stack"] == pytest.approx(0.08)  # the stack: compared like the floor
    assert rows[("seed", None)]["stack_ratio"] == pytest.approx(1.25)
    # html: 0.1 s + 100 µs a step, so (t(n) - t(10)) / (n - 10) is 100 µs at every size
    for size in SIZES[1:]:
        assert rows[("html", size)]["per_step"] == pytest.approx(1e-4, rel=1e-3)
    assert rows[("md", 8000)]["per_step"] > 7 * rows[("md", 1000)]["per_step"]
    assert rows[("json", 8000)]["skipped"] == "over the time limit (60 s)"


def test_each_target_is_judged_from_the_samples():
    met = {t["label"]: t["met"] for t in bench.analyse(fake_results())["targets"]}
    assert met["seed-size map renders to HTML in ≤ 0.12 s"] is True
    assert met["seed-size map: ≥ 20× faster than mermaid-cli on the same journey"] is True
    assert met["`journeyctl --help` in ≤ 60 ms"] is False  # median 100 ms
    assert met["2,000 steps render to HTML in ≤ 0.45 s"] is True  # 0.3 s
    assert met["2,000 steps lint in ≤ 0.25 s"] is True  # 0.12 s
    assert met["1,000 maps lint in ≤ 1.5 s"] is False  # 1.6 s
    flat = "cost per step flat from 1,000 to 8,000 steps (within 20%)"
    assert met[f"html: {flat}"] is True and met[f"mermaid: {flat}"] is True and met[f"lint: {flat}"] is True
    assert met[f"md: {flat}"] is False  # quadratic
    assert met[f"json: {flat}"] is False  # 8,000 steps over the time limit
    assert met["html: peak memory at 8,000 steps < 150 MB"] is True  # 100 MB
    assert met["lint: peak memory at 8,000 steps < 150 MB"] is False  # 200 MB


def test_a_quick_run_leaves_unmeasured_targets_open():
    results = fake_results()
    results["groups"] = [g for g in results["groups"] if g["size"] in (None, 10, 1000, 2000)]
    results["groups"] = [g for g in results["groups"] if g["task"] != "seed"]
    met = {t["label"]: t for t in bench.analyse(results)["targets"]}
    assert met["lint: peak memory at 8,000 steps < 150 MB"]["met"] is None
    assert met["seed-size map: ≥ 20× faster than mermaid-cli on the same journey"]["met"] is None
    flat = met["html: cost per step flat from 1,000 to 8,000 steps (within 20%)"]
    assert flat["met"] is True and flat["measured"].endswith("at 1,000, 2,000: ×1.00 (only up to 2,000 steps)")


def test_the_readme_block_is_written_between_its_markers_only(tmp_path):
    results = fake_results()
    block = bench.render_readme(results)
    assert block.startswith(bench.BEGIN + "\n") and block.endswith("\n" + bench.END)
    assert "| render html | 101 ms (×1.7) | 200 ms (×3.3) |" in block
    assert "| `journeyctl --help` in ≤ 60 ms | 100 ms | **NOT met** |" in block
    assert "over the limit" in block  # json at 8,000 steps
    seed = "| the seed map (`examples/en-billing-support.yaml`) to HTML | 100 ms | 50 ms (×2.0) | 80 ms |"
    assert seed + " 3.00 s (30.0 × journeyctl) | 40 MB |" in block
    assert "| seed-size map renders to HTML in ≤ 0.12 s | 100 ms (the stack alone: 80 ms) | yes |" in block
    readme = tmp_path / "README.md"
    readme.write_text(f"# Title\n\nbefore\n\n{bench.BEGIN}\nold figures\n{bench.END}\n\nafter\n", encoding="utf-8")
    bench.write_readme(results, readme)
    assert readme.read_text(encoding="utf-8") == f"# Title\n\nbefore\n\n{block}\n\nafter\n"
    bench.write_readme(results, readme)  # idempotent
    assert readme.read_text(encoding="utf-8") == f"# Title\n\nbefore\n\n{block}\n\nafter\n"


def test_the_readme_shows_the_committed_results():
    results = json.loads((ROOT / "benchmarks" / "results.json").read_text(encoding="utf-8"))
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start, end = readme.index(bench.BEGIN), readme.index(bench.END) + len(bench.END)
    assert readme[start:end] == bench.render_readme(results), (
        "run: python benchmarks/run.py --from-results benchmarks/results.json --write-readme")
    assert not results["settings"]["quick"]


def test_one_process_is_measured_with_its_peak_memory_and_a_time_limit(tmp_path):
    result = bench.run_once([sys.executable, "-c", "x = bytearray(80_000_000); print('done')"],
                            tmp_path / "out", tmp_path, timeout=60)
    assert result["code"] == 0 and (tmp_path / "out").read_text() == "done\n"
    assert result["kb"] > 80_000 and result["seconds"] > 0 and result["cpu"] > 0
    start = time.perf_counter()
    slow = bench.run_once([sys.executable, "-c", "import time; time.sleep(30)"], tmp_path / "out", tmp_path,
                          timeout=0.5)
    assert slow["seconds"] is None and time.perf_counter() - start < 10


def test_the_floor_parses_the_map_and_writes_the_same_bytes(tmp_path):
    path = tmp_path / "map.yaml"
    path.write_text(bench.generate(20), encoding="utf-8")
    target = tmp_path / "out.html"
    argv = [sys.executable, "-c", bench.FLOOR, str(path), str(target), "3000000", "17"]
    result = bench.run_once(argv, tmp_path / "stdout", tmp_path, timeout=60)
    assert result["code"] == 0, result["stderr"]
    assert target.stat().st_size == 3_000_000 and (tmp_path / "stdout").stat().st_size == 17
    stacked = [sys.executable, "-c", bench.STACK["html"] + "\n" + bench.FLOOR, *argv[3:]]
    result = bench.run_once(stacked, tmp_path / "stdout", tmp_path, timeout=60)  # the same, after the imports
    assert result["code"] == 0, result["stderr"]
    assert target.stat().st_size == 3_000_000 and (tmp_path / "stdout").stat().st_size == 17
    path.write_text("a: [unclosed\n", encoding="utf-8")  # it really parses: bad YAML fails
    assert bench.run_once(argv, tmp_path / "stdout", tmp_path, timeout=60)["code"] != 0


def test_the_generated_maps_are_valid(tmp_path, run):
    map_ = yaml.load(bench.generate(20), Loader=yaml.CSafeLoader)  # libyaml, as journeyctl reads it
    assert sum(len(stage["steps"]) for stage in map_["stages"]) == 20
    (tmp_path / "big.yaml").write_text(bench.generate(20), encoding="utf-8")
    # the smallest, whose time is the fixed cost, lints clean too: no finding to print
    (tmp_path / "small.yaml").write_text(bench.generate(10), encoding="utf-8")
    bench.write_portfolio(tmp_path / "maps", count=4)
    result = run("lint", str(tmp_path), "--today", bench.TODAY, "--strict")
    assert result.code == 0, result.stdout
    assert result.stdout == "All checks passed (6 maps).\n"
