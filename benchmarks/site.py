"""Benchmark ``journeyctl site`` on portfolios of 50, 200 and 500 maps and
print a table.

    python benchmarks/site.py                 # 50, 200, 500 maps, 3 runs each
    python benchmarks/site.py --quick         # 50 and 200 maps, 1 run
    python benchmarks/site.py --sizes 500 --runs 5 --jobs 1

The maps are the examples (examples/*.yaml, seven languages, one with a
service blueprint, two with a persona picture), copied with new ids and
titles into a temporary git repository in three commits: all the maps, then
a tenth of them changed (an emotion, the updated date), then another
tenth. So every map's page has a history of one to three rows, read from
git as the site does. Each run is a fresh ``journeyctl site`` process into
a new folder, as a user or CI runs it: the wall time is the median of the
runs; the CPU time is of the process and its children (the Graphviz
``dot`` processes, the worker processes), which says what the wall time
would be on an idle machine when others share this one; memory is the
largest resident set of any one of them.

Target (a 2-core machine): 500 maps in at most 15 s. Not part of the test
run. The load average is printed too: the machine may be shared.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
EXAMPLES = sorted((HERE.parent / "examples").glob("*.yaml"))
TARGET = {500: 15.0}
#: A build slower than this is stopped (seconds).
TIMEOUT = 600

sys.path.insert(0, str(HERE))
from run import run_once  # noqa: E402 - the measuring of benchmarks/run.py


def variant(template: str, number: int) -> str:
    """The example with a new id (``-0042``) and a numbered title."""
    text = re.sub(r"(?m)^id: (\S+)$", lambda m: f"id: {m.group(1)}-{number:04d}", template, count=1)

    def title(match: re.Match) -> str:
        value = match.group(1)
        if value.startswith('"') and value.endswith('"'):
            return f'title: "{value[1:-1]} {number}"'
        return f"title: {value} {number}"

    return re.sub(r"(?m)^title: (.+)$", title, text, count=1)


def change(text: str, round_: int) -> str:
    """A small change a team would commit: the updated date, an emotion."""
    text = re.sub(r"(?m)^updated: \S+$", f"updated: 2026-1{round_}-0{round_}", text, count=1)
    return re.sub(r"(?m)^(\s+emotion: )(-?\d)$", lambda m: f"{m.group(1)}{max(-2, int(m.group(2)) - 1)}",
                  text, count=1)


def git(folder: Path, *args: str) -> None:
    env = {**os.environ, "GIT_AUTHOR_NAME": "Bench", "GIT_AUTHOR_EMAIL": "bench@example.org",
           "GIT_COMMITTER_NAME": "Bench", "GIT_COMMITTER_EMAIL": "bench@example.org",
           "GIT_AUTHOR_DATE": "2026-10-01T12:00:00Z", "GIT_COMMITTER_DATE": "2026-10-01T12:00:00Z"}
    subprocess.run(["git", *args], cwd=folder, check=True, capture_output=True, env=env)


def portfolio(root: Path, count: int) -> Path:
    """A git repository with ``count`` maps under maps/, in three commits."""
    repo = root / f"portfolio-{count}"
    maps = repo / "maps"
    shutil.copytree(HERE.parent / "examples" / "images", maps / "images")
    templates = [p.read_text(encoding="utf-8") for p in EXAMPLES]
    files = []
    for number in range(count):
        path = maps / f"{number:04d}-{EXAMPLES[number % len(EXAMPLES)].stem}.yaml"
        path.write_text(variant(templates[number % len(templates)], number), encoding="utf-8")
        files.append(path)
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", f"{count} maps")
    for round_ in (1, 2):
        for path in files[round_ - 1::10]:
            path.write_text(change(path.read_text(encoding="utf-8"), round_), encoding="utf-8")
        git(repo, "commit", "-q", "-am", f"Round {round_} of changes")
    return maps


def command() -> list[str]:
    script = shutil.which("journeyctl", path=str(Path(sys.executable).parent))
    return [script] if script else [sys.executable, "-m", "journeyctl"]


def run(args: list[str], runs: int) -> dict:
    """``runs`` fresh processes of ``args`` (measured as benchmarks/run.py
    measures a command): median wall and CPU seconds, peak memory."""
    samples = []
    for _ in range(runs):
        sample = run_once(args, Path(os.devnull), Path.cwd(), TIMEOUT)
        if sample["code"] not in (0, 1) or sample["seconds"] is None:
            raise SystemExit(f"{' '.join(args)} failed ({sample['code']}): {sample['stderr']}")
        samples.append(sample)
        shutil.rmtree(args[args.index("-o") + 1], ignore_errors=True)
    return {
        "seconds": statistics.median(s["seconds"] for s in samples),
        "cpu": statistics.median(s["cpu"] for s in samples),
        "peak_mb": max(s["kb"] for s in samples) / 1024,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", help="numbers of maps (default 50 200 500)")
    parser.add_argument("--runs", type=int, help="runs of each size (default 3; --quick 1)")
    parser.add_argument("--jobs", type=int, help="journeyctl site --jobs (default: its own, the CPU count)")
    parser.add_argument("--quick", action="store_true", help="50 and 200 maps, one run")
    options = parser.parse_args()
    sizes = options.sizes or ([50, 200] if options.quick else [50, 200, 500])
    runs = options.runs or (1 if options.quick else 3)
    rows = []
    with tempfile.TemporaryDirectory(prefix="journeyctl-site-bench-") as scratch:
        root = Path(scratch)
        for count in sizes:
            print(f"  {count} maps: making the repository…", file=sys.stderr)
            maps = portfolio(root, count)
            args = [*command(), "-q", "site", str(maps), "-o", str(root / f"site-{count}"), "--today", "2026-11-01"]
            if options.jobs:
                args += ["--jobs", str(options.jobs)]
            print(f"  {count} maps: {runs} run(s) of journeyctl site…", file=sys.stderr)
            result = run(args, runs)
            files = sum(1 for _ in maps.rglob("*.yaml"))
            target = TARGET.get(count)
            verdict = "" if target is None else ("met" if result["seconds"] <= target else "MISSED")
            rows.append((str(count), str(files), f"{result['seconds']:.2f}", f"{result['cpu']:.1f}",
                         f"{result['peak_mb']:.0f}", f"≤ {target:g} s" if target else "", verdict))
    header = ("maps", "files", "wall s (median)", "CPU s", "peak MB", "target", "")
    widths = [max(len(r[i]) for r in rows + [header]) for i in range(len(header))]
    print(f"journeyctl site, {runs} run(s) each; {os.cpu_count()} CPUs; load average "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    for row in [header, tuple("-" * w for w in widths)] + rows:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip())


if __name__ == "__main__":
    main()
