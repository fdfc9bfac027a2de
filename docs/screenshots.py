"""Render every example to HTML and take a screenshot of it for the README.

    python docs/screenshots.py

Needs Chromium (Debian's ``chromium``) and, for the Thai example, a Thai font
(``fonts-thai-tlwg``). The pictures are for people, not for tests: the tests
check the layout in the same browser.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from chromium import Browser, find_chromium  # noqa: E402

from journeyctl.load import load  # noqa: E402
from journeyctl.render import RenderOptions  # noqa: E402
from journeyctl.render.html import HtmlRenderer  # noqa: E402


def main() -> None:
    executable = find_chromium()
    if executable is None:
        sys.exit("no Chromium found (apt-get install chromium)")
    browser = Browser(executable)
    try:
        with tempfile.TemporaryDirectory() as folder:
            for example in sorted((ROOT / "examples").glob("*.yaml")):
                page = Path(folder) / f"{example.stem}.html"
                html = HtmlRenderer().render(load(example).journey, RenderOptions(source=example))
                page.write_text(html, encoding="utf-8")
                browser.open(page)
                # Wide enough that the whole map shows without scrolling.
                width = browser.evaluate("document.querySelector('.map').scrollWidth + 60")
                browser.open(page, width=max(1200, min(width, 4200)))
                target = ROOT / "docs" / f"{example.stem}.png"
                browser.screenshot(target)
                print(target.relative_to(ROOT))
    finally:
        browser.close()


if __name__ == "__main__":
    main()
