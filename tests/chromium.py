"""Drive headless Chromium for tests, over the DevTools protocol on a pipe.

``--remote-debugging-pipe`` makes Chromium read protocol messages from file
descriptor 3 and write them to 4, each a JSON object ended by a NUL byte: no
port, no websocket library. Used by the browser tests and by
``docs/screenshots.py``.

Every read and write waits with a deadline (``select`` on the pipe), so a
browser that hangs cannot hang the tests: after ``timeout`` seconds the helper
kills the browser's whole process group and raises ``BrowserTimeout``.
"""

from __future__ import annotations

import base64
import json
import os
import select
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path

CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "chrome")


def find_chromium() -> str | None:
    override = os.environ.get("JOURNEYCTL_CHROMIUM")
    if override:
        return override
    for name in CANDIDATES:
        path = shutil.which(name)
        if path:
            return path
    return None


class ProtocolError(RuntimeError):
    pass


class BrowserTimeout(TimeoutError):
    """The browser did not answer in time; it has been killed."""


class Browser:
    """One headless Chromium with one page."""

    def __init__(self, executable: str, timeout: float = 60, env: dict[str, str] | None = None):
        """``timeout``: seconds any one protocol call (or awaited event) may take.
        ``env``: the browser's environment (default: this process's)."""
        self.timeout = timeout
        self.profile = tempfile.mkdtemp(prefix="journeyctl-chromium-")
        to_child_r, self._to_child = os.pipe()
        self._from_child, from_child_w = os.pipe()

        def wire_fds():  # runs in the child, before exec
            os.dup2(to_child_r, 3)
            os.dup2(from_child_w, 4)

        try:
            self.process = subprocess.Popen(
                [
                    executable, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                    "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--disable-extensions",
                    "--disable-dev-shm-usage", "--hide-scrollbars", "--force-color-profile=srgb",
                    "--font-render-hinting=none", f"--user-data-dir={self.profile}",
                    "--remote-debugging-pipe", "about:blank",
                ],
                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                # close_fds runs after preexec_fn: keep the numbers Chromium reads.
                preexec_fn=wire_fds, pass_fds=(3, 4),
                # Its own process group, so that a timeout kills the renderers too.
                start_new_session=True, env=env,
            )
        except BaseException:
            for fd in (to_child_r, from_child_w, self._to_child, self._from_child):
                os.close(fd)
            shutil.rmtree(self.profile, ignore_errors=True)
            raise
        os.close(to_child_r)
        os.close(from_child_w)
        os.set_blocking(self._to_child, False)  # a write takes what fits; select waits for room
        self._closed = False
        self._buffer = b""
        self._next_id = 0
        self.events: list[dict] = []
        try:
            target = self.call("Target.createTarget", url="about:blank")["targetId"]
            self.session = self.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
            for domain in ("Page", "Runtime", "Log", "Network"):
                self.call(f"{domain}.enable", session=True)
        except BaseException:
            self.close()
            raise

    # -- protocol ---------------------------------------------------------

    def call(self, method: str, session: bool = False, **params) -> dict:
        deadline = time.monotonic() + self.timeout
        self._next_id += 1
        message = {"id": self._next_id, "method": method, "params": params}
        if session:
            message["sessionId"] = self.session
        self._write(json.dumps(message).encode() + b"\0", deadline, method)
        while True:
            reply = self._read(deadline, method)
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise ProtocolError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            if "method" in reply:
                self.events.append(reply)

    def _write(self, data: bytes, deadline: float, waiting_for: str) -> None:
        view = memoryview(data)
        while view:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                self._timed_out(waiting_for)
            _, writable, _ = select.select([], [self._to_child], [], remaining)
            if not writable:
                continue  # the deadline check above ends this
            try:
                view = view[os.write(self._to_child, view):]
            except BlockingIOError:
                continue
            except BrokenPipeError:
                raise ProtocolError(f"Chromium closed the pipe (sending {waiting_for})") from None

    def _read(self, deadline: float, waiting_for: str) -> dict:
        """The next message; waits at most until ``deadline`` (time.monotonic)."""
        while b"\0" not in self._buffer:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                self._timed_out(waiting_for)
            readable, _, _ = select.select([self._from_child], [], [], remaining)
            if not readable:
                continue  # the deadline check above ends this
            chunk = os.read(self._from_child, 1 << 16)
            if not chunk:
                raise ProtocolError(f"Chromium closed the pipe (waiting for {waiting_for})")
            self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(raw)

    def _timed_out(self, waiting_for: str):
        self._kill()
        raise BrowserTimeout(
            f"Chromium did not answer {waiting_for} within {self.timeout:g} s; "
            f"killed its process group (pid {self.process.pid})")

    def _kill(self) -> None:
        """Kill the browser and everything it started (its process group), and reap it."""
        try:
            os.killpg(self.process.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:  # pragma: no cover - SIGKILL is not ignored
            pass

    def wait_for(self, method: str) -> dict:
        deadline = time.monotonic() + self.timeout
        seen = len(self.events)
        while True:
            for event in self.events[seen:]:
                if event["method"] == method:
                    return event
            seen = len(self.events)
            self.events.append(self._read(deadline, method))

    # -- page ---------------------------------------------------------------

    def open(self, path: Path, width: int = 1440, height: int = 900, scheme: str = "light") -> None:
        self.events.clear()
        self.call("Emulation.setDeviceMetricsOverride", session=True,
                  width=width, height=height, deviceScaleFactor=1, mobile=False)
        self.call("Emulation.setEmulatedMedia", session=True,
                  features=[{"name": "prefers-color-scheme", "value": scheme}])
        self.call("Page.navigate", session=True, url=path.resolve().as_uri())
        self.wait_for("Page.loadEventFired")

    def evaluate(self, expression: str):
        result = self.call("Runtime.evaluate", session=True, expression=expression,
                           returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            raise ProtocolError(str(result["exceptionDetails"]))
        return result["result"].get("value")

    def problems(self) -> list[str]:
        """Console errors and warnings, exceptions and refused loads (CSP)."""
        out = []
        for event in self.events:
            method, params = event["method"], event.get("params", {})
            if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "warning", "assert"):
                out.append(f"console.{params['type']}: {params.get('args')}")
            elif method == "Runtime.exceptionThrown":
                out.append(f"exception: {params.get('exceptionDetails', {}).get('text')}")
            elif method == "Log.entryAdded" and params["entry"]["level"] in ("error", "warning"):
                out.append(f"log: {params['entry']['text']}")
        return out

    def requests(self) -> list[str]:
        return [e["params"]["request"]["url"] for e in self.events if e["method"] == "Network.requestWillBeSent"]

    def screenshot(self, path: Path) -> None:
        size = self.call("Page.getLayoutMetrics", session=True)["cssContentSize"]
        shot = self.call("Page.captureScreenshot", session=True, format="png", captureBeyondViewport=True,
                         clip={"x": 0, "y": 0, "width": size["width"], "height": size["height"], "scale": 1})
        path.write_bytes(base64.b64decode(shot["data"]))

    def pdf(self, path: Path) -> None:
        result = self.call("Page.printToPDF", session=True, preferCSSPageSize=True, printBackground=True)
        path.write_bytes(base64.b64decode(result["data"]))

    def platform_fonts(self, selector: str) -> list[dict]:
        """The fonts Chromium used to draw the text directly inside the first
        element that ``selector`` matches: ``[{familyName, postScriptName,
        isCustomFont, glyphCount}]`` (DevTools ``CSS.getPlatformFontsForNode``)."""
        self.call("DOM.enable", session=True)
        self.call("CSS.enable", session=True)
        root = self.call("DOM.getDocument", session=True, depth=0)["root"]["nodeId"]
        node = self.call("DOM.querySelector", session=True, nodeId=root, selector=selector)["nodeId"]
        if not node:
            raise ProtocolError(f"no element matches {selector!r}")
        return self.call("CSS.getPlatformFontsForNode", session=True, nodeId=node)["fonts"]

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self.process.poll() is None:
            try:
                saved, self.timeout = self.timeout, min(self.timeout, 10)
                self.call("Browser.close")
            except Exception:
                pass
            finally:
                self.timeout = saved
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                pass
        self._kill()  # the process if it is still there, and anything left in its group
        os.close(self._to_child)
        os.close(self._from_child)
        shutil.rmtree(self.profile, ignore_errors=True)
