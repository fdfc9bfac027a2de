"""Untrusted input and hostile files: reading, writing, git and the diff
driver, stdout that cannot be written, watch, plugins, HTML ids.

Everything here runs the real command on real files: FIFOs made with
os.mkfifo, real symbolic links, real git repositories in tmp_path.
"""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import time
from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import MINIMAL, _command

TRACEBACK = "Traceback"
SECRET = "journeyctl-test-secret-7c1f"


def env_without_colour(**extra: str) -> dict[str, str]:
    environment = {**os.environ, "NO_COLOR": "1", **extra}
    environment.pop("GITHUB_ACTIONS", None)
    return environment


def with_image(image: str) -> str:
    return MINIMAL.replace("name: Pat", f"name: Pat\n  image: {image}")


# ------------------------------------------------------------ 1. reading


def test_a_fifo_map_is_refused_without_hanging(run, tmp_path):
    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)
    for args in (("render", str(fifo)), ("lint", str(fifo)), ("diff", str(fifo), str(fifo))):
        result = run(*args, timeout=20)
        assert result.code == 1, (args, result.stderr)
        assert "F001" in result.stdout + result.stderr and "named pipe" in result.stdout + result.stderr
        assert TRACEBACK not in result.stderr


def test_a_symlink_to_a_device_is_refused(run, tmp_path):
    link = tmp_path / "zero.yaml"
    link.symlink_to("/dev/zero")  # would never end if it were read
    result = run("render", str(link), timeout=20)
    assert result.code == 1 and f"{link}:1:1: F001 cannot read the file: it is a character device" in result.stderr


def test_a_map_over_the_limit_is_refused_naming_it(run, tmp_path):
    big = tmp_path / "big.yaml"
    big.write_bytes(MINIMAL.encode() + b"#" * (10 * 1024 * 1024))
    result = run("lint", str(big))
    assert result.code == 1 and "F001 cannot read the file: it is larger than the 10 MiB limit" in result.stdout
    result = run("render", str(big))
    assert result.code == 1 and "larger than the 10 MiB limit" in result.stderr


def test_import_mermaid_reads_only_a_regular_file(run, tmp_path):
    fifo = tmp_path / "journey.mmd"
    os.mkfifo(fifo)
    result = run("import", "mermaid", str(fifo), "-o", "-", timeout=20)
    assert result.code == 1 and f"{fifo}:1:1: F001 cannot read the file: it is a named pipe" in result.stderr


# ------------------------------------------------------------ 2. persona image


@pytest.mark.parametrize("target", ["/proc/self/environ", "/etc/passwd", "../../secret.png"])
def test_a_persona_image_link_out_of_the_folder_is_refused(run, tmp_path, target):
    secret = tmp_path / "secret.png"
    secret.write_bytes(b"\x89PNG\r\n\x1a\n" + SECRET.encode())
    maps = tmp_path / "repo" / "maps"
    maps.mkdir(parents=True)
    (maps / "persona.svg").symlink_to(target)
    (maps / "map.yaml").write_text(with_image("persona.svg"))
    result = run("render", str(maps / "map.yaml"), "-o", "-", env={"JOURNEYCTL_TEST_SECRET": SECRET})
    assert result.code == 1, result.stderr
    assert result.stderr.startswith(f"{maps / 'map.yaml'}:5:10: F001 persona.image: 'persona.svg' is outside")
    assert SECRET not in result.stdout + result.stderr and "root:" not in result.stdout + result.stderr
    assert result.stdout == ""


def test_a_persona_image_path_escaping_the_folder_is_refused(run, tmp_path):
    (tmp_path / "secret.png").write_bytes(b"\x89PNG\r\n\x1a\n" + SECRET.encode())
    (tmp_path / "maps").mkdir()
    path = tmp_path / "maps" / "map.yaml"
    path.write_text(with_image("../secret.png"))
    result = run("render", str(path), "-o", "-")
    assert result.code == 1 and "F001 persona.image: '../secret.png' is outside" in result.stderr
    assert SECRET not in result.stdout + result.stderr


def test_a_persona_image_fifo_is_refused(run, tmp_path):
    os.mkfifo(tmp_path / "pat.png")
    path = tmp_path / "map.yaml"
    path.write_text(with_image("pat.png"))
    result = run("render", str(path), "-o", "-", timeout=20)
    assert result.code == 1 and "F001 persona.image: 'pat.png' cannot be embedded: it is a named pipe" in result.stderr


def test_a_persona_image_is_known_by_its_content(run, tmp_path):
    path = tmp_path / "map.yaml"
    (tmp_path / "fake.png").write_bytes(b"not a picture " + SECRET.encode())
    path.write_text(with_image("fake.png"))
    result = run("render", str(path), "-o", "-")
    assert result.code == 1 and "'fake.png' is not a picture journeyctl can embed" in result.stderr
    assert SECRET not in result.stdout + result.stderr
    # An SVG named .png is embedded as what it is.
    (tmp_path / "face.png").write_bytes(b'\xef\xbb\xbf<?xml version="1.0"?>\n<!-- me -->\n<svg xmlns="x"/>')
    path.write_text(with_image("face.png"))
    result = run("render", str(path), "-o", "-")
    assert result.code == 0, result.stderr
    assert 'src="data:image/svg+xml;base64,' in result.stdout


def test_a_persona_image_over_the_limit_is_refused(run, tmp_path):
    (tmp_path / "big.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * (5 * 1024 * 1024))
    path = tmp_path / "map.yaml"
    path.write_text(with_image("big.png"))
    result = run("render", str(path), "-o", "-")
    assert result.code == 1 and "'big.png' is larger than 5 MB" in result.stderr


def test_a_persona_image_link_inside_the_folder_is_fine(run, tmp_path):
    (tmp_path / "img").mkdir()
    (tmp_path / "img" / "pat.gif").write_bytes(b"GIF89a....")
    (tmp_path / "pat.gif").symlink_to("img/pat.gif")
    path = tmp_path / "map.yaml"
    path.write_text(with_image("pat.gif"))
    result = run("render", str(path), "-o", "-")
    assert result.code == 0 and 'src="data:image/gif;base64,' in result.stdout


# ------------------------------------------------------------ 3, 4, 6. writing


def test_dev_null_is_written_in_place(run, write, tmp_path):
    path = write(MINIMAL)
    if os.geteuid() == 0:
        # As root, a writer that renames would replace the system's /dev/null:
        # test on a null device of our own instead.
        null = tmp_path / "null"
        os.mknod(null, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    else:
        null = Path("/dev/null")
    result = run("render", str(path), "-f", "html", "-o", str(null))
    assert result.code == 0, result.stderr
    assert stat.S_ISCHR(os.lstat(null).st_mode)


def test_a_fifo_output_is_written_in_place_or_refused(run, write, tmp_path):
    path = write(MINIMAL)
    fifo = tmp_path / "out.json"
    os.mkfifo(fifo)
    result = run("render", str(path), "-o", str(fifo), timeout=20)  # nobody reads it
    assert result.code == 2 and "is a named pipe that nobody is reading" in result.stderr
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    reader = subprocess.Popen(["cat", str(fifo)], stdout=subprocess.PIPE)
    time.sleep(0.3)
    result = run("render", str(path), "-o", str(fifo), timeout=20)
    assert result.code == 0, result.stderr
    assert reader.communicate(timeout=20)[0].startswith(b"{")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_a_symlink_to_a_device_is_written_in_place(run, write, tmp_path):
    path = write(MINIMAL)
    link = tmp_path / "out.html"
    link.symlink_to("/dev/null")  # renaming over the link would not touch /dev/null itself
    assert run("render", str(path), "-o", str(link)).code == 0
    assert link.is_symlink() and os.readlink(link) == "/dev/null"


def test_a_symlink_to_a_file_is_replaced_never_written_through(run, write, tmp_path):
    path = write(MINIMAL)
    outside = tmp_path / "outside.txt"
    outside.write_text("keep me")
    outside.chmod(0o4711)
    link = tmp_path / "map.html"
    link.symlink_to(outside)
    assert run("render", str(path)).code == 0
    assert outside.read_text() == "keep me"
    assert not link.is_symlink() and link.read_text().startswith("<!DOCTYPE html>")
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(os.lstat(link).st_mode) == 0o666 & ~umask  # not the target's 0o4711


def test_permissions_of_an_output_are_kept_without_special_bits(run, write, tmp_path):
    path = write(MINIMAL)
    out = tmp_path / "map.html"
    out.write_text("old")
    out.chmod(0o6750)
    assert run("render", str(path)).code == 0
    assert stat.S_IMODE(os.lstat(out).st_mode) == 0o750


def test_import_never_overwrites_anything(run, write, tmp_path):
    diagram = write("journey\n  title T\n  section S\n    Do: 3: Me\n", "j.mmd")
    existing = write("just some text", "existing.yaml")
    result = run("import", "mermaid", str(diagram), "-o", str(existing))
    assert result.code == 2 and "exists" in result.stderr and "never overwrites" in result.stderr
    assert existing.read_text() == "just some text"


@pytest.mark.parametrize("command", ["lint", "diff", "render"])
def test_no_command_overwrites_a_map(run, write, tmp_path, command):
    path = write(MINIMAL)
    other = write(MINIMAL.replace("Minimal", "Other"), "other.yaml")
    before = other.read_bytes()
    args = {"lint": ("lint", str(path)), "diff": ("diff", str(path), str(path)),
            "render": ("render", str(path), "-f", "json")}[command]
    result = run(*args, "-o", str(other))
    assert result.code == 2, result.stderr
    assert f"'{other}' is a journey map; journeyctl never overwrites a map" in result.stderr
    assert other.read_bytes() == before
    result = run(*args, "-o", str(path))
    assert result.code == 2 and "never overwrites" in result.stderr and path.read_text() == MINIMAL


# ------------------------------------------------------------ 5. signals


SLOW_FSYNC = """
import os, signal, sys
real = os.fsync
def fsync(fd):
    real(fd)
    os.kill(os.getpid(), signal.SIGSTOP)  # the temporary exists and is full: wait here
os.fsync = fsync
from journeyctl.cli import main
sys.argv[0] = "journeyctl"
main()
"""


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_a_signal_during_a_write_leaves_no_temporary(write, tmp_path, signum):
    path = write(MINIMAL)
    proc = subprocess.Popen([sys.executable, "-c", SLOW_FSYNC, "render", str(path)],
                            env=env_without_colour(), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        _, status = os.waitpid(proc.pid, os.WUNTRACED)
        assert os.WIFSTOPPED(status), "the command ended before writing"
        assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]  # mid-write
        os.kill(proc.pid, signum)
        os.kill(proc.pid, signal.SIGCONT)
        _, status = os.waitpid(proc.pid, 0)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signum
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.yaml"]


def test_stale_temporaries_are_removed_on_the_next_write(run, write, tmp_path):
    path = write(MINIMAL)
    dead = subprocess.Popen(["true"])
    dead.wait()
    stale = [tmp_path / f".map.html.{dead.pid}.abcd1234.tmp", tmp_path / ".map.html.k2j3h4g5.tmp"]
    for file in stale:
        file.write_text("half")
    old = time.time() - 3600
    os.utime(stale[1], (old, old))
    mine = tmp_path / ".other.html.k2j3h4g5.tmp"  # another target's: not ours to remove
    mine.write_text("x")
    os.utime(mine, (old, old))
    assert run("render", str(path)).code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [mine.name, "map.html", "map.yaml"]


# ------------------------------------------------------------ 7, 8. standard output


@pytest.mark.parametrize("args", [
    ("render", "{map}", "-o", "-"), ("lint", "{map}"), ("lint", "{map}", "--format", "json"),
    ("schema",), ("diff", "{map}", "{map}"), ("--help",),
])
def test_a_full_stdout_is_one_line_and_exit_2(write, args):
    path = write(MINIMAL)
    with open("/dev/full", "wb") as full:
        proc = subprocess.run([*_command(), *(a.format(map=path) for a in args)], stdout=full,
                              stderr=subprocess.PIPE, env=env_without_colour(), timeout=60)
    stderr = proc.stderr.decode()
    assert proc.returncode == 2, stderr
    assert stderr == "error: cannot write to standard output: No space left on device\n"


def test_a_closed_stdout_is_one_line_and_exit_2(write):
    path = write(MINIMAL)
    proc = subprocess.run([*_command(), "lint", str(path)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                          env=env_without_colour(), timeout=60,
                          preexec_fn=lambda: os.close(1))
    assert proc.returncode == 2 and proc.stderr.decode() == "error: cannot write to standard output: it is closed\n"


def test_a_broken_pipe_is_one_line_and_exit_2():
    read, written = os.pipe()
    os.close(read)
    proc = subprocess.run([*_command(), "schema"], stdout=written, stderr=subprocess.PIPE,
                          env=env_without_colour(), timeout=60)
    os.close(written)
    assert proc.returncode == 2 and proc.stderr.decode() == "error: cannot write to standard output: Broken pipe\n"


def test_dash_means_standard_output_for_lint_and_diff(run, write, tmp_path):
    path = write(MINIMAL)
    result = run("lint", str(path), "--format", "json", "-o", "-", cwd=tmp_path)
    assert result.code == 0 and result.stdout.startswith("{")
    result = run("diff", str(path), str(path), "-o", "-", cwd=tmp_path)
    assert result.code == 0 and result.stdout
    assert not (tmp_path / "-").exists()


# ------------------------------------------------------------ 9. file names


@pytest.mark.parametrize("fmt", ["text", "json", "github", "sarif", "junit"])
def test_a_file_name_that_is_not_utf8_never_crashes_lint(run, tmp_path, fmt):
    folder = tmp_path / "maps"
    folder.mkdir()
    name = os.fsencode(folder) + b"/caf\xe9.yaml"
    with open(name, "wb") as handle:
        handle.write(MINIMAL.replace("  name: Pat", "  name: Pat\n  colour: red").encode())
    result = run("lint", str(folder), "--format", fmt)
    assert result.code == 1 and TRACEBACK not in result.stderr, result.stderr
    assert "xe9.yaml" in result.stdout
    out = tmp_path / f"report.{fmt}"
    result = run("lint", str(folder), "--format", fmt, "-o", str(out))
    assert result.code == 1 and TRACEBACK not in result.stderr, result.stderr
    assert "xe9.yaml" in out.read_text(encoding="utf-8")


# ------------------------------------------------------------ 10, 11, 12. git


def git(*args: str, cwd: Path) -> str:
    environment = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
                   "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}
    proc = subprocess.run(["git", *args], cwd=cwd, capture_output=True, env=environment, timeout=60)
    assert proc.returncode == 0, proc.stderr.decode()
    return proc.stdout.decode()


def test_a_revision_cannot_become_a_git_option(run, write, tmp_path):
    path = write(MINIMAL)
    git("init", "-q", cwd=tmp_path)
    git("add", ".", cwd=tmp_path)
    git("commit", "-qm", "one", cwd=tmp_path)
    target = tmp_path / "x"
    result = run("diff", "--", f"--output={target}:y", str(path), cwd=tmp_path)
    assert result.code == 2 and "starts with '-'" in result.stderr
    assert not any(p.name.startswith("x") for p in tmp_path.iterdir())


def test_diff_outside_a_repository_is_an_error(run, write, tmp_path):
    path = write(MINIMAL)
    result = run("diff", str(path), cwd=tmp_path, env={"GIT_CEILING_DIRECTORIES": str(tmp_path.parent)})
    assert result.code == 2 and "not in a git repository" in result.stderr


def test_git_diff_driver_with_a_rename_and_broken_sides(tmp_path):
    repo = tmp_path
    git("init", "-q", cwd=repo)
    git("config", "diff.journey.command", f"{' '.join(_command())} diff", cwd=repo)
    (repo / ".gitattributes").write_text("*.yaml diff=journey\n")
    (repo / "a.yaml").write_text(MINIMAL)
    (repo / "bin.yaml").write_bytes(b"\0\1\2binary")
    (repo / "note.yaml").write_text("just: yaml\n")
    (repo / "broken.yaml").write_text(MINIMAL)
    git("add", ".", cwd=repo)
    git("commit", "-qm", "one", cwd=repo)
    git("mv", "a.yaml", "b.yaml", cwd=repo)
    (repo / "b.yaml").write_text(MINIMAL.replace("Does the first thing", "Does the first thing well"))
    (repo / "bin.yaml").write_bytes(b"\0\1\2binary, changed")
    (repo / "note.yaml").write_text("just: other yaml\n")
    (repo / "broken.yaml").write_text(MINIMAL.replace("title: Minimal", "title: [unclosed"))
    git("add", ".", cwd=repo)
    proc = subprocess.run(["git", "diff", "-M", "--cached", "HEAD"], cwd=repo, capture_output=True,
                          env=env_without_colour(), timeout=120)
    out, err = proc.stdout.decode(), proc.stderr.decode()
    assert proc.returncode == 0 and "external diff died" not in err and TRACEBACK not in err, err
    assert "journeyctl: renamed a.yaml -> b.yaml" in out
    assert "a/bin.yaml: a binary file, not a journey map" in out
    assert "a/note.yaml:1:1: S004" in out and "b/broken.yaml:" in out and "Y001" in out


# ------------------------------------------------------------ 13. watch


def test_watch_survives_the_map_becoming_a_folder_or_disappearing(tmp_path):
    source = tmp_path / "map.yaml"
    source.write_text(MINIMAL)
    out = tmp_path / "map.json"
    proc = subprocess.Popen([*_command(), "render", str(source), "-f", "json", "--watch"],
                            env=env_without_colour(), stdout=subprocess.PIPE, stderr=subprocess.PIPE)

    def wait_for(condition, what):
        deadline = time.monotonic() + 30
        while not condition():
            if proc.poll() is not None:
                pytest.fail(f"watch ended ({what}): {proc.stderr.read().decode()}")
            if time.monotonic() > deadline:
                pytest.fail(f"watch: {what}")
            time.sleep(0.1)

    try:
        wait_for(out.exists, "first render")
        source.unlink()
        source.mkdir()
        time.sleep(1.5)
        source.rmdir()
        time.sleep(1.5)
        out.unlink()
        source.write_text(MINIMAL.replace("Minimal", "Back"))
        wait_for(out.exists, "render after the map came back")
        assert proc.poll() is None
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            _, err = proc.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            raise
    err = err.decode()
    assert TRACEBACK not in err
    assert "F001 cannot read the file: it is a folder" in err
    assert "F001 cannot read the file: it does not exist" in err


# ------------------------------------------------------------ 14. plugins


PLUGIN = '''
class Boom:
    name = "boom"
    extensions = (".boom",)
    media_type = "text/plain"
    summary = "raises"
    settings = frozenset()

    def render(self, journey, options):
        raise ValueError("the plugin is broken")


class Nothing(Boom):
    name = "nothing"
    extensions = (".nothing",)

    def render(self, journey, options):
        return None
'''


@pytest.fixture
def bad_plugin(tmp_path):
    site = tmp_path / "site"
    (site / "badplug-0.1.dist-info").mkdir(parents=True)
    (site / "badplug.py").write_text(PLUGIN)
    (site / "badplug-0.1.dist-info" / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: journeyctl-plugin-bad\nVersion: 0.1\n")
    (site / "badplug-0.1.dist-info" / "entry_points.txt").write_text(
        "[journeyctl.renderers]\nboom = badplug:Boom\nnothing = badplug:Nothing\n")
    return {"PYTHONPATH": str(site) + os.pathsep + os.environ.get("PYTHONPATH", "")}


def test_a_failing_plugin_is_named_with_exit_3(run, write, bad_plugin):
    path = write(MINIMAL)
    result = run("render", str(path), "-f", "boom", "-o", "-", env=bad_plugin)
    assert result.code == 3 and TRACEBACK not in result.stderr
    assert result.stderr == (f"error: {path}: the 'boom' renderer (journeyctl-plugin-bad) failed: "
                             "ValueError: the plugin is broken\n")
    result = run("render", str(path), "-f", "nothing", env=bad_plugin)
    assert result.code == 3 and TRACEBACK not in result.stderr
    assert "the 'nothing' renderer (journeyctl-plugin-bad) failed: it returned NoneType" in result.stderr
    assert sorted(p.name for p in path.parent.iterdir()) == ["map.yaml", "site"]


# ------------------------------------------------------------ 15. HTML ids


class Ids(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids: list[str] = []
        self.refs: list[str] = []

    def handle_starttag(self, tag, attrs):
        for key, value in attrs:
            if key == "id":
                self.ids.append(value)
            elif key == "aria-labelledby":
                self.refs += value.split()
            elif key == "href" and value.startswith("#"):
                self.refs.append(value[1:])


ADVERSARIAL = """\
journeyctl: 1
title: Ids
persona: {name: Pat}
stages:
  - id: a
    name: A
    steps:
      - {id: name, action: One, barriers: [{id: a-name, text: B}]}
      - {id: a-name, action: Two, next: [name]}
    opportunities: [{id: name, text: O, addresses: [a-name]}]
  - id: a-name
    name: A name
    steps:
      - {id: stage-a, action: Three}
  - id: name-a
    name: Name a
    steps:
      - {id: persona-name, action: Four}
  - id: persona
    name: Persona
"""


def test_html_ids_are_unique_for_adversarial_ids(run, write):
    path = write(ADVERSARIAL)
    result = run("render", str(path), "-o", "-")
    assert result.code == 0, result.stderr
    parser = Ids()
    parser.feed(result.stdout)
    assert len(parser.ids) == len(set(parser.ids)), sorted(i for i in parser.ids if parser.ids.count(i) > 1)
    assert set(parser.refs) <= set(parser.ids)


def test_html_of_20000_steps_renders_in_seconds(run, tmp_path):
    steps = "\n".join(f"      - {{id: s{n}, action: Step {n}, emotion: {n % 5 - 2}}}" for n in range(20000))
    path = tmp_path / "big.yaml"
    path.write_text(f"journeyctl: 1\ntitle: Big\npersona: {{name: Pat}}\nstages:\n  - id: a\n    name: A\n"
                    f"    steps:\n{steps}\n")
    started = time.monotonic()
    result = run("render", str(path), "-o", str(tmp_path / "big.html"))
    assert result.code == 0, result.stderr
    assert time.monotonic() - started < 60
    parser = Ids()
    parser.feed((tmp_path / "big.html").read_text(encoding="utf-8"))
    assert len(parser.ids) == len(set(parser.ids)) > 20000


def test_lint_skip_non_maps_passes_through(run, write):
    other = write("name: ci\non: push\n", "workflow.yaml")
    named = run("lint", str(other))
    assert named.code == 1 and "S004" in named.stdout  # named explicitly: linted as a map
    skipped = run("lint", "--skip-non-maps", str(other))
    assert skipped.code == 0, skipped.stdout + skipped.stderr
