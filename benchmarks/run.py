"""Benchmark journeyctl against its targets and print a table.

    python benchmarks/run.py            # 10 to 10,000 steps, 3 runs each
    python benchmarks/run.py --quick    # 10 to 2,000 steps, 1 run each

For maps of 10, 100, 1,000, 2,000 and 10,000 steps it measures, each as a
fresh process (what a user or CI runs): ``journeyctl lint`` and ``render``
to html, md, dot and svg; beside them the floor (the same interpreter
parsing the same file with libyaml, nothing else) and the start-up of
``journeyctl --help``. Wall time is the median of the runs; memory is the
peak resident set size of the process.

Targets (on a 2-core machine): --help <= 120 ms; a 2,000-step map renders to
HTML in <= 1 s and lints in <= 0.5 s; cost grows linearly with steps. The
last table says whether each target is met. Not part of the test run.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

SIZES = (10, 100, 1000, 2000, 10000)
MEASURE = r"""
import json, resource, subprocess, sys, time
start = time.perf_counter()
proc = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
elapsed = time.perf_counter() - start
peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"seconds": elapsed, "peak_kb": peak_kb, "code": proc.returncode,
                  "stderr": proc.stderr.decode()[-300:]}))
"""


def generate(steps: int) -> str:
    """A realistic map: stages of ten steps, each with touchpoints, an
    emotion, thoughts, a question and a barrier; opportunities and metrics."""
    per_stage = 10 if steps >= 10 else steps
    out = [
        "journeyctl: 1", f"title: Benchmark journey with {steps} steps", "updated: 2026-11-01",
        "goal: Get from the first step to the last", "persona:", "  name: Benchmark persona",
        "  goals: [Finish quickly]", "touchpoints:",
        "  - {id: web, name: Website, channel: web, owner: Marketing}",
        "  - {id: mail, name: Email, channel: email, owner: Support}",
        "  - {id: call, name: Phone line, channel: phone, owner: Sales}",
        "stages:",
    ]
    channels = ("web", "mail", "call")
    for stage in range(max(1, steps // per_stage)):
        out += [f"  - id: stage-{stage}", f"    name: Stage number {stage}", "    goal: Move on", "    steps:"]
        for k in range(per_stage):
            sid = f"s{stage}-{k}"
            out += [
                f"      - id: {sid}",
                f"        action: The customer does thing {k} of stage {stage}, which takes a while",
                f"        touchpoints: [{channels[k % 3]}, {channels[(k + 1) % 3]}]",
                f"        emotion: {(k % 5) - 2}",
                "        feeling: Curious",
                "        thoughts: Is this going to work the way I expect?",
                "        questions: [How long will this take?]",
                "        barriers:",
                f"          - {{id: b-{sid}, text: The page is slow to load, severity: {'high' if k == 3 else 'low'}}}",
            ]
        out += [
            "    opportunities:",
            f"      - {{id: o-{stage}, text: Make the page faster, addresses: [b-s{stage}-3], priority: high}}",
            "    metrics:", "      - {name: Conversion, value: 4%, target: 10%}",
        ]
    return "\n".join(out) + "\n"


def measure(command: list[str], runs: int) -> dict:
    results = []
    for _ in range(runs):
        proc = subprocess.run([sys.executable, "-c", MEASURE, *command], capture_output=True, text=True, check=True)
        results.append(json.loads(proc.stdout))
    failed = [r for r in results if r["code"] not in (0, 1)]
    if failed:
        raise SystemExit(f"{' '.join(command)} failed: {failed[0]['stderr']}")
    return {"seconds": statistics.median(r["seconds"] for r in results),
            "peak_mb": max(r["peak_kb"] for r in results) / 1024}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="sizes up to 2,000 steps, one run each")
    parser.add_argument("--runs", type=int, default=None)
    args = parser.parse_args()
    sizes = tuple(s for s in SIZES if s <= 2000) if args.quick else SIZES
    runs = args.runs or (1 if args.quick else 3)

    journeyctl = shutil.which("journeyctl", path=str(Path(sys.executable).parent)) or shutil.which("journeyctl")
    if journeyctl is None:
        raise SystemExit("journeyctl is not installed in this environment (pip install -e .)")

    tasks = {
        "floor (libyaml)": lambda f, out: [sys.executable, "-c",
                                           "import sys, yaml; yaml.load(open(sys.argv[1], 'rb'), Loader=yaml.CSafeLoader)", str(f)],
        "lint": lambda f, out: [journeyctl, "lint", str(f), "--today", "2026-11-22"],
        "render html": lambda f, out: [journeyctl, "render", str(f), "-o", str(out / "map.html")],
        "render md": lambda f, out: [journeyctl, "render", str(f), "-o", str(out / "map.md")],
        "render dot": lambda f, out: [journeyctl, "render", str(f), "-o", str(out / "map.dot")],
        "render svg": lambda f, out: [journeyctl, "render", str(f), "-o", str(out / "map.svg")],
    }
    table: dict[str, dict[int, dict]] = {name: {} for name in tasks}
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        startup = measure([journeyctl, "--help"], max(runs, 5))
        for size in sizes:
            path = out / f"map-{size}.yaml"
            path.write_text(generate(size), encoding="utf-8")
            for name, command in tasks.items():
                table[name][size] = measure(command(path, out), runs)
                print(f"  {name:<16} {size:>6} steps  {table[name][size]['seconds']:7.3f} s", file=sys.stderr)

    width = 18
    header = f"| {'task':<{width}} | " + " | ".join(f"{s:>7,} steps" for s in sizes) + " |"
    print(f"\nWall time (median of {runs}) and peak memory, one process per run, {sys.platform}, "
          f"Python {sys.version.split()[0]}\n")
    print(header)
    print("|" + "-" * (width + 2) + "|" + "|".join("-" * 15 for _ in sizes) + "|")
    for name, row in table.items():
        cells = [f"{row[s]['seconds'] * 1000:7.0f} ms" if row[s]['seconds'] < 10 else f"{row[s]['seconds']:7.1f} s " for s in sizes]
        print(f"| {name:<{width}} | " + " | ".join(f"{c:>13}" for c in cells) + " |")
    print(f"| {'(peak MB, html)':<{width}} | " + " | ".join(f"{table['render html'][s]['peak_mb']:10.0f} MB" for s in sizes) + " |")
    print(f"\njourneyctl --help: {startup['seconds'] * 1000:.0f} ms, {startup['peak_mb']:.0f} MB\n")

    checks = [("--help <= 120 ms", startup["seconds"] <= 0.120, f"{startup['seconds'] * 1000:.0f} ms")]
    if 2000 in sizes:
        html, lint = table["render html"][2000]["seconds"], table["lint"][2000]["seconds"]
        checks += [("2,000 steps: render html <= 1 s", html <= 1.0, f"{html:.2f} s"),
                   ("2,000 steps: lint <= 0.5 s", lint <= 0.5, f"{lint:.2f} s")]
    if 1000 in sizes and sizes[-1] >= 2000:
        big = sizes[-1]
        for name in ("lint", "render html"):
            base = table[name][1000]["seconds"] - startup["seconds"]
            top = table[name][big]["seconds"] - startup["seconds"]
            ratio = top / base if base > 0 else float("inf")
            expected = big / 1000
            checks.append((f"{name}: linear from 1,000 to {big:,} steps (x{expected:g})", ratio <= expected * 1.3,
                           f"x{ratio:.1f} without start-up"))
    print("| target | met | measured |\n|---|---|---|")
    for label, ok, value in checks:
        print(f"| {label} | {'yes' if ok else 'NO'} | {value} |")


if __name__ == "__main__":
    main()
