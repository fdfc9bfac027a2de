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
SMALL = "title: Small\npersona: {name: Pat}\nstages:\n  - id: s\n    name: Stage\n    steps:\n"


# -------------------------------------------------------- generated cases
# Too large or too repetitive to commit; each writes its file and is listed
# in expected.yaml with `generated: true`.


def alias_megabyte_3000_times() -> str:
    """A 1 MB string aliased 3,000 times: 3 GB of text if expanded."""
    big = ("word " * 200_000).strip()
    steps = "".join(f"      - {{id: a{i}, action: *big}}\n" for i in range(3000))
    return f"journeyctl: 1\nx-big: &big {big}\n{SMALL}{steps}"


def merge_chain_5000() -> str:
    """5,000 mappings, each merging the one before (once a RecursionError)."""
    chain = "".join(f"  - &m{i} {{<<: *m{i - 1}, x-{i}: {i}}}\n" for i in range(1, 5000))
    return ("journeyctl: 1\nx-chain:\n  - &m0 {action: Acts, emotion: 1}\n" + chain + SMALL
            + "      - {<<: *m4999, id: a}\n")


def merge_every_stage() -> str:
    """3,000 stages, each merging the one before: quadratic, so a bomb."""
    stages = "".join(f"  - &s{i} {{<<: *s{i - 1}, x-{i}: {i}}}\n" for i in range(1, 3000))
    return "journeyctl: 1\ntitle: T\npersona: {name: Pat}\nstages:\n  - &s0 {id: s, name: S}\n" + stages


def string_over_1_mib() -> str:
    return f"journeyctl: 1\n{SMALL}      - {{id: a, action: {'x' * (1024 * 1024 + 1)}}}\n"


def sexagesimal_number() -> str:
    """YAML 1.1 reads 1:59:59:... as a base-60 integer; PyYAML's way takes minutes."""
    return f"journeyctl: 1\n{SMALL}      - {{id: a, action: Acts, emotion: 1{':59' * 300_000}}}\n"


def alias_chain_depth() -> str:
    """Anchors nested 60 deep, each holding the one before: 60,000 levels if followed."""
    lines = ["journeyctl: 1", "x-deep:", "  - &d0 " + "[" * 60 + "]" * 60]
    lines += [f"  - &d{i} " + "[" * 60 + f"*d{i - 1}" + "]" * 60 for i in range(1, 1000)]
    return "\n".join(lines + ["tags: *d999"]) + "\n" + SMALL + "      - {id: a, action: Acts}\n"


GENERATORS = {
    "generated/alias-megabyte-3000-times.yaml": alias_megabyte_3000_times,
    "generated/merge-chain-5000.yaml": merge_chain_5000,
    "generated/merge-every-stage.yaml": merge_every_stage,
    "generated/string-over-1-mib.yaml": string_over_1_mib,
    "generated/sexagesimal-number.yaml": sexagesimal_number,
    "generated/alias-chain-depth.yaml": alias_chain_depth,
}


def corpus_file(name: str, folder) -> object:
    """The corpus file ``name``: committed, or generated into ``folder``."""
    if not EXPECTED[name].get("generated"):
        return CORPUS / name
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(GENERATORS[name](), encoding="utf-8")
    return path


def invoke(*args: str):
    result = CliRunner().invoke(main, list(args))
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception  # a traceback is a failure of this test
    return result


def test_the_manifest_covers_the_corpus():
    committed = {n for n, e in EXPECTED.items() if not e.get("generated")}
    assert committed == {p.name for p in CORPUS.iterdir() if p.name != "expected.yaml"}
    assert set(EXPECTED) - committed == set(GENERATORS)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_file_has_its_expected_outcome(name, tmp_path, tmp_path_factory):
    expect = EXPECTED[name]
    source = corpus_file(name, tmp_path_factory.mktemp("generated"))
    for fmt in FORMATS if expect["exit"] == 0 else ("html", "json"):
        target = tmp_path / f"out.{fmt}"
        result = invoke("render", str(source), "-f", fmt, "-o", str(target))
        assert result.exit_code == expect["exit"], (fmt, result.output)
        assert "Traceback" not in result.output
        if expect["exit"] == 0:
            assert target.exists() and target.stat().st_size > 0
        else:
            assert not target.exists(), "nothing may be written for a map with problems"
            first = result.output.splitlines()[0]
            position = first.split(f"{source}:", 1)[1]
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
    committed = {n: e for n, e in EXPECTED.items() if not e.get("generated")}
    # Not maps to a folder search (empty; a list at the top): skipped as other
    # YAML there; named directly, they are reported.
    not_maps = {"empty.yaml", "top-level-list.yaml"}
    expected_bad = {str(CORPUS / n) for n, e in committed.items() if e["exit"] == 1 and n not in not_maps}
    assert files_with_errors == expected_bad
    result = invoke("lint", *(str(CORPUS / n) for n in sorted(not_maps)), "--format", "json")
    assert {f["file"] for f in json.loads(result.output)["findings"]} == {str(CORPUS / n) for n in not_maps}


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
