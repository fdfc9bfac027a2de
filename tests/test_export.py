"""PDF and PNG of the journey map, made by a real headless Chromium through
Playwright; the views each format has; what happens without a browser.

.ci/run installs Debian's chromium and the test extra installs Playwright and
pypdf; elsewhere the browser tests run where a Chromium is on PATH.
"""

from __future__ import annotations

import io
import os
import shutil
import struct
import sys
import time
import zlib

import pytest

from journeyctl import api
from journeyctl.render import views
from journeyctl.render.browser import CANDIDATES, Watchdog, find_browser, pages, plain_png
from journeyctl.render.pdf import PAPERS, paper_points

from conftest import EXAMPLES, MINIMAL

BROWSER = next((shutil.which(name) for name in CANDIDATES if shutil.which(name)), None) \
    or os.environ.get("JOURNEYCTL_BROWSER")
try:
    import playwright  # noqa: F401
    PLAYWRIGHT = True
except ImportError:
    PLAYWRIGHT = False
needs_browser = pytest.mark.skipif((BROWSER is None or not PLAYWRIGHT) and not os.environ.get("CI"),
                                   reason="no Chromium on PATH, or Playwright not installed")
needs_dot = pytest.mark.skipif(shutil.which("dot") is None and not os.environ.get("CI"), reason="no Graphviz dot")
EN = next(p for p in EXAMPLES if p.stem == "en-billing-support")
TH = next(p for p in EXAMPLES if p.stem == "th-business-phone")
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def pdf_pages(data: bytes) -> list[tuple[float, float]]:
    """(width, height) in points of each page's MediaBox."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    return [(float(page.mediabox.width), float(page.mediabox.height)) for page in reader.pages]


def assert_paper(data: bytes, paper: str) -> int:
    """Every page is ``paper``, landscape, to a point (Chromium rounds the
    sheet to whole CSS pixels); the number of pages."""
    width, height = paper_points(paper)
    sizes = pdf_pages(data)
    assert sizes, "no pages"
    for w, h in sizes:
        assert abs(w - width) <= 1 and abs(h - height) <= 1, f"{w}x{h} is not {paper} landscape ({width}x{height})"
    return len(sizes)


def png_size(data: bytes) -> tuple[int, int]:
    assert data.startswith(PNG_MAGIC) and data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def png_rows(data: bytes, count: int) -> list[bytes]:
    """The first ``count`` rows of an 8-bit RGB or RGBA PNG, unfiltered."""
    width, _ = png_size(data)
    depth, colour = data[24], data[25]
    assert depth == 8 and colour in (2, 6), (depth, colour)
    channels = 3 if colour == 2 else 4
    stream, at = b"", 8
    while at < len(data):
        (length,) = struct.unpack(">I", data[at:at + 4])
        if data[at + 4:at + 8] == b"IDAT":
            stream += data[at + 8:at + 8 + length]
        at += 12 + length
    raw = zlib.decompressobj().decompress(stream, (width * channels + 1) * count)
    stride, rows, previous = width * channels, [], bytearray(width * channels)
    for y in range(count):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for x in range(stride):
            a = line[x - channels] if x >= channels else 0
            b = previous[x]
            c = previous[x - channels] if x >= channels else 0
            if kind == 1:
                line[x] = (line[x] + a) & 255
            elif kind == 2:
                line[x] = (line[x] + b) & 255
            elif kind == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        previous = line
    return rows


# ------------------------------------------------------------------ PDF


@needs_browser
@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_each_example_prints_on_a3_landscape(example):
    loaded = api.load_map(example)
    data = api.render(loaded, "pdf")
    assert data.startswith(b"%PDF-") and b"/Producer (Skia/PDF" in data
    count = assert_paper(data, "a3")
    assert count == pages(data)
    # Stages flow onto further pages, never more pages than stages.
    assert 1 <= count <= len(loaded.journey.stages)
    assert b"/CreationDate (D:19700101000000" in data or os.environ.get("SOURCE_DATE_EPOCH")


@needs_browser
@pytest.mark.parametrize("paper", ["letter", "tabloid", "a4", "a2"])
def test_paper_sizes(paper):
    assert_paper(api.render(api.load_map(EN), "pdf", paper=paper), paper)


def test_paper_table():
    assert paper_points("a3") == pytest.approx((1190.55, 841.89), abs=0.01)
    assert paper_points("letter") == pytest.approx((792, 612))
    assert paper_points("tabloid") == pytest.approx((1224, 792))
    assert list(PAPERS) == ["a4", "a3", "a2", "a1", "a0", "letter", "tabloid"]


@needs_browser
@pytest.mark.parametrize("example, paper", [(EN, "a4"), (TH, "a3")], ids=["en-a4", "th-a3"])
def test_fit_page_is_one_page(example, paper):
    data = api.render(api.load_map(example), "pdf", paper=paper, fit="page")
    assert assert_paper(data, paper) == 1


@needs_browser
def test_look_at_the_pdf(tmp_path):
    """The first page, as a picture, is not blank (pdftoppm, where installed)."""
    if shutil.which("pdftoppm") is None:
        pytest.skip("no pdftoppm (poppler-utils)")
    import subprocess

    (tmp_path / "map.pdf").write_bytes(api.render(api.load_map(EN), "pdf"))
    subprocess.run(["pdftoppm", "-r", "20", "-png", "-f", "1", "-l", "1", str(tmp_path / "map.pdf"),
                    str(tmp_path / "page")], check=True, timeout=60)
    picture = next(tmp_path.glob("page*.png")).read_bytes()
    assert png_size(picture) == pytest.approx((331, 234), abs=2)  # A3 at 20 dpi


# ------------------------------------------------------------------ PNG


@needs_browser
def test_png_is_the_map_at_twice_the_pixels():
    data = api.render(api.load_map(EN), "png")
    width, height = png_size(data)
    assert width >= 2 * 1600 and width % 2 == 0 and height > 2 * 500
    rows = png_rows(data, 160)  # the top 80 CSS pixels: the title
    corner = {row[i:i + 3] for row in rows for i in range(0, min(len(row), 3 * 900), 3)}
    assert len(corner) > 10, "the top-left corner is blank"
    assert min(sum(c) for c in corner) < 200, "no dark text in the top-left corner"


@needs_browser
def test_png_shows_the_whole_width_of_a_wide_map():
    data = api.render(api.load_map(TH), "png")
    width, _ = png_size(data)
    assert width > 2 * 1600  # wider than the screen: the map does not scroll inside the picture


def test_plain_png_drops_time_and_text():
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    ihdr = chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
    idat = chunk(b"IDAT", zlib.compress(b"\x00\xff\xff\xff"))
    end = chunk(b"IEND", b"")
    stamped = PNG_MAGIC + ihdr + chunk(b"tIME", b"\x07\xea\x0b\x17\x14\x07\x11") + \
        chunk(b"tEXt", b"Software\x00x") + idat + end
    assert plain_png(stamped) == PNG_MAGIC + ihdr + idat + end


@pytest.mark.skipif(not os.path.exists("/proc/self/stat"), reason="the watchdog reads /proc")
def test_the_watchdog_kills_a_browser_that_hangs(tmp_path):
    import subprocess

    hung = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)", f"--user-data-dir={tmp_path}"])
    renderer = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)", "--type=renderer",
                                 f"--user-data-dir={tmp_path}"])
    try:
        with Watchdog(0.2) as watchdog:
            assert hung.wait(timeout=10) == -9
        assert watchdog.fired and renderer.poll() is None  # only browser main processes
    finally:
        for process in (hung, renderer):
            process.kill()
            process.wait()


# ------------------------------------------------------------------ same bytes


@needs_browser
@pytest.mark.parametrize("fmt", ["pdf", "png"])
def test_the_same_bytes_every_time(run, tmp_path, fmt):
    outputs = []
    for i in range(2):
        if i:
            time.sleep(1.1)  # a clock that has moved on
        out = tmp_path / f"{i}.{fmt}"
        result = run("render", str(EN), "-f", fmt, "-o", str(out), env={"SOURCE_DATE_EPOCH": ""})
        assert result.code == 0, result.stderr
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    if fmt == "pdf":
        assert b"/CreationDate (D:19700101000000" in outputs[0] and b"/ModDate (D:19700101000000" in outputs[0]


# ------------------------------------------------------------------ no browser


def test_a_browser_that_is_not_there_is_exit_3(run, write, tmp_path):
    path = write(MINIMAL)
    result = run("render", str(path), "-f", "pdf", "--browser", "/nonexistent")
    assert result.code == 3 and "Traceback" not in result.stderr
    assert "the browser '/nonexistent' (--browser) was not found" in result.stderr
    assert "apt-get install chromium" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.yaml"]


@pytest.mark.parametrize("fmt", ["pdf", "png"])
def test_no_browser_on_path_is_exit_3(run, write, tmp_path, fmt):
    path = write(MINIMAL)
    env = {"PATH": os.path.dirname(sys.executable), "JOURNEYCTL_BROWSER": ""}
    result = run("render", str(path), "-f", fmt, env=env)
    assert result.code == 3 and "Traceback" not in result.stderr
    assert "need a Chromium-based browser, and none was found" in result.stderr
    assert "apt-get install chromium" in result.stderr and "brew install" in result.stderr
    assert "--browser PATH" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.yaml"]


def test_the_browser_from_the_environment(monkeypatch, tmp_path):
    fake = tmp_path / "my-chrome"
    fake.write_text("#!/bin/sh\n")
    fake.chmod(0o755)
    monkeypatch.setenv("JOURNEYCTL_BROWSER", str(fake))
    assert find_browser() == str(fake)
    assert find_browser("/bin/sh") == "/bin/sh"  # --browser wins
    monkeypatch.setenv("JOURNEYCTL_BROWSER", str(tmp_path / "gone"))
    with pytest.raises(api.ExternalToolError, match=r"\$JOURNEYCTL_BROWSER"):
        find_browser()


def test_without_playwright_is_exit_3_with_the_pip_command(run, write, tmp_path):
    blocked = tmp_path / "blocked" / "playwright"
    blocked.mkdir(parents=True)
    (blocked / "__init__.py").write_text("raise ImportError('not installed')\n")
    path = write(MINIMAL)
    env = {"PYTHONPATH": str(tmp_path / "blocked"), "JOURNEYCTL_BROWSER": BROWSER or "/bin/sh"}
    result = run("render", str(path), "-f", "pdf", env=env)
    assert result.code == 3 and "Traceback" not in result.stderr
    assert "pip install 'journeyctl[browser]'" in result.stderr


# ------------------------------------------------------------------ views


ALLOWED = [(fmt, view) for fmt, have in views.FORMAT_VIEWS.items() for view in have]
FORBIDDEN = [(fmt, view) for fmt in (*views.FORMAT_VIEWS, "json", "md", "mermaid") for view in views.VIEWS
             if view not in views.FORMAT_VIEWS.get(fmt, ())]
MAGIC = {"html": b"<!DOCTYPE html", "pdf": b"%PDF-", "png": PNG_MAGIC, "dot": b"digraph", "svg": b"<?xml"}


@pytest.mark.parametrize("fmt, view", ALLOWED, ids=[f"{f}-{v}" for f, v in ALLOWED])
def test_each_view_a_format_has(run, write, tmp_path, fmt, view):
    if view in views.GRID_VIEWS and fmt in ("pdf", "png") and (BROWSER is None or not PLAYWRIGHT) \
            and not os.environ.get("CI"):
        pytest.skip("no Chromium or Playwright")
    if fmt == "pdf" and view in views.GRAPH_VIEWS and shutil.which("dot") is None and not os.environ.get("CI"):
        pytest.skip("no Graphviz dot")
    out = tmp_path / f"out.{fmt}"
    result = run("render", str(write(MINIMAL)), "-f", fmt, "--view", view, "-o", str(out))
    assert result.code == 0, result.stderr
    data = out.read_bytes()
    assert data[:20].lower().startswith(MAGIC[fmt].lower())
    if fmt == "pdf":  # the map from Chromium, the drawings from Graphviz (cairo)
        assert (b"Skia/PDF" in data) == (view in views.GRID_VIEWS)


@pytest.mark.parametrize("fmt, view", FORBIDDEN, ids=[f"{f}-{v}" for f, v in FORBIDDEN])
def test_each_view_a_format_has_not_is_exit_2(run, write, tmp_path, fmt, view):
    result = run("render", str(write(MINIMAL)), "-f", fmt, "--view", view)
    assert result.code == 2 and "Traceback" not in result.stderr
    assert f"--view does not apply to the {fmt} format" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.yaml"]


def test_graph_is_another_name_for_view():
    journey = api.load_map(EN).journey
    assert api.render(journey, "dot", graph="touchpoints") == api.render(journey, "dot", view="touchpoints")
    with pytest.raises(api.UsageProblem, match="disagree"):
        api.render(journey, "dot", graph="flow", view="touchpoints")


def test_default_views():
    assert [views.views_of(f)[0] for f in ("html", "pdf", "png", "dot", "svg")] == \
        ["map", "map", "map", "flow", "flow"]
    journey = api.load_map(EN).journey
    assert api.render(journey, "dot") == api.render(journey, "dot", view="flow")


@pytest.mark.parametrize("args, message", [
    (["-f", "pdf", "--view", "flow", "--paper", "a4"], "--paper applies to pages (html, and pdf of the map and "
                                                       "blueprint), not to the flow view as pdf"),
    (["-f", "png", "--view", "touchpoints", "--browser", "x"], "--browser applies to pages"),
    (["-f", "pdf", "--dot-binary", "dot"], "--dot-binary applies to the Graphviz drawings"),
    (["-f", "html", "--view", "touchpoints", "--direction", "tb"], "--direction does not apply to the html format"),
    (["-f", "png", "--fit", "page"], "--fit applies to pdf and html"),
    (["-f", "svg", "--paper", "a4"], "--paper does not apply to the svg format"),
    (["-f", "pdf", "--paper", "b5"], "Invalid value for '--paper'"),
])
def test_settings_of_another_view_are_exit_2(run, write, args, message):
    result = run("render", str(write(MINIMAL)), *args)
    assert result.code == 2 and message in result.stderr, result.stderr


def test_renderers_lists_the_browser_formats(run):
    result = run("renderers")
    assert result.code == 0
    lines = {line.split()[0]: line for line in result.stdout.splitlines() if line.strip()}
    assert "Chromium" in lines["pdf"] and "Chromium" in lines["png"]
