"""journeyctl measure: the billing example, bound to events, measured against
a synthetic log (benchmarks/events.py) whose planted behaviours give the
exact counts; DuckDB, real files, the real command. Spark is in
test_measure_spark.py."""

from __future__ import annotations

import json
import os
import re
from dataclasses import replace
from datetime import date, datetime, timezone

import pytest

pytest.importorskip("ibis", reason="journeyctl[data] is not installed")

import pyarrow as pa  # noqa: E402
import pyarrow.compute as pc  # noqa: E402
import pyarrow.parquet as pq  # noqa: E402

from conftest import MINIMAL  # noqa: E402
from journeyctl.format import measurement as fmt  # noqa: E402
from journeyctl.load import load  # noqa: E402
from journeyctl.measure import Columns, EventsProblem, compute  # noqa: E402
from journeyctl.measure.source import open_source  # noqa: E402

CUSTOMERS = 1000  # unit = 1: the planted numbers below are the generator's
CUSTOMER_ID = re.compile(r"u\d{8}")


@pytest.fixture(scope="module")
def billing(tmp_path_factory, event_logs):
    """The bound map, the log as Parquet, CSV and JSON lines, and the truth."""
    folder = tmp_path_factory.mktemp("billing")
    map_path = folder / "billing.yaml"
    map_path.write_text(event_logs.billing_map(), encoding="utf-8")
    table, planted = event_logs.generate(map_path, CUSTOMERS, seed=7)
    paths = {kind: event_logs.write(table, folder / f"events.{kind}") for kind in ("parquet", "csv", "jsonl")}

    class Billing:
        pass

    b = Billing()
    b.folder, b.map, b.table, b.planted, b.paths = folder, map_path, table, planted, paths
    b.loaded = load(map_path)
    b.truth = event_logs.truth(map_path, table)
    return b


def measure_file(path, loaded, **options):
    with open_source(str(path)) as opened:
        return compute.measure(loaded, opened.table, source="events", **options)


def expected(b, truth: dict, k: int, **window) -> fmt.Measurement:
    """The measurement the truth (plain Python over the rows) gives, through
    the same suppression and ordering."""
    plan = compute.plan(b.loaded)
    shown = sorted(((e, n, c) for e, (n, c) in truth["adhoc"].items() if c >= k), key=lambda x: (-x[2], -x[1], x[0]))
    unmapped = sorted(((e, n, c) for e, (n, c) in truth["unmapped"].items() if c >= k),
                      key=lambda x: (-x[1], -x[2], x[0]))
    raw = compute.Raw(
        events=truth["events"], customers=truth["customers"], mapped_events=truth["mapped_events"],
        steps=truth["steps"], medians=truth["medians"], pairs=truth["pairs"],
        irregular_customers=truth["irregular_customers"], skipped=truth["skipped"],
        skipped_customers=truth["skipped_customers"], adhoc=shown[:10], adhoc_shown=len(shown),
        adhoc_hidden=sum(1 for n, c in truth["adhoc"].values() if c < k), adhoc_events=truth["adhoc_events"],
        adhoc_customers=truth["adhoc_customers"], unmapped=unmapped[:10], unmapped_shown=len(unmapped),
        unmapped_hidden=sum(1 for n, c in truth["unmapped"].values() if c < k),
        touchpoints=truth["touchpoints"], present=set(truth["present"]))
    return compute.build(plan, raw, min_count=k, source="events", **window)


def cohort(b, name):
    return next(c for c in b.planted if c.name == name)


# --------------------------------------------------------------------------
# Exact counts


@pytest.mark.parametrize("k", [10, 5, 1])
def test_every_number_is_the_planted_truth(billing, k):
    found = measure_file(billing.paths["parquet"], billing.loaded, min_count=k)
    assert fmt.dump(found) == fmt.dump(expected(billing, billing.truth, k))


def test_the_planted_behaviours_by_hand(billing):
    m = measure_file(billing.paths["parquet"], billing.loaded)
    steps = {s.id: s for s in m.steps}
    late, browsers = cohort(billing, "late").size, cohort(billing, "browsers").size
    assert (late, browsers) == (11, 15)
    assert m.entered == CUSTOMERS - late - browsers == 974
    assert steps["open-invoice"].reached == 974 and steps["open-invoice"].share == 1.0
    # drop-offs: 10, 20, 30 ... after each step of the happy path; 9 more at
    # search-help (the irregular ones go back there and stop)
    drops = {s: steps[s].drop_off for s in ("open-invoice", "compare-invoices", "search-help", "open-chat",
                                              "email-ticket", "agent-reply", "check-credit")}
    assert drops == {"open-invoice": 10, "compare-invoices": 20, "search-help": 30 + 9, "open-chat": 40,
                     "email-ticket": 50, "agent-reply": 60, "check-credit": 70}
    completed = CUSTOMERS - (10 + 20 + 30 + 40 + 50 + 60 + 70) - 9 - browsers
    assert steps["answer-survey"].end and steps["answer-survey"].drop_off == completed == 696
    assert steps["read-forum"].bound is False and steps["read-forum"].reached is None
    assert m.unbound_steps == ["read-forum"]
    edges = {(e.source, e.target): e for e in m.edges}
    assert edges[("check-credit", "open-chat")].back and edges[("check-credit", "open-chat")].customers == 20
    assert edges[("open-chat", "call-support")].customers == 0
    assert edges[("search-help", "read-forum")].measured is False
    assert [(b.source, b.target, b.via) for b in m.bridges] == [("search-help", "open-chat", ["read-forum"])]
    d = m.deviations
    pairs = {(p.source, p.target): p for p in d.irregular_sequences.examples}
    assert pairs[("open-invoice", "search-help")].customers == 30
    assert pairs[("open-invoice", "search-help")].skipped == ["compare-invoices"]
    hidden = pairs[("email-ticket", "search-help")]
    assert (hidden.customers, hidden.transitions, hidden.suppressed, hidden.skipped) == (None, None, True, [])
    assert d.irregular_sequences.pairs == 2 and d.irregular_sequences.customers == 39
    assert [(s.step, s.customers) for s in d.missing_touchpoints.steps] == [("compare-invoices", 30)]
    assert d.missing_touchpoints.customers == 30
    assert [(e.event, e.customers, e.events) for e in d.ad_hoc_touchpoints.examples] == [("help_widget_opened", 25, 37)]
    assert d.ad_hoc_touchpoints.hidden_names == 1  # invoice_printed: 3 customers
    assert d.ad_hoc_touchpoints.customers == 28 and d.ad_hoc_touchpoints.events == 40
    assert d.failed_touchpoints.steps == ["call-support"]
    assert m.unknown_events == ["call_started", "survey_reminder_sent"]
    page_view = next(e for e in m.coverage.unmapped if e.event == "page_view")
    assert (page_view.customers, page_view.events) == (CUSTOMERS, CUSTOMERS + browsers)
    assert m.coverage.customers == CUSTOMERS and m.coverage.events == billing.table.num_rows
    tps = {t.id: t for t in m.touchpoints}
    assert tps["phone-line"].customers == 0
    # a search a visit (the nine irregular ones search twice), and the widget's events
    assert tps["help-center"].events == steps["search-help"].reached + 9 + 37


def test_a_group_of_nine_is_withheld_with_k_10_and_shown_with_k_5(billing):
    def pair(m):
        return next(p for p in m.deviations.irregular_sequences.examples
                    if (p.source, p.target) == ("email-ticket", "search-help"))

    at_10 = measure_file(billing.paths["parquet"], billing.loaded, min_count=10)
    at_5 = measure_file(billing.paths["parquet"], billing.loaded, min_count=5)
    assert (pair(at_10).customers, pair(at_10).suppressed) == (None, True)
    assert (pair(at_5).customers, pair(at_5).transitions, pair(at_5).suppressed) == (9, 9, False)
    assert at_10.suppressed.items == 1 and at_5.suppressed.items == 0
    # invoice_printed (3 customers) is never shown, only counted: among the
    # ad hoc names and among the unmapped ones
    for m in (at_10, at_5):
        assert "invoice_printed" not in fmt.dump(m).decode()
        assert m.deviations.ad_hoc_touchpoints.hidden_names == m.coverage.hidden_names == 1
        assert m.suppressed.event_names == 2
    assert at_10.min_count == 10


def test_customer_ids_or_their_hashes_give_the_same_measurement(billing, monkeypatch):
    hashed = fmt.dump(measure_file(billing.paths["parquet"], billing.loaded))
    monkeypatch.setattr(compute, "HASHED_KEYS", False)
    assert fmt.dump(measure_file(billing.paths["parquet"], billing.loaded)) == hashed


def test_medians_are_exact(billing):
    m = measure_file(billing.paths["parquet"], billing.loaded, min_count=1)
    for step in m.steps:
        if step.id in billing.truth["medians"]:
            low, high = billing.truth["medians"][step.id]
            assert step.median_seconds_to_next == (low + high) / 2


def test_since_and_until_select_days(billing, event_logs):
    since, until = date(2026, 3, 5), date(2026, 3, 11)
    start = datetime(2026, 3, 5, tzinfo=timezone.utc)
    end = datetime(2026, 3, 12, tzinfo=timezone.utc)
    ts = billing.table["timestamp"]
    window = billing.table.filter(pc.and_(pc.greater_equal(ts, pa.scalar(start, ts.type)),
                                          pc.less(ts, pa.scalar(end, ts.type))))
    assert 0 < window.num_rows < billing.table.num_rows
    truth = event_logs.truth(billing.map, window)
    found = measure_file(billing.paths["parquet"], billing.loaded, since=since, until=until)
    assert fmt.dump(found) == fmt.dump(expected(billing, truth, 10, since=since, until=until))
    assert found.since == since and found.until == until


def test_csv_parquet_and_json_lines_give_the_same_measurement(billing):
    results = {kind: fmt.dump(measure_file(path, billing.loaded)) for kind, path in billing.paths.items()}
    assert results["csv"] == results["parquet"] == results["jsonl"]


def test_a_folder_of_files(billing, tmp_path):
    folder = tmp_path / "log"
    (folder / "day=1").mkdir(parents=True)
    third = billing.table.num_rows // 3
    pq.write_table(billing.table.slice(0, third), folder / "part-0.parquet")
    pq.write_table(billing.table.slice(third, third), folder / "day=1" / "part-1.parquet")
    pq.write_table(billing.table.slice(2 * third), folder / "part-2.parquet")
    (folder / "_SUCCESS").write_text("")
    (folder / ".part-0.parquet.crc").write_text("not parquet")
    assert fmt.dump(measure_file(folder, billing.loaded)) == fmt.dump(measure_file(billing.paths["parquet"],
                                                                                   billing.loaded))


def test_offsets_are_read_as_utc_and_times_are_whole_seconds(tmp_path, billing):
    rows = ["customer_id,event,timestamp"]
    for i in range(3):  # the same instants, written three ways
        rows += [f"a{i},invoice_email_opened,2026-03-02T10:00:00Z",
                 f"a{i},invoice_viewed,2026-03-02T12:00:30+02:00",  # 10:00:30 UTC
                 f"b{i},invoice_email_opened,2026-03-02 10:00:00",
                 f"b{i},invoice_viewed,2026-03-02T10:00:30.900Z"]
    log = tmp_path / "log.csv"
    log.write_text("\n".join(rows) + "\n")
    m = measure_file(log, billing.loaded, min_count=1)
    step = next(s for s in m.steps if s.id == "open-invoice")
    assert (step.reached, step.median_seconds_to_next) == (6, 30.0)


def test_an_empty_window_is_zeros_not_an_error(billing):
    m = measure_file(billing.paths["parquet"], billing.loaded, since=date(2030, 1, 1))
    assert m.entered == 0 and m.coverage.events == 0 and m.coverage.share is None
    assert all(s.reached in (0, None) for s in m.steps)
    assert len(m.deviations.failed_touchpoints.steps) == 9  # every bound step


def test_no_customer_id_leaves_in_any_format(billing, run):
    ids = set(pc.unique(billing.table["customer_id"]).to_pylist())
    assert all(CUSTOMER_ID.fullmatch(i) for i in ids)
    for form in ("json", "md", "text"):
        result = run("measure", str(billing.map), "--events", str(billing.paths["csv"]), "-f", form,
                     "--min-count", "1")
        assert result.code == 0, result.stderr
        assert not CUSTOMER_ID.search(result.stdout + result.stderr)


# --------------------------------------------------------------------------
# The command


def test_outputs_are_deterministic_and_chosen_by_extension(billing, run, tmp_path):
    for name, marker in (("m.json", b'"journeyctl_measurement": 1'), ("m.md", b"# billing-support measured"),
                         ("m.txt", b"billing-support measured")):
        outputs = []
        for attempt in range(2):
            target = tmp_path / f"{attempt}-{name}"
            result = run("measure", str(billing.map), "--events", str(billing.paths["parquet"]), "-o", str(target))
            assert result.code == 0, result.stderr
            assert result.stdout.strip() == str(target)
            outputs.append(target.read_bytes())
        assert outputs[0] == outputs[1]
        assert marker in outputs[0]
    measured = fmt.load_bytes((tmp_path / "0-m.json").read_bytes())
    assert measured.map == "billing-support" and measured.source == str(billing.paths["parquet"])


def test_text_report_says_what_is_withheld_and_unknown(billing, run):
    result = run("measure", str(billing.map), "--events", str(billing.paths["parquet"]))
    assert result.code == 0, result.stderr
    out = result.stdout
    for expected_text in ("Steps", "open-invoice", "<10", "Irregular sequences", "Missing touchpoints",
                          "Ad hoc touchpoints", "Failed touchpoints", "call-support", "Coverage",
                          "Withheld for privacy (fewer than 10 customers): 1 item; event names left out: "
                          "1 ad hoc, 1 unmapped.",
                          "survey_reminder_sent"):
        assert expected_text in out
    assert "warning: event names in the map that no measured event has" in result.stderr
    assert "call_started, survey_reminder_sent" in result.stderr


def test_json_to_standard_output(billing, run):
    result = run("measure", str(billing.map), "--events", str(billing.paths["jsonl"]), "-f", "json")
    assert result.code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["journeyctl_measurement"] == 1 and data["min_count"] == 10
    assert data["suppressed"] == {"items": 1, "event_names": 2}


def test_columns_from_the_command_line_and_from_pyproject(billing, run, tmp_path):
    renamed = billing.table.rename_columns(["user", "name", "at"])
    pq.write_table(renamed, tmp_path / "renamed.parquet")
    map_path = tmp_path / "billing.yaml"
    map_path.write_bytes(billing.map.read_bytes())
    reference = run("measure", str(billing.map), "--events", str(billing.paths["parquet"]), "-f", "json")
    by_option = run("measure", str(map_path), "--events", str(tmp_path / "renamed.parquet"), "-f", "json",
                    "--columns", "customer_id=user, event=name,timestamp=at")
    assert by_option.code == 0, by_option.stderr
    strip = lambda text: re.sub(r'"source": ".*"', "", text)  # noqa: E731
    assert strip(by_option.stdout) == strip(reference.stdout)
    (tmp_path / "pyproject.toml").write_text(
        '[tool.journeyctl.events]\ncustomer_id = "user"\nevent = "name"\ntimestamp = "at"\nmin-count = 5\n')
    by_settings = run("measure", str(map_path), "--events", str(tmp_path / "renamed.parquet"), "-f", "json")
    assert by_settings.code == 0, by_settings.stderr
    assert json.loads(by_settings.stdout)["min_count"] == 5
    (tmp_path / "pyproject.toml").write_text('[tool.journeyctl.events]\ncolumn = "user"\n')
    wrong = run("measure", str(map_path), "--events", str(tmp_path / "renamed.parquet"))
    assert wrong.code == 2 and "unknown setting(s) column" in wrong.stderr


def test_a_duckdb_database_by_url(billing, run, tmp_path):
    import duckdb

    database = tmp_path / "warehouse.duckdb"
    con = duckdb.connect(str(database))
    con.execute("CREATE SCHEMA web")
    con.register("log", billing.table)
    con.execute("CREATE TABLE web.events AS SELECT * FROM log")
    con.close()
    reference = run("measure", str(billing.map), "--events", str(billing.paths["parquet"]), "-f", "json")
    result = run("measure", str(billing.map), "--events", f"duckdb:///{database}", "--table", "web.events",
                 "-f", "json")
    assert result.code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["source"] == f"duckdb:///{database} table web.events"
    assert data["steps"] == json.loads(reference.stdout)["steps"]
    missing = run("measure", str(billing.map), "--events", f"duckdb:///{database}", "--table", "nowhere")
    assert missing.code == 2 and "no table 'nowhere'" in missing.stderr
    assert "Traceback" not in missing.stderr


# --------------------------------------------------------------------------
# Bad input: a message and an exit code, never a traceback

BAD_CSV = {
    "missing columns": ("user,event,timestamp\nu1,invoice_email_opened,2026-03-02T10:00:00Z\n", 1,
                        "no column 'customer_id'; the columns are 'user', 'event', 'timestamp'"),
    "unparseable times": ("customer_id,event,timestamp\nu1,invoice_email_opened,2026-03-02T10:00:00Z\n"
                          "u2,invoice_email_opened,yesterday at noon\nu3,invoice_viewed,2026-02-30T10:00:00\n", 1,
                          "column 'timestamp': 2 values cannot be read as a time, such as '2026-02-30T10:00:00'"),
    "numbers for times": ("customer_id,event,timestamp\nu1,invoice_email_opened,1.5\nu2,invoice_viewed,2.25\n", 1,
                          "column 'timestamp' holds float64; it must be timestamps or ISO-8601 text"),
    "numbers for events": ("customer_id,event,timestamp\nu1,1.5,2026-03-02T10:00:00Z\n", 1,
                           "column 'event' (the event name) holds float64; it must be text"),
}


@pytest.mark.parametrize("case", sorted(BAD_CSV))
def test_bad_events(billing, run, tmp_path, case):
    text, code, message = BAD_CSV[case]
    log = tmp_path / "log.csv"
    log.write_text(text)
    result = run("measure", str(billing.map), "--events", str(log))
    assert result.code == code, result.stderr
    assert message in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_an_event_listed_by_two_steps_is_an_error_in_the_map(billing, run, tmp_path):
    text = billing.map.read_text().replace("events: [help_searched]", "events: [help_searched, invoice_viewed]")
    map_path = tmp_path / "twice.yaml"
    map_path.write_text(text)
    line = next(n for n, l in enumerate(text.splitlines(), 1) if "help_searched, invoice_viewed" in l)
    result = run("measure", str(map_path), "--events", str(billing.paths["csv"]))
    assert result.code == 1
    assert re.search(rf"twice.yaml:{line}:\d+: M001 stages\[1\]\.steps\[0\]\.events\[1\]: event 'invoice_viewed' "
                     r"is already listed by step 'compare-invoices' \(stages\[0\]\.steps\[1\]\.events\[0\]\)",
                     result.stderr), result.stderr


def test_a_map_without_events(billing, run, write):
    result = run("measure", str(write(MINIMAL)), "--events", str(billing.paths["csv"]))
    assert result.code == 1 and "M002" in result.stderr and "no step lists events" in result.stderr


@pytest.mark.parametrize("events, message", [
    ("nowhere.parquet", "no file or folder 'nowhere.parquet'"),
    ("map.yaml", "is not a .csv, .parquet or .jsonl file"),
    ("empty-folder", "no .csv, .parquet or .jsonl files in the folder"),
    ("mixed-folder", "holds files of several types (1 csv, 1 parquet)"),
])
def test_sources_that_are_not_there_are_usage_errors(billing, run, tmp_path, events, message):
    (tmp_path / "empty-folder").mkdir()
    (tmp_path / "mixed-folder").mkdir()
    (tmp_path / "mixed-folder" / "a.csv").write_bytes(billing.paths["csv"].read_bytes())
    (tmp_path / "mixed-folder" / "b.parquet").write_bytes(billing.paths["parquet"].read_bytes())
    (tmp_path / "map.yaml").write_bytes(billing.map.read_bytes())
    result = run("measure", "map.yaml", "--events", events, cwd=tmp_path)
    assert result.code == 2, result.stderr
    assert message in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("args, message", [
    (["--columns", "customer=user"], "--columns: unknown key 'customer'"),
    (["--columns", "event"], "'event' is not KEY=COLUMN"),
    (["--table", "events"], "--table is for a database URL"),
    (["--since", "2026-03-10", "--until", "2026-03-01"], "--since 2026-03-10 is after --until 2026-03-01"),
    (["--since", "March"], "'March' does not match the format '%Y-%m-%d'"),
    (["--min-count", "0"], "0 is not in the range x>=1"),
])
def test_bad_command_lines(billing, run, args, message):
    result = run("measure", str(billing.map), "--events", str(billing.paths["csv"]), *args)
    assert result.code == 2 and message in result.stderr, result.stderr


def test_a_corrupt_file(billing, run, tmp_path):
    broken = tmp_path / "broken.parquet"
    broken.write_bytes(b"PAR1 this is not parquet at all")
    result = run("measure", str(billing.map), "--events", str(broken))
    assert result.code == 1 and "cannot read parquet from" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("url, message", [
    ("duckdb:///{tmp}/no/such/warehouse.duckdb", "cannot connect to duckdb:///"),
    ("postgres://analyst:s3cret@127.0.0.1:1/shop", "cannot connect to postgres://analyst@127.0.0.1:1/shop"),
    ("nosuchengine://host/db", "cannot connect to nosuchengine://host/db"),
])
def test_an_unreachable_database_is_exit_3(billing, run, tmp_path, url, message):
    result = run("measure", str(billing.map), "--events", url.format(tmp=tmp_path), timeout=60)
    assert result.code == 3, result.stderr
    assert message in result.stderr and "s3cret" not in result.stderr and "Traceback" not in result.stderr


def test_without_the_data_extra_it_says_what_to_install(billing, run, tmp_path):
    shadow = tmp_path / "shadow" / "ibis"
    shadow.mkdir(parents=True)
    (shadow / "__init__.py").write_text("raise ImportError('no ibis here', name='ibis')\n")
    env = {"PYTHONPATH": str(shadow.parent) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    result = run("measure", str(billing.map), "--events", str(billing.paths["csv"]), env=env)
    assert result.code == 3
    assert "pip install 'journeyctl[data]'" in result.stderr and "Traceback" not in result.stderr


def test_the_output_is_never_written_over_an_input(billing, run):
    result = run("measure", str(billing.map), "--events", str(billing.paths["csv"]), "-o", str(billing.paths["csv"]))
    assert result.code == 2 and "Traceback" not in result.stderr


# --------------------------------------------------------------------------
# The pieces


def test_the_plan_of_the_billing_map(billing):
    p = compute.plan(billing.loaded)
    assert p.start == "open-invoice" and "read-forum" not in p.bound
    assert p.regular[("search-help", "open-chat")] == ("read-forum",)
    assert p.regular[("check-credit", "open-chat")] == ()
    assert ("open-invoice", "search-help") not in p.regular
    assert p.skipped("open-invoice", "search-help") == ("compare-invoices",)
    assert p.skipped("open-invoice", "agent-reply") == ("compare-invoices", "search-help", "open-chat",
                                                        "email-ticket")
    assert p.skipped("email-ticket", "search-help") == ()
    assert p.ends == {"answer-survey"}


def test_missing_columns_are_named(billing):
    with pytest.raises(EventsProblem, match="no column 'who'"):
        measure_file(billing.paths["parquet"], billing.loaded, columns=replace(Columns(), customer_id="who"))


def test_measured_json_reads_back(billing):
    m = measure_file(billing.paths["parquet"], billing.loaded)
    data = fmt.dump(m)
    assert fmt.load_bytes(data) == m and fmt.dump(fmt.load_bytes(data)) == data
    for bad, message in [
        (b"{", "not JSON"),
        (b"[]", "not a journeyctl measurement"),
        (b'{"journeyctl_measurement": 2}', "version 2 is not supported"),
        (data.replace(b'"entered": 974', b'"entered": "many"'), "entered: Input should be a valid integer"),
        (b"\xff\xfe", "not UTF-8"),
    ]:
        with pytest.raises(fmt.MeasurementError, match=re.escape(message)):
            fmt.load_bytes(bad, "m.json")
