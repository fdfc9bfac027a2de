"""The command line, run for real: outputs, exit codes, messages, files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import EXAMPLES, MINIMAL, ROOT

BROKEN = MINIMAL.replace("        action: Does the second thing\n", "        emotion: 7\n")


def files(directory: Path) -> set[str]:
    return {str(p.relative_to(directory)) for p in directory.rglob("*")}


def assert_clean_failure(result, code: int = 1) -> None:
    assert result.code == code, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


# ----------------------------------------------------------------- render


def test_render_writes_next_to_the_map_and_prints_the_path(run, write, tmp_path):
    path = write(MINIMAL, "maps/onboarding.yaml")
    result = run("render", str(path), "-f", "json")
    assert result.code == 0, result.stderr
    target = tmp_path / "maps" / "onboarding.json"
    assert result.stdout == f"{target}\n"
    assert json.loads(target.read_text(encoding="utf-8"))["title"] == "Minimal"
    assert files(tmp_path) == {"maps", "maps/onboarding.yaml", "maps/onboarding.json"}


def test_relative_paths_are_printed_as_given(run, write, tmp_path):
    write(MINIMAL, "maps/a.yaml")
    result = run("render", "maps/a.yaml", "-f", "json", cwd=tmp_path)
    assert result.stdout == "maps/a.json\n"


def test_format_from_output_extension(run, write, tmp_path):
    path = write(MINIMAL)
    result = run("render", str(path), "-o", str(tmp_path / "out" / "map.JSON"))
    assert result.code == 0, result.stderr
    assert json.loads((tmp_path / "out" / "map.JSON").read_text())["id"] == "map"


def test_unknown_extension_is_a_usage_error(run, write, tmp_path):
    path = write(MINIMAL)
    result = run("render", str(path), "-o", str(tmp_path / "map.xyz"))
    assert_clean_failure(result, 2)
    assert "cannot tell the format from" in result.stderr and "give one with -f" in result.stderr
    assert files(tmp_path) == {"map.yaml"}


def test_unknown_format_suggests_one(run, write, tmp_path):
    result = run("render", str(write(MINIMAL)), "-f", "jsno")
    assert_clean_failure(result, 2)
    assert "unknown format 'jsno' (did you mean 'json'?); available:" in result.stderr
    assert files(tmp_path) == {"map.yaml"}


def test_format_name_is_case_insensitive(run, write):
    assert run("render", str(write(MINIMAL)), "-f", "JSON", "-o", "-").code == 0


def test_output_to_stdout(run, write, tmp_path):
    path = write(MINIMAL)
    result = run("render", str(path), "-f", "json", "-o", "-")
    assert result.code == 0, result.stderr
    assert json.loads(result.stdout)["persona"] == {"name": "Pat", "goals": [], "needs": [], "frustrations": []}
    assert result.stderr == ""
    assert files(tmp_path) == {"map.yaml"}


def test_map_from_stdin(run):
    result = run("render", "-", "-f", "json", stdin=MINIMAL.encode())
    assert result.code == 0, result.stderr
    assert json.loads(result.stdout)["title"] == "Minimal"


def test_problems_from_stdin_name_stdin(run):
    result = run("render", "-", "-f", "json", stdin=BROKEN.encode())
    assert_clean_failure(result)
    assert "<stdin>:12:18: S003 stages[0].steps[1].emotion: must be an integer from -2 to 2, got the number 7" in result.stderr
    assert result.stderr.endswith("<stdin>: 2 problems; nothing written\n")


def test_several_maps_into_a_directory(run, write, tmp_path):
    a, b = write(MINIMAL, "a.yaml"), write(MINIMAL, "sub/b.yml")
    out = tmp_path / "site"
    result = run("render", str(a), str(b), "-f", "json", "-o", str(out))
    assert result.code == 0, result.stderr
    assert result.stdout.splitlines() == [str(out / "a.json"), str(out / "b.json")]
    assert sorted(os.listdir(out)) == ["a.json", "b.json"]


def test_several_maps_next_to_each(run, write, tmp_path):
    a, b = write(MINIMAL, "a.yaml"), write(MINIMAL, "sub/b.yaml")
    result = run("render", str(a), str(b), "-f", "json")
    assert result.code == 0, result.stderr
    assert (tmp_path / "a.json").exists() and (tmp_path / "sub" / "b.json").exists()


def test_several_maps_to_stdout_is_refused(run, write, tmp_path):
    result = run("render", str(write(MINIMAL, "a.yaml")), str(write(MINIMAL, "b.yaml")), "-f", "json", "-o", "-")
    assert_clean_failure(result, 2)
    assert "-o - writes one map to standard output" in result.stderr


def test_several_maps_to_a_file_is_refused(run, write, tmp_path):
    existing = write("keep me", "out.json")
    result = run("render", str(write(MINIMAL, "a.yaml")), str(write(MINIMAL, "b.yaml")), "-o", str(existing))
    assert_clean_failure(result, 2)
    assert "with several maps, -o names a directory" in result.stderr
    assert existing.read_text() == "keep me"


def test_two_maps_with_one_output_name_are_refused_before_writing(run, write, tmp_path):
    a, b = write(MINIMAL, "one/map.yaml"), write(MINIMAL, "two/map.yaml")
    result = run("render", str(a), str(b), "-f", "json", "-o", str(tmp_path / "out"))
    assert_clean_failure(result, 2)
    assert "would both be written to" in result.stderr
    assert not (tmp_path / "out").exists()


def test_the_input_map_is_never_overwritten(run, write):
    path = write(MINIMAL)
    result = run("render", str(path), "-f", "json", "-o", str(path))
    assert_clean_failure(result, 2)
    assert "is an input map; journeyctl never overwrites a map" in result.stderr
    assert path.read_text() == MINIMAL


def test_missing_map_is_a_usage_error(run, tmp_path):
    result = run("render", str(tmp_path / "nope.yaml"), "-f", "json")
    assert_clean_failure(result, 2)
    assert "does not exist" in result.stderr


def test_bad_map_exits_1_with_positions_and_writes_nothing(run, write, tmp_path):
    path = write(BROKEN)
    result = run("render", str(path), "-f", "json")
    assert_clean_failure(result, 1)
    assert result.stderr.splitlines() == [
        f"{path}:11:9: S002 stages[0].steps[1]: missing required field 'action'",
        f"{path}:12:18: S003 stages[0].steps[1].emotion: must be an integer from -2 to 2, got the number 7",
        f"{path}: 2 problems; nothing written",
    ]
    assert files(tmp_path) == {"map.yaml"}


def test_bad_map_leaves_an_existing_output_untouched(run, write, tmp_path):
    path = write(BROKEN)
    old = write("previous render\n", "map.json")
    before = old.stat().st_mtime_ns
    result = run("render", str(path), "-f", "json")
    assert result.code == 1
    assert old.read_text() == "previous render\n"
    assert old.stat().st_mtime_ns == before
    assert files(tmp_path) == {"map.yaml", "map.json"}  # no temporary files left


def test_one_bad_map_does_not_stop_the_others(run, write, tmp_path):
    good, bad = write(MINIMAL, "good.yaml"), write(BROKEN, "bad.yaml")
    result = run("render", str(bad), str(good), "-f", "json")
    assert result.code == 1
    assert result.stdout == f"{tmp_path / 'good.json'}\n"
    assert "bad.yaml: 2 problems; nothing written" in result.stderr
    assert not (tmp_path / "bad.json").exists()


@pytest.mark.parametrize("content", [
    b"", b"\xff\xfe\x00", b"- a\n- b\n", b"journeyctl: 1\ntitle: 'open\n",
    b"journeyctl: 1\ntitle: !!python/object/apply:os.system ['true']\n",
    b"[" * 200_000 + b"]" * 200_000,
])
def test_malformed_input_never_shows_a_traceback(run, write, tmp_path, content):
    path = write(content)
    result = run("render", str(path), "-f", "json")
    assert_clean_failure(result, 1)
    first = result.stderr.splitlines()[0]
    assert first.startswith(f"{path}:") and first.split(":")[1].isdigit() and first.split(":")[2].isdigit()
    assert files(tmp_path) == {"map.yaml"}


def test_unwritable_output_is_reported(run, write, tmp_path):
    blocker = write("a file, not a directory", "blocker")
    result = run("render", str(write(MINIMAL)), "-f", "json", "-o", str(blocker / "out.json"))
    assert_clean_failure(result, 2)
    assert "cannot write" in result.stderr


def test_new_files_get_normal_permissions(run, write, tmp_path):
    path = write(MINIMAL)
    assert run("render", str(path), "-f", "json").code == 0
    mode = (tmp_path / "map.json").stat().st_mode & 0o777
    umask = os.umask(0)
    os.umask(umask)
    assert mode == 0o666 & ~umask


def test_output_is_byte_identical_across_runs(run, tmp_path):
    example = EXAMPLES[0]
    first = run("render", str(example), "-f", "json", "-o", "-").stdout_bytes
    second = run("render", str(example), "-f", "json", "-o", "-").stdout_bytes
    assert first == second and len(first) > 1000


# ----------------------------------------------------------- other commands


def test_schema_command_prints_the_committed_schema(run):
    result = run("schema")
    assert result.code == 0
    assert result.stdout_bytes == (ROOT / "schemas" / "journey.schema.json").read_bytes()


def test_schema_to_a_file(run, tmp_path):
    target = tmp_path / "s" / "journey.schema.json"
    result = run("schema", "-o", str(target))
    assert result.code == 0
    assert result.stdout == f"{target}\n"
    assert json.loads(target.read_text())["$schema"] == "http://json-schema.org/draft-07/schema#"


def test_version(run):
    from journeyctl import __version__

    result = run("--version")
    assert (result.code, result.stdout) == (0, f"journeyctl, version {__version__}\n")


@pytest.mark.parametrize("command", [[], ["render"], ["schema"]])
def test_every_command_has_help_with_an_example(run, command):
    result = run(*command, "--help")
    assert result.code == 0
    assert "Examples:" in result.stdout and "journeyctl " in result.stdout.split("Examples:")[1]


def test_unknown_command_and_option_are_usage_errors(run):
    assert run("paint").code == 2
    result = run("render", "--colour")
    assert result.code == 2 and "No such option" in result.stderr


def test_python_dash_m(write):
    proc = subprocess.run([sys.executable, "-m", "journeyctl", "render", str(write(MINIMAL)), "-f", "json", "-o", "-"],
                          capture_output=True, timeout=60)
    assert proc.returncode == 0 and json.loads(proc.stdout)["title"] == "Minimal"


def test_colour_only_on_a_terminal(run, write):
    result = run("render", str(write(BROKEN)), "-f", "json", env={"NO_COLOR": ""})
    assert "\x1b[" not in result.stderr  # stderr is a pipe here
