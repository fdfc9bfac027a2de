"""The renderer registry: a static table of built-in formats, imported only
when chosen; entry points for plugins only; aliases; a source checkout."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from conftest import EXAMPLES, ROOT
from journeyctl.render import registry
from journeyctl.render.base import Renderer


@pytest.mark.parametrize("builtin", registry.BUILTINS, ids=lambda b: b.name)
def test_each_builtin_class_agrees_with_its_table_row(builtin):
    cls = builtin.load()
    assert issubclass(cls, Renderer)
    assert cls.name == builtin.name
    assert cls.extensions == builtin.extensions
    assert cls.summary and cls.media_type


@pytest.mark.parametrize("alias, name", [("markdown", "md"), ("gv", "dot"), ("htm", "html"), ("mmd", "mermaid"),
                                         ("HTML", "html"), ("Markdown", "md")])
def test_aliases_name_the_builtin(alias, name):
    assert registry.canonical(alias) == name
    assert registry.find(alias) is registry.find(name)


def test_extensions_tell_the_format():
    assert registry.by_extension(".gv") == "dot"
    assert registry.by_extension(".MD") == "md"
    assert registry.by_extension(".htm") == "html"
    assert registry.by_extension(".nope") is None


def _python(code: str, **env: str) -> str:
    environment = {**os.environ, "PYTHONPATH": str(ROOT / "src"), **env}
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=environment, timeout=60)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def test_a_builtin_is_found_without_scanning_entry_points_or_importing_other_renderers():
    out = _python(
        "import sys, importlib.metadata as m\n"
        "calls = []\n"
        "real = m.entry_points\n"
        "m.entry_points = lambda *a, **k: (k.get('group') == 'journeyctl.renderers' and calls.append(1)) or real(*a, **k)\n"
        "from journeyctl.render import registry\n"
        "registry.find('markdown')\n"
        "print(len(calls), sorted(n for n in sys.modules if n.startswith('journeyctl.render.')))\n"
    )
    calls, modules = out.split(" ", 1)
    assert calls == "0"
    assert "journeyctl.render.markdown" in modules
    for other in ("html", "dot", "graphviz", "json"):
        assert f"journeyctl.render.{other}'" not in modules


def test_python_m_journeyctl_renders_from_a_source_checkout(tmp_path):
    """`PYTHONPATH=src python -m journeyctl render ... -o -` works, also when
    no distribution registers anything (as in a checkout that was never
    installed): built-in formats come from the table, not entry points."""
    example = ROOT / "examples" / "en-billing-support.yaml"
    environment = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "NO_COLOR": "1"}
    uninstalled = ("import runpy, sys, importlib.metadata as m\n"
                   "m.entry_points = lambda **k: []\n"
                   "sys.argv = ['journeyctl'] + sys.argv[1:]\n"
                   "runpy.run_module('journeyctl', run_name='__main__')\n")
    for command in ([sys.executable, "-m", "journeyctl"], [sys.executable, "-c", uninstalled]):
        for fmt in ("html", "markdown", "gv", "json"):
            proc = subprocess.run([*command, "render", str(example), "-f", fmt, "-o", "-"],
                                  capture_output=True, env=environment, timeout=60, cwd=tmp_path)
            assert proc.returncode == 0, proc.stderr.decode()
            assert "Resolving a billing question".encode() in proc.stdout


def test_examples_render_with_every_alias(run, tmp_path):
    example = EXAMPLES[0]
    md = run("render", str(example), "-f", "markdown", "-o", "-")
    assert md.code == 0 and md.stdout == run("render", str(example), "-f", "md", "-o", "-").stdout
    assert run("render", str(example), "-o", str(tmp_path / "flow.gv")).code == 0
    assert (tmp_path / "flow.gv").read_text().startswith("digraph")
