"""``-f pdf`` and ``-f png`` of the journey map (or of another grid view,
``settings["view"]``: the service blueprint): the page ``-f html`` writes,
printed and photographed by a headless Chromium already on the machine.

Chromium is driven with Playwright for Python (the optional extra
``journeyctl[browser]``), pointed at the system browser with
``executable_path``: it never downloads a browser of its own. Playwright
prints with the page's CSS paper size and backgrounds, captures the full
page, and gives every step a timeout; the browser's own command line
(``--print-to-pdf``, ``--screenshot``) has no full-page screenshot, no
timeout and no way to learn the page's size.

The browser is found in this order: ``--browser PATH``, ``$JOURNEYCTL_BROWSER``,
then the usual names on PATH and the usual install places. It starts with a
fresh profile and with everything that would reach the network switched
off; the page makes no request (it is self-contained, and its
Content-Security-Policy forbids any), and a route refuses any all the same.

The output is the same bytes on every run: the PDF through
:func:`journeyctl.render.pdf.reproducible_pdf` (Chromium stamps the time),
the PNG with only its image chunks (Chromium's encoder is deterministic and
writes no time, but a ``tIME`` or text chunk would be dropped).
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import struct
import sys
import threading
from pathlib import Path
from typing import ClassVar

from journeyctl.base.diagnostics import ExternalToolError
from journeyctl.format.model import Journey
from journeyctl.render.base import Renderer, RenderOptions
from journeyctl.render.pdf import DEFAULT_FIT, DEFAULT_PAPER, reproducible_pdf

ENVIRONMENT = "JOURNEYCTL_BROWSER"
#: Names looked for on PATH, in this order.
CANDIDATES = (
    "chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome",
    "microsoft-edge", "microsoft-edge-stable", "brave-browser",
)
#: Where browsers are installed outside PATH (macOS, Windows).
INSTALLED = (
    "/Applications/Chromium.app/Contents/MacOS/Chromium",
    "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
    "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
    r"C:\Program Files\Google\Chrome\Application\chrome.exe",
    r"C:\Program Files (x86)\Microsoft\Edge\Application\msedge.exe",
)
INSTALL_BROWSER = (
    "install Chromium (Debian/Ubuntu: apt-get install chromium; Fedora: dnf install chromium; "
    "macOS: brew install --cask chromium; Windows: winget install Google.Chrome) "
    f"or give one with --browser PATH or ${ENVIRONMENT}"
)
INSTALL_PLAYWRIGHT = "pip install 'journeyctl[browser]' (Playwright; it drives the installed browser, downloads none)"
#: Seconds the browser may take to start, and any one step after that.
TIMEOUT = 120
#: Seconds a whole PDF or PNG may take; then the browser is killed (printing
#: has no timeout of its own in Playwright).
DEADLINE = 300
#: The PNG: the screen layout at this width in CSS pixels (wider when the
#: map is), drawn at twice the pixels (sharp on a slide, a high-density
#: screen or a printed poster), once only when that would pass MAX_PIXELS.
SCREEN_WIDTH = 1600
SCREEN_HEIGHT = 1000
SCALE = 2
MAX_SIDE = 16000
#: The widest a map is shown before it scrolls within the PNG (CSS pixels).
MAX_WIDTH = 8000
#: Switches for a headless run in CI, as root in a container too: nothing in
#: the background, no update, no sync, no first-run dialog, no GPU.
ARGS = (
    "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run",
    "--no-default-browser-check", "--disable-sync", "--disable-quic", "--disable-extensions",
    "--disable-dev-shm-usage", "--hide-scrollbars", "--force-color-profile=srgb", "--font-render-hinting=none",
)
#: The width a page needs to show every element that scrolls sideways in full.
_NEEDED_WIDTH = """() => {
  const root = document.documentElement;
  let width = root.scrollWidth;
  for (const element of document.querySelectorAll('*')) {
    const extra = element.scrollWidth - element.clientWidth;
    if (extra > 0 && getComputedStyle(element).overflowX !== 'visible') width = Math.max(width, root.clientWidth + extra);
  }
  return Math.ceil(width);
}"""
_PAGE_OBJECT = re.compile(rb"/Type\s*/Page(?![A-Za-z])")


def find_browser(requested: str | None = None) -> str:
    """The browser to run: ``requested`` (``--browser``), ``$JOURNEYCTL_BROWSER``,
    a known name on PATH or a known install place; ExternalToolError if none."""
    given = requested or os.environ.get(ENVIRONMENT) or None
    if given:
        found = shutil.which(given) or (given if Path(given).is_file() and os.access(given, os.X_OK) else None)
        if found is None:
            source = "--browser" if requested else f"${ENVIRONMENT}"
            raise ExternalToolError(f"the browser '{given}' ({source}) was not found or cannot be run; {INSTALL_BROWSER}")
        return found
    for name in CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    for place in INSTALLED:
        if Path(place).is_file():
            return place
    raise ExternalToolError(
        f"PDF and PNG of the map need a Chromium-based browser, and none was found "
        f"(looked for {', '.join(CANDIDATES)}); {INSTALL_BROWSER}; "
        f"or render --view flow for the Graphviz drawing"
    )


def _page_html(journey: Journey, options: RenderOptions) -> str:
    """The HTML page of the grid view ``settings["view"]`` (map or blueprint)."""
    if options.settings.get("view") == "blueprint":
        from journeyctl.render.blueprint import BlueprintRenderer as HtmlRenderer
    else:
        from journeyctl.render.html import HtmlRenderer

    settings = {"paper": options.settings.get("paper") or DEFAULT_PAPER,
                "fit": options.settings.get("fit") or DEFAULT_FIT}
    if options.settings.get("view") != "blueprint":  # the map's own settings
        for key in ("measured", "compare", "links"):
            if options.settings.get(key) is not None:
                settings[key] = options.settings[key]
    return HtmlRenderer().render(journey, RenderOptions(source=options.source, settings=settings, warn=options.warn))


class _Session:
    """Playwright, one headless browser and one page, closed on exit."""

    def __init__(self, executable: str, scale: float = 1):
        self.executable = executable
        self.scale = scale

    def __enter__(self):
        try:
            from playwright.sync_api import Error, sync_playwright
        except ImportError:
            raise ExternalToolError(f"PDF and PNG of the map need Playwright for Python: {INSTALL_PLAYWRIGHT}") from None
        self.Error = Error
        self._manager = sync_playwright()
        try:
            self.playwright = self._manager.__enter__()
            root = hasattr(os, "geteuid") and os.geteuid() == 0
            # Playwright starts the browser with a new, temporary profile
            # (user data dir) every time and removes it afterwards.
            self.browser = self.playwright.chromium.launch(
                executable_path=self.executable, headless=True, args=list(ARGS), chromium_sandbox=not root,
                timeout=TIMEOUT * 1000, handle_sigint=False,
            )
            self.context = self.new_context(self.scale)
        except Error as exc:
            self.__exit__(None, None, None)
            raise ExternalToolError(f"cannot start the browser {self.executable}: {_first_line(exc)}") from None
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def new_context(self, scale: float):
        context = self.browser.new_context(
            viewport={"width": SCREEN_WIDTH, "height": SCREEN_HEIGHT}, device_scale_factor=scale,
            color_scheme="light", reduced_motion="reduce", java_script_enabled=True, offline=True,
            service_workers="block",
        )
        context.set_default_timeout(TIMEOUT * 1000)
        context.route("**/*", lambda route: route.abort("blockedbyclient"))
        return context

    def open(self, html: str, context=None):
        page = (context or self.context).new_page()
        page.set_content(html, wait_until="load")
        return page

    def __exit__(self, *exc_info):
        for close in (lambda: self.browser.close(), lambda: self._manager.__exit__(None, None, None)):
            try:
                close()
            except Exception:
                pass
        return False


def _first_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split("\n")[:1]).strip()
    return text[:300] or type(exc).__name__


class Watchdog:
    """Kills the browsers this process started (Linux: the descendants whose
    command line has a ``--user-data-dir`` and no ``--type``, which are
    browser main processes, not their renderers) if the block takes more
    than ``seconds``; Playwright then fails the step it is waiting for."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.fired = False
        self._timer: threading.Timer | None = None

    def __enter__(self):
        self._timer = threading.Timer(self.seconds, self.fire)
        self._timer.daemon = True
        self._timer.start()
        return self

    def __exit__(self, *exc_info):
        if self._timer:
            self._timer.cancel()
        return False

    def fire(self) -> None:
        self.fired = True
        for pid in _descendants(os.getpid()):
            try:
                arguments = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
            except OSError:
                continue
            if any(a.startswith(b"--user-data-dir=") for a in arguments) and \
                    not any(a.startswith(b"--type=") for a in arguments):
                try:
                    os.kill(pid, signal.SIGKILL)
                except OSError:
                    pass


def _descendants(root: int) -> list[int]:
    """The processes below ``root`` (Linux /proc; elsewhere none)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").glob("[0-9]*") if Path("/proc/self/stat").exists() else ():
        try:
            stat = (entry / "stat").read_text()
            parent = int(stat[stat.rindex(")") + 2:].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        children.setdefault(parent, []).append(int(entry.name))
    found, todo = [], [root]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


class _Browser(Renderer):
    settings: ClassVar[frozenset[str]] = frozenset({"view", "paper", "fit", "browser", "measured", "compare", "links"})

    def render(self, journey: Journey, options: RenderOptions) -> bytes:
        executable = find_browser(options.settings.get("browser"))
        html = _page_html(journey, options)
        watchdog = Watchdog(DEADLINE)
        try:
            with watchdog:
                return self.capture(executable, html, options)
        except Exception as exc:
            if watchdog.fired:
                raise ExternalToolError(f"the browser {executable} did not finish within {DEADLINE} seconds; "
                                        f"it was stopped") from None
            if isinstance(exc, ExternalToolError):
                raise
            if type(exc).__module__.startswith("playwright"):
                raise ExternalToolError(f"the browser {executable} failed: {_first_line(exc)}") from None
            raise

    def capture(self, executable: str, html: str, options: RenderOptions) -> bytes:
        raise NotImplementedError


class PdfRenderer(_Browser):
    name = "pdf"
    extensions = (".pdf",)
    media_type = "application/pdf"
    summary = "the journey map printed to PDF by a headless Chromium (--paper, --fit)"

    def capture(self, executable: str, html: str, options: RenderOptions) -> bytes:
        with _Session(executable) as session:
            page = session.open(html)
            data = page.pdf(prefer_css_page_size=True, print_background=True)
            if options.settings.get("fit") == "page" and pages(data) > 1:
                data = _one_page(page, data)
        return reproducible_pdf(data)


def _one_page(page, first: bytes) -> bytes:
    """The PDF at the largest print scale (to 1%) that puts it on one page."""
    low, high, best = 0.1, 1.0, None
    for _ in range(7):
        middle = round((low + high) / 2, 3)
        data = page.pdf(prefer_css_page_size=True, print_background=True, scale=middle)
        if pages(data) == 1:
            low, best = middle, data
        else:
            high = middle
        if high - low < 0.01:
            break
    return best or page.pdf(prefer_css_page_size=True, print_background=True, scale=0.1)


def pages(pdf: bytes) -> int:
    """The number of pages in a PDF Chromium wrote (its ``/Type /Page`` objects)."""
    return len(_PAGE_OBJECT.findall(pdf))


class PngRenderer(_Browser):
    name = "png"
    extensions = (".png",)
    media_type = "image/png"
    summary = "the journey map's screen layout as a PNG, by a headless Chromium"

    def capture(self, executable: str, html: str, options: RenderOptions) -> bytes:
        with _Session(executable, SCALE) as session:
            page = session.open(html)
            width = min(max(SCREEN_WIDTH, int(page.evaluate(_NEEDED_WIDTH))), MAX_WIDTH)
            page.set_viewport_size({"width": width, "height": SCREEN_HEIGHT})
            height = int(page.evaluate("() => Math.ceil(document.documentElement.scrollHeight)"))
            if max(width, height) * SCALE > MAX_SIDE:  # too many pixels for twice the resolution
                page = session.open(html, session.new_context(1))
                page.set_viewport_size({"width": width, "height": SCREEN_HEIGHT})
            data = page.screenshot(full_page=True, type="png", animations="disabled", caret="hide")
        return plain_png(data)


#: Chunks a PNG needs to show the same picture; the others (time, text) go.
_KEPT_CHUNKS = {b"IHDR", b"PLTE", b"IDAT", b"IEND", b"tRNS", b"sRGB", b"gAMA", b"cHRM", b"iCCP", b"sBIT", b"pHYs"}


def plain_png(data: bytes) -> bytes:
    """The PNG with only the chunks that make its picture."""
    if not data.startswith(b"\x89PNG\r\n\x1a\n"):
        raise ExternalToolError("the browser's screenshot is not a PNG")
    out, at = [data[:8]], 8
    while at + 8 <= len(data):
        (length,) = struct.unpack(">I", data[at:at + 4])
        kind, end = data[at + 4:at + 8], at + 12 + length
        if kind in _KEPT_CHUNKS:
            out.append(data[at:end])
        at = end
        if kind == b"IEND":
            break
    return b"".join(out)


if sys.platform == "win32":  # pragma: no cover - the names on PATH carry .exe
    CANDIDATES = CANDIDATES + ("msedge",)
