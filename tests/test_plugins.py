"""Renderer plugins: a package from tests/plugin installed for real."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from conftest import MINIMAL, ROOT


@pytest.fixture(scope="module")
def plugin_path(tmp_path_factory):
    """The demo plugin installed with pip into a folder put on PYTHONPATH."""
    target = tmp_path_factory.mktemp("site")
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation",
         "--target", str(target), str(ROOT / "tests" / "plugin")],
        capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    return str(target)


def with_plugin(plugin_path):
    return {"PYTHONPATH": plugin_path + os.pathsep + os.environ.get("PYTHONPATH", "")}


def test_plugin_renders(run, write, plugin_path, tmp_path):
    path = write(MINIMAL)
    result = run("render", str(path), "-o", str(tmp_path / "steps.csv"), env=with_plugin(plugin_path))
    assert result.code == 0, result.stderr
    assert (tmp_path / "steps.csv").read_text() == (
        "stage,step,action,emotion\nonly,first,Does the first thing,\nonly,second,Does the second thing,\n")


def test_renderers_lists_plugins_and_reports_broken_ones(run, plugin_path):
    result = run("renderers", env=with_plugin(plugin_path))
    assert result.code == 0
    rows = {line.split()[0]: line for line in result.stdout.splitlines()[1:]}
    assert "journeyctl-plugin-demo" in rows["csv"] and "one row per step (a plugin)" in rows["csv"]
    assert "journeyctl" in rows["html"]
    assert "renderer 'broken' could not be loaded: journeyctl-plugin-demo: ModuleNotFoundError" in result.stderr


def test_a_broken_plugin_never_breaks_other_formats(run, write, plugin_path):
    path = write(MINIMAL)
    assert run("render", str(path), "-f", "json", "-o", "-", env=with_plugin(plugin_path)).code == 0
    result = run("render", str(path), "-f", "broken", env=with_plugin(plugin_path))
    assert result.code == 2 and "the 'broken' renderer failed to load" in result.stderr


def test_without_the_plugin_the_format_is_unknown(run, write):
    result = run("render", str(write(MINIMAL)), "-f", "csv")
    assert result.code == 2 and "unknown format 'csv'" in result.stderr
