"""Where the events come from: a file, a folder, or a connection URL.

SOURCE (``--events``) is one of:

- a file: ``.csv`` (``.csv.gz``), ``.parquet``, or JSON lines
  (``.jsonl``, ``.ndjson``, ``.json``; ``.gz`` too), read by DuckDB,
  embedded;
- a folder of such files, all of one type (searched recursively; names
  beginning with ``.`` or ``_`` are skipped, as Spark and Hive write them);
- a connection URL, ``scheme://...``, handed to ``ibis.connect``:
  ``duckdb:///path/to/file.duckdb``, ``pyspark://?spark.master=...``,
  ``postgres://user:password@host/db``, ``bigquery://project/dataset``,
  ``snowflake://user:password@account/db/schema``, ``trino://host/catalog``,
  ``clickhouse://host/db``. The table is named by ``--table`` (default
  ``events``; ``schema.table`` where the engine has schemas). The engine's
  Ibis extra must be installed: ``pip install 'ibis-framework[postgres]'``.

Timestamps without an offset are read as UTC: the DuckDB session's time
zone is set to UTC, and so is Spark's for a pyspark:// session.

Errors: a file or folder that does not exist, an unknown file type, a
folder with no event files or with several types, a table that does not
exist: :class:`UsageProblem` (exit 2). A file that cannot be read:
:class:`EventsProblem` (exit 1). Ibis missing, an engine's driver
missing, a database that cannot be reached: :class:`ExternalToolError`
(exit 3).
"""

from __future__ import annotations

import re
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator
from urllib.parse import parse_qsl, urlencode, urlsplit

from journeyctl.base.diagnostics import ExternalToolError, UsageProblem, printable
from journeyctl.measure import INSTALL_HINT, Columns, EventsProblem

#: File types by their extensions (a trailing .gz is allowed).
KINDS = {".csv": "csv", ".tsv": "csv", ".parquet": "parquet", ".pq": "parquet",
         ".jsonl": "json", ".ndjson": "json", ".json": "json"}
URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
DEFAULT_TABLE = "events"


@dataclass
class Opened:
    """An open source: the Ibis table of the raw log and a description of
    where it came from (a path, or a URL without its password)."""

    table: Any
    description: str
    backend: Any


def require_ibis():
    """Ibis and DuckDB, or ExternalToolError saying how to install them."""
    try:
        import ibis  # noqa: F401
        import duckdb  # noqa: F401  (the engine for files)
    except ImportError as exc:
        raise ExternalToolError(
            f"journeyctl measure needs Ibis and DuckDB ({exc.name or 'ibis'} is not installed): "
            f"{INSTALL_HINT}") from None
    return ibis


def kind_of(path: Path) -> str | None:
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return KINDS.get(suffixes[-1]) if suffixes else None


def files_in(folder: Path) -> tuple[str, list[Path]]:
    """The event files under a folder, sorted, and their one type."""
    found: dict[str, list[Path]] = {}
    for path in sorted(folder.rglob("*")):
        parts = path.relative_to(folder).parts
        if any(part.startswith((".", "_")) for part in parts) or not path.is_file():
            continue
        kind = kind_of(path)
        if kind:
            found.setdefault(kind, []).append(path)
    if not found:
        raise UsageProblem(f"--events: no .csv, .parquet or .jsonl files in the folder '{printable(str(folder))}'")
    if len(found) > 1:
        listed = ", ".join(f"{len(v)} {k}" for k, v in sorted(found.items()))
        raise UsageProblem(f"--events: the folder '{printable(str(folder))}' holds files of several types "
                           f"({listed}); keep one type in a folder")
    (kind, paths), = found.items()
    return kind, paths


def public_url(url: str) -> str:
    """The URL without its password, nor secrets in its query."""
    parts = urlsplit(url)
    netloc = parts.netloc
    if "@" in netloc:
        user, host = netloc.rsplit("@", 1)
        netloc = f"{user.split(':', 1)[0]}@{host}"
    query = [(k, "***" if re.search(r"pass|secret|token|key|credential", k, re.I) else v)
             for k, v in parse_qsl(parts.query, keep_blank_values=True)]
    rest = parts.path + (f"?{urlencode(query)}" if query else "")
    return f"{parts.scheme}://{netloc}{rest}"


def duckdb_connection(threads: int | None = None, memory_limit: str | None = None, temp_directory: str | None = None):
    """An embedded DuckDB for files: UTC, and no insertion order to keep
    (less memory for large logs)."""
    ibis = require_ibis()
    config = {"preserve_insertion_order": False}
    if threads:
        config["threads"] = threads
    if memory_limit:
        config["memory_limit"] = memory_limit
    if temp_directory:
        config["temp_directory"] = temp_directory
    con = ibis.duckdb.connect(**config)
    con.raw_sql("SET TimeZone = 'UTC'")
    return con


@contextmanager
def open_source(source: str, table: str | None = None, columns: Columns | None = None,
                **duckdb_options) -> Iterator[Opened]:
    """Open SOURCE (see the module's docstring); close it afterwards.

    Files are read once into DuckDB's memory (only the three ``columns``,
    when they are all there): the measurement reads them several times,
    and decoding Parquet or CSV each time costs more than keeping them."""
    ibis = require_ibis()
    if URL.match(source):
        with _open_url(ibis, source, table or DEFAULT_TABLE) as opened:
            yield opened
        return
    if table:
        raise UsageProblem("--table is for a database URL; SOURCE is a file or a folder")
    path = Path(source)
    shown = printable(source)
    if not path.exists():
        raise UsageProblem(f"--events: no file or folder '{shown}' (or give a URL such as duckdb:///events.duckdb)")
    if path.is_dir():
        kind, paths = files_in(path)
        targets = [str(p) for p in paths]
    else:
        kind = kind_of(path)
        if kind is None:
            raise UsageProblem(f"--events: '{shown}' is not a .csv, .parquet or .jsonl file")
        targets = [str(path)]
    spill = tempfile.TemporaryDirectory(prefix="journeyctl-duckdb-")  # not .tmp in the working folder
    con = duckdb_connection(**{"temp_directory": spill.name, **duckdb_options})
    try:
        try:
            reader = {"csv": con.read_csv, "parquet": con.read_parquet, "json": con.read_json}[kind]
            raw = reader(targets if len(targets) > 1 else targets[0], table_name="journeyctl_events")
        except Exception as exc:  # DuckDB's errors, whatever their class
            raise EventsProblem(f"cannot read {kind} from '{shown}': {_first_line(exc)}") from None
        try:
            loaded = _load(con, raw, columns or Columns())
        except Exception as exc:
            raise EventsProblem(f"cannot read {kind} from '{shown}': {_first_line(exc)}") from None
        yield Opened(loaded, shown, con)
    finally:
        con.disconnect()
        spill.cleanup()


@contextmanager
def _open_url(ibis, url: str, table: str) -> Iterator[Opened]:
    scheme = url.split("://", 1)[0].lower()
    shown = printable(public_url(url))
    try:
        if scheme == "duckdb":
            con = _duckdb_url(ibis, url)
        else:
            con = ibis.connect(url)
    except ExternalToolError:
        raise
    except ImportError as exc:
        extra = {"postgresql": "postgres"}.get(scheme, scheme)
        raise ExternalToolError(f"cannot connect to {shown}: the {scheme} engine needs a driver that is not "
                                f"installed ({exc.name or exc}): pip install 'ibis-framework[{extra}]'") from None
    except Exception as exc:
        raise ExternalToolError(f"cannot connect to {shown}: {_first_line(exc)}") from None
    try:
        if scheme == "pyspark":
            con._session.conf.set("spark.sql.session.timeZone", "UTC")
        elif scheme == "duckdb":
            con.raw_sql("SET TimeZone = 'UTC'")
        database, _, name = table.rpartition(".")
        try:
            raw = con.table(name, database=database or None)
        except Exception as exc:
            try:
                names = ", ".join(sorted(con.list_tables())[:20]) or "none"
            except Exception:
                names = "unknown"
            raise UsageProblem(f"--table: no table '{printable(table)}' in {shown} ({_first_line(exc)}); "
                               f"tables: {names}") from None
        yield Opened(raw, f"{shown} table {printable(table)}", con)
    finally:
        try:
            if scheme != "pyspark":  # the session may be someone else's
                con.disconnect()
        except Exception:
            pass


def _duckdb_url(ibis, url: str):
    """duckdb:///path: opened read-only, and never created."""
    parts = urlsplit(url)
    path = (parts.netloc + parts.path) if parts.netloc not in ("", "localhost") else parts.path
    if path in ("", "/", "/:memory:", ":memory:"):
        con = ibis.duckdb.connect()
    else:
        path = path[1:] if path.startswith("//") else path
        if not Path(path).is_file():
            raise ExternalToolError(f"cannot connect to {printable(url)}: no database file '{printable(path)}'")
        con = ibis.duckdb.connect(path, read_only=True)
    return con


def _load(con, table, columns: Columns):
    """The event columns of a file, in a DuckDB temporary table; times with
    a time zone as plain UTC times, by integer arithmetic (epoch_us,
    make_timestamp): the same instants, without the ICU time-zone
    conversion each later use would cost. With a column missing, the file
    as it is (the measurement says which are missing, and which there are)."""
    schema = table.schema()
    if not all(name in schema for name in columns.names()):
        return table
    selected = []
    for name in dict.fromkeys(columns.names()):
        quoted = '"' + name.replace('"', '""') + '"'
        dtype = schema[name]
        zoned = dtype.is_timestamp() and dtype.timezone is not None
        selected.append(f"make_timestamp(epoch_us({quoted})) AS {quoted}" if zoned else quoted)
    con.raw_sql(f"CREATE TEMP TABLE journeyctl_log AS SELECT {', '.join(selected)} FROM journeyctl_events")
    return con.table("journeyctl_log")


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return printable(text.splitlines()[0])[:300]
