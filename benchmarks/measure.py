"""Benchmark ``journeyctl measure`` (DuckDB, embedded) and print a table.

    python benchmarks/measure.py              # 10 M events (1 M customers) and 50 M (5 M), 3 runs each
    python benchmarks/measure.py --quick      # 1 M events, 1 run
    python benchmarks/measure.py --sizes 10 --runs 5

The logs are made by benchmarks/events.py (the billing example with its
events bound; planted drop-offs, loops and deviations; page views to make
ten events a customer) and kept as Parquet under --cache (default
/tmp/journeyctl-benchmarks, outside the repository), so a second run
measures only the measurement. Each run is a fresh ``journeyctl measure``
process, as a user or CI runs it: wall time is the median of the runs,
memory the peak resident set size of the process (its DuckDB included);
the CPU time (user and system, all threads) says what the wall time would
be on an idle machine when other work shares this one.

Targets (a 2-core machine): 10 M events of 1 M customers in <= 10 s with
peak memory < 2 GB; 50 M events in <= 5 times that. Not part of the test
run. The load average is printed too: the machine may be shared.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import platform
import shutil
import statistics
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
#: Millions of events -> customers (ten events a customer).
SIZES = {1: 100_000, 10: 1_000_000, 50: 5_000_000}
#: Page views a journey that make about ten events a customer.
VIEWS = 2.35
#: A measurement slower than this is stopped (seconds).
TIMEOUT = 1800

sys.path.insert(0, str(HERE))
from run import run_once  # noqa: E402 - the measuring of benchmarks/run.py


def generator():
    spec = importlib.util.spec_from_file_location("journeyctl_benchmark_events", HERE / "events.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def log(cache: Path, millions: int, seed: int) -> tuple[Path, Path, int]:
    """The bound map and the log for a size (made once, then reused)."""
    events = generator()
    cache.mkdir(parents=True, exist_ok=True)
    map_path = cache / "billing.yaml"
    text = events.billing_map()
    if not map_path.exists() or map_path.read_text(encoding="utf-8") != text:
        map_path.write_text(text, encoding="utf-8")
    customers = SIZES[millions]
    path = cache / f"events-{customers}-{VIEWS}-{seed}.parquet"
    rows_file = path.with_suffix(".rows")
    if not path.exists() or not rows_file.exists():
        print(f"  generating {millions} M events ({customers:,} customers) -> {path}", file=sys.stderr)
        table, _planted = events.generate(map_path, customers, seed, views=VIEWS)
        events.write(table, path)
        rows_file.write_text(str(table.num_rows))
        del table
    return map_path, path, int(rows_file.read_text())


def run(command: list[str], runs: int) -> dict:
    """``runs`` fresh processes of ``command`` (measured as benchmarks/run.py
    measures a command): median wall and CPU seconds, peak memory."""
    results = []
    for _ in range(runs):
        result = run_once(command, Path(os.devnull), Path.cwd(), TIMEOUT)
        if result["code"] != 0 or result["seconds"] is None:
            raise SystemExit(f"{' '.join(command)} failed ({result['code']}): {result['stderr']}")
        results.append(result)
        print(f"    {result['seconds']:.2f} s, {result['cpu']:.1f} s of CPU, {result['kb'] / 1024:.0f} MB",
              file=sys.stderr)
    return {"seconds": statistics.median(r["seconds"] for r in results),
            "all": [r["seconds"] for r in results], "cpu": statistics.median(r["cpu"] for r in results),
            "peak_mb": max(r["kb"] for r in results) / 1024}


def _steal() -> tuple[int, int] | None:
    """Jiffies of CPU time stolen by the hypervisor, and of all time (Linux)."""
    try:
        fields = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    except (OSError, ValueError):
        return None
    return (fields[7] if len(fields) > 7 else 0), sum(fields)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="1 M events, one run")
    parser.add_argument("--sizes", type=int, nargs="+", choices=sorted(SIZES), help="millions of events")
    parser.add_argument("--runs", type=int, default=None)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--cache", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "journeyctl-benchmarks")
    args = parser.parse_args()
    sizes = args.sizes or ([1] if args.quick else [10, 50])
    runs = args.runs or (1 if args.quick else 3)
    journeyctl = shutil.which("journeyctl", path=str(Path(sys.executable).parent)) or shutil.which("journeyctl")
    if journeyctl is None:
        raise SystemExit("journeyctl is not installed in this environment (pip install -e '.[data]')")

    measured = {}
    steal_before = _steal()
    for millions in sizes:
        map_path, events_path, rows = log(args.cache, millions, args.seed)
        print(f"  measuring {rows:,} events, {runs} run(s)", file=sys.stderr)
        out = args.cache / f"measured-{millions}.json"
        measured[millions] = {**run([journeyctl, "measure", str(map_path), "--events", str(events_path),
                                     "-o", str(out)], runs), "rows": rows}

    import duckdb

    steal = _steal()
    stolen = "" if steal is None or steal_before is None else \
        f", CPU time stolen by the host {100 * (steal[0] - steal_before[0]) / max(1, steal[1] - steal_before[1]):.1f} %"
    load = " / ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"\n`journeyctl measure` with DuckDB {duckdb.__version__}: wall time (median of {runs} runs) and peak "
          f"memory, one process a run; {os.cpu_count()} CPUs, {platform.system()}, Python "
          f"{platform.python_version()}, load average {load}{stolen}\n")
    print("| events | customers | wall time | runs | CPU time (user + system) | peak memory |")
    print("|---:|---:|---:|---|---:|---:|")
    for millions, m in measured.items():
        print(f"| {m['rows']:,} | {SIZES[millions]:,} | {m['seconds']:.2f} s | "
              f"{', '.join(f'{s:.2f}' for s in m['all'])} | {m['cpu']:.1f} s | {m['peak_mb']:,.0f} MB |")

    checks = []
    if 10 in measured:
        ten = measured[10]
        checks += [("10 M events in <= 10 s", ten["seconds"] <= 10, f"{ten['seconds']:.2f} s"),
                   ("10 M events: peak memory < 2 GB", ten["peak_mb"] < 2048, f"{ten['peak_mb']:,.0f} MB")]
    if 50 in measured:
        fifty = measured[50]
        checks.append(("50 M events in <= 50 s (5 x 10 s)", fifty["seconds"] <= 50, f"{fifty['seconds']:.2f} s"))
        if 10 in measured:
            ratio = fifty["seconds"] / measured[10]["seconds"]
            checks.append(("50 M events in <= 5 x the time of 10 M", ratio <= 5, f"x{ratio:.2f}"))
        checks.append(("50 M events: peak memory (no target)", True, f"{fifty['peak_mb']:,.0f} MB"))
    if checks:
        print("\n| target | met | measured |\n|---|---|---|")
        for label, ok, value in checks:
            print(f"| {label} | {'yes' if ok else 'NO'} | {value} |")


if __name__ == "__main__":
    main()
