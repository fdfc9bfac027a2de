"""The measurement: a journey map and an event log -> aggregates.

Written once with Ibis, so that the same expressions run on DuckDB (the
default, embedded), on Spark, or in a warehouse (BigQuery, Snowflake,
Trino, ClickHouse, Postgres). Only aggregates are collected from the
engine: every query that leaves it is a GROUP BY (or a whole-table
aggregate); the tables of a row a customer it builds for its own work
(customers, visits) stay in the engine, as temporary tables dropped at
the end. Results are identical on every engine: times are whole seconds,
medians are exact (running sums in window functions, not approximate
percentiles), and every list has a fixed order.

Definitions
-----------

Events
    A row of the log with a customer id, an event name and a timestamp.
    Rows where one of the three is missing are not events (counted as
    ``coverage.ignored_rows``). Timestamps are a timestamp type or ISO-8601
    text (with or without an offset; without one, UTC). ``--since`` and
    ``--until`` are inclusive UTC dates: events from 00:00 of since to
    before 00:00 of the day after until.

Mapped events
    An event whose name a step lists in ``events``. A name listed by two
    steps is an error in the map. Touchpoints' ``events`` do not define
    steps: they count touchpoint usage (events and customers per
    touchpoint) and may repeat names of steps.

Path and visits
    A customer's events ordered by (timestamp, event name); the mapped ones
    replaced by their step; consecutive repeats of one step collapsed into
    one *visit*, whose time is its first event's time. A *transition* is
    two consecutive visits (a -> b); going back to an earlier step is a
    transition too (a loop).

Bound and unbound steps
    A step with events is *bound*; a step without is *unbound*: it cannot
    be observed, so it is neither reached nor failed, and flow edges to or
    from it are not measured. A transition a -> c between bound steps that
    the flow allows through unbound steps only is regular: it is reported
    as a *bridge* (with the unbound steps ``via``), not as a deviation.

entered
    Distinct customers with a visit to the flow's start step (the first
    step of the map). Customers who start later in the journey count for
    the steps they reach but not for entered.

Per step
    ``reached``: distinct customers with a visit. ``share``: reached /
    entered. ``drop_off``: customers whose last visit is this step (for an
    end step, ``end: true``, this is completion). ``median_seconds_to_next``:
    the exact median, over every transition out of the step (to any step),
    of the next visit's time minus this visit's time, in whole seconds
    (times rounded down to the second); with an even number of
    transitions, the mean of the two middle values.

Per flow edge
    ``customers``: distinct customers with that transition (edges of the
    flow, back edges included, in the flow's order); ``conversion``:
    customers / reached of the source step.

Deviations (CJML, Halvorsrud et al. 2016)
    Irregular sequences: observed transitions between bound steps that are
    neither a flow edge nor a bridge, with customers and transitions per
    pair. Missing touchpoints: for an irregular pair whose target the flow
    reaches from its source, the bound steps on the flow's shortest way
    strictly between them were *skipped*; distinct customers per skipped
    step (and in all). Ad hoc touchpoints: unmapped events strictly (in
    time) between a customer's first and last mapped events; events and
    distinct customers per event name (and in all). Failed touchpoints:
    bound steps never observed (CJML calls a planned touchpoint that did
    not happen "failed"; here it is a step nobody was seen doing).

Coverage
    Events measured, distinct customers, mapped events and their share;
    the most frequent unmapped event names (10), with events and customers.
    ``unknown_events``: names the map lists (steps and touchpoints) that no
    measured event has: a typo, or an event not logged (a warning).

Privacy
    Every count from 1 to k - 1 (k = ``--min-count``, default 10) is
    replaced by null, with every number derived from it (a share, a
    conversion, a median over fewer than k customers), and the item says
    ``suppressed``; ``suppressed.items`` counts them. An item's numbers are
    withheld together when its customers are fewer than k (its events
    count would tell about them). A count of 0 is shown: it is about
    nobody. Event names seen by fewer than k customers never leave the
    engine; only how many there are. No customer id is ever collected.
    A median is shown when at least k customers left the step for another.
    Suppression is per number (cell suppression): a total is shown when it
    reaches k even if some of the numbers it sums are withheld, so the
    difference of two numbers shown can tell one withheld; a measurement
    of a small population is not anonymous by this alone.

Ordering
    Steps and edges in the map's order; every other list by count,
    largest first, then by name.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

from journeyctl.base.diagnostics import Diagnostic, MapError, format_path
from journeyctl.format import measurement as fmt
from journeyctl.format.model import Journey
from journeyctl.load import LoadedMap
from journeyctl.measure import DEFAULT_MIN_COUNT, Columns, EventsProblem

#: How many examples of each deviation, and of unmapped events, are listed.
EXAMPLES = 10
#: Problems in a map that make it impossible to measure: an event name
#: listed by two steps; no step with events.
DUPLICATE_EVENT, NO_EVENTS = "M001", "M002"


# --------------------------------------------------------------------------
# The map's side: computed in Python, engine independent.


@dataclass(frozen=True)
class Plan:
    """What the measurement needs from the map."""

    map_id: str
    start: str
    #: Every step id, in the map's order.
    order: tuple[str, ...]
    ends: frozenset[str]
    #: Bound step ids, in the map's order; a step's number is its index here.
    bound: tuple[str, ...]
    #: event name -> step id
    step_of_event: dict[str, str]
    #: (event name, touchpoint id), for touchpoints with events.
    touch_events: tuple[tuple[str, str], ...]
    #: Touchpoints with events, in the map's order.
    touchpoints: tuple[str, ...]
    #: The flow's edges, in its order.
    edges: tuple[Any, ...]
    #: (source, target) of bound steps that the flow allows, with the
    #: unbound steps between them (empty for a direct edge).
    regular: dict[tuple[str, str], tuple[str, ...]]
    #: Every event name the map lists, sorted.
    map_events: tuple[str, ...]
    successors: dict[str, tuple[str, ...]] = field(repr=False)

    @property
    def number(self) -> dict[str, int]:
        return {s: i for i, s in enumerate(self.bound)}

    def skipped(self, source: str, target: str) -> tuple[str, ...]:
        """The bound steps strictly between source and target on the flow's
        shortest way from one to the other (breadth first, edges in the
        flow's order); none when the flow does not lead there."""
        parent: dict[str, str | None] = {source: None}
        todo = deque([source])
        while todo:
            node = todo.popleft()
            if node == target:
                break
            for child in self.successors[node]:
                if child not in parent:
                    parent[child] = node
                    todo.append(child)
        if target not in parent:
            return ()
        way = []
        node = parent[target]
        while node is not None and node != source:
            way.append(node)
            node = parent[node]
        bound = set(self.bound)
        return tuple(s for s in reversed(way) if s in bound)


def plan(loaded: LoadedMap) -> Plan:
    """The map's side of the measurement. MapError (exit 1) when an event
    name is listed by two steps (positioned at the second), or when no step
    has events."""
    journey: Journey = loaded.journey
    flow = journey.flow
    step_of_event: dict[str, str] = {}
    where: dict[str, tuple] = {}
    problems = []
    for si, stage in enumerate(journey.stages):
        for pi, step in enumerate(stage.steps):
            for ei, name in enumerate(step.events):
                path = ("stages", si, "steps", pi, "events", ei)
                owner = step_of_event.get(name)
                if owner is None:
                    step_of_event[name] = step.id
                    where[name] = path
                elif owner != step.id:
                    line, col = loaded.position(path)
                    problems.append(Diagnostic(
                        loaded.file, line, col, DUPLICATE_EVENT,
                        f"event '{name}' is already listed by step '{owner}' ({format_path(where[name])}); "
                        "an event names at most one step", path))
    if problems:
        raise MapError(problems)
    order = tuple(p.step.id for p in flow.steps)
    if not step_of_event:
        line, col = loaded.position(("stages",))
        raise MapError([Diagnostic(
            loaded.file, line, col, NO_EVENTS,
            "no step lists events, so there is nothing to measure: add `events: [name, ...]` to the steps "
            "(the event names of the log that mean the customer did the step)", ("stages",))])
    bound = tuple(s for s in order if any(step_of_event[e] == s for e in step_of_event))
    bound_set = set(bound)
    successors = {s: tuple(e.target for e in flow.outgoing(s)) for s in order}
    regular: dict[tuple[str, str], tuple[str, ...]] = {}
    for source in bound:  # breadth first through unbound steps only
        seen = {source: ()}
        todo = deque([source])
        while todo:
            node = todo.popleft()
            for child in successors[node]:
                if child in bound_set:
                    regular.setdefault((source, child), seen[node] if node != source else ())
                elif child not in seen:
                    seen[child] = seen[node] + (child,)
                    todo.append(child)
    touch_events = []
    touchpoints = []
    for tp in journey.touchpoints:
        if tp.events:
            touchpoints.append(tp.id)
            touch_events += [(name, tp.id) for name in dict.fromkeys(tp.events)]
    names = set(step_of_event) | {name for name, _ in touch_events}
    return Plan(journey.id or "journey", flow.start.step.id, order, frozenset(p.step.id for p in flow.ends), bound,
                step_of_event, tuple(touch_events), tuple(touchpoints), flow.edges, regular,
                tuple(sorted(names)), successors)


# --------------------------------------------------------------------------
# The engine's side: Ibis.


@dataclass
class Raw:
    """The aggregates collected from the engine, before suppression."""

    ignored_rows: int = 0
    events: int = 0
    customers: int = 0
    mapped_events: int = 0
    #: step -> (reached, drop_off, customers with a next visit)
    steps: dict[str, tuple[int, int, int]] = field(default_factory=dict)
    #: step -> (lower, upper) middle values of the seconds to the next visit
    medians: dict[str, tuple[int, int]] = field(default_factory=dict)
    #: (source, target) -> (customers, transitions)
    pairs: dict[tuple[str, str], tuple[int, int]] = field(default_factory=dict)
    irregular_customers: int = 0
    skipped: dict[str, int] = field(default_factory=dict)
    skipped_customers: int = 0
    #: shown names only (customers >= k): (event, events, customers), ordered
    adhoc: list[tuple[str, int, int]] = field(default_factory=list)
    adhoc_hidden: int = 0
    adhoc_events: int = 0
    adhoc_customers: int = 0
    unmapped: list[tuple[str, int, int]] = field(default_factory=list)
    unmapped_hidden: int = 0
    unmapped_shown: int = 0
    adhoc_shown: int = 0
    touchpoints: dict[str, tuple[int, int]] = field(default_factory=dict)
    present: set[str] = field(default_factory=set)


def _ibis():
    import ibis  # the data extra; journeyctl.measure.source checks it first

    return ibis


def _rows(expr) -> list[dict]:
    return expr.to_pyarrow().to_pylist()


def _one(expr) -> dict:
    rows = _rows(expr)
    return rows[0] if rows else {}


def _int(value) -> int:
    return int(value) if value is not None else 0


def events_table(table, columns: Columns = Columns(), since: date | None = None, until: date | None = None):
    """The log's rows in the window as (cid, event, ts, ok, bad[, raw]):
    ``ok`` when the row has a customer, an event and a time; ``bad`` when
    its time is text that cannot be read (then ``raw`` holds it). Rows
    without a time are kept (they cannot be placed in the window): they
    are not ok. Checks the columns and their types; EventsProblem (exit
    1) otherwise."""
    ibis = _ibis()
    import ibis.expr.datatypes as dt

    found = list(table.columns)
    missing = [name for name in columns.names() if name not in found]
    if missing:
        raise EventsProblem(
            f"the events have no column {', '.join(repr(m) for m in missing)}; the columns are "
            f"{', '.join(repr(c) for c in found) or 'none'} (name them with --columns "
            "customer_id=...,event=...,timestamp=... or in [tool.journeyctl.events] in pyproject.toml)")
    schema = table.schema()
    cid_type, event_type, ts_type = (schema[c] for c in columns.names())
    if not (cid_type.is_string() or cid_type.is_integer() or cid_type.is_uuid()):
        raise EventsProblem(f"column '{columns.customer_id}' (the customer id) holds {cid_type}; "
                            "it must be text or whole numbers")
    if not (event_type.is_string() or event_type.is_integer()):
        raise EventsProblem(f"column '{columns.event}' (the event name) holds {event_type}; it must be text")
    raw_ts = table[columns.timestamp]
    text = ts_type.is_string()
    # Times stay as they are where they can: converting a time zone is slow
    # (and only orders, compares and subtracts are needed here).
    if ts_type.is_timestamp():
        ts = raw_ts
    elif ts_type.is_date():
        ts = raw_ts.cast(dt.Timestamp())
    elif text:  # with an offset: converted to UTC; without: UTC
        ts = raw_ts.try_cast(dt.Timestamp(timezone="UTC"))
    else:
        raise EventsProblem(f"column '{columns.timestamp}' holds {ts_type}; it must be timestamps or "
                            "ISO-8601 text (2026-03-01T09:30:00Z)")
    rows = table.select(cid=table[columns.customer_id], event=table[columns.event].cast(dt.string), ts=ts,
                        **({"raw": raw_ts} if text else {}))
    zone = timezone.utc if rows.ts.type().timezone is not None else None
    inside = ibis.literal(True)
    if since is not None:
        inside &= rows.ts >= ibis.literal(datetime.combine(since, time(), zone), rows.ts.type())
    if until is not None:
        inside &= rows.ts < ibis.literal(datetime.combine(until + timedelta(days=1), time(), zone), rows.ts.type())
    # a row without a time cannot be placed in the window: it is ignored (or, unreadable, an error)
    rows = rows.filter(inside | rows.ts.isnull())
    rows = rows.mutate(ok=rows.cid.notnull() & rows.event.notnull() & rows.ts.notnull(),
                       bad=(rows.raw.notnull() & rows.ts.isnull() & (rows.raw.strip() != "")) if text
                       else ibis.literal(False))
    return rows


def measure(loaded: LoadedMap, table, *, columns: Columns = Columns(), since: date | None = None,
            until: date | None = None, min_count: int = DEFAULT_MIN_COUNT, source: str = "") -> fmt.Measurement:
    """Measure the map against the events in ``table`` (an Ibis table of any
    backend). MapError for a map that cannot be measured, EventsProblem for
    events that cannot."""
    the_plan = plan(loaded)
    rows = events_table(table, columns, since, until)
    raw = collect(the_plan, rows, min_count, columns.timestamp)
    return build(the_plan, raw, min_count=min_count, source=source, since=since, until=until)


def _union(*parts):
    out = parts[0]
    for part in parts[1:]:
        out = out.union(part)
    return out


#: DuckDB: work on 64-bit hashes of the customer ids after the first pass
#: (checked there to be distinct; off, the ids themselves: the same result).
HASHED_KEYS = True

#: Bits of one 64-bit mask: which steps (or touchpoints) a customer has,
#: for counting customers per step without a grouping per step and customer.
BITS = 62


def _masks(count: int) -> list[range]:
    """The numbers 0..count-1 in groups of BITS, one group a mask."""
    return [range(i, min(i + BITS, count)) for i in range(0, count, BITS)]


def _bit(i: int):
    return _ibis().literal(1 << (i % BITS), "int64")


def _bit_or(backend):
    """The OR of an integer column's values: Ibis's own where the backend
    compiles it, else the SQL function bit_or (Spark has it; Ibis 12's
    PySpark backend does not compile it)."""
    ibis = _ibis()
    from ibis.common.exceptions import OperationNotDefinedError

    probe = ibis.table({"x": "int64"}, name="probe")
    try:
        ibis.to_sql(probe.aggregate(m=probe.x.bit_or()), dialect=backend.name)
        return lambda column: column.bit_or()
    except (OperationNotDefinedError, NotImplementedError, TypeError):
        @ibis.udf.agg.builtin(name="bit_or")
        def bit_or(x: int) -> int:  # noqa: ARG001 (a declaration: the engine has it)
            """The engine's bit_or."""

        return bit_or


def collect(p: Plan, rows, k: int, time_column: str = "timestamp") -> Raw:
    """Run the queries; return only aggregates.

    The work, for a log of n events: a grouping by customer over every row
    (customers, their first and last mapped events, the touchpoints they
    used as a bit mask, rows ignored), kept in the engine; a grouping of
    the unmapped events by name and customer, joined to those first and
    last times (coverage and ad hoc in one query); a window over the mapped
    events by customer (lag and lead on one ordering), its runs kept in the
    engine; on them, transitions counted, a grouping by customer (steps
    reached and left, transitions made: bit masks) and the medians. Eight
    queries in all, two of them kept as temporary tables."""
    ibis = _ibis()
    from ibis import _

    raw = Raw()
    number = p.number
    names = {i: s for s, i in number.items()}
    bit_or = _bit_or(ibis.get_backend(rows))
    # CASEs, not joins with memtables: they run everywhere (a cached
    # expression on Spark cannot refer to a memtable) and are fast for the
    # few dozen names a map lists.
    step_no = rows.event.cases(*((name, ibis.literal(number[s], "int32"))
                                 for name, s in sorted(p.step_of_event.items())), else_=None)
    # the order of names, for ties in time (ordering by an int is faster)
    rank = rows.event.cases(*((name, ibis.literal(i, "int32"))
                              for i, name in enumerate(sorted(p.step_of_event))), else_=None)
    tagged = rows.mutate(step_no=step_no, rank=rank)
    # DuckDB: customers as 64-bit hashes of their ids for the work after the
    # first pass (grouping and ordering integers is faster than text), when
    # that pass shows no two ids with one hash; else (and elsewhere) the ids.
    hashed = HASHED_KEYS and ibis.get_backend(rows).name == "duckdb"
    if hashed:
        tagged = tagged.mutate(key=tagged.cid.hash())
    events = tagged.filter(tagged.ok)
    text = "raw" in rows.columns
    is_mapped = events.step_no.notnull()
    known = list(p.map_events)
    tp_number = {tp: i for i, tp in enumerate(p.touchpoints)}
    tp_groups = _masks(len(p.touchpoints))

    # 1. Per customer, every row of the window: kept in the engine.
    good, mapped_row = tagged.ok, tagged.ok & tagged.step_no.notnull()
    per_customer = {"n": tagged.count(where=good), "first": tagged.ts.min(where=mapped_row),
                    "last": tagged.ts.max(where=mapped_row), "ignored": tagged.count(where=~good)}
    if text:
        per_customer["bad"] = tagged.count(where=tagged.bad)
        per_customer["example"] = tagged.raw.min(where=tagged.bad)
    for j, group in enumerate(tp_groups):
        bits: dict[str, int] = {}
        for event, tp in p.touch_events:
            if tp_number[tp] in group:
                bits[event] = bits.get(event, 0) | (1 << (tp_number[tp] % BITS))
        value = tagged.event.cases(*((e, ibis.literal(b, "int64")) for e, b in sorted(bits.items())),
                                   else_=ibis.literal(0, "int64"))
        per_customer[f"tp{j}"] = bit_or(ibis.ifelse(good, value, ibis.literal(0, "int64")))
    people = tagged.group_by("cid").aggregate(**per_customer)
    with people.cache() as cached:
        folk = cached.mutate(key=cached.cid.hash()) if hashed else cached
        summary = {"customers": folk.count(where=folk.n > 0), "events": folk.n.sum(),
                   "ignored": folk.ignored.sum()}
        if hashed:
            summary["keys"], summary["rows"] = folk.key.nunique(), folk.count()
        if text:
            summary["bad"] = folk.bad.sum()
            summary["example"] = folk.example.min()
        for tp, i in tp_number.items():
            summary[f"c{i}"] = folk.count(where=(folk[f"tp{i // BITS}"] & _bit(i)) != 0)
        first = _one(folk.aggregate(**summary))
        if _int(first.get("bad")):
            n = _int(first["bad"])
            raise EventsProblem(
                f"column '{time_column}': {n} value{'s' if n != 1 else ''} cannot be read as a time, "
                f"such as {str(first['example'])[:60]!r} (write ISO 8601: 2026-03-01T09:30:00Z)")
        raw.customers, raw.events = _int(first.get("customers")), _int(first.get("events"))
        raw.ignored_rows = _int(first.get("ignored"))
        who = "key" if hashed and first.get("keys") == first.get("rows") else "cid"

        # 2. The unmapped events by name: all of them (coverage) and those
        # strictly between a customer's first and last mapped events (ad
        # hoc); a name seen by fewer than k customers leaves the engine as a
        # null. With them, the events of the map's names (which are present).
        loose = events.filter(~is_mapped).select(who, "event", "ts")
        bounds = folk.filter(folk.first.notnull()).select(who, "first", "last")
        placed = loose.left_join(bounds, who)
        inner = (placed.ts > placed.first) & (placed.ts < placed.last)
        per_pair = placed.group_by("event", who).aggregate(n=_.count(), between=_.count(where=inner))
        per_name = per_pair.group_by("event").aggregate(
            events=_.n.sum(), customers=_.count(), adhoc_events=_.between.sum(),
            adhoc_customers=_.count(where=_.between > 0))
        per_name = per_name.mutate(
            name=ibis.ifelse((_.customers >= k) | _.event.isin(known), _.event, None),
            adhoc_name=ibis.ifelse(_.adhoc_customers >= k, _.event, None))
        columns = ["kind", "name", "adhoc_name", "events", "customers", "adhoc_events", "adhoc_customers",
                   "names", "adhoc_names"]
        zero = ibis.literal(0, "int64")
        by_name = per_name.group_by("name", "adhoc_name").aggregate(
            events=_.events.sum(), customers=_.customers.max(), adhoc_events=_.adhoc_events.sum(),
            adhoc_customers=_.adhoc_customers.max(), names=_.count(), adhoc_names=_.count(where=_.adhoc_customers > 0))
        by_name = by_name.mutate(kind=ibis.literal(0))
        adhoc_total = per_pair.filter(_.between > 0).group_by(who).aggregate(n=_.between.sum()).aggregate(
            kind=ibis.literal(1), name=ibis.literal(None, "string"), adhoc_name=ibis.literal(None, "string"),
            events=zero, customers=zero, adhoc_events=_.n.sum(), adhoc_customers=_.count(), names=zero,
            adhoc_names=zero)
        present = events.filter(events.event.isin(known)).group_by("event").aggregate(n=_.count()).select(
            kind=ibis.literal(2), name=_.event, adhoc_name=ibis.literal(None, "string"), events=_.n,
            customers=zero, adhoc_events=zero, adhoc_customers=zero, names=zero, adhoc_names=zero)
        shown, adhoc, counts = [], [], {}
        for r in _rows(_union(by_name.select(*columns), adhoc_total.select(*columns), present.select(*columns))):
            if r["kind"] == 2:
                counts[r["name"]] = _int(r["events"])
                continue
            if r["kind"] == 1:
                raw.adhoc_events, raw.adhoc_customers = _int(r["adhoc_events"]), _int(r["adhoc_customers"])
                continue
            if r["name"] is None:
                raw.unmapped_hidden += _int(r["names"])
            elif _int(r["customers"]) >= k:
                shown.append((r["name"], _int(r["events"]), _int(r["customers"])))
            else:  # a name of the map's touchpoints, seen by fewer than k
                raw.unmapped_hidden += 1
            if r["adhoc_name"] is not None:
                adhoc.append((r["adhoc_name"], _int(r["adhoc_events"]), _int(r["adhoc_customers"])))
            else:
                raw.adhoc_hidden += _int(r["adhoc_names"])
        shown.sort(key=lambda e: (-e[1], -e[2], e[0]))
        raw.unmapped, raw.unmapped_shown = shown[:EXAMPLES], len(shown)
        adhoc.sort(key=lambda e: (-e[2], -e[1], e[0]))
        raw.adhoc, raw.adhoc_shown = adhoc[:EXAMPLES], len(adhoc)
        raw.present = set(counts)
        raw.mapped_events = sum(n for name, n in counts.items() if name in p.step_of_event)
        for tp, i in tp_number.items():
            events_of_tp = sum(counts.get(e, 0) for e, owner in p.touch_events if owner == tp)
            raw.touchpoints[tp] = (events_of_tp, _int(first.get(f"c{i}")))

    # 4. Visits. One window over the mapped events of each customer, ordered
    # by (time, name): the previous and the next event's step. A run of one
    # step starts where the previous step differs and ends where the next
    # does; a visit is a run. At a run's last event are its transition (to
    # the next event's step), its drop-off (no next event) and the next
    # visit's time (the next event's); its own time is its first event's:
    # the same row for a run of one event, else found by a second, small
    # window over the first and last events of the longer runs.
    by_customer = ibis.window(group_by=who, order_by=["ts", "rank"])
    mapped = events.filter(is_mapped).select(who, "step_no", "ts", "rank")
    # whole seconds, rounded down (DuckDB's epoch has a fraction, Spark's not)
    mapped = mapped.mutate(sec=_.ts.epoch_seconds().floor().cast("int64"))
    runs = mapped.mutate(prev=_.step_no.lag().over(by_customer), nxt=_.step_no.lead().over(by_customer),
                         nxt_sec=_.sec.lead().over(by_customer), seq=ibis.row_number().over(by_customer))
    runs = runs.mutate(starts=_.prev.isnull() | (_.prev != _.step_no), ends=_.nxt.isnull() | (_.nxt != _.step_no))
    runs = runs.filter(_.starts | _.ends).select(who, "step_no", "seq", "sec", "nxt", "nxt_sec", "starts", "ends")
    with runs.cache() as r_:
        ends = r_.filter(_.ends)
        # transitions by pair (with no next step: the drop-offs, one a customer)
        drops: dict[str, int] = {}
        transitions: dict[tuple[str, str], int] = {}
        for r in _rows(ends.group_by("step_no", "nxt").aggregate(n=_.count())):
            if r["nxt"] is None:
                drops[names[r["step_no"]]] = _int(r["n"])
            else:
                transitions[(names[r["step_no"]], names[r["nxt"]])] = _int(r["n"])
        pairs = sorted(transitions, key=lambda pair: (number[pair[0]], number[pair[1]]))
        irregular = [pair for pair in pairs if pair not in p.regular]
        skipped_by = {pair: p.skipped(*pair) for pair in irregular}
        skipped_steps = sorted({s for steps in skipped_by.values() for s in steps}, key=number.get)

        # Customers per step (reached; left for another step) and per
        # transition: one bit a step or a transition in a mask a customer,
        # then the customers with each bit set.
        code = ends.step_no.cast("int64") * len(p.bound) + ends.nxt.cast("int64")
        masks = {}
        for j, group in enumerate(_masks(len(p.bound))):
            value = ends.step_no.cases(*((i, _bit(i)) for i in group), else_=ibis.literal(0, "int64"))
            masks[f"r{j}"] = bit_or(value)
            masks[f"o{j}"] = bit_or(ibis.ifelse(ends.nxt.notnull(), value, ibis.literal(0, "int64")))
        for j, group in enumerate(_masks(len(pairs))):
            value = code.cases(*((number[pairs[i][0]] * len(p.bound) + number[pairs[i][1]], _bit(i)) for i in group),
                               else_=ibis.literal(0, "int64"))
            masks[f"p{j}"] = bit_or(ibis.ifelse(ends.nxt.notnull(), value, ibis.literal(0, "int64")))
        folk_steps = ends.group_by(who).aggregate(**masks)

        def having(prefix: str, indexes) -> Any:
            """Customers with any of these bits set."""
            test = ibis.literal(False)
            for j in sorted({i // BITS for i in indexes}):
                bits = sum(1 << (i % BITS) for i in indexes if i // BITS == j)
                test |= (folk_steps[f"{prefix}{j}"] & ibis.literal(bits, "int64")) != 0
            return folk_steps.count(where=test)

        index = {pair: i for i, pair in enumerate(pairs)}
        wanted = {}
        for i in range(len(p.bound)):
            wanted[f"r_{i}"], wanted[f"o_{i}"] = having("r", [i]), having("o", [i])
        for i in range(len(pairs)):
            wanted[f"p_{i}"] = having("p", [i])
        if irregular:
            wanted["irregular"] = having("p", [index[q] for q in irregular])
        skipping = [index[q] for q in irregular if skipped_by[q]]
        if skipping:
            wanted["skipping"] = having("p", skipping)
        for step in skipped_steps:
            wanted[f"s_{number[step]}"] = having("p", [index[q] for q in irregular if step in skipped_by[q]])
        counts = _one(folk_steps.aggregate(**wanted))
        for i, step in enumerate(p.bound):
            raw.steps[step] = (_int(counts.get(f"r_{i}")), drops.get(step, 0), _int(counts.get(f"o_{i}")))
        for pair, i in index.items():
            raw.pairs[pair] = (_int(counts.get(f"p_{i}")), transitions[pair])
        raw.irregular_customers = _int(counts.get("irregular"))
        raw.skipped_customers = _int(counts.get("skipping"))
        for step in skipped_steps:
            raw.skipped[step] = _int(counts.get(f"s_{number[step]}"))

        # The exact median of the seconds to the next visit: counted per
        # value, then the middle values found by running sums (2 * running
        # >= total: the lower middle; 2 * running > total: the upper).
        moves = ends.filter(_.nxt.notnull())
        single = moves.filter(_.starts).select("step_no", d=_.nxt_sec - _.sec)
        longer = r_.filter(_.starts != _.ends).mutate(
            start_sec=_.sec.lag().over(ibis.window(group_by=who, order_by="seq")))
        longer = longer.filter(_.ends & _.nxt.notnull()).select("step_no", d=_.nxt_sec - _.start_sec)
        histogram = single.union(longer).group_by("step_no", "d").aggregate(n=_.count())
        running = histogram.mutate(
            cum=_.n.sum().over(ibis.cumulative_window(group_by="step_no", order_by="d")),
            total=_.n.sum().over(ibis.window(group_by="step_no")))
        for r in _rows(running.group_by("step_no").aggregate(
                low=_.d.min(where=_.cum * 2 >= _.total), high=_.d.min(where=_.cum * 2 > _.total))):
            raw.medians[names[r["step_no"]]] = (_int(r["low"]), _int(r["high"]))
    return raw


# --------------------------------------------------------------------------
# From aggregates to the measurement: suppression, shares, order.


def _ratio(part: int | None, whole: int | None) -> float | None:
    if part is None or not whole:
        return None
    return round(part / whole, 4)


def build(p: Plan, raw: Raw, *, min_count: int, source: str = "", since: date | None = None,
          until: date | None = None) -> fmt.Measurement:
    k = min_count
    withheld = 0

    def small(n: int) -> bool:
        return 0 < n < k

    def shown(n: int) -> int | None:
        return None if small(n) else n

    bound = set(p.bound)
    reached = {s: shown(raw.steps.get(s, (0, 0, 0))[0]) for s in p.bound}
    entered = reached.get(p.start) if p.start in bound else None

    steps = []
    for s in p.order:
        if s not in bound:
            steps.append(fmt.StepMeasure(id=s, bound=False, end=s in p.ends, reached=None, share=None,
                                         drop_off=None, median_seconds_to_next=None))
            continue
        r, d, onward = raw.steps.get(s, (0, 0, 0))
        hidden = small(r) or small(d) or small(onward)
        median = None
        if s in raw.medians and onward >= k:
            low, high = raw.medians[s]
            median = (low + high) / 2
        steps.append(fmt.StepMeasure(
            id=s, bound=True, end=s in p.ends, reached=shown(r), share=_ratio(shown(r), entered),
            drop_off=None if small(r) else shown(d), median_seconds_to_next=None if small(r) else median,
            suppressed=hidden))
        withheld += hidden

    edges = []
    for e in p.edges:
        if e.source not in bound or e.target not in bound:
            edges.append(fmt.EdgeMeasure(source=e.source, target=e.target, back=e.back, explicit=e.explicit,
                                         measured=False, customers=None, conversion=None))
            continue
        c = raw.pairs.get((e.source, e.target), (0, 0))[0]
        edges.append(fmt.EdgeMeasure(source=e.source, target=e.target, back=e.back, explicit=e.explicit,
                                     measured=True, customers=shown(c),
                                     conversion=_ratio(shown(c), reached[e.source]), suppressed=small(c)))
        withheld += small(c)

    bridges = []
    for (a, b), via in p.regular.items():
        if not via:
            continue
        c = raw.pairs.get((a, b), (0, 0))[0]
        bridges.append(fmt.BridgeMeasure(source=a, target=b, via=list(via), customers=shown(c),
                                         conversion=_ratio(shown(c), reached[a]), suppressed=small(c)))
        withheld += small(c)
    position = {s: i for i, s in enumerate(p.order)}
    bridges.sort(key=lambda x: (position[x.source], position[x.target]))

    irregular = [(pair, counts) for pair, counts in raw.pairs.items() if pair not in p.regular]
    # withheld counts do not order anything: they go last, by name
    irregular.sort(key=lambda item: (True, 0, 0, item[0]) if small(item[1][0]) else
                   (False, -item[1][0], -item[1][1], item[0]))
    examples = []
    for (a, b), (c, t) in irregular:
        withheld += small(c)
        if len(examples) < EXAMPLES:
            examples.append(fmt.PairMeasure(source=a, target=b, customers=shown(c),
                                            transitions=None if small(c) else t,
                                            skipped=list(p.skipped(a, b)), suppressed=small(c)))
    irregular_transitions = sum(t for _pair, (_c, t) in irregular)
    irr_hidden = small(raw.irregular_customers)
    withheld += irr_hidden
    irregular_block = fmt.Irregular(
        pairs=len(irregular), customers=shown(raw.irregular_customers),
        transitions=None if irr_hidden else irregular_transitions,
        examples=examples, more=len(irregular) - len(examples), suppressed=irr_hidden)

    skipped = []
    for s, c in sorted(raw.skipped.items(), key=lambda item: (True, 0, item[0]) if small(item[1]) else
                       (False, -item[1], item[0])):
        skipped.append(fmt.SkippedStep(step=s, customers=shown(c), suppressed=small(c)))
        withheld += small(c)
    missing_hidden = small(raw.skipped_customers)
    withheld += missing_hidden
    missing = fmt.Missing(customers=shown(raw.skipped_customers), steps=skipped, suppressed=missing_hidden)

    adhoc_hidden = small(raw.adhoc_customers)
    withheld += adhoc_hidden
    adhoc = fmt.AdHoc(
        customers=shown(raw.adhoc_customers), events=None if adhoc_hidden else raw.adhoc_events,
        examples=[fmt.EventCount(event=e, events=n, customers=c) for e, n, c in raw.adhoc],
        hidden_names=raw.adhoc_hidden, more=raw.adhoc_shown - len(raw.adhoc), suppressed=adhoc_hidden)

    failed = fmt.Failed(steps=[s for s in p.bound if raw.steps.get(s, (0, 0, 0))[0] == 0])

    touchpoints = []
    for tp in p.touchpoints:
        n, c = raw.touchpoints.get(tp, (0, 0))
        touchpoints.append(fmt.TouchpointMeasure(id=tp, events=None if small(c) else n, customers=shown(c),
                                                 suppressed=small(c)))
        withheld += small(c)

    coverage_hidden = small(raw.customers)
    withheld += coverage_hidden
    coverage = fmt.Coverage(
        events=raw.events, customers=shown(raw.customers), mapped_events=raw.mapped_events,
        share=_ratio(raw.mapped_events, raw.events), ignored_rows=raw.ignored_rows,
        unmapped=[fmt.EventCount(event=e, events=n, customers=c) for e, n, c in raw.unmapped],
        hidden_names=raw.unmapped_hidden, more=raw.unmapped_shown - len(raw.unmapped),
        suppressed=coverage_hidden)
    if coverage_hidden:
        coverage = coverage.model_copy(update={"events": None, "mapped_events": None, "share": None})

    return fmt.Measurement(
        journeyctl_measurement=fmt.FORMAT_VERSION, map=p.map_id, source=source, since=since, until=until,
        min_count=k, start=p.start, entered=entered, steps=steps, edges=edges, bridges=bridges,
        deviations=fmt.Deviations(irregular_sequences=irregular_block, missing_touchpoints=missing,
                                  ad_hoc_touchpoints=adhoc, failed_touchpoints=failed),
        unbound_steps=[s for s in p.order if s not in bound], touchpoints=touchpoints, coverage=coverage,
        unknown_events=[e for e in p.map_events if e not in raw.present],
        suppressed=fmt.Suppressed(items=withheld, event_names=raw.adhoc_hidden + raw.unmapped_hidden),
    )
