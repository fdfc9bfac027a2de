"""Label wrapping in every script: ICU's line breaking (UAX #14), greedy."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from journeyctl.load import load
from journeyctl.text.wrap import graphemes, width, wrap

from conftest import EXAMPLES


def assert_graphemes_intact(text: str, lines: list[str]) -> None:
    """No line boundary falls inside a grapheme cluster of the original."""
    pieces = [g for line in lines for g in graphemes(line)]
    assert pieces == graphemes("".join(lines))


def test_breaks_at_spaces():
    assert wrap("Searches the help center for the code on the invoice", 20) == [
        "Searches the help", "center for the code", "on the invoice"]


def line_boundaries(paragraph: str, lines: list[str]) -> set[int]:
    """Where, in ``paragraph`` (one line, white space folded), the lines
    start and end: each line is the next piece of it, the spaces between
    lines dropped."""
    out, position = set(), 0
    for line in lines:
        while not paragraph.startswith(line, position):
            assert paragraph[position] == " ", (paragraph, lines)
            position += 1
        out.update((position, position + len(line)))
        position += len(line)
    assert paragraph[position:].strip(" ") == ""
    return out


def cluster_boundaries(text: str) -> set[int]:
    out, position = {0}, 0
    for cluster in graphemes(text):
        position += len(cluster)
        out.add(position)
    return out


def assert_words_whole(text: str, lines: list[str], words: list[str]) -> None:
    boundaries = line_boundaries(" ".join(text.split()), lines)
    for word in words:
        start = text.find(word)
        assert start >= 0, word
        assert not any(start < b < start + len(word) for b in boundaries), (word, lines)


THAI = "ตั้งค่าผู้ใช้และกลุ่มรับสายด้วยตัวช่วยตั้งค่า"
THAI_WORDS = ["ตั้ง", "ค่า", "ผู้", "ใช้", "และ", "กลุ่ม", "รับ", "สาย", "ด้วย", "ตัว", "ช่วย"]


@pytest.mark.parametrize("columns", range(4, 21))
def test_thai_without_spaces_wraps_between_words(columns):
    lines = wrap(THAI, columns)
    assert len(lines) > 1
    assert "".join(lines) == THAI
    assert all(width(line) <= columns for line in lines)
    assert_graphemes_intact(THAI, lines)
    assert_words_whole(THAI, lines, THAI_WORDS)
    for left in lines[:-1]:
        assert left[-1] not in "เแโใไ", "never break after a leading vowel"
    for right in lines[1:]:
        assert right[0] not in "ะาำ", "never break before a following vowel"


def test_thai_breaks_at_dictionary_words():
    text = "ธุรกิจขนาดเล็กต้องการระบบโทรศัพท์ใหม่"
    for columns in range(6, 30):
        lines = wrap(text, columns)
        assert_words_whole(text, lines, ["ธุรกิจ", "ขนาด", "เล็ก", "ต้องการ", "ระบบ", "โทรศัพท์", "ใหม่"])


def test_a_word_longer_than_a_line_breaks_between_clusters():
    assert wrap("supercalifragilisticexpialidocious word", 10) == [
        "supercalif", "ragilistic", "expialidoc", "ious word"]
    lines = wrap("ผลิตภัณฑ์", 3)  # one word, six columns
    assert "".join(lines) == "ผลิตภัณฑ์" and all(width(line) <= 3 for line in lines)
    assert_graphemes_intact("ผลิตภัณฑ์", lines)


def test_lao_khmer_and_myanmar_break_between_words():
    lao = "ຂ້ອຍຢາກໄປຕະຫຼາດມື້ນີ້"
    for columns in range(6, 12):
        assert_words_whole(lao, wrap(lao, columns), ["ຂ້ອຍ", "ຢາກ", "ຕະຫຼາດ", "ມື້ນີ້"])
    khmer = "ខ្ញុំចង់ទៅផ្សារថ្ងៃនេះ"
    for columns in range(5, 12):
        lines = wrap(khmer, columns)
        assert "".join(lines) == khmer and all(width(line) <= columns for line in lines)
        assert_words_whole(khmer, lines, ["ខ្ញុំ", "ផ្សារ", "ថ្ងៃ"])
    myanmar = "မြန်မာစာကိုဖတ်နိုင်ပါသလား"
    lines = wrap(myanmar, 8)
    assert len(lines) > 1 and "".join(lines) == myanmar
    assert_graphemes_intact(myanmar, lines)


def test_chinese_and_japanese_keep_closing_punctuation_and_small_kana():
    chinese = "我想去市场买东西。我们今天去看看，好吗？"
    japanese = "電話システムを選ぶためにウェブサイトを見ます。ちょっと待ってください。"
    for text in (chinese, japanese):
        for columns in range(6, 16):  # ちょっ, a unit of ICU's root rules, is 6 columns
            lines = wrap(text, columns)
            assert "".join(lines) == text
            assert all(width(line) <= columns for line in lines)
            for line in lines[1:]:
                assert line[0] not in "。，？、ェョッっょ", (line, lines)


def test_the_locale_selects_icus_tailoring():
    text = "ウェブサイトでチェックしてください"
    # CLDR's Japanese is "normal" line breaking: small kana may start a line;
    # ja-u-lb-strict asks for strict, as ICU's root rules are.
    assert any(line[0] in "ェッ" for line in wrap(text, 9, locale="ja"))
    assert wrap(text, 9, locale="ja-u-lb-strict") == wrap(text, 9) == [
        "ウェブサ", "イトで", "チェック", "してくだ", "さい"]


def test_combining_marks_and_emoji_sequences_stay_whole():
    family = "👩\u200d👩\u200d👧"
    text = ("e\u0301" * 10) + family * 3
    lines = wrap(text, 5)
    assert_graphemes_intact(text, lines)
    assert family in lines[-1] or family in lines[-2]


def test_wide_characters_count_double():
    assert width("電話") == 4 and width("ab") == 2 and width("e\u0301") == 1
    lines = wrap("電話システムを選ぶためにウェブサイト", 10)
    assert all(width(line) <= 10 for line in lines)
    assert lines[0] == "電話システ"


def test_a_unit_wider_than_the_line_stands_alone():
    assert wrap("電", 1) == ["電"]


def test_max_lines_ends_with_an_ellipsis():
    lines = wrap("one two three four five six seven eight nine ten", 10, max_lines=2)
    assert len(lines) == 2 and lines[-1].endswith("…") and width(lines[-1]) <= 10


def test_empty_and_multiline():
    assert wrap("") == [""]
    assert wrap("first line\nsecond", 40) == ["first line", "second"]


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_every_example_action_wraps_cleanly(example):
    for position in load(example).journey.flow.steps:
        text = position.step.action
        lines = wrap(text, 16)
        assert_graphemes_intact(text, lines)
        assert "".join(lines).replace(" ", "") == text.replace(" ", "")
        for line in lines:
            assert width(line) <= 16 or len(graphemes(line)) == 1


def test_max_lines_never_ends_in_a_leading_vowel():
    assert wrap("aaa\nbbเค\nccc", 4, max_lines=2) == ["aaa", "bb…"]
    lines = wrap(THAI, 10, max_lines=2)
    assert len(lines) == 2 and lines[-1].endswith("…") and width(lines[-1]) <= 10


def test_latin_breaks_after_a_hyphen_only_when_it_must():
    assert wrap("a self-service portal for everyone", 14) == ["a self-service", "portal for", "everyone"]
    assert wrap("a self-service portal for everyone", 8) == ["a self-", "service", "portal", "for", "everyone"]


def test_the_locale_is_passed_to_icu_and_a_bad_one_ignored():
    text = "Searches the help center for the code on the invoice"
    expected = wrap(text, 20)
    for locale in ("en", "en-GB", "fi", "ja", "th", "x\x00y", "", None):
        assert wrap(text, 20, locale=locale) == expected


def test_lone_surrogates_do_not_reach_icu():
    lines = wrap("a\ud800b c d e f g", 3)
    assert lines == ["a\ud800b", "c d", "e f", "g"]


def test_icu_is_imported_only_for_text_that_needs_breaking():
    code = (
        "import sys\n"
        "from journeyctl.text.wrap import wrap\n"
        "assert wrap('a short label', 28) == ['a short label']\n"
        "assert 'icu4py' not in sys.modules, 'imported for a short label'\n"
        "wrap('a label long enough to need breaking', 10)\n"
        "assert 'icu4py.breakers' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


# ------------------------------------------------------------------ properties

# Letters, marks, spaces and punctuation of many scripts, and some troublemakers:
# combining marks, zero-width joiners, regional indicators, emoji.
ALPHABET = st.sampled_from(
    list("abcdefgh  -/.,()") + list("αβγδ") + list("жизн") + list("กขคเแโใไะาำิุ่้์ั")
    + list("ກຂໄປາ່") + list("ខ្ញុំ") + list("電話。、システムェッ") + ["\u0301", "\u200d", "\U0001F469",
    "\U0001F1E6", "\U0001F1E8", "\u00a0", "\u200b", "\n"])
MIXED = st.text(ALPHABET, max_size=60)
ANY = st.text(max_size=60)
COLUMNS = st.integers(1, 40)


@given(st.one_of(MIXED, ANY), COLUMNS)
def test_joining_the_lines_gives_the_text_back_modulo_spaces(text, columns):
    lines = wrap(text, columns)
    assert "".join("".join(lines).split()) == "".join(text.split())


@given(st.one_of(MIXED, ANY), COLUMNS)
def test_lines_fit_break_between_clusters_and_end_without_spaces(text, columns):
    paragraph = " ".join(text.split())  # one paragraph: line breaks are white space
    lines = wrap(paragraph, columns)
    for line in lines:
        assert width(line) <= columns or len(graphemes(line)) == 1, (line, lines)
        assert not line.endswith(" ")
    assert line_boundaries(paragraph, lines) <= cluster_boundaries(paragraph)


@given(st.one_of(MIXED, ANY), COLUMNS, st.integers(1, 4))
def test_max_lines_is_kept(text, columns, max_lines):
    lines = wrap(text, columns, max_lines=max_lines)
    assert 1 <= len(lines) <= max_lines
    if lines[-1].endswith("…") and len(wrap(text, columns)) > max_lines:
        assert width(lines[-1]) <= columns


def greedy(words: list[str], columns: int) -> list[str]:
    """Breaking at spaces only, a word too long for a line between its letters."""
    lines, current = [], ""
    for word in words:
        if current and len(current) + 1 + len(word) <= columns:
            current += " " + word
            continue
        if current:
            lines.append(current)
            current = ""
        if len(word) <= columns:
            current = word
            continue
        for letter in word:
            if current and len(current) + 1 > columns:
                lines.append(current)
                current = ""
            current += letter
    return lines + [current] if current else lines or [""]


WORD = st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyzÀéßαβγδεζηθικλμνξοπρσςτυφχψωабвгдежзийклмнопрстуфхцчшщъыьэюя"),
               min_size=1, max_size=14)


@given(st.lists(WORD, min_size=1, max_size=12), COLUMNS)
def test_latin_greek_and_cyrillic_words_break_at_spaces_as_before(words, columns):
    assert wrap(" ".join(words), columns) == greedy(words, columns)


def test_a_no_break_space_holds_its_words_together():
    assert wrap("Drive 10\u00a0km to the shop", 12) == ["Drive 10\u00a0km", "to the shop"]
    assert wrap("Drive 10\u00a0km", 9) == ["Drive", "10\u00a0km"]


def test_no_lines_asked_gives_no_lines():
    assert wrap("Anything at all", 10, max_lines=0) == []
