"""The repository keeps its promises: CI runs the README's test command."""

from __future__ import annotations

import re

from conftest import ROOT


def _readme_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    setup = readme.split("## Set-up", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"^```sh\n(.+?)\n```", setup, flags=re.M | re.S)


def test_readme_has_the_two_setup_commands():
    commands = _readme_commands()
    assert len(commands) == 2, commands
    render, tests = commands
    assert "pip install" in render and "journeyctl render examples/" in render
    assert "pip install" in tests and "pytest" in tests


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert _readme_commands()[1] in ci.splitlines()


def test_the_readme_api_example_runs(tmp_path, monkeypatch, capsys):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Python API", 1)[1].split("\n## ", 1)[0]
    code = re.search(r"^```python\n(.+?)\n```", section, flags=re.M | re.S).group(1)
    example = (ROOT / "examples" / "en-billing-support.yaml").read_text(encoding="utf-8")
    (tmp_path / "maps").mkdir()
    (tmp_path / "maps" / "onboarding.yaml").write_text(example, encoding="utf-8")
    (tmp_path / "old.yaml").write_text(example, encoding="utf-8")
    (tmp_path / "new.yaml").write_text(example.replace("emotion: -2", "emotion: 1", 1), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    exec(compile(code, "README.md", "exec"), {})
    out = capsys.readouterr().out.splitlines()
    assert out[-1].startswith("['step “") and "improved" in out[-1]

