"""Untrusted maps through the real command: alias expansion is paid for in
characters (also through merge keys), nothing recurses on the input, the
format version is exactly the integer 1, and the ceilings hold, all failing
fast, small and with a clear message."""

from __future__ import annotations

import json
import subprocess
import sys
import time

import pytest

from test_hostile import SMALL, alias_megabyte_3000_times, merge_chain_5000, merge_every_stage

from conftest import _command

#: journeyctl rendering a small map peaks near 35 MB, refusing the bomb near 40 MB;
#: expanding the megabyte 3,000 times took 6 GB.
MEMORY_LIMIT_MB = 200


def peak_memory_mb(*args: str) -> tuple[int, float, str, float]:
    """Run journeyctl in a fresh process, through a parent that reports its
    child's peak resident memory (getrusage), so nothing else is counted."""
    wrapper = ("import resource, subprocess, sys\n"
               "proc = subprocess.run(sys.argv[1:], capture_output=True)\n"
               "sys.stderr.buffer.write(proc.stderr)\n"
               "print(proc.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n")
    started = time.monotonic()
    proc = subprocess.run([sys.executable, "-c", wrapper, *_command(), *args],
                          capture_output=True, text=True, timeout=120, env={"NO_COLOR": "1", "PATH": ""})
    elapsed = time.monotonic() - started
    code, kilobytes = proc.stdout.split()
    return int(code), elapsed, proc.stderr, int(kilobytes) / 1024


@pytest.mark.parametrize("command", ["render", "lint"])
def test_a_megabyte_aliased_3000_times_fails_fast_and_small(run, tmp_path, command):
    path = tmp_path / "bomb.yaml"
    path.write_text(alias_megabyte_3000_times(), encoding="utf-8")
    assert 1_000_000 < path.stat().st_size < 1_200_000
    out = tmp_path / "out.json"
    args = [command, str(path)] + (["-f", "json", "-o", str(out)] if command == "render" else [])
    started = time.monotonic()
    result = run(*args, timeout=60)
    assert time.monotonic() - started < 10
    assert result.code == 1 and "Traceback" not in result.stderr
    output = result.stdout + result.stderr
    assert f"{path}:1:1: Y007 the YAML aliases expand to more than 11," in output
    assert "characters, far more than the file holds (an alias bomb?); use fewer aliases" in output
    assert not out.exists()
    code, elapsed, _, memory = peak_memory_mb(*args)
    assert code == 1 and elapsed < 10
    assert memory < MEMORY_LIMIT_MB, f"peak memory {memory:.0f} MB"


def test_a_megabyte_merged_into_3000_steps_is_paid_for_too(run, tmp_path):
    big = ("word " * 200_000).strip()
    steps = "".join(f"      - {{<<: *step, id: a{i}}}\n" for i in range(3000))
    path = tmp_path / "merge-bomb.yaml"
    path.write_text(f"journeyctl: 1\nx-step: &step {{action: {big}}}\n{SMALL}{steps}", encoding="utf-8")
    started = time.monotonic()
    result = run("render", str(path), "-f", "json", "-o", str(tmp_path / "out.json"), timeout=60)
    assert time.monotonic() - started < 10
    assert result.code == 1 and f"{path}:1:1: Y007 " in result.stderr


def test_quadratic_merges_are_an_alias_bomb(run, tmp_path):
    path = tmp_path / "chain.yaml"
    path.write_text(merge_every_stage(), encoding="utf-8")
    result = run("lint", str(path), timeout=60)
    assert result.code == 1 and result.stdout.startswith(f"{path}:1:1: Y007 ")


def test_5000_chained_merges_render_without_recursion(run, tmp_path):
    path = tmp_path / "chain.yaml"
    path.write_text(merge_chain_5000(), encoding="utf-8")
    out = tmp_path / "out.json"
    result = run("render", str(path), "-f", "json", "-o", str(out))
    assert result.code == 0, result.stderr
    step = json.loads(out.read_text(encoding="utf-8"))["stages"][0]["steps"][0]
    assert (step["id"], step["action"], step["emotion"]) == ("a", "Acts", 1)


@pytest.mark.parametrize("value, shown", [("true", "true"), ("1.0", "the number 1.0"), ("yes", "true")])
def test_the_format_version_is_the_integer_1(run, tmp_path, value, shown):
    path = tmp_path / "map.yaml"
    path.write_text(f"journeyctl: {value}\n{SMALL}      - {{id: a, action: Acts}}\n", encoding="utf-8")
    result = run("lint", str(path))
    assert result.code == 1
    assert result.stdout.splitlines()[0] == (
        f"{path}:1:13: S004 journeyctl: must be `journeyctl: 1` (the format version), got {shown}")


def test_a_value_longer_than_one_mebibyte_is_refused(run, tmp_path):
    path = tmp_path / "map.yaml"
    path.write_text(f"journeyctl: 1\n{SMALL}      - {{id: a, action: {'x' * (1024 * 1024 + 1)}}}\n", encoding="utf-8")
    result = run("lint", str(path))
    assert result.code == 1 and result.stdout.splitlines()[0] == (
        f"{path}:8:25: Y009 a value of 1,048,577 characters; a single value in a journey map "
        "may be at most 1,048,576 characters")


def test_a_number_that_would_take_minutes_is_refused_at_once(run, tmp_path):
    path = tmp_path / "map.yaml"
    path.write_text(f"journeyctl: 1\n{SMALL}      - {{id: a, action: Acts, emotion: 1{':59' * 300_000}}}\n",
                    encoding="utf-8")
    started = time.monotonic()
    result = run("lint", str(path), timeout=60)
    assert time.monotonic() - started < 10
    assert result.code == 1 and "S003 stages[0].steps[0].emotion: '1:59:59" in result.stdout
    assert "is too long to be a number" in result.stdout


def test_a_pyproject_that_is_not_a_regular_small_file_is_refused(run, tmp_path):
    import os

    (tmp_path / "m.yaml").write_text(
        "journeyctl: 1\ntitle: T\npersona: {name: P}\nstages:\n  - {id: s, name: S}\n", encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text("[tool.journeyctl.lint]\n# " + "x" * (1024 * 1024) + "\n")
    result = run("lint", str(tmp_path / "m.yaml"), timeout=30)
    assert result.code == 2 and "limit" in result.stderr and "Traceback" not in result.stderr
    (tmp_path / "pyproject.toml").unlink()
    os.symlink("/dev/zero", tmp_path / "pyproject.toml")  # not a regular file: not a config
    assert run("lint", str(tmp_path / "m.yaml"), timeout=30).code in (0, 1)
