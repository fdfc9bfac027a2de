"""Thai lines break between words, by ICU's dictionary (UAX #14), not inside them.

The reference is a hand-written list of words from the Thai example map. ICU's
word breaker agrees that each is a word; wrapping the example's texts at any
width, and drawing its flow as SVG, never puts a line boundary inside one.
Real ICU throughout (icu4py), no mocks.
"""

from __future__ import annotations

import html
import re

import pytest
import yaml
from icu4py.breakers import WordBreaker

from journeyctl.load import load
from journeyctl.text.wrap import graphemes, width, wrap

from conftest import ROOT

THAI_EXAMPLE = ROOT / "examples" / "th-business-phone.yaml"

#: Words of the example, by hand: each is one dictionary word, none is a
#: prefix or suffix of a longer word of the texts that ICU would cut elsewhere.
WORDS = """
    ธุรกิจ ขนาด เล็ก โทรศัพท์ ลูกค้า ระบบ ติดต่อ สนับสนุน หมายเลข บริการ
    บริษัท เที่ยว เวลา ต้อง กลุ่ม เว็บไซต์ รีวิว ผลิตภัณฑ์ แจ้ง พนักงาน
    ปัญหา ค้นหา เพื่อน สาธิต ภายใน สำหรับ เลือก ด่วน จัดการ สัปดาห์
    ระหว่าง คู่มือ ภาษา ประสบการณ์ ซอฟต์แวร์ โปรแกรม จำเป็น เข้าใจ
    ปัจจุบัน สังเกต โซลูชัน โฆษณา ประเมิน หงุดหงิด วิดีโอ สัญญา คำนวณ
    สำนักงาน มั่นใจ รายงาน แก้ไข เดียวกัน ทันที เจ้าของ ภูมิใจ อีเมล
    เปลี่ยน ประกอบ สถานะ แนะนำ ประวัติ เครื่อง เริ่ม ย้าย ทั้งหมด ชัดเจน
    อังกฤษ เสร็จ พร้อม เตือน
""".split()

#: Where ICU's dictionary does not know the next word (the loanword คลาวด์,
#: "cloud"), it reads โทร|ศัพท์|คลา|วด์ and may break there; so does Chromium.
#: (word, the text that follows the occurrence) pairs that may be cut.
ICU_MISREADS = {("โทรศัพท์", "คลาวด์")}


def strings(node):
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from strings(value)


def is_thai(text: str) -> bool:
    return any("\u0e00" <= c <= "\u0e7f" for c in text)


TEXTS = [s for s in strings(yaml.safe_load(THAI_EXAMPLE.read_text(encoding="utf-8"))) if is_thai(s)]


def occurrences(text: str, word: str):
    start = text.find(word)
    while start >= 0:
        yield start, start + len(word)
        start = text.find(word, start + 1)


def misread(text: str, end: int, word: str) -> bool:
    return any(w == word and text.startswith(after, end) for w, after in ICU_MISREADS)


def word_boundaries(text: str) -> set[int]:
    boundaries, position = set(), 0
    for piece in WordBreaker(text, "th"):
        position += len(piece)
        boundaries.add(position)
    return boundaries


def line_boundaries(paragraph: str, lines: list[str]) -> set[int]:
    """Where, in ``paragraph`` (white space folded), the lines start and end."""
    out, position = set(), 0
    for line in lines:
        while not paragraph.startswith(line, position):
            assert paragraph[position] == " ", (paragraph, lines)
            position += 1
        out.update((position, position + len(line)))
        position += len(line)
    assert paragraph[position:].strip() == ""
    return out


def test_the_texts_are_there():
    assert len(TEXTS) > 80


@pytest.mark.parametrize("word", WORDS)
def test_the_reference_words_are_words_to_icu(word):
    assert list(WordBreaker(word, "th")) == [word]
    found = 0
    for text in TEXTS:
        boundaries = word_boundaries(text)
        for start, end in occurrences(text, word):
            found += 1
            if not misread(text, end, word):
                assert not any(start < b < end for b in boundaries), (word, text)
    assert found, f"{word} is not in the example"


@pytest.mark.parametrize("columns", range(8, 41))
def test_no_line_boundary_falls_inside_a_word(columns):
    for text in TEXTS:
        paragraph = " ".join(text.split())
        lines = wrap(text, columns)
        boundaries = line_boundaries(paragraph, lines)
        for line in lines:
            assert width(line) <= columns or len(graphemes(line)) == 1, (line, columns)
        for word in WORDS:
            if width(word) > columns:  # a word wider than the line must be cut
                continue
            for start, end in occurrences(paragraph, word):
                cut = [b for b in boundaries if start < b < end]
                assert not cut or misread(paragraph, end, word), (
                    f"{word} split at {columns} columns: {lines}")


def test_the_locale_changes_nothing_for_thai():
    for text in TEXTS:
        assert wrap(text, 12, locale="th") == wrap(text, 12)


def test_the_svg_flow_draws_whole_words(run):
    result = run("render", str(THAI_EXAMPLE), "-f", "svg", "-o", "-")
    assert result.code == 0, result.stderr
    drawn = [html.unescape(t) for t in re.findall(r"<text\b[^>]*>([^<]*)</text>", result.stdout)]
    drawn = [" ".join(t.replace("\xa0", " ").split()) for t in drawn]
    assert any(is_thai(t) for t in drawn)
    for before, after in zip(drawn, drawn[1:]):
        joined = before + after
        for word in WORDS:
            for start, end in occurrences(joined, word):
                assert not start < len(before) < end or misread(joined, end, word), (
                    f"{word} cut between <text> {before!r} and {after!r}")
    # every listed word of a step's action (each drawn in its node) is whole
    # inside one <text>
    journey = load(THAI_EXAMPLE).journey
    for stage in journey.stages:
        for step in stage.steps:
            for word in WORDS:
                for start, end in occurrences(step.action, word):
                    if not misread(step.action, end, word):
                        assert any(word in t for t in drawn), (word, step.action)
