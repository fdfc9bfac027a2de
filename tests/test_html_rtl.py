"""Numbers and dates in right-to-left HTML, and the words of every locale.

In an Arabic map the browser would draw "الرصيد يظهر −250 ريالًا" with the
sign after the number (250−) and a date after Arabic text backwards
(02-10-2026). The map and the blueprint mark such numbers in user text
left to right (the ``ltr_numbers`` filter, :mod:`journeyctl.text.bidi`), and
the updated date is a ``<time dir="ltr">``. Checked where it matters: in
headless Chromium, character by character; and in the markup (escaped, no
marks at all in a left-to-right map).
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from journeyctl.load import load_bytes
from journeyctl.render import RenderOptions, i18n
from journeyctl.render import measured as measured_view
from journeyctl.render.blueprint import BlueprintRenderer
from journeyctl.render.html import HtmlRenderer
from journeyctl.text import bidi

from chromium import Browser, find_chromium

LRM, RLM = "\u200e", "\u200f"
SRC = Path(__file__).resolve().parent.parent / "src" / "journeyctl"

ARABIC = """\
journeyctl: 1
title: دفع فاتورة الهاتف
locale: ar
updated: 2026-10-02
persona: {name: سارة, role: عميلة منذ 2019-04-01}
stages:
  - id: pay
    name: الدفع
    goal: دفع الفاتورة قبل 2026-10-02
    steps:
      - id: open
        action: تفتح الفاتورة المستحقة في 2026-10-02
        emotion: 0
      - id: card
        action: تدفع ببطاقة الائتمان
        emotion: -2
        barriers:
          - {id: balance, text: الرصيد يظهر −250 ريالًا بعد الدفع, severity: high}
          - {id: twice, text: −250 ريالًا تُخصم مرتين, severity: critical}
    backstage: [يخصم النظام −250 ريالًا]
    metrics:
      - {name: نسبة الدفع الناجح, value: "−12%", target: "+5%"}
"""

ENGLISH = """\
journeyctl: 1
title: Paying the phone bill
locale: en
updated: 2026-10-02
persona: {name: Sara}
stages:
  - id: pay
    name: Pay
    steps:
      - id: card
        action: Pays by card before 2026-10-02 at 10:30
        emotion: -2
        barriers:
          - {id: balance, text: The balance shows −250 SAR after paying, severity: high}
    metrics:
      - {name: Successful payments, value: "−12%", target: "+5%"}
"""


def journey(text: str):
    return load_bytes(text.encode("utf-8"), "m.yaml").journey


def map_page(text: str) -> str:
    return HtmlRenderer().render(journey(text), RenderOptions())


def blueprint_page(text: str) -> str:
    return BlueprintRenderer().render(journey(text), RenderOptions())


# ------------------------------------------------------------- the rule


def test_signed_numbers_and_numbers_with_separators_are_marked():
    assert bidi.mark_numbers("الرصيد يظهر −250 ريالًا") == f"الرصيد يظهر {LRM}−250 ريالًا"
    assert bidi.mark_numbers("قبل 2026-10-02 و 10:30 و 1,5 و +2") == \
        f"قبل {LRM}2026-10-02 و {LRM}10:30 و {LRM}1,5 و {LRM}+2"
    assert bidi.mark_numbers("250 ريالًا") == "250 ريالًا"  # a plain number reads the same either way
    assert bidi.mark_numbers("١٢٣-٤") == "١٢٣-٤"  # Arabic-Indic digits are right to left already


def test_a_text_that_starts_with_a_number_keeps_its_direction():
    """dir="auto" takes a text's direction from its first strong character:
    a leading LRM would turn an Arabic text left to right, so it gets an RLM
    first; a Latin text, or one whose first strong letter comes first, none."""
    assert bidi.mark_numbers_auto("−250 ريالًا") == f"{RLM}{LRM}−250 ريالًا"
    assert bidi.mark_numbers_auto("ريال −250") == f"ريال {LRM}−250"
    assert bidi.mark_numbers_auto("−250 SAR") == f"{LRM}−250 SAR"
    assert bidi.mark_numbers_auto("250 ريالًا") == "250 ريالًا"
    assert bidi.first_strong("\u2066abc\u2069 عربي") == "rtl"  # isolates are skipped, as in the UBA (P2)
    assert bidi.first_strong("−250") is None


def test_the_flow_uses_the_same_rule():
    from journeyctl.render import dot

    assert dot._numbers is bidi.mark_numbers


# ------------------------------------------------------------- the markup


def test_arabic_user_text_is_marked_in_the_map_and_the_blueprint():
    for page in (map_page(ARABIC), blueprint_page(ARABIC)):
        assert f"<bdi>الرصيد يظهر {LRM}−250 ريالًا بعد الدفع</bdi>" in page
        assert f"<bdi>{RLM}{LRM}−250 ريالًا تُخصم مرتين</bdi>" in page
        assert f"تفتح الفاتورة المستحقة في {LRM}2026-10-02" in page
        assert f"يخصم النظام {LRM}−250 ريالًا" in page  # a list item (backstage)
        assert '<time datetime="2026-10-02" dir="ltr">2026-10-02</time>' in page
    page = map_page(ARABIC)
    assert f"<bdi>{LRM}−12%</bdi>" in page and f"<bdi>{LRM}+5%</bdi>" in page  # metrics value and target
    assert f"عميلة منذ {LRM}2019-04-01" in page  # persona text
    assert f"<bdi>دفع الفاتورة قبل {LRM}2026-10-02</bdi>" in page  # stage goal


def test_a_left_to_right_map_gets_no_marks():
    for page in (map_page(ENGLISH), blueprint_page(ENGLISH)):
        assert not re.search("[\u200e\u200f\u2066-\u2069]", page)
        assert "The balance shows −250 SAR after paying" in page
        assert "Pays by card before 2026-10-02 at 10:30" in page


@pytest.mark.parametrize("render", [map_page, blueprint_page], ids=["map", "blueprint"])
def test_marked_text_is_still_escaped(render):
    hostile = ARABIC.replace("الرصيد يظهر −250 ريالًا بعد الدفع",
                             "'<b onclick=\"x()\">−5</b> & 10:30 &amp; <script>−1</script>'")
    page = render(hostile)
    assert (f"&lt;b onclick=&#34;x()&#34;&gt;{LRM}−5&lt;/b&gt; &amp; {LRM}10:30 &amp;amp; "
            f"&lt;script&gt;{LRM}−1&lt;/script&gt;") in page
    assert "<script>" not in page and "<b onclick" not in page


# ------------------------------------------------------------- the words


LOCALES = ("en", "lt", "pl", "el", "ru", "th", "de", "fr", "es", "ar", "he", "fa")


def test_every_locale_has_every_word():
    assert sorted(i18n.LABELS) == sorted(LOCALES)
    english = set(i18n.LABELS["en"])
    for locale in LOCALES:
        assert set(i18n.LABELS[locale]) == english, (locale, english ^ set(i18n.LABELS[locale]))
        assert all(value.strip() for value in i18n.LABELS[locale].values()), locale


def test_the_measured_words_are_in_every_locale():
    """The measured lane and summary take their words from i18n alone
    (measured.py keeps no English copy); the two with a count keep {k}."""
    assert not hasattr(measured_view, "WORDS")
    used = set()
    for path in (*sorted((SRC / "render" / "templates" / "html").glob("*.j2")), SRC / "render" / "markdown.py"):
        used |= set(re.findall(r"""L\[["'](lane\.measured|measured\.[a-z_]+)["']\]""", path.read_text(encoding="utf-8")))
    assert {"measured.title", "measured.unbound", "measured.withheld", "measured.privacy"} <= used
    for locale in LOCALES:
        words = i18n.labels(locale)
        keys = {k for k in words if k == "lane.measured" or k.startswith("measured.")}
        assert len(keys) == 16 and used <= keys, locale
        for key in ("measured.withheld", "measured.privacy"):
            assert words[key].count("{k}") == 1, (locale, key)
        for key in keys - {"measured.withheld", "measured.privacy"}:
            assert "{" not in words[key], (locale, key)
        if locale != "en":
            same = [k for k in keys if words[k] == i18n.LABELS["en"][k]]
            assert len(same) <= 1, (locale, same)  # "Source" may stay Source (French)


# ------------------------------------------------------------- in Chromium


EXECUTABLE = find_chromium()
needs_chromium = pytest.mark.skipif(EXECUTABLE is None, reason="no Chromium")

#: Where Chromium draws each character of the text directly in the element
#: ``selector`` matches: [[character, left, right, top], ...], and its direction.
CHARACTERS = """
((selector) => {
  const element = document.querySelector(selector);
  const out = [];
  for (const node of element.childNodes) {
    if (node.nodeType !== Node.TEXT_NODE) continue;
    for (let i = 0; i < node.data.length; i++) {
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const rects = [...range.getClientRects()].filter(r => r.width > 0);
      if (rects.length) out.push([node.data[i], rects[0].left, rects[0].right, rects[0].top]);
    }
  }
  return {characters: out, rtl: element.matches(':dir(rtl)')};
})(%r)
"""


@pytest.fixture(scope="module")
def browser():
    if EXECUTABLE is None:
        pytest.skip("no Chromium")
    browser = Browser(EXECUTABLE)
    yield browser
    browser.close()


def drawn(browser, selector: str) -> tuple[list[tuple[str, float, float, float]], bool]:
    found = browser.evaluate(CHARACTERS % selector)
    characters = [tuple(c) for c in found["characters"] if unicodedata.category(c[0]) != "Cf" and not c[0].isspace()]
    return characters, found["rtl"]


def read_before(a, b) -> bool:
    """Whether a right-to-left reader reads character ``a`` before ``b``: on
    a line above it, or on the same line to its right."""
    if abs(a[3] - b[3]) > 2:
        return a[3] < b[3]
    return a[1] >= b[2] - 0.5


def number_reads_left_to_right(characters, number: str) -> bool:
    """The characters of ``number`` (as they come in the text) are drawn one
    after another from the left: each starts where the one before ends."""
    text = "".join(c[0] for c in characters)
    at = text.index(number)
    run = characters[at:at + len(number)]
    return all(a[2] <= b[1] + 0.5 and abs(a[3] - b[3]) <= 2 for a, b in zip(run, run[1:]))


def left_to_right(characters) -> str:
    return "".join(c[0] for c in sorted(characters, key=lambda c: c[1]))


PLACES = {
    "map": (map_page, "#barrier-balance bdi", "#barrier-twice bdi", "#step-open p.action"),
    "blueprint": (blueprint_page, "#failpoint-balance bdi", "#failpoint-twice bdi", "#step-open p.action"),
}


@needs_chromium
@pytest.mark.parametrize("view", sorted(PLACES))
def test_chromium_draws_the_sign_left_of_the_number_and_dates_as_written(view, browser, tmp_path):
    render, balance, twice, action = PLACES[view]
    path = tmp_path / "ar.html"
    path.write_text(render(ARABIC), encoding="utf-8")
    browser.open(path, width=1600, height=1200)

    characters, rtl = drawn(browser, balance)
    assert rtl
    text = "".join(c[0] for c in characters)
    minus, digits = characters[text.index("−250")], characters[text.index("−250") + 1:text.index("−250") + 4]
    assert minus[2] <= digits[0][1] + 0.5 and minus[3] == digits[0][3], characters  # −250, not 250−
    assert number_reads_left_to_right(characters, "−250")
    # and the sentence still reads from the right: "يظهر", then −250, then "ريالًا"
    assert read_before(characters[text.index("يظهر")], digits[-1])
    assert read_before(minus, characters[text.index("ريالًا")])

    characters, rtl = drawn(browser, twice)  # a text that starts with the number
    assert rtl and number_reads_left_to_right(characters, "−250")
    text = "".join(c[0] for c in characters)
    assert read_before(characters[text.index("−250")], characters[text.index("ريالًا")])  # read first

    characters, rtl = drawn(browser, action)  # a date in the text
    assert rtl and number_reads_left_to_right(characters, "2026-10-02")

    characters, _ = drawn(browser, "time")  # the updated date
    assert left_to_right(characters) == "2026-10-02"


@needs_chromium
def test_without_the_marks_chromium_draws_them_backwards(browser, tmp_path):
    """The control: the same page without its marks, and without dir="ltr" on
    the date, is drawn 250− and 02-10-2026, which the test above would catch."""
    page = map_page(ARABIC).replace(LRM, "").replace(RLM, "").replace(' dir="ltr">2026-10-02', ">2026-10-02")
    path = tmp_path / "ar.html"
    path.write_text(page, encoding="utf-8")
    browser.open(path, width=1600, height=1200)
    characters, _ = drawn(browser, "#barrier-balance bdi")
    assert not number_reads_left_to_right(characters, "−250")
    characters, _ = drawn(browser, "#barrier-twice bdi")
    assert not number_reads_left_to_right(characters, "−250")
    characters, _ = drawn(browser, "#step-open p.action")
    assert not number_reads_left_to_right(characters, "2026-10-02")
    characters, _ = drawn(browser, "time")
    assert left_to_right(characters) != "2026-10-02"
