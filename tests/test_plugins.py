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


OLD_PLUGIN = '''\
from journeyctl.model import Journey
from journeyctl.renderers import Renderer, RenderOptions


class TitleRenderer(Renderer):
    name = "title"
    extensions = (".title",)
    media_type = "text/plain"
    summary = "the title, written against journeyctl 0.1"

    def render(self, journey: Journey, options: RenderOptions) -> str:
        return journey.title + "\\n"
'''


def test_a_plugin_written_for_0_1_still_renders(run, write, tmp_path):
    """0.1's import paths (journeyctl.renderers, journeyctl.model) still
    work, with a DeprecationWarning that names the new ones."""
    package = tmp_path / "old-plugin"
    (package / "old_plugin").mkdir(parents=True)
    (package / "old_plugin" / "__init__.py").write_text(OLD_PLUGIN, encoding="utf-8")
    (package / "pyproject.toml").write_text(
        '[build-system]\nrequires = ["hatchling"]\nbuild-backend = "hatchling.build"\n'
        '[project]\nname = "old-plugin"\nversion = "1"\n'
        '[project.entry-points."journeyctl.renderers"]\ntitle = "old_plugin:TitleRenderer"\n', encoding="utf-8")
    site = tmp_path / "site"
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation",
         "--target", str(site), str(package)], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    result = run("render", str(write(MINIMAL)), "-f", "title", "-o", "-", env=with_plugin(str(site)))
    assert result.code == 0, result.stderr
    assert result.stdout == "Minimal\n"
    warned = subprocess.run([sys.executable, "-W", "error::DeprecationWarning", "-c",
                             "import journeyctl.renderers"], capture_output=True, text=True)
    assert warned.returncode != 0 and "journeyctl.render" in warned.stderr
