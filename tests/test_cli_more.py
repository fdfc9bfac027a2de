"""init, --quiet, --watch, shell completion."""

from __future__ import annotations

import os
import signal
import subprocess
import time

import pytest

from journeyctl.app.init import new_map
from journeyctl.load import load, load_bytes
from journeyctl.app.starters import TEMPLATES

from conftest import MINIMAL, _command


@pytest.mark.parametrize("template", sorted(TEMPLATES))
@pytest.mark.parametrize("locale", ["en", "lt", "pl", "el", "ru", "th", "de", "he"])
def test_init_writes_a_valid_commented_map(tmp_path, template, locale):
    # The use case itself, without a process: the command is tested below.
    target = tmp_path / "maps" / f"{template}.yaml"
    text = new_map(str(target), template, locale)
    assert text.startswith("# yaml-language-server: $schema=")
    assert f"check it with: journeyctl lint {target}\n" in text  # the real path, not {id}.yaml
    assert "seed" not in text.lower()
    journey = load_bytes(text.encode(), str(target), default_id=template).journey
    assert journey.locale == locale and journey.id == template
    assert [s.id for s in journey.stages] == [sid for sid, _ in TEMPLATES[template][1]]
    names = {sid: n for sid, n in TEMPLATES[template][1]}
    expected = locale if locale in ("en", "lt", "pl", "el", "ru", "th") else "en"
    assert [s.name for s in journey.stages] == [names[s.id][expected] for s in journey.stages]


def test_init_command_writes_the_map_and_prints_its_path(run, tmp_path):
    target = tmp_path / "maps" / "new.yaml"
    result = run("init", str(target), "--template", "support", "--locale", "lt")
    assert (result.code, result.stdout) == (0, f"{target}\n")
    assert load(target).journey.stages[0].name == "Problemos pastebėjimas"
    assert f"journeyctl lint {target}" in target.read_text(encoding="utf-8")


def test_init_hint_names_a_path_with_line_breaks_on_one_line(tmp_path):
    target = tmp_path / "a\nid: injected.yaml"
    text = new_map(str(target), "lifecycle", "en")
    assert "\nid: injected" not in text and load_bytes(text.encode(), "m.yaml").journey.id == "a-id-injected"


def test_init_refuses_to_overwrite(run, tmp_path):
    target = tmp_path / "journey.yaml"
    target.write_text("mine")
    result = run("init", str(target))
    assert result.code == 2 and "never overwrites" in result.stderr
    assert target.read_text() == "mine"


def test_init_points_the_modeline_at_the_schema(run, tmp_path):
    (tmp_path / "schemas").mkdir()
    (tmp_path / "schemas" / "journey.schema.json").write_text("{}")
    target = tmp_path / "maps" / "team" / "a.yaml"
    assert run("init", str(target)).code == 0
    assert target.read_text().splitlines()[0] == "# yaml-language-server: $schema=../../schemas/journey.schema.json"


def test_init_default_path_and_bad_locale(run, tmp_path):
    assert run("init", cwd=tmp_path).code == 0 and (tmp_path / "journey.yaml").exists()
    result = run("init", str(tmp_path / "x.yaml"), "--locale", "en_US")
    assert result.code == 2 and "not a BCP 47 language tag" in result.stderr


def test_quiet(run, write, tmp_path):
    path = write(MINIMAL)
    result = run("--quiet", "render", str(path), "-f", "json")
    assert (result.code, result.stdout, result.stderr) == (0, "", "")
    assert (tmp_path / "map.json").exists()
    bad = write("journeyctl: 1\n", "bad.yaml")
    result = run("-q", "render", str(bad), "-f", "json")
    assert result.code == 1 and "S002" in result.stderr and "nothing written" not in result.stderr


def test_watch_renders_again_on_change(tmp_path):
    source = tmp_path / "map.yaml"
    source.write_text(MINIMAL, encoding="utf-8")
    target = tmp_path / "map.json"
    env = {**os.environ, "NO_COLOR": "1"}
    proc = subprocess.Popen([*_command(), "render", str(source), "-f", "json", "--watch"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    try:
        def wait_for(check, what):
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                if check():
                    return
                time.sleep(0.1)
            pytest.fail(f"watch: {what}")

        wait_for(lambda: target.exists() and '"Minimal"' in target.read_text(), "first render")
        source.write_text(MINIMAL.replace("title: Minimal", "title: Changed"), encoding="utf-8")
        wait_for(lambda: '"Changed"' in target.read_text(), "render after a change")
        source.write_text("journeyctl: 1\ntitle: [broken\n", encoding="utf-8")  # an error does not stop it
        time.sleep(1.5)
        assert proc.poll() is None
        source.write_text(MINIMAL.replace("title: Minimal", "title: Fixed"), encoding="utf-8")
        wait_for(lambda: '"Fixed"' in target.read_text(), "render after an error")
    finally:
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0
    assert b"Y001" in err and b"Traceback" not in err


def test_shell_completion_script(tmp_path):
    env = {**os.environ, "_JOURNEYCTL_COMPLETE": "bash_source"}
    proc = subprocess.run(_command(), capture_output=True, env=env, timeout=60)
    assert proc.returncode == 0 and b"complete" in proc.stdout and b"journeyctl" in proc.stdout


def test_help_mentions_completion(run):
    assert "_JOURNEYCTL_COMPLETE=bash_source" in run("--help").stdout
