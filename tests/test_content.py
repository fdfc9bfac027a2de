"""Content the renderers share: channel icons, channel names, the summary,
and a step's short ``label`` (with the word-boundary cut used without one)."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

import pytest

from journeyctl.format.vocabulary import CHANNELS, SERIOUS, SEVERITIES_DESCENDING, emotion_value
from journeyctl.base.diagnostics import MapError
from journeyctl.load import load, load_bytes
from journeyctl.render import RenderOptions, i18n, icons
from journeyctl.render.dot import build
from journeyctl.render.markdown import MarkdownRenderer, md
from journeyctl.render.mermaid import TASK_COLUMNS, journey_text, shorten, task_name
from journeyctl.render.summary import Summary, summarize
from journeyctl.text import mermaid_journey as mermaid
from journeyctl.text.wrap import ELLIPSIS, graphemes, width

from conftest import EXAMPLES, ROOT
from test_render_mermaid import real_mermaid

SVG = "{http://www.w3.org/2000/svg}"
JOURNEYS = {p.stem: load(p).journey for p in EXAMPLES}


# ------------------------------------------------------------------- icons


@pytest.mark.parametrize("channel", [*CHANNELS, None, "fax", '"><script>'])
def test_every_channel_has_a_well_formed_icon(channel):
    svg = icons.channel_icon(channel)
    root = ET.fromstring(svg)  # well-formed XML, or this raises
    assert root.tag == SVG + "svg"
    assert root.attrib["viewBox"] == "0 0 24 24"
    assert (root.attrib["fill"], root.attrib["stroke"], root.attrib["stroke-width"]) == ("none", "currentColor", "2")
    assert (root.attrib["aria-hidden"], root.attrib["focusable"]) == ("true", "false")
    assert (root.attrib["width"], root.attrib["height"]) == ("16", "16")
    name = channel if channel in CHANNELS else "other" if channel is None else "unknown"
    assert root.attrib["class"] == f"icon icon-{name}"
    assert len(root) >= 1
    assert {child.tag for child in root} <= {SVG + t for t in ("path", "circle", "rect", "line", "polyline", "ellipse")}
    assert "<script" not in svg


def test_icons_are_distinct_deterministic_and_sized():
    assert set(icons.ICONS) == set(CHANNELS)
    bodies = [body for _, body in icons.ICONS.values()] + [icons.UNKNOWN[1]]
    assert len(set(bodies)) == len(bodies), "two channels share a drawing"
    assert icons.channel_icon("web") == icons.channel_icon("web")
    assert 'width="24" height="24"' in icons.channel_icon("web", 24)
    assert icons.channel_icon(None) == icons.channel_icon("other")
    assert icons.icon_name("web") == "globe" and icons.icon_name("fax") == "circle-dashed"


def test_the_lucide_licence_ships_next_to_the_icons():
    text = (ROOT / "src" / "journeyctl" / "render" / "LUCIDE-LICENSE.txt").read_text(encoding="utf-8")
    assert "ISC License" in text and f"lucide-static {icons.LUCIDE_VERSION}" in text
    assert icons.LUCIDE_VERSION in icons.__doc__


# ----------------------------------------------------------- channel names


@pytest.mark.parametrize("locale", sorted(i18n.LABELS))
def test_every_locale_names_every_channel(locale):
    assert set(i18n.CHANNEL_NAMES[locale]) == set(CHANNELS)
    for channel in CHANNELS:
        name = i18n.channel_name(locale, channel)
        assert name.strip() == name and name, (locale, channel)
    if locale != "en":  # most names are translated, not copied
        same = [c for c in CHANNELS if i18n.channel_name(locale, c) == i18n.channel_name("en", c)]
        assert len(same) <= 8, (locale, same)


def test_channel_names_fall_back():
    assert set(i18n.CHANNEL_NAMES) == set(i18n.LABELS)
    assert i18n.channel_name("pt-BR", "web") == i18n.channel_name("en", "web")
    assert i18n.channel_name("de-AT", "store") == "Geschäft"
    assert i18n.channel_name("th", "fax machine") == "fax machine"
    assert i18n.channel_name("ru", None) == i18n.channel_name("ru", "other")
    # The scripts are the ones the locale writes in.
    scripts = {"el": "[\u0370-\u03ff]", "ru": "[\u0400-\u04ff]", "th": "[\u0e00-\u0e7f]",
               "ar": "[\u0600-\u06ff]", "fa": "[\u0600-\u06ff]", "he": "[\u0590-\u05ff]"}
    for locale, script in scripts.items():
        assert re.search(script, i18n.channel_name(locale, "store")), locale


# ------------------------------------------------------------------ summary


@pytest.mark.parametrize("name", sorted(JOURNEYS))
def test_summary_agrees_with_the_markdown(name):
    journey = JOURNEYS[name]
    summary = summarize(journey)
    assert isinstance(summary, Summary)
    with pytest.raises(Exception):
        summary.lowest = None  # frozen
    L = i18n.labels(journey.locale)
    text = MarkdownRenderer().render(journey, RenderOptions()).split(f"## {L['summary']}", 1)[1]

    if summary.lowest is None:
        assert L["lowest_moments"] not in text
    else:
        value = summary.lowest.value
        assert value == min(s.emotion for st in journey.stages for s in st.steps if s.emotion is not None)
        assert f"**{L['lowest_moments']}** ({emotion_value(value)}, {L['emotion.' + str(value)]})" in text
        order = [p.step.id for p in journey.flow.steps]
        ids = [at.step.id for at in summary.lowest.steps]
        assert ids == sorted(ids, key=order.index)
        assert all(at.step.emotion == value for at in summary.lowest.steps)
        for at in summary.lowest.steps:
            assert f"- {md(at.step.action)} — *{md(at.stage.name)}*" in text

    assert list(summary.by_severity) == list(SEVERITIES_DESCENDING)
    assert sum(map(len, summary.by_severity.values())) == len(journey.barriers())
    for severity, barriers in summary.by_severity.items():
        assert all(at.barrier.severity == severity for at in barriers)
        assert f"| {L['severity.' + severity]} | {len(barriers)} |" in text

    addressed = {b for _, o in journey.opportunities() for b in o.addresses}
    for at in summary.unaddressed:
        assert at.barrier.severity in SERIOUS and at.barrier.id not in addressed
        assert at.barrier in at.step.barriers and at.step in at.stage.steps
        assert f"{md(at.barrier.text)} — *{md(at.stage.name)} › {md(at.step.action)}*" in text
    if not summary.unaddressed:
        assert text.rstrip().endswith(f"- {L['none']}")


def test_summary_of_a_map_without_emotions_or_barriers():
    journey = journey_of(STEPS.format(steps="[{id: a, action: Does a}]"))
    summary = summarize(journey)
    assert summary.lowest is None and summary.unaddressed == ()
    assert all(v == () for v in summary.by_severity.values())


def test_summary_lists_unaddressed_serious_barriers_in_file_order():
    steps = ("[{id: a, action: A, emotion: -1, barriers: [{id: x, text: X, severity: critical}, {id: y, text: Y, severity: low}]},"
             " {id: b, action: B, emotion: -1, barriers: [{id: z, text: Z, severity: high}]}]")
    journey = journey_of(STEPS.format(steps=steps).replace("steps:", "opportunities: [{id: o, text: O, addresses: [z]}], steps:"))
    summary = summarize(journey)
    assert [at.step.id for at in summary.lowest.steps] == ["a", "b"]
    assert [at.barrier.id for at in summary.unaddressed] == ["x"]
    assert [at.barrier.id for at in summary.by_severity["critical"]] == ["x"]
    assert summary.count("low") == 1


# --------------------------------------------------------------------- label

STEPS = "journeyctl: 1\ntitle: T\npersona: {{name: Pat}}\nstages: [{{id: s, name: S, steps: {steps}}}]\n"


def journey_of(text: str):
    return load_bytes(text.encode("utf-8"), "m.yaml").journey


LONG = "Calls the support line while still waiting in the chat queue for an agent"


def test_label_is_optional_and_must_say_something():
    journey = journey_of(STEPS.format(steps=f"[{{id: a, action: {LONG}, label: Calls support}}]"))
    assert journey.stages[0].steps[0].label == "Calls support"
    assert journey_of(STEPS.format(steps="[{id: a, action: A}]")).stages[0].steps[0].label is None
    with pytest.raises(MapError, match="label: must not be empty"):
        journey_of(STEPS.format(steps="[{id: a, action: A, label: '  '}]"))


def test_mermaid_uses_the_label_and_cuts_long_actions():
    steps = f"[{{id: a, action: {LONG}, label: Calls support}}, {{id: b, action: {LONG}}}, {{id: c, action: Short}}]"
    journey = journey_of(STEPS.format(steps=steps))
    text = journey_text(journey)
    tasks = [t.name for t in mermaid.parse(text).sections[0].tasks]
    assert tasks == ["Calls support", "Calls the support line while still…", "Short"]
    assert LONG not in text
    # The Markdown overview is the same diagram; the step list keeps the whole action.
    document = MarkdownRenderer().render(journey, RenderOptions())
    assert text.rstrip("\n") in document and md(LONG) in document


def test_dot_shows_the_label_and_keeps_the_action_in_the_tooltip():
    journey = journey_of(STEPS.format(steps=f"[{{id: a, action: {LONG}, label: Calls support}}]"))
    source = build(journey)
    node = next(line for line in source.splitlines() if '"step:a"' in line)
    assert "Calls support" in node
    assert f'tooltip="{LONG}"' in node
    assert "queue" not in node.split("tooltip=")[0]
    without = build(journey_of(STEPS.format(steps=f"[{{id: a, action: {LONG}}}]")))
    assert "queue" in next(line for line in without.splitlines() if '"step:a"' in line).split("tooltip=")[0]


WORDS = [
    LONG,
    "Finds a forum thread from another customer with the same question",
    "Ieško sąskaitoje nurodyto kodo pagalbos centre ir neranda atsakymo",
    "Παραλαμβάνει την παραγγελία μέσα στο παράθυρο που επέλεξε",
    "Сравнивает тарифы трёх операторов, пока ждёт ответа от поддержки",
    "Reads, re-reads — and re-reads again: the contract's small print, twice",
    "שואל את נציג השירות מדוע החשבון גבוה מהרגיל ומחכה לתשובה",
]
THAI = [
    "ลูกค้าโทรหาศูนย์บริการเพื่อสอบถามเกี่ยวกับใบแจ้งหนี้ที่ผิดพลาดและขอให้แก้ไขโดยเร็ว",
    "เปรียบเทียบแพ็กเกจของผู้ให้บริการสามรายแล้วเลือกแบบที่ใช้งานง่ายที่สุดสำหรับร้านค้าเล็ก ๆ",
    "แจ้งเตือนใบเสร็จเข้ามาในแอปแต่ไม่มีรายละเอียดว่าเก็บเงินค่าอะไรไปบ้างเลย",
]


@pytest.mark.parametrize("text", WORDS)
def test_the_cut_never_splits_a_word(text):
    cut = shorten(text)
    assert cut.endswith(ELLIPSIS) and width(cut) <= TASK_COLUMNS
    kept = cut[:-1]
    assert text.startswith(kept)
    assert text[len(kept)] in " ,;:—-", (cut, text[len(kept):])  # the next character ends a word
    assert width(kept) > TASK_COLUMNS // 2  # and the cut is not wastefully early


@pytest.mark.parametrize("text", THAI)
def test_thai_is_cut_between_syllables(text):
    cut = shorten(text)
    assert cut.endswith(ELLIPSIS) and width(cut) <= TASK_COLUMNS
    kept = cut[:-1]
    assert text.startswith(kept)
    rest = text[len(kept):]
    # At a grapheme boundary: no tone mark or vowel sign is left behind …
    assert graphemes(kept) + graphemes(rest) == graphemes(text)
    # … and not after a leading vowel nor before a following one.
    assert kept[-1] not in "เแโใไ" and rest[0] not in "ะาำๅๆฯ"


@pytest.mark.parametrize("text", ["Short", "x" * TASK_COLUMNS, "a  b\n c", "中文" * 10])
def test_text_that_fits_is_not_cut(text):
    assert shorten(text) == " ".join(text.split())


def test_a_label_that_is_too_long_is_cut_too():
    journey = journey_of(STEPS.format(steps=f"[{{id: a, action: A, label: {LONG}}}]"))
    assert task_name(journey.stages[0].steps[0]) == shorten(LONG)


def test_real_mermaid_reads_the_cut_names():
    steps = json.dumps([{"id": f"s{i}", "action": t, "emotion": 1} for i, t in enumerate(WORDS + THAI)]
                       + [{"id": "l", "action": LONG, "label": "Calls #1; support: now", "emotion": -2}],
                       ensure_ascii=False)
    journeys = [journey_of(STEPS.format(steps=steps))] + [JOURNEYS[n] for n in sorted(JOURNEYS)]
    results = real_mermaid([journey_text(j) for j in journeys])
    for journey, result in zip(journeys, results):
        assert result["ok"], result.get("error")
        expected = [task_name(s) for st in journey.stages for s in st.steps]
        assert [t[1] for t in result["tasks"]] == expected
        assert all(width(name) <= TASK_COLUMNS for name in expected)
    assert results[0]["tasks"][-1][1] == "Calls #1; support: now"
