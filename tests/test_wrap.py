"""Label wrapping in every script."""

from __future__ import annotations

import pytest

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


def test_thai_without_spaces_wraps_between_clusters():
    text = "ตั้งค่าผู้ใช้และกลุ่มรับสายด้วยตัวช่วยตั้งค่า"
    lines = wrap(text, 12)
    assert len(lines) > 1
    assert "".join(lines) == text
    assert all(width(line) <= 12 for line in lines)
    assert_graphemes_intact(text, lines)
    for left in lines[:-1]:
        assert left[-1] not in "เแโใไ", "never break after a leading vowel"
    for right in lines[1:]:
        assert right[0] not in "ะาำ", "never break before a following vowel"


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
