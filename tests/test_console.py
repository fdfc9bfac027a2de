"""The terminal: diagnostics drawn by rich with the source line and a caret
under the column on a terminal (a real pseudo-terminal here), and exactly
the plain line when piped; tables and statistics."""

from __future__ import annotations

import os
import pty
import re
import select
import subprocess
import sys

from conftest import MINIMAL, _command

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def on_a_terminal(*args: str, cwd=None) -> tuple[int, str]:
    """Run journeyctl with standard output and error on a pseudo-terminal."""
    master, slave = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "CI", "GITHUB_ACTIONS")}
    env.update(COLUMNS="200", TERM="xterm-256color")
    proc = subprocess.Popen([*_command(), *args], stdin=subprocess.DEVNULL, stdout=slave, stderr=slave,
                            cwd=cwd, env=env, close_fds=True)
    os.close(slave)
    chunks = []
    while True:
        ready, _, _ = select.select([master], [], [], 30)
        if not ready:
            proc.kill()
            raise AssertionError("no output from journeyctl within 30 s")
        try:
            data = os.read(master, 65536)
        except OSError:  # the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    return proc.wait(timeout=30), ANSI.sub("", b"".join(chunks).decode("utf-8", "replace")).replace("\r\n", "\n")


BAD = MINIMAL.replace("action: Does the second thing", "action: Does the second thing\n        emotion: 5")


def test_a_terminal_shows_the_source_line_and_a_caret_under_the_column(write):
    path = write(BAD)
    code, out = on_a_terminal("render", str(path))
    assert code == 1
    lines = out.splitlines()
    first = lines.index(f"{path}:13:18: S003 stages[0].steps[1].emotion: must be an integer from -2 to 2, got the number 5")
    assert lines[first + 1] == "   13 |         emotion: 5"
    caret = lines[first + 2]
    assert caret.startswith("      | ") and caret.rstrip().endswith("^")
    assert caret.index("^") == lines[first + 1].index("5")


def test_the_caret_counts_terminal_cells_in_every_script(write):
    # Wide (CJK) characters take two cells; Thai marks take none.
    from rich.cells import cell_len

    text = MINIMAL.replace("persona:\n  name: Pat", "persona: {name: 地図ภาษาไทย, bogus: 1}")
    path = write(text)
    code, out = on_a_terminal("lint", str(path))
    lines = out.splitlines()
    at = next(i for i, line in enumerate(lines) if "S001" in line)
    source, caret = lines[at + 1], lines[at + 2]
    assert source.endswith("| persona: {name: 地図ภาษาไทย, bogus: 1}")
    assert caret.index("^") == cell_len(source[: source.index("bogus")])
    assert caret.index("^") != source.index("bogus")  # cells, not characters


def test_piped_output_is_the_plain_line_only(run, write):
    path = write(BAD)
    result = run("render", str(path))
    assert result.stderr.splitlines()[0] == (
        f"{path}:13:18: S003 stages[0].steps[1].emotion: must be an integer from -2 to 2, got the number 5")
    assert "|" not in result.stderr and "^" not in result.stderr


def test_source_lines_are_shown_without_control_characters(write):
    path = write(BAD.replace("title: Minimal", 'title: "x\\e]0;pwned\\a"'))
    code, out = on_a_terminal("render", str(path))
    assert code == 1 and "pwned" not in out.split("S003")[0]


def test_lint_statistics_counts_each_code(run, write):
    path = write(MINIMAL)
    result = run("lint", str(path), "--statistics")
    rows = [line.split() for line in result.stdout.splitlines()]
    assert rows[0] == ["count", "code", "name", "severity"]
    assert ["2", "J201", "missing-emotion", "warning"] in rows
    assert ["1", "J102", "too-few-stages", "warning"] in rows
    as_json = run("lint", str(path), "--statistics", "--format", "json")
    import json

    assert {"count": 2, "code": "J201", "name": "missing-emotion", "severity": "warning"} in json.loads(as_json.stdout)
    assert run("lint", str(path), "--statistics", "--format", "sarif").code == 2


def test_lint_statistics_on_a_terminal_is_a_table(write):
    code, out = on_a_terminal("lint", str(write(MINIMAL)), "--statistics")
    assert re.search(r"2\s+J201\s+missing-emotion\s+warning", out)


def test_renderers_on_a_terminal(write):
    code, out = on_a_terminal("renderers")
    assert code == 0 and re.search(r"markdown|md\s+\.md, \.markdown\s+text/markdown\s+journeyctl", out)


def test_a_command_run_in_a_host_process_leaves_its_environment_as_it_was(write, monkeypatch):
    """pydantic's plugins are off while a command runs (an entry-point scan
    saved), and the variable is as it was afterwards: unset, or the user's."""
    from click.testing import CliRunner

    from journeyctl.cli import main

    path = write(MINIMAL)
    seen = []
    monkeypatch.delenv("PYDANTIC_DISABLE_PLUGINS", raising=False)
    import journeyctl.app.lint as lint_app

    real = lint_app.lint_paths

    def watching(*args, **kwargs):
        seen.append(os.environ.get("PYDANTIC_DISABLE_PLUGINS"))
        return real(*args, **kwargs)

    monkeypatch.setattr(lint_app, "lint_paths", watching)
    assert CliRunner().invoke(main, ["lint", str(path)]).exit_code == 0
    assert seen == ["__all__"] and "PYDANTIC_DISABLE_PLUGINS" not in os.environ
    monkeypatch.setenv("PYDANTIC_DISABLE_PLUGINS", "logfire")
    assert CliRunner().invoke(main, ["lint", str(path)]).exit_code == 0
    assert seen == ["__all__", "logfire"] and os.environ["PYDANTIC_DISABLE_PLUGINS"] == "logfire"
