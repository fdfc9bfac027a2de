"""Every lint rule, as its module documents it: the failing example in its
docstring fires the rule, the passing one does not. Also the shape of the
registry: one module per rule, an explicit list, options of their own."""

from __future__ import annotations

from datetime import date
from importlib import import_module

import pytest

from journeyctl.lint.engine import Settings, all_rules, run
from journeyctl.lint.explain import explanation
from journeyctl.lint.rules import RULES
from journeyctl.load import load_bytes

#: The date the docstrings' examples are linted on (they say so).
TODAY = date(2026, 1, 1)
CODES = sorted(all_rules())


def _measured(loaded, events: str, folder):
    """The map measured against the example's event log, with the real
    engine (DuckDB), every count shown (--min-count 1)."""
    import ibis

    from journeyctl.measure.compute import measure

    log = folder / "events.csv"
    log.write_text("customer_id,event,timestamp\n" + events, encoding="utf-8")
    return measure(loaded, ibis.duckdb.connect().read_csv(str(log)), min_count=1, source="events.csv")


def _findings(rule_code: str, text: str, events: str | None = None, folder=None) -> list[str]:
    rule = all_rules()[rule_code]
    loaded = load_bytes(text.encode("utf-8"), f"{rule_code}.yaml")
    measurements = {loaded.journey.id: _measured(loaded, events, folder)} if events else {}
    settings = Settings(select=("ALL",), today=TODAY, measurements=measurements)
    # A rule that runs after suppressions judges the others' findings: run them all.
    enabled = settings.enabled(all_rules()) if rule.after_suppressions else {rule_code}
    return [f"{d.line}:{d.col} {d.message}" for d in run(loaded, settings, enabled) if d.code == rule_code]


def _portfolio_findings(rule_code: str, files: dict[str, str], folder) -> list[str]:
    """A portfolio rule's example: its files written to a folder, and lint
    run over the folder, as a user runs it."""
    from journeyctl.app.lint import lint_paths

    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    result = lint_paths([folder], select=(rule_code,), base=Settings(today=TODAY))
    assert not [f for f in result.findings if f.code[0] != "J"], result.findings  # the example loads
    return [f"{d.file}:{d.line}:{d.col} {d.message}" for d in result.findings if d.code == rule_code]


@pytest.mark.parametrize("code", CODES)
def test_the_docstring_examples_fail_and_pass(code, tmp_path):
    examples = all_rules()[code].examples
    assert any(e.fails for e in examples) and any(not e.fails for e in examples), f"{code} needs both examples"
    if all_rules()[code].measured:  # judged against what customers do: the examples come with events
        assert all(e.events for e in examples), f"{code}'s examples need an Events block"
    assert all_rules()[code].portfolio == all(e.files for e in examples), f"{code}: portfolio rules have file examples"
    for n, example in enumerate(examples):
        if example.files:
            found = _portfolio_findings(code, example.files, tmp_path / str(n))
        else:
            found = _findings(code, example.text, example.events, tmp_path)
        if example.fails:
            assert found, f"{code}'s failing example does not fire:\n{example.text}"
        else:
            assert not found, f"{code}'s passing example fires: {found}\n{example.text}"


def test_one_module_per_rule_and_an_explicit_list():
    assert len(RULES) == len(set(RULES)) == len(all_rules())
    for name in RULES:
        module = import_module(f"journeyctl.lint.rules.{name}")
        assert name.startswith(module.CODE.lower() + "_")
        assert name.endswith(module.NAME.replace("-", "_"))


def test_a_rule_owns_its_options():
    stale = all_rules()["J204"]
    assert dict(stale.options) == {"stale-days": 180}
    text = all_rules()["J204"].examples[0].text  # updated 2025-03-01: 306 days before TODAY
    loaded = load_bytes(text.encode(), "m.yaml")
    kept = Settings(select=("J204",), today=TODAY, options={"J204": {"stale-days": 400}})
    assert run(loaded, kept, {"J204"}) == []
    assert run(loaded, Settings(select=("J204",), today=TODAY), {"J204"})


def test_explain_prints_the_examples_and_the_options():
    text = explanation("j204")
    assert text.startswith("J204 stale-map (warning, on)")
    assert "Fails (linted on 2026-01-01):" in text and "Passes (linted on 2026-01-01):" in text
    assert "Option stale-days: 180 by default." in text


def test_no_user_visible_text_speaks_of_the_seed_articles():
    for code in CODES:
        assert "seed" not in explanation(code).lower(), code


def test_j205_lists_the_vocabulary_from_one_place():
    from journeyctl.format.vocabulary import CHANNELS

    assert ", ".join(CHANNELS) in explanation("J205")


@pytest.mark.parametrize("code", [c for c in CODES if all_rules()[c].measured])
def test_the_measured_rules_are_silent_without_a_measurement(code):
    assert code.startswith("J5")  # J5xx: the map against what customers do
    for example in all_rules()[code].examples:
        assert _findings(code, example.text) == []
