"""The hostile-input corpus (tests/hostile/): each file's outcome, in every format."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
import yaml
from click.testing import CliRunner

from journeyctl.cli import main

from conftest import ROOT

CORPUS = ROOT / "tests" / "hostile"
EXPECTED = yaml.safe_load((CORPUS / "expected.yaml").read_text(encoding="utf-8"))
FORMATS = ("html", "json", "md", "mermaid", "dot", "svg")


def invoke(*args: str):
    result = CliRunner().invoke(main, list(args))
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception  # a traceback is a failure of this test
    return result


def test_the_manifest_covers_the_corpus():
    assert set(EXPECTED) == {p.name for p in CORPUS.iterdir() if p.name != "expected.yaml"}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_file_has_its_expected_outcome(name, tmp_path):
    expect = EXPECTED[name]
    for fmt in FORMATS if expect["exit"] == 0 else ("html", "json"):
        target = tmp_path / f"out.{fmt}"
        result = invoke("render", str(CORPUS / name), "-f", fmt, "-o", str(target))
        assert result.exit_code == expect["exit"], (fmt, result.output)
        assert "Traceback" not in result.output
        if expect["exit"] == 0:
            assert target.exists() and target.stat().st_size > 0
        else:
            assert not target.exists(), "nothing may be written for a map with problems"
            first = result.output.splitlines()[0]
            position = first.split(f"{CORPUS / name}:", 1)[1]
            line, col, rest = position.split(":", 2)
            assert f"{line}:{col} {rest.split()[0]}" == expect["first"], first
    written = sorted(f"out.{f}" for f in FORMATS) if expect["exit"] == 0 else []
    assert sorted(p.name for p in tmp_path.iterdir()) == written  # and nothing else, no temporary files


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.handlers = [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.handlers += [name for name, _ in attrs if name.startswith("on")]


@pytest.mark.parametrize("name", ["markup.yaml", "metacharacters.yaml", "bidi.yaml", "joiners.yaml"])
def test_hostile_text_is_inert_in_html(name, tmp_path):
    target = tmp_path / "page.html"
    assert invoke("render", str(CORPUS / name), "-o", str(target)).exit_code == 0
    parser = _Tags()
    parser.feed(target.read_text(encoding="utf-8"))
    assert "script" not in parser.tags and parser.handlers == []
    assert parser.tags.count("img") == 0


def test_lint_handles_the_whole_corpus(tmp_path):
    result = invoke("lint", str(CORPUS), "--format", "json")
    assert result.exit_code == 1
    import json

    files_with_errors = {f["file"] for f in json.loads(result.output)["findings"] if f["severity"] == "error"}
    expected_bad = {str(CORPUS / n) for n, e in EXPECTED.items() if e["exit"] == 1 and n != "empty.yaml"}
    # No top-level journeyctl key that a search can see (UTF-16; a list at the
    # top): lint skips them as other YAML; render, named directly, reports them.
    expected_bad -= {str(CORPUS / "utf16.yaml"), str(CORPUS / "top-level-list.yaml")}
    assert expected_bad - files_with_errors == set()


def test_a_one_megabyte_string(tmp_path):
    big = "word " * 200_000
    path = tmp_path / "big.yaml"
    path.write_text("journeyctl: 1\ntitle: Big\npersona: {name: Pat}\nstages:\n  - id: s\n    name: S\n"
                    f"    steps:\n      - id: a\n        action: {big.strip()}\n        emotion: 1\n", encoding="utf-8")
    for fmt in FORMATS:
        target = tmp_path / f"out.{fmt}"
        result = invoke("render", str(path), "-f", fmt, "-o", str(target))
        assert result.exit_code == 0, (fmt, result.output)
    assert (tmp_path / "out.html").stat().st_size > 1_000_000
    assert (tmp_path / "out.dot").stat().st_size < 1_200_000  # labels are wrapped and cut; the tooltip keeps it all
