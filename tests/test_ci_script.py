"""CI's own machinery: ``.ci/run`` and the Chromium helper (tests/chromium.py).

``.ci/run`` runs against stub commands (no apt-get, no network): it installs
Node when it is missing or says in one line why it cannot, it warns about npm
packages that want another Node, and pytest's exit code is its exit code.
The Chromium helper runs against fake browsers that never answer: it must give
up within its timeout and leave no process behind.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from chromium import Browser, BrowserTimeout, ProtocolError
from conftest import ROOT

CI_RUN = ROOT / ".ci" / "run"
BASH = shutil.which("bash") or "/bin/bash"


# -- the Chromium helper against fake browsers ----------------------------------

# A "browser" that takes the DevTools pipes (fd 3 in, fd 4 out) and, depending
# on FAKE_MODE, never answers, answers until Page.navigate and then only
# chatters, or exits at once. It starts a grandchild (a sleeping process) first,
# to show that a timeout kills the browser's whole process group.
FAKE_BROWSER = """\
#!{python}
import json, os, subprocess, sys, time
helper = subprocess.Popen(["sleep", "300"])
with open(os.environ["FAKE_PIDS"], "w") as f:
    f.write(f"{{os.getpid()}} {{helper.pid}}")
mode = os.environ["FAKE_MODE"]
if mode == "exit":
    sys.exit(0)
buffer = b""
while True:
    chunk = os.read(3, 65536)
    if not chunk:
        time.sleep(300)
    buffer += chunk
    while b"\\0" in buffer:
        raw, buffer = buffer.split(b"\\0", 1)
        message = json.loads(raw)
        if mode == "silent":
            continue
        if mode == "chatter" and message["method"] == "Page.navigate":
            os.write(4, json.dumps({{"id": message["id"], "result": {{}}}}).encode() + b"\\0")
            while True:  # events forever, but never Page.loadEventFired
                os.write(4, json.dumps({{"method": "Page.frameStartedLoading", "params": {{}}}}).encode() + b"\\0")
                time.sleep(0.05)
        result = {{"targetId": "T", "sessionId": "S"}}
        os.write(4, json.dumps({{"id": message["id"], "result": result}}).encode() + b"\\0")
"""


def _running(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except (FileNotFoundError, ProcessLookupError):
        return False
    return stat.rsplit(")", 1)[1].split()[0] not in ("Z", "X")  # a zombie is dead, waiting to be reaped


def _alive(pid: int) -> bool:
    """Whether ``pid`` still runs a second after it was killed (SIGKILL is not instant)."""
    deadline = time.monotonic() + 1
    while _running(pid):
        if time.monotonic() > deadline:
            return True
        time.sleep(0.02)
    return False


@pytest.fixture
def fake_browser(tmp_path, monkeypatch):
    if not Path("/proc/self/stat").exists():
        pytest.skip("needs /proc to look for processes left behind")
    executable = tmp_path / "fake-chromium"
    executable.write_text(FAKE_BROWSER.format(python=sys.executable), encoding="utf-8")
    executable.chmod(0o755)
    pids = tmp_path / "pids"

    def start(mode: str, timeout: float = 2) -> Browser:
        env = {**os.environ, "FAKE_MODE": mode, "FAKE_PIDS": str(pids)}
        return Browser(str(executable), timeout=timeout, env=env)

    def processes() -> list[int]:
        deadline = time.monotonic() + 5
        while not pids.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        return [int(p) for p in pids.read_text().split()]

    start.processes = processes
    yield start
    for pid in processes() if pids.exists() else []:  # never leave one behind, even when a test fails
        if _running(pid):
            os.kill(pid, 9)


def test_a_browser_that_never_answers_times_out_and_is_killed(fake_browser):
    started = time.monotonic()
    with pytest.raises(BrowserTimeout, match=r"did not answer Target\.createTarget within 2 s; killed"):
        fake_browser("silent", timeout=2)
    assert time.monotonic() - started < 8
    browser_pid, grandchild = fake_browser.processes()
    assert not _alive(browser_pid), "the browser is still running"
    assert not _alive(grandchild), "a process the browser started is still running"


def test_a_page_that_never_loads_times_out_while_the_browser_chatters(fake_browser, tmp_path):
    browser = fake_browser("chatter", timeout=2)
    page = tmp_path / "page.html"
    page.write_text("<p>hi</p>", encoding="utf-8")
    started = time.monotonic()
    try:
        with pytest.raises(BrowserTimeout, match=r"Page\.loadEventFired"):
            browser.open(page)
        assert time.monotonic() - started < 8
    finally:
        browser.close()
    assert not any(_alive(pid) for pid in fake_browser.processes())


def test_a_browser_that_exits_is_a_protocol_error_at_once(fake_browser):
    started = time.monotonic()
    with pytest.raises(ProtocolError, match="closed the pipe"):
        fake_browser("exit", timeout=30)
    assert time.monotonic() - started < 10
    assert not any(_alive(pid) for pid in fake_browser.processes())


# -- .ci/run with stub commands ---------------------------------------------------

def _stub(folder: Path, name: str, body: str) -> None:
    path = folder / name
    path.write_text("#!/bin/sh\n" + textwrap.dedent(body), encoding="utf-8")
    path.chmod(0o755)


@pytest.fixture
def checkout(tmp_path):
    """A copy of .ci/run in an empty checkout, and a PATH of stubs (plus the few
    real tools the script uses), so that it runs without apt, npm or PyPI."""
    if shutil.which("bash") is None:
        pytest.skip("no bash")
    root = tmp_path / "checkout"
    (root / ".ci").mkdir(parents=True)
    shutil.copy(CI_RUN, root / ".ci" / "run")
    (root / "tests" / "node").mkdir(parents=True)
    (root / "tests" / "node" / "package.json").write_text('{"dependencies": {}}', encoding="utf-8")
    stubs = tmp_path / "bin"
    stubs.mkdir()
    for tool in ("dirname", "readlink", "id", "cat", "mkdir", "chmod", "sh", "env"):
        real = shutil.which(tool)
        if real is None:
            pytest.skip(f"no {tool}")
        (stubs / tool).symlink_to(real)
    log = tmp_path / "log"
    for tool in ("chromium", "dot", "fc-list", "java", "npm"):
        _stub(stubs, tool, f'echo "{tool} $*" >> {log}\n')
    _stub(stubs, "dpkg-query", "echo 'install ok installed'\n")
    _stub(stubs, "node", f'echo "node" >> {log}\n')
    # python3 -m venv DIR: a "virtual environment" whose python logs and
    # exits with FAKE_PYTEST_RC for pytest.
    _stub(stubs, "python3", f"""\
        [ "$1 $2" = "-m venv" ] || exit 99
        mkdir -p "$3/bin"
        printf 'PATH="%s/bin:$PATH"\\n' "$(cd "$3" && pwd)" > "$3/bin/activate"
        cat > "$3/bin/python" <<'EOF'
        #!/bin/sh
        echo "venv-python $*" >> {log}
        [ "$2" = pytest ] && exit "$FAKE_PYTEST_RC"
        exit 0
        EOF
        chmod +x "$3/bin/python"
        """)

    def run(pytest_rc: int = 0, remove: tuple[str, ...] = ()) -> subprocess.CompletedProcess:
        for tool in remove:
            (stubs / tool).unlink()
        env = {"PATH": str(stubs), "HOME": str(tmp_path), "FAKE_PYTEST_RC": str(pytest_rc)}
        return subprocess.run([BASH, str(root / ".ci" / "run")], capture_output=True, text=True,
                              env=env, timeout=60, stdin=subprocess.DEVNULL)

    run.root, run.stubs, run.log = root, stubs, log
    return run


@pytest.mark.parametrize("pytest_rc", [0, 1, 5])  # 5: pytest collected no tests
def test_pytest_exit_code_is_the_exit_code_of_ci(checkout, pytest_rc):
    proc = checkout(pytest_rc)
    assert proc.returncode == pytest_rc, proc.stderr
    log = checkout.log.read_text().splitlines()
    assert "npm ci --prefix tests/node --no-audit --no-fund --loglevel=warn" in log
    assert log[-2:] == ["venv-python -m pip install -e .[test]", "venv-python -m pytest"]


def test_the_virtualenv_is_inside_the_checkout_and_ignored(checkout):
    assert checkout().returncode == 0
    assert (checkout.root / ".venv-ci" / "bin" / "python").exists()
    assert "/tmp/" not in CI_RUN.read_text(encoding="utf-8")
    assert "/.venv-ci/" in (ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()


def test_the_readme_test_command_is_the_last_line(checkout):
    lines = [line for line in CI_RUN.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert lines[-1] == "python -m pip install -e '.[test]' && python -m pytest"
    assert "set -euo pipefail" in lines


def test_without_node_and_without_apt_it_says_so_in_one_line(checkout):
    proc = checkout(remove=("node", "npm"))
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines() == [".ci/run: error: no apt-get to install nodejs npm: install them by hand"]


def test_without_node_it_installs_debian_nodejs_and_npm(checkout):
    log = checkout.log
    _stub(checkout.stubs, "apt-get", f"""\
        echo "apt-get $*" >> {log}
        for tool in node npm; do printf '#!/bin/sh\\necho "%s $*" >> {log}\\n' $tool > {checkout.stubs}/$tool; chmod +x {checkout.stubs}/$tool; done
        """)
    proc = checkout(remove=("node", "npm"))
    assert proc.returncode == 0, proc.stderr
    lines = log.read_text().splitlines()
    assert "apt-get install -y -qq --no-install-recommends nodejs npm" in lines
    assert lines.index("apt-get install -y -qq --no-install-recommends nodejs npm") < lines.index(
        "npm ci --prefix tests/node --no-audit --no-fund --loglevel=warn")


def test_when_apt_cannot_install_node_it_fails_in_one_line(checkout):
    _stub(checkout.stubs, "apt-get", "exit 0\n")  # "succeeds" and installs nothing
    proc = checkout(remove=("node", "npm"))
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines()[-1] == (
        ".ci/run: error: Node.js and npm are needed (tests/node) and could not be installed")


def test_missing_debian_packages_are_installed(checkout):
    log = checkout.log
    _stub(checkout.stubs, "apt-get", f'echo "apt-get $*" >> {log}\n')
    _stub(checkout.stubs, "dpkg-query", "echo 'unknown ok not-installed'\n")
    proc = checkout(remove=("chromium", "fc-list", "java"))
    assert proc.returncode == 0, proc.stderr
    assert ("apt-get install -y -qq --no-install-recommends chromium fontconfig openjdk-17-jre-headless "
            "fonts-dejavu-core fonts-thai-tlwg" in log.read_text().splitlines())


# -- the engines check -------------------------------------------------------------

def _engines_check() -> str:
    text = CI_RUN.read_text(encoding="utf-8")
    start = text.index('NPM_DIR="')
    return text[start:text.index("\n'\n", start) + 2]


def test_packages_that_want_a_newer_node_are_named(tmp_path):
    node, npm = shutil.which("node"), shutil.which("npm")
    if node is None or npm is None:
        if os.environ.get("CI"):
            pytest.fail("CI needs Node and npm", pytrace=False)
        pytest.skip("no Node or npm")
    modules = tmp_path / "tests" / "node" / "node_modules"
    packages = {
        "new-tool": ">=99", "old-ok": ">=10", "@scope/deep": "^99.1.0", "no-engines": None,
        "new-tool/node_modules/nested": ">= 99.0.*",
    }
    for name, wanted in packages.items():
        folder = modules / name
        folder.mkdir(parents=True)
        manifest = {"name": name.rsplit("node_modules/", 1)[-1], "version": "1.2.3"}
        if wanted:
            manifest["engines"] = {"node": wanted}
        (folder / "package.json").write_text(json.dumps(manifest), encoding="utf-8")
    (tmp_path / "tests" / "node" / "package.json").write_text(
        '{"dependencies": {"new-tool": "1.2.3", "old-ok": "1.2.3"}}', encoding="utf-8")
    proc = subprocess.run([BASH, "-c", "set -euo pipefail\n" + _engines_check()], cwd=tmp_path,
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    version = subprocess.run([node, "--version"], capture_output=True, text=True).stdout.strip()
    assert sorted(proc.stderr.splitlines()) == sorted([
        f".ci/run: warning: Node {version} does not satisfy new-tool@1.2.3 (pinned), which wants node >=99",
        f".ci/run: warning: Node {version} does not satisfy @scope/deep@1.2.3 (dependency), which wants node ^99.1.0",
        f".ci/run: warning: Node {version} does not satisfy nested@1.2.3 (dependency), which wants node >= 99.0.*",
    ])


def test_the_pinned_node_tools_support_this_node():
    """No installed test tool wants a newer Node than the one here (CI: Node 20)."""
    if not (ROOT / "tests" / "node" / "node_modules").is_dir() or shutil.which("node") is None:
        if os.environ.get("CI"):
            pytest.fail("CI needs `npm ci --prefix tests/node`", pytrace=False)
        pytest.skip("tests/node/node_modules is not installed")
    proc = subprocess.run([BASH, "-c", "set -euo pipefail\n" + _engines_check()], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0 and proc.stderr == "", proc.stderr
