"""The same measurement on Spark (PySpark in local mode, Java 17) as on
DuckDB: byte-identical measured.json. One Spark session for the module."""

from __future__ import annotations

import shutil

import pytest

pytest.importorskip("ibis", reason="journeyctl[data] is not installed")
pyspark = pytest.importorskip("pyspark", reason="pyspark is not installed (the test extra has it)")
if shutil.which("java") is None:
    pytest.skip("Spark needs Java 17 (Debian: openjdk-17-jre-headless)", allow_module_level=True)

from journeyctl.format import measurement as fmt  # noqa: E402
from journeyctl.load import load  # noqa: E402
from journeyctl.measure import compute  # noqa: E402
from journeyctl.measure.source import open_source  # noqa: E402

CUSTOMERS = 1000


@pytest.fixture(scope="module")
def spark(tmp_path_factory):
    import ibis
    from pyspark.sql import SparkSession

    warehouse = tmp_path_factory.mktemp("spark-warehouse")  # not ./spark-warehouse
    session = (SparkSession.builder.master("local[2]").appName("journeyctl-tests")
               .config("spark.sql.warehouse.dir", str(warehouse))
               .config("spark.local.dir", str(warehouse))
               .config("spark.sql.shuffle.partitions", "2")
               .config("spark.default.parallelism", "2")
               .config("spark.ui.enabled", "false")
               .config("spark.ui.showConsoleProgress", "false")
               .config("spark.sql.session.timeZone", "UTC")
               .config("spark.driver.memory", "1g")
               # a few thousand rows: compiling code for each query and
               # re-planning adaptively cost more than they save (36 s -> 14 s)
               .config("spark.sql.codegen.wholeStage", "false")
               .config("spark.sql.adaptive.enabled", "false")
               .getOrCreate())
    session.sparkContext.setLogLevel("ERROR")
    yield ibis.pyspark.connect(session), session
    session.stop()


@pytest.fixture(scope="module")
def log(tmp_path_factory, event_logs):
    folder = tmp_path_factory.mktemp("spark-log")
    map_path = folder / "billing.yaml"
    map_path.write_text(event_logs.billing_map(), encoding="utf-8")
    table, _planted = event_logs.generate(map_path, CUSTOMERS, seed=11)
    paths = {kind: event_logs.write(table, folder / f"events.{kind}") for kind in ("csv", "parquet")}
    return load(map_path), paths


def on_duckdb(loaded, path, k):
    with open_source(str(path)) as opened:
        return fmt.dump(compute.measure(loaded, opened.table, min_count=k, source="events"))


def on_spark(spark, loaded, path, k, kind):
    con, session = spark
    reader = session.read.option("header", True).csv if kind == "csv" else session.read.parquet
    frame = reader(str(path)).cache()  # read once: the measurement runs a few queries
    frame.createOrReplaceTempView(f"events_{kind}")
    try:
        return fmt.dump(compute.measure(loaded, con.table(f"events_{kind}"), min_count=k, source="events"))
    finally:
        frame.unpersist()


def test_spark_and_duckdb_agree_on_csv_with_text_times(spark, log):
    """Spark reads the CSV's times as text (no schema inference): the ISO
    strings are cast in the engine, as a warehouse's text column would be."""
    loaded, paths = log
    assert on_spark(spark, loaded, paths["csv"], 10, "csv") == on_duckdb(loaded, paths["csv"], 10)


def test_spark_and_duckdb_agree_on_parquet_with_k_5(spark, log):
    loaded, paths = log
    found = on_spark(spark, loaded, paths["parquet"], 5, "parquet")
    assert found == on_duckdb(loaded, paths["parquet"], 5)
    m = fmt.load_bytes(found)
    nine = next(p for p in m.deviations.irregular_sequences.examples
                if (p.source, p.target) == ("email-ticket", "search-help"))
    assert nine.customers == 9
