"""Benchmark journeyctl against its targets, paired with a floor, and print tables.

    python benchmarks/run.py                  # 10 to 8,000 steps, 5 paired runs (several minutes)
    python benchmarks/run.py --quick          # 10 to 2,000 steps, 3 paired runs (about a minute)
    python benchmarks/run.py --write-readme   # full run; writes benchmarks/results.json and the
                                              # README block generated from it
    python benchmarks/run.py --from-results benchmarks/results.json   # tables of a saved run

What is measured. Every command runs as a fresh process, as a user or CI runs
it: ``journeyctl --help``; ``journeyctl lint`` and ``journeyctl render`` to
html, md, json, mermaid and dot of generated maps of 10, 100, 1,000, 2,000,
4,000 and 8,000 steps (svg up to 2,000 only: Graphviz's layout dominates it
and is not linear in the steps); ``journeyctl lint`` of a folder of 1,000
small maps; and the HTML of the seed map (a 10-step example), beside
mermaid-cli drawing the same journey (journeyctl's own Mermaid output of it)
when ``mmdc`` can be run.

The floor. Beside each command runs its floor: the same interpreter as
journeyctl's, reading the same file(s), running libyaml's parser over them
(``yaml._yaml.CParser``, ``get_event()`` to the end) and writing as many
bytes as journeyctl wrote, to the same kind of target (the output file,
standard output). No Python tool can do the job for less.

The stack. Beside it runs the floor again, after importing the packages
journeyctl is built on that the command needs: click for every command,
pydantic's smallest model for one that reads a map (building a first model
imports the rest of pydantic), Jinja2 for HTML. What any
tool made of these packages pays before it does anything of its own; the
targets table shows it beside each time target.

Bytecode. journeyctl's package is compiled to bytecode first (as pip does
when it installs a wheel), so an editable install, or a shell with
PYTHONDONTWRITEBYTECODE set, is measured as an installed one.

Paired and interleaved. A warm-up pass runs every command once (discarded:
it fills the page cache and counts the bytes each writes). Then each
repetition runs every group (a command and its floor, and mermaid-cli for
the seed map) in a rotated order, and rotates the order inside each group,
so that a change of load hits journeyctl and its floor alike. Reported:
medians of the wall times; for comparisons, the median of the per-run
ratios (journeyctl / floor, mermaid-cli / journeyctl), not a ratio of
medians.

Growth. The fixed cost of each command is its time at the smallest size (10
steps), measured in the same repetition; the cost per step at n steps is
(time(n) - time(10)) / (n - 10), and it must stay within 20% (largest /
smallest) from 1,000 to 8,000 steps. Memory: the peak resident set size of
the process (and of its children, such as Graphviz's dot), from wait4().

Targets (a 2-core machine), listed with met / NOT met in the last table:
the seed map renders to HTML in <= 0.12 s, and >= 20x faster than
mermaid-cli; --help <= 60 ms; 2,000 steps render to HTML in <= 0.45 s and
lint in <= 0.25 s; 1,000 maps lint in <= 1.5 s; cost per step flat from
1,000 to 8,000 steps for every text format; peak memory at 8,000 steps
< 150 MB for html and lint. Not part of the test run; the machine (CPUs,
Python, load average) is printed and saved with the figures.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results.json"
README = ROOT / "README.md"
BEGIN, END = "<!-- benchmark -->", "<!-- /benchmark -->"

SIZES = (10, 100, 1000, 2000, 4000, 8000)
QUICK_SIZES = (10, 1000, 2000)
FORMATS = ("html", "md", "json", "mermaid", "dot")  # the text formats: cost per step must be flat
SVG_UP_TO = 2000
FLAT_FROM = 1000
FLAT_WITHIN = 1.20
TODAY = "2026-11-22"  # lint's --today: the same findings on any day
PORTFOLIO = 1000
SEED_MAP = ROOT / "examples" / "en-billing-support.yaml"
MMDC_INSTALL = ("npm install --prefix /tmp/mmdc @mermaid-js/mermaid-cli (with PUPPETEER_SKIP_DOWNLOAD=1 "
                "to use the system Chromium), then --mmdc /tmp/mmdc/node_modules/.bin/mmdc "
                "--puppeteer-config FILE, FILE holding {\"executablePath\": \"/usr/bin/chromium\", "
                "\"args\": [\"--no-sandbox\"]}")

# The floor: the least any Python tool pays for the job. argv: SOURCE (a map,
# a folder of maps, or '' for none: no YAML parser is loaded then), TARGET (a
# file, or '' for none), the bytes to write there, the bytes to write to
# standard output.
FLOOR = r"""
import os, sys
source, target, size, shown = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
paths = [source] if source else []
if source and os.path.isdir(source):
    paths = sorted(os.path.join(d, f) for d, _, fs in os.walk(source) for f in fs if f.endswith((".yaml", ".yml")))
if paths:
    from yaml._yaml import CParser
for path in paths:
    with open(path, "rb") as handle:
        get = CParser(handle.read()).get_event
    while get() is not None:
        pass
def write(stream, size):
    chunk = b"x" * min(size, 1 << 20)
    while size > 0:
        stream.write(chunk[:size])
        size -= len(chunk)
if target:
    with open(target, "wb") as handle:
        write(handle, size)
write(sys.stdout.buffer, shown)
sys.stdout.flush()
"""


#: What each task's command imports of the design card's packages (see "The stack").
#: pydantic's part is its smallest model: building the first model imports
#: the rest of pydantic (its schema builder, its plugin loader), which any
#: tool that validates with it pays; with the plugin scan off, as journeyctl has it.
PYDANTIC = ("import os; os.environ['PYDANTIC_DISABLE_PLUGINS'] = '__all__'\n"
            "from pydantic import BaseModel\nclass Smallest(BaseModel): x: int")
STACK = {"help": "import click"}
STACK.update(dict.fromkeys(("seed", "html"), "import click, jinja2\n" + PYDANTIC))
STACK_DEFAULT = "import click\n" + PYDANTIC
FLOORS = ("floor", "stack")  # compared as journeyctl / it; anything else (mmdc) as it / journeyctl


def generate(steps: int, *, per_stage: int = 10, title: str | None = None) -> str:
    """A realistic map: stages of ``per_stage`` steps (ten), each step with
    touchpoints, an emotion, thoughts, a question and a barrier; each stage
    with an opportunity and a metric: ``steps // per_stage`` stages.
    ``per_stage`` must be at least 4. A map of 8 to ``2 * per_stage - 1``
    steps is cut into two stages of ``steps // 2``: lint finds nothing in it,
    as in the bigger ones, so the smallest size, whose time is the fixed
    cost, does the same work as the others (a finding would add printing).
    Fewer than 8 steps make one stage of them all."""
    if 8 <= steps < 2 * per_stage:
        per_stage = steps // 2
    elif steps < per_stage:
        per_stage = steps
    out = [
        "journeyctl: 1", f"title: {title or f'Benchmark journey with {steps} steps'}", "updated: 2026-11-01",
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


def write_portfolio(folder: Path, count: int = PORTFOLIO) -> None:
    """``count`` small maps (8 to 20 steps in 2 to 5 stages), as a team keeps them."""
    for i in range(count):
        per_stage = 4 + i % 3
        path = folder / f"team-{i % 10}" / f"journey-{i:04d}.yaml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(generate(per_stage * (2 + i % 4), per_stage=per_stage, title=f"Journey number {i}"),
                        encoding="utf-8")


# -- running one command --------------------------------------------------------------------------

def run_once(argv: list[str], stdout: Path, cwd: Path, timeout: float) -> dict:
    """Run ``argv`` as a fresh process, standard output to ``stdout``: wall
    seconds, CPU seconds (user + system, with its children) and peak RSS (kB)
    from wait4(); ``seconds`` is None when it ran over ``timeout``."""
    with open(stdout, "wb") as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=out, stderr=err, stdin=subprocess.DEVNULL, cwd=cwd,
                                start_new_session=True)
        killed = []

        def kill() -> None:
            killed.append(True)
            try:
                os.killpg(proc.pid, signal.SIGKILL)  # the process group of our own child only
            except ProcessLookupError:
                pass

        timer = threading.Timer(timeout, kill)
        timer.start()
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - start
        timer.cancel()
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        stderr = err.read()[-600:].decode("utf-8", "replace")
    return {"seconds": None if killed else elapsed, "timed_out": bool(killed),
            "cpu": usage.ru_utime + usage.ru_stime, "kb": usage.ru_maxrss, "code": proc.returncode, "stderr": stderr}


class Command:
    def __init__(self, role: str, argv: list[str], shows: str, *, output: Path | None = None,
                 ok: tuple[int, ...] = (0,)) -> None:
        self.role, self.argv, self.shows, self.output, self.ok = role, argv, shows, output, ok
        self.stdout: Path | None = None


class Group:
    """A journeyctl command and what it is compared with, run together in each repetition."""

    def __init__(self, task: str, size: int | None, commands: list[Command]) -> None:
        self.task, self.size, self.commands = task, size, commands
        self.runs: list[list[list[float] | None]] = []
        self.bytes: dict[str, int] = {}
        self.skipped: str | None = None

    def record(self) -> dict:
        return {"task": self.task, "size": self.size, "skipped": self.skipped,
                "commands": [{"role": c.role, "shows": c.shows} for c in self.commands],
                "bytes": self.bytes, "runs": self.runs}


def _sample(result: dict) -> list[float] | None:
    if result["seconds"] is None:
        return None
    return [round(result["seconds"], 6), round(result["cpu"], 6), result["kb"]]


def interpreter_of(journeyctl: str) -> str:
    """The Python that runs the journeyctl script (its #! line), else this one."""
    try:
        first = Path(journeyctl).read_bytes()[:200].split(b"\n", 1)[0].decode()
    except OSError:
        return sys.executable
    if first.startswith("#!"):
        candidate = first[2:].strip().split()[0] if first[2:].strip() else ""
        if candidate and os.access(candidate, os.X_OK) and "python" in Path(candidate).name:
            return candidate
    return sys.executable


def compile_package(python: str) -> str | None:
    """Compile journeyctl's package to bytecode, as pip does for an installed
    wheel (an editable install, or PYTHONDONTWRITEBYTECODE, would otherwise
    have every run compile the changed modules again). A note when it cannot
    (a read-only installation, say): the run goes on."""
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    where = subprocess.run([python, "-c", "import journeyctl, os; print(os.path.dirname(journeyctl.__file__))"],
                           capture_output=True, text=True, env=environment).stdout.strip()
    done = where and subprocess.run([python, "-m", "compileall", "-q", where], env=environment,
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode == 0
    return None if done else (f"journeyctl's bytecode could not be compiled ({where or 'package not found'}): "
                              "modules changed since they were last compiled are compiled again in every run")


def find_mmdc(args: argparse.Namespace, folder: Path) -> tuple[list[str] | None, str]:
    """The mermaid-cli command (with its puppeteer config), or None and a note saying why."""
    if args.mmdc:
        base = [args.mmdc]
    elif shutil.which("mmdc"):
        base = [shutil.which("mmdc")]
    elif shutil.which("npx") and subprocess.run(["npx", "--no-install", "mmdc", "--version"], capture_output=True,
                                                timeout=120).returncode == 0:
        base = ["npx", "--no-install", "mmdc"]
    else:
        return None, f"mermaid-cli (mmdc) is not installed, so the comparison is skipped; to run it: {MMDC_INSTALL}"
    config = args.puppeteer_config
    if config is None:
        browser = next((shutil.which(b) for b in ("chromium", "chromium-browser", "google-chrome")
                        if shutil.which(b)), None)
        if browser or os.geteuid() == 0:
            settings: dict = {"args": ["--no-sandbox"]} if os.geteuid() == 0 else {}
            if browser:
                settings["executablePath"] = browser
            config = str(folder / "puppeteer.json")
            Path(config).write_text(json.dumps(settings), encoding="utf-8")
    return base + (["-p", config] if config else []), f"mermaid-cli: {' '.join(base)}"


# -- the plan ---------------------------------------------------------------------------------------

def plan(args: argparse.Namespace, journeyctl: str, python: str, folder: Path, sizes: tuple[int, ...],
         mmdc: list[str] | None) -> list[Group]:
    def floors(task: str, source: Path | None, target: Path | None) -> list[Command]:
        """The floor, and the stack's floor (its own output file beside the floor's)."""
        names = source.name if source else "''", target.name if target else "''"
        stacked = target.with_name(f"{target.stem}-stack{target.suffix}") if target else None
        imports = STACK.get(task, STACK_DEFAULT)
        return [Command("floor", [python, "-c", FLOOR, str(source or ""), str(target or "")],
                        "python -c FLOOR {} {} BYTES".format(*names), output=target),
                Command("stack", [python, "-c", imports + "\n" + FLOOR, str(source or ""), str(stacked or "")],
                        "python -c '{}; FLOOR' {} {} BYTES".format(imports.replace("\n", "; "), *names),
                        output=stacked)]

    groups = [Group("help", None, [Command("journeyctl", [journeyctl, "--help"], "journeyctl --help"),
                                   *floors("help", None, None)])]
    seed = Path(args.seed_map).resolve()  # read where it is: what it names beside it stays found
    commands = [Command("journeyctl", [journeyctl, "render", str(seed), "-o", str(folder / "seed.html")],
                        f"journeyctl render {seed.name} -o seed.html", output=folder / "seed.html"),
                *floors("seed", seed, folder / "seed-floor.html")]
    if mmdc:
        commands.append(Command("mmdc", [*mmdc, "-i", str(folder / "seed.mmd"), "-o", str(folder / "seed.svg")],
                                "mmdc -i seed.mmd -o seed.svg", output=folder / "seed.svg"))
    groups.append(Group("seed", None, commands))
    for size in sizes:
        path = folder / f"map-{size}.yaml"
        path.write_text(generate(size), encoding="utf-8")
        groups.append(Group("lint", size, [
            Command("journeyctl", [journeyctl, "lint", str(path), "--today", TODAY],
                    f"journeyctl lint {path.name} --today {TODAY}", ok=(0, 1)),
            *floors("lint", path, None)]))
        for fmt in FORMATS + (("svg",) if size <= SVG_UP_TO and not args.no_svg else ()):
            out = folder / f"map-{size}.{fmt}"
            groups.append(Group(fmt, size, [
                Command("journeyctl", [journeyctl, "render", str(path), "-o", str(out)],
                        f"journeyctl render {path.name} -o {out.name}", output=out),
                *floors(fmt, path, folder / f"map-{size}-floor.{fmt}")]))
    maps = folder / "maps"
    write_portfolio(maps, args.maps)
    groups.append(Group("portfolio", args.maps, [
        Command("journeyctl", [journeyctl, "lint", str(maps), "--today", TODAY],
                f"journeyctl lint maps/ --today {TODAY}", ok=(0, 1)),
        *floors("portfolio", maps, None)]))
    return groups


def measure(groups: list[Group], folder: Path, runs: int, timeout: float, notes: list[str]) -> None:
    def execute(group: Group, command: Command, warm_up: bool = False) -> dict:
        command.stdout = command.stdout or folder / f"stdout-{id(command)}"
        result = run_once(command.argv, command.stdout, folder, timeout)
        if result["seconds"] is not None and result["code"] not in command.ok:
            if warm_up and command.role != "mmdc":
                raise SystemExit(f"{command.shows} exited {result['code']}:\n{result['stderr']}")
            if not warm_up:  # a failed run is left out of the pairs, and said
                last = (result["stderr"].strip().splitlines() or [""])[-1]
                notes.append(f"{command.shows} exited {result['code']} in a repetition, left out: {last}")
            result["seconds"] = None
        return result

    too_slow: set[str] = set()
    print(f"warm-up: every command once ({len(groups)} groups)", file=sys.stderr)
    for group in groups:  # in order of size: a task over the time limit is not tried bigger
        if group.task in too_slow:
            group.skipped = "not run: smaller map over the time limit"
            continue
        main, *others = group.commands
        first = execute(group, main, warm_up=True)
        if first["seconds"] is None:
            group.skipped = f"over the time limit ({timeout:g} s)"
            too_slow.add(group.task)
            print(f"  {group.task} {group.size}: over {timeout:g} s, skipped", file=sys.stderr)
            continue
        group.bytes = {"output": main.output.stat().st_size if main.output else 0,
                       "stdout": main.stdout.stat().st_size}
        for command in others:
            if command.role in FLOORS:
                command.argv += [str(group.bytes["output"]), str(group.bytes["stdout"])]
        kept = [main]
        for command in others:
            result = execute(group, command, warm_up=True)
            if command.role not in FLOORS and (result["seconds"] is None or result["code"] != 0):
                why = "over the time limit" if result["timed_out"] else f"exit {result['code']}"
                notes.append(f"{command.shows} failed in the warm-up ({why}), so the comparison is skipped"
                             + (f": {result['stderr'].strip()[-300:]}" if result["stderr"].strip() else ""))
                continue
            kept.append(command)
        group.commands = kept
        print(f"  {group.task} {group.size or ''}: {first['seconds']:.3f} s", file=sys.stderr)

    active = [g for g in groups if not g.skipped]
    for rep in range(runs):
        started = time.perf_counter()
        shift = rep * len(active) // runs  # each repetition starts at another place
        for group in active[shift:] + active[:shift]:
            turn = rep % len(group.commands)
            order = list(range(len(group.commands)))
            order = order[turn:] + order[:turn]
            samples: list[list[float] | None] = [None] * len(group.commands)
            for i in order:
                samples[i] = _sample(execute(group, group.commands[i]))
            group.runs.append(samples)
        print(f"repetition {rep + 1}/{runs}: {time.perf_counter() - started:.0f} s", file=sys.stderr)


def machine(journeyctl: str, python: str, mmdc: list[str] | None) -> dict:
    def output(argv: list[str]) -> str:
        try:
            proc = subprocess.run(argv, capture_output=True, text=True, timeout=120)
        except (OSError, subprocess.TimeoutExpired):
            return ""
        return (proc.stdout or proc.stderr).strip().splitlines()[0] if (proc.stdout or proc.stderr).strip() else ""

    model = ""
    try:
        model = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                      if line.startswith("model name")), "")
    except OSError:
        pass
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count()
    memory = ""
    try:
        kb = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1))
        memory = f"{kb / 1024 / 1024:.0f} GB"
    except (OSError, AttributeError):
        pass
    versions = output([python, "-c", "import sys, yaml, yaml._yaml as y; "
                       "print(sys.version.split()[0], yaml.__version__, y.get_version_string())"]).split()
    commit = output(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"])
    mmdc_base = (mmdc[:-2] if "-p" in mmdc else mmdc) if mmdc else []
    dirty = bool(output(["git", "-C", str(ROOT), "status", "--porcelain", "--untracked-files=no"]))
    return {
        "date": datetime.datetime.now(datetime.timezone.utc).date().isoformat(),
        "cpus": usable, "cpu": model, "memory": memory, "system": platform.platform(terse=True),
        "python": versions[0] if versions else "", "pyyaml": versions[1] if len(versions) > 1 else "",
        "libyaml": versions[2] if len(versions) > 2 else "",
        "journeyctl": output([journeyctl, "--version"]), "commit": commit + ("+changes" if dirty else ""),
        "graphviz": output(["dot", "-V"]), "mmdc": output([*mmdc_base, "--version"]) if mmdc else "",
        "load": [round(x, 2) for x in os.getloadavg()],
    }


# -- analysis (from a results file: no measuring) -------------------------------------------------

def _median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


def analyse(results: dict) -> dict:
    """Medians, paired ratios, per-step costs and the targets, from raw runs."""
    groups = {(g["task"], g["size"]): g for g in results["groups"]}
    sizes = sorted({g["size"] for g in results["groups"] if g["task"] == "lint"})
    rows: dict[tuple, dict] = {}
    for key, g in groups.items():
        roles = [c["role"] for c in g["commands"]]
        complete = [r for r in g["runs"] if all(s is not None for s in r)]
        row = {"skipped": g["skipped"] or ("" if complete else "no complete run")}
        if complete:
            row["seconds"] = _median([r[0][0] for r in complete])
            row["cpu"] = _median([r[0][1] for r in complete])
            row["peak_mb"] = max(r[0][2] for r in complete) / 1024
            row["runs"] = len(complete)
            for i, role in enumerate(roles[1:], 1):
                row[role] = _median([r[i][0] for r in complete])
                row[f"{role}_ratio"] = _median([(r[0][0] / r[i][0]) if role in FLOORS else (r[i][0] / r[0][0])
                                                for r in complete])
            base = groups.get((key[0], sizes[0])) if key[1] is not None and sizes else None
            if base and key[1] != sizes[0] and base["runs"]:
                per = [(r[0][0] - b[0][0]) / (key[1] - sizes[0]) for r, b in zip(g["runs"], base["runs"])
                       if r[0] is not None and b[0] is not None]
                row["per_step"] = _median(per)
        rows[key] = row
    return {"rows": rows, "sizes": sizes, "targets": targets(rows, sizes, results)}


def _flat(rows: dict, task: str, sizes: list[int]) -> tuple[bool | None, str]:
    wanted = [s for s in sizes if s >= FLAT_FROM]
    if len(wanted) < 2:
        return None, "not measured (needs two sizes from 1,000 steps)"
    costs = []
    for size in wanted:
        row = rows.get((task, size), {})
        if row.get("per_step") is None:
            return False, f"{size:,} steps: {row.get('skipped') or 'not measured'}"
        costs.append(row["per_step"])
    spread = max(costs) / min(costs) if min(costs) > 0 else float("inf")
    shown = ", ".join(_us(c) for c in costs)
    partial = f" (only up to {wanted[-1]:,} steps)" if wanted[-1] < 8000 else ""
    return spread <= FLAT_WITHIN, f"{shown} per step at {', '.join(f'{s:,}' for s in wanted)}: ×{spread:.2f}{partial}"


def targets(rows: dict, sizes: list[int], results: dict) -> list[dict]:
    """Each target of the issue: label, what was measured, met (True, False, or None: not measured)."""
    out = []

    def wall(label: str, key: tuple, limit: float) -> None:
        row = rows.get(key)
        if row is None or row.get("seconds") is None:
            out.append({"label": label, "measured": (row or {}).get("skipped") or "not measured", "met": None
                        if row is None else False})
        else:
            stack = f" (the stack alone: {_time(row['stack'])})" if row.get("stack") is not None else ""
            out.append({"label": label, "measured": _time(row["seconds"]) + stack, "met": row["seconds"] <= limit})

    wall("seed-size map renders to HTML in ≤ 0.12 s", ("seed", None), 0.12)
    seed = rows.get(("seed", None), {})
    if seed.get("mmdc_ratio") is not None:
        out.append({"label": "seed-size map: ≥ 20× faster than mermaid-cli on the same journey",
                    "measured": f"×{seed['mmdc_ratio']:.1f} (mermaid-cli {_time(seed['mmdc'])})",
                    "met": seed["mmdc_ratio"] >= 20})
    else:
        out.append({"label": "seed-size map: ≥ 20× faster than mermaid-cli on the same journey",
                    "measured": "not measured: mermaid-cli not run (see the notes)", "met": None})
    wall("`journeyctl --help` in ≤ 60 ms", ("help", None), 0.060)
    wall("2,000 steps render to HTML in ≤ 0.45 s", ("html", 2000), 0.45)
    wall("2,000 steps lint in ≤ 0.25 s", ("lint", 2000), 0.25)
    wall(f"{results['settings']['maps']:,} maps lint in ≤ 1.5 s", ("portfolio", results["settings"]["maps"]), 1.5)
    for task in FORMATS + ("lint",):
        met, measured = _flat(rows, task, sizes)
        out.append({"label": f"{task}: cost per step flat from 1,000 to 8,000 steps (within 20%)",
                    "measured": measured, "met": met})
    for task in ("html", "lint"):
        row = rows.get((task, 8000))
        label = f"{task}: peak memory at 8,000 steps < 150 MB"
        if row is None:
            out.append({"label": label, "measured": "not measured", "met": None})
        elif row.get("peak_mb") is None:
            out.append({"label": label, "measured": row["skipped"], "met": False})
        else:
            out.append({"label": label, "measured": f"{row['peak_mb']:.0f} MB", "met": row["peak_mb"] < 150})
    return out


# -- tables -------------------------------------------------------------------------------------------

def _time(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    return f"{seconds * 1000:.0f} ms" if seconds < 1 else f"{seconds:.2f} s"


def _us(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    us = seconds * 1e6
    return f"{us:,.0f} µs" if abs(us) >= 10 else f"{us:.1f} µs"


def _met(met: bool | None) -> str:
    return "—" if met is None else ("yes" if met else "**NOT met**")


def _table(header: list[str], body: list[list[str]], left: int = 1) -> list[str]:
    """A Markdown table: the first ``left`` columns aligned left, the others right."""
    lines = ["| " + " | ".join(header) + " |",
             "|" + "|".join("---" if i < left else "---:" for i in range(len(header))) + "|"]
    return lines + ["| " + " | ".join(cells) + " |" for cells in body]


def _describe(results: dict) -> str:
    m, s = results["machine"], results["settings"]
    load = "/".join(f"{x:g}" for x in m["load"])
    after = f", {m['load_after'][0]:g} at the end" if m.get("load_after") else ""
    return (f"{m['cpus']} CPUs ({m['cpu'] or 'unknown model'}), {m['memory']} memory, {m['system']}; "
            f"Python {m['python']}, PyYAML {m['pyyaml']} with libyaml {m['libyaml']}; {m['journeyctl']} "
            f"(commit {m['commit'] or 'unknown'}); {m['date']}; {s['runs']} paired runs"
            f"{', --quick' if s['quick'] else ''}; load average {load} (1/5/15 min) at the start{after}")


TITLES = {"help": "journeyctl --help", "seed": "the seed map to HTML", "lint": "lint",
          "html": "render html", "md": "render md", "json": "render json", "mermaid": "render mermaid",
          "dot": "render dot", "svg": "render svg (Graphviz)", "portfolio": "lint a folder of maps"}


def report(results: dict) -> str:
    """The full tables (printed by every run)."""
    analysis = analyse(results)
    rows, sizes = analysis["rows"], analysis["sizes"]
    goals = {(t, s): g for t, s, g in (("html", 2000, ("≤ 0.45 s", 0.45, "seconds")),
                                       ("lint", 2000, ("≤ 0.25 s", 0.25, "seconds")),
                                       ("html", 8000, ("< 150 MB", 150, "peak_mb")),
                                       ("lint", 8000, ("< 150 MB", 150, "peak_mb")),
                                       ("seed", None, ("≤ 0.12 s", 0.12, "seconds")),
                                       ("help", None, ("≤ 60 ms", 0.060, "seconds")),
                                       ("portfolio", results["settings"]["maps"], ("≤ 1.5 s", 1.5, "seconds")))}
    out = [f"Machine: {_describe(results)}.", ""]
    header = ["size", "journeyctl", "CPU", "floor", "vs floor", "stack", "per step", "peak", "target", "met"]
    for task in ("help", "seed", "lint", *FORMATS, "svg", "portfolio"):
        keys = sorted((k for k in rows if k[0] == task), key=lambda k: k[1] or 0)
        if not keys:
            continue
        out.append(f"{TITLES[task]}" + (" (mermaid-cli beside it: see the targets)" if task == "seed" else ""))
        body = []
        for key in keys:
            row = rows[key]
            size = f"{key[1]:,} {'maps' if task == 'portfolio' else 'steps'}" if key[1] else "—"
            if row["skipped"]:
                body.append([size, row["skipped"], "", "", "", "", "", "", "", ""])
                continue
            goal = goals.get(key)
            met = "" if goal is None else _met(
                row[goal[2]] <= goal[1] if goal[2] == "seconds" else row[goal[2]] < goal[1])
            per = "fixed" if key[1] == sizes[0] and task not in ("portfolio",) else _us(row.get("per_step"))
            body.append([size, _time(row["seconds"]), _time(row["cpu"]), _time(row.get("floor")),
                         f"×{row['floor_ratio']:.2f}" if row.get("floor_ratio") else "—", _time(row.get("stack")),
                         per if key[1] else "", f"{row['peak_mb']:.0f} MB", goal[0] if goal else "", met])
        out += _table(header, body) + [""]
    out += _targets_table(analysis["targets"])
    out += [""] + [f"Note: {note}" for note in results["notes"]]
    return "\n".join(out)


def _targets_table(items: list[dict]) -> list[str]:
    return _table(["target (a 2-core machine)", "measured", "met"],
                  [[t["label"], t["measured"], _met(t["met"])] for t in items], left=3)


def render_readme(results: dict) -> str:
    """The README block, from a results file: what ``--write-readme`` writes
    between the markers (the markers included)."""
    analysis = analyse(results)
    rows, sizes = analysis["rows"], analysis["sizes"]
    big = [s for s in sizes if s >= FLAT_FROM]
    lines = [BEGIN, "", f"Generated by `python benchmarks/run.py --write-readme` from `benchmarks/results.json`: "
             f"{_describe(results)}. Median wall time of each command as a fresh process, and (× n) "
             "the median of the paired ratios to its floor; per step: the time above the fixed cost (the "
             f"{sizes[0]}-step time), divided by the added steps. The stack: the floor after importing the "
             "packages the command is built on (click; pydantic's smallest model to read a map; Jinja2 for "
             "HTML).", ""]
    per_step = f"per step, {big[0]:,} → {big[-1]:,}" if big else "per step"
    header = ["command"] + [f"{s:,} steps" for s in sizes] + [per_step, f"peak at {sizes[-1]:,}"]
    body = []
    for task in ("lint", *FORMATS, "svg"):
        cells = [TITLES[task]]
        for size in sizes:
            row = rows.get((task, size))
            if row is None:
                cells.append("—")
            elif row["skipped"]:
                cells.append("over the limit" if "limit" in row["skipped"] else "—")
            else:
                cells.append(f"{_time(row['seconds'])} (×{row['floor_ratio']:.1f})")
        costs = [rows.get((task, s), {}).get("per_step") for s in big]
        cells.append(" → ".join(_us(c) for c in costs) if costs and all(c is not None for c in costs) else "—")
        last = rows.get((task, sizes[-1]), {})
        cells.append(f"{last['peak_mb']:.0f} MB" if last.get("peak_mb") is not None else "—")
        body.append(cells)
    lines += _table(header, body) + [""]
    other = []
    seed = f"the seed map (`{results['settings']['seed_map']}`) to HTML"
    for key, label in ((("help", None), "`journeyctl --help`"), (("seed", None), seed),
                       (("portfolio", results["settings"]["maps"]),
                        f"lint a folder of {results['settings']['maps']:,} maps")):
        row = rows.get(key)
        if row and not row["skipped"]:
            other.append([label, _time(row["seconds"]), f"{_time(row['floor'])} (×{row['floor_ratio']:.1f})",
                          _time(row.get("stack")),
                          f"{_time(row['mmdc'])} ({row['mmdc_ratio']:.1f} × journeyctl)" if row.get("mmdc") else "—",
                          f"{row['peak_mb']:.0f} MB"])
    lines += _table(["command", "journeyctl", "floor", "stack", "mermaid-cli", "peak"], other) + [""]
    lines += _targets_table(analysis["targets"]) + [""]
    lines += [f"Note: {note}" for note in results["notes"]] + ([""] if results["notes"] else [])
    return "\n".join(lines + [END])


def write_readme(results: dict, readme: Path = README) -> None:
    text = readme.read_text(encoding="utf-8")
    start, end = text.find(BEGIN), text.find(END)
    if start < 0 or end < start:
        raise SystemExit(f"{readme}: no {BEGIN} ... {END} block to replace")
    new = text[:start] + render_readme(results) + text[end + len(END):]
    temporary = readme.with_name(f".{readme.name}.tmp")
    temporary.write_text(new, encoding="utf-8")
    os.replace(temporary, readme)


# -- main -----------------------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="10, 1,000 and 2,000 steps, 3 runs (about a minute)")
    parser.add_argument("--runs", type=int, default=None, help="paired runs after the warm-up (default 5; quick 3)")
    parser.add_argument("--sizes", type=lambda s: tuple(int(x) for x in s.split(",")), default=None,
                        help="steps, comma-separated; the first is the fixed cost (default 10,100,1000,2000,4000,8000)")
    parser.add_argument("--maps", type=int, default=PORTFOLIO, help="maps in the linted folder (default 1,000)")
    parser.add_argument("--timeout", type=float, default=60.0,
                        help="seconds a command may take; over it, that task is not run at bigger sizes (60)")
    parser.add_argument("--no-svg", action="store_true", help="leave out svg (Graphviz)")
    parser.add_argument("--seed-map", default=str(SEED_MAP), help="the seed-size map (default: %(default)s)")
    parser.add_argument("--journeyctl", default=None, help="the journeyctl to measure (default: beside this Python)")
    parser.add_argument("--mmdc", default=None, help="mermaid-cli's mmdc (default: mmdc on PATH, or npx --no-install)")
    parser.add_argument("--puppeteer-config", default=None, help="mmdc's -p: a JSON file (executablePath, args)")
    parser.add_argument("--json", type=Path, default=None, help="also save the results to this file")
    parser.add_argument("--write-readme", action="store_true",
                        help="write benchmarks/results.json and the README block generated from it (a full run)")
    parser.add_argument("--from-results", type=Path, default=None,
                        help="measure nothing: print (and with --write-readme, write) the tables of a results file")
    args = parser.parse_args(argv)

    if args.from_results:
        results = json.loads(args.from_results.read_text(encoding="utf-8"))
        print(report(results))
        if args.write_readme:
            _save(results, RESULTS)
            write_readme(results)
            print(f"\nwrote {RESULTS.relative_to(ROOT)} and the README block", file=sys.stderr)
        return
    if args.write_readme and (args.quick or args.sizes or args.runs and args.runs < 5):
        parser.error("--write-readme records a full run: drop --quick, --sizes and --runs below 5")
    sizes = args.sizes or (QUICK_SIZES if args.quick else SIZES)
    runs = args.runs or (3 if args.quick else 5)
    if args.quick:
        args.maps = min(args.maps, PORTFOLIO)

    journeyctl = args.journeyctl or shutil.which("journeyctl", path=str(Path(sys.executable).parent)) \
        or shutil.which("journeyctl")
    if journeyctl is None:
        raise SystemExit("journeyctl is not installed in this environment (pip install -e .)")
    python = interpreter_of(journeyctl)
    notes = [f"svg is measured up to {SVG_UP_TO:,} steps only: Graphviz's layout dominates it and is not linear."]
    compiled = compile_package(python)
    if compiled:
        notes.append(compiled)
        print(f"note: {compiled}", file=sys.stderr)
    with tempfile.TemporaryDirectory(prefix="journeyctl-bench-") as name:
        folder = Path(name)
        mmdc, note = find_mmdc(args, folder)
        if mmdc is None:
            notes.append(note)
            print(f"note: {note}", file=sys.stderr)
        subprocess.run([journeyctl, "render", args.seed_map, "-f", "mermaid", "-o", str(folder / "seed.mmd")],
                       check=True, capture_output=True)
        description = machine(journeyctl, python, mmdc)
        print(f"journeyctl: {journeyctl}\npython: {python}\nload average: {description['load']}", file=sys.stderr)
        groups = plan(args, journeyctl, python, folder, sizes, mmdc)
        measure(groups, folder, runs, args.timeout, notes)
    results = {"format": 1, "machine": description,
               "settings": {"runs": runs, "quick": bool(args.quick), "sizes": list(sizes), "maps": args.maps,
                            "timeout": args.timeout, "seed_map": _relative(args.seed_map),
                            "floor": FLOOR.strip(), "stack": STACK | {"*": STACK_DEFAULT}},
               "notes": notes, "groups": [g.record() for g in groups]}
    results["machine"]["load_after"] = [round(x, 2) for x in os.getloadavg()]
    print(report(results))
    if args.json:
        _save(results, args.json)
    if args.write_readme:
        _save(results, RESULTS)
        write_readme(results)
        print(f"\nwrote {RESULTS.relative_to(ROOT)} and the README block", file=sys.stderr)


def _relative(path: str) -> str:
    try:
        return str(Path(path).resolve().relative_to(ROOT))
    except ValueError:
        return Path(path).name


def _save(results: dict, path: Path) -> None:
    text = json.dumps(results, indent=1, ensure_ascii=False) + "\n"
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


if __name__ == "__main__":
    main()
