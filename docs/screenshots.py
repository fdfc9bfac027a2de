"""The README's pictures, made with journeyctl's own export.

    python docs/screenshots.py

For every example, ``docs/<example>.png``: the page ``-f html`` writes, as a
1600 x 1000 screen shows it. For the English example also
``docs/en-billing-support-phone.png`` (a 390-pixel-wide phone) and
``docs/en-billing-support-a3.png``: the first A3 page of ``-f pdf``.

Needs what ``-f pdf`` needs (a Chromium, ``pip install 'journeyctl[browser]'``),
a Thai font for the Thai example (Debian: ``fonts-thai-tlwg``) and
``pdftoppm`` (Debian: ``poppler-utils``) for the A3 page. The pictures are
for people, not for tests: tests/test_export.py checks the export.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
PHONE_AND_PAGE = "en-billing-support"

from journeyctl import api  # noqa: E402
from journeyctl.render.browser import _page_html, _Session, find_browser, plain_png  # noqa: E402
from journeyctl.render import RenderOptions  # noqa: E402


def screen(session: _Session, html: str, width: int, height: int, target: Path) -> None:
    page = session.open(html)
    page.set_viewport_size({"width": width, "height": height})
    target.write_bytes(plain_png(page.screenshot(full_page=False, type="png", animations="disabled")))
    page.close()
    print(target.relative_to(ROOT))


def a3_page(example: Path, target: Path) -> None:
    """The first page of ``journeyctl render -f pdf``, as a PNG."""
    pdf = api.render(api.load_map(example), "pdf", paper="a3")
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "map.pdf").write_bytes(pdf)
        subprocess.run(["pdftoppm", "-r", "60", "-png", "-singlefile", "-f", "1", "-l", "1",
                        str(Path(folder) / "map.pdf"), str(Path(folder) / "page")], check=True, timeout=120)
        target.write_bytes(plain_png((Path(folder) / "page.png").read_bytes()))
    print(target.relative_to(ROOT))


def main() -> None:
    try:
        executable = find_browser()
    except api.ExternalToolError as exc:
        sys.exit(str(exc))
    with _Session(executable) as session:
        for example in sorted((ROOT / "examples").glob("*.yaml")):
            loaded = api.load_map(example)
            html = _page_html(loaded.journey, RenderOptions(source=example))
            screen(session, html, 1600, 1000, DOCS / f"{example.stem}.png")
            if example.stem == PHONE_AND_PAGE:
                phone = session.new_context(2)
                screen_phone = session.open(html, phone)
                screen_phone.set_viewport_size({"width": 390, "height": 844})
                target = DOCS / f"{example.stem}-phone.png"
                target.write_bytes(plain_png(screen_phone.screenshot(full_page=False, type="png")))
                phone.close()
                print(target.relative_to(ROOT))
    a3_page(ROOT / "examples" / f"{PHONE_AND_PAGE}.yaml", DOCS / f"{PHONE_AND_PAGE}-a3.png")


if __name__ == "__main__":
    main()
