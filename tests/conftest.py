"""Shared test helpers: the real command, golden files, maps on disk.

Golden files live under tests/golden/. When a renderer changes on purpose,
refresh them with ``python -m pytest --update-golden`` and review the diff.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))
GOLDEN = ROOT / "tests" / "golden"


_SLOW_OK = [HealthCheck.too_slow, HealthCheck.data_too_large]
settings.register_profile("ci", max_examples=60, derandomize=True, deadline=None, suppress_health_check=_SLOW_OK)
settings.register_profile("dev", max_examples=40, deadline=None, suppress_health_check=_SLOW_OK)
settings.register_profile("thorough", max_examples=500, deadline=None, suppress_health_check=_SLOW_OK)
settings.load_profile("ci" if os.environ.get("CI") else "dev")


def pytest_addoption(parser):
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite the golden files from the current output instead of comparing",
    )


@pytest.fixture
def golden(request):
    """``golden(relative_path, actual_bytes)``: compare with (or update) a golden file."""
    update = request.config.getoption("--update-golden")

    def check(relative: str, actual: bytes) -> None:
        path = GOLDEN / relative
        if update:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(actual)
            return
        assert path.exists(), f"no golden file {path}; run pytest --update-golden and review it"
        expected = path.read_bytes()
        if actual != expected:
            # Show a readable diff of the first difference rather than two blobs.
            import difflib

            diff = "".join(difflib.unified_diff(
                expected.decode("utf-8", "replace").splitlines(True),
                actual.decode("utf-8", "replace").splitlines(True),
                "golden", "actual", n=2,
            ))
            pytest.fail(f"{relative} differs from its golden file:\n{diff[:4000]}")

    return check


@dataclass
class Result:
    code: int
    stdout: str
    stderr: str
    stdout_bytes: bytes


def _command() -> list[str]:
    script = shutil.which("journeyctl", path=str(Path(sys.executable).parent))
    return [script] if script else [sys.executable, "-m", "journeyctl"]


@pytest.fixture
def run():
    """Run the installed ``journeyctl`` command for real, in a subprocess."""

    def run(*args: str, cwd: Path | None = None, stdin: bytes | None = None,
            env: dict[str, str] | None = None, timeout: float = 120) -> Result:
        environment = {**os.environ, "NO_COLOR": "1"}
        for name in ("GITHUB_ACTIONS", "FORCE_COLOR"):
            environment.pop(name, None)
        environment.update(env or {})
        proc = subprocess.run(
            [*_command(), *args], cwd=cwd, input=stdin if stdin is not None else b"",
            capture_output=True, env=environment, timeout=timeout,
        )
        return Result(proc.returncode, proc.stdout.decode("utf-8", "replace"),
                      proc.stderr.decode("utf-8", "replace"), proc.stdout)

    return run


MINIMAL = """\
journeyctl: 1
title: Minimal
persona:
  name: Pat
stages:
  - id: only
    name: Only stage
    steps:
      - id: first
        action: Does the first thing
      - id: second
        action: Does the second thing
"""


@pytest.fixture
def write(tmp_path):
    """``write(text, name='map.yaml')``: a file in a temporary directory."""

    def write(text: str | bytes, name: str = "map.yaml") -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, str):
            path.write_text(text, encoding="utf-8")
        else:
            path.write_bytes(text)
        return path

    return write


@pytest.fixture(scope="session")
def event_logs():
    """benchmarks/events.py: the synthetic event-log generator with planted
    behaviours (tests/test_measure*.py; it needs journeyctl[data])."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("journeyctl_benchmark_events", ROOT / "benchmarks" / "events.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look themselves up there
    spec.loader.exec_module(module)
    return module
