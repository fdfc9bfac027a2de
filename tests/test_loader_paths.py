"""The loader's two paths agree: the one pass over libyaml's events
(journeyctl.load.stream), taken for most maps, gives exactly the data,
positions and problems of the node path (source + convert), which handles
everything. Checked on every map and hostile file in the repository and on
the mistakes people make."""

from __future__ import annotations

from pathlib import Path

import pytest

from journeyctl.load import stream
from journeyctl.load.convert import Converter
from journeyctl.load.source import compose, decode

from conftest import ROOT

FILES = sorted(p for folder in ("examples", "tests") for p in (ROOT / folder).rglob("*.y*ml")
               if p.is_file() and not p.is_symlink() and p.stat().st_size < 3_000_000)

BASE = """\
journeyctl: 1
title: Paying
persona: {name: Noor, goals: [Pay]}
touchpoints:
  - {id: app, name: App, channel: mobile-app}
stages:
  - id: pay
    name: Pay
    steps:
      - id: tap
        action: Pays in the app
        touchpoints: [app]
        emotion: 1
"""
MISTAKES = {
    "unknown keys, with a suggestion": BASE.replace("title:", "titel: x\ntitle:").replace("emotion: 1", "emoton: 1"),
    "a duplicate key": BASE.replace("title: Paying", "title: Paying\ntitle: Again"),
    "wrong types": BASE.replace("emotion: 1", "emotion: lots\n        moment_of_truth: maybe\n        next: 3"),
    "a mapping where text goes": BASE.replace("title: Paying", "title: {a: [1, {b: 2}]}"),
    "a list where a mapping goes": BASE.replace("persona: {name: Noor, goals: [Pay]}", "persona: [Noor]"),
    "empty optional fields": BASE.replace("emotion: 1", "emotion:\n        feeling: ''\n        thoughts: ~"),
    "a mapping where a number goes": BASE.replace("emotion: 1", "emotion:\n          feeling: sad"),
    "extension keys": BASE.replace("title: Paying", "title: Paying\nx-team: {deep: [1, [2, [3]]]}"),
    "YAML 1.1 text": BASE.replace("title: Paying", "title: No").replace("action: Pays in the app", "action: 1.10"),
    "the wrong version": BASE.replace("journeyctl: 1", "journeyctl: 2"),
    "a version that is text": BASE.replace("journeyctl: 1", 'journeyctl: "1"'),
    "a date": BASE.replace("title: Paying", "title: Paying\nupdated: 2026-02-30"),
    "a persona by id": BASE.replace("persona: {name: Noor, goals: [Pay]}", "persona: noor"),
    "a library file": "journeyctl: 1\nkind: persona\nid: noor\nname: Noor\nnme: x\n",
    "a quoted kind": "journeyctl: 1\n'kind': \"touchpoints\"\ntouchpoints: [{id: a, name: A}]\n",
    "a kind in flow style": "{journeyctl: 1, kind: persona, id: noor, name: Noor}\n",
    "a kind after a block scalar": "journeyctl: 1\ndescription: |\n  kind: persona\nkind: touchpoints\n"
                                   "touchpoints: [{id: a, name: A}]\n",
    "not a map": "name: ci\non: [push]\n",
    "a list": "- 1\n- 2\n",
    "empty": "",
    "an alias": BASE.replace("persona: {name: Noor, goals: [Pay]}", "x-p: &p {name: Noor}\npersona: *p"),
    "a merge": BASE.replace("persona: {name: Noor, goals: [Pay]}", "x-p: &p {name: Noor}\npersona: {<<: *p}"),
    "a tag": BASE.replace("title: Paying", "title: !!str Paying"),
    "an undefined alias in an extension": BASE.replace("title: Paying", "title: Paying\nx-a: *nothing"),
    "invalid YAML": BASE.replace("title: Paying", "title: [Paying"),
    "two documents": BASE + "---\ntitle: again\n",
    "a key that is a list": BASE.replace("title: Paying", "title: Paying\n? [a, b]\n: c"),
    "deep nesting in an extension": BASE.replace("title: Paying", "title: Paying\nx-d: " + "[" * 70 + "]" * 70),
}


def _node_path(text: str, file: str):
    source = compose(text, file)
    if source.root is None:
        return None, [], source.diagnostics, {}, {}
    converter = Converter(file, source.root, source.nodes)
    raw = converter.run()
    return converter.model, raw, converter.diagnostics, converter.positions, converter.suggested


def _both(text: str, file: str = "m.yaml"):
    one = stream.convert(text, file)
    nodes = _node_path(text, file)
    return one, nodes


def _same(text: str, file: str = "m.yaml") -> bool:
    """Whether the one pass was taken; when it was, it must equal the node path."""
    one, (model, raw, problems, positions, suggested) = _both(text, file)
    if one is None:
        return False
    assert (one.model, one.raw, one.diagnostics, one.positions, one.suggested) == \
        (model, raw, problems, positions, suggested)
    return True


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_file_in_the_repository(path: Path):
    text, _ = decode(path.read_bytes(), path.name)
    if text is not None:
        _same(text, path.name)


@pytest.mark.parametrize("name", sorted(MISTAKES))
def test_the_mistakes_people_make(name: str):
    taken = _same(MISTAKES[name])
    # the one pass leaves to the node path exactly what only it handles
    node_path_only = {"an alias", "a merge", "a tag", "an undefined alias in an extension", "invalid YAML",
                      "two documents", "a key that is a list", "deep nesting in an extension", "empty", "a list",
                      "not a map", "a quoted kind", "a kind in flow style"}
    assert taken == (name not in node_path_only), name


def test_the_examples_take_the_one_pass():
    """All but the one that shows anchors and aliases (which the node path reads)."""
    examples = sorted((ROOT / "examples").rglob("*.yaml"))
    taken = {p.name for p in examples if _same(p.read_text(encoding="utf-8"), p.name)}
    assert {p.name for p in examples} - taken == {"ru-smartphone-pickup.yaml"}
