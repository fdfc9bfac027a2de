"""A synthetic event log for a journey map, with planted behaviours.

    python benchmarks/events.py MAP --customers N --seed S -o events.parquet
    python benchmarks/events.py examples/en-billing-support.yaml --bind -o events.csv --truth truth.json

Customers walk the map's flow from its start step, along the *happy path*
(at each step the first edge that does not go back, to an end). Fixed
numbers of them (not probabilities: the counts are known exactly) do
something else; with ``unit = max(1, customers // 1000)``:

- drop off: ``10 * (i + 1) * unit`` stop after the i-th observable step of
  the happy path (every step but the last);
- loop: ``20 * unit`` take the first back edge of the flow whose ends are
  on the happy path, then walk on from its target;
- skip: ``30 * unit`` go from the 1st observable step straight to the 3rd;
- irregular: exactly ``IRREGULAR`` (9) customers walk to the 4th step from
  the end and then go back to the 3rd step, where they stop (a transition
  the flow does not have: suppressed with k = 10, shown with k = 5);
- ad hoc: ``25 * unit`` customers have an unmapped ``help_widget_opened``
  event between their 2nd and 3rd steps (the first ``12 * unit`` of them
  twice), and exactly ``RARE`` (3) have ``invoice_printed`` between their
  1st and 2nd (a name never shown: fewer than k customers);
- late: ``11 * unit`` start at the 3rd observable step from the end (they
  never enter) and finish;
- browsers: ``15 * unit`` have only two ``page_view`` events;
- everyone else completes the happy path.

Every journey starts with a ``page_view`` 30 s before its first step
(``views``: more page views before it, on average, to make a log of a
given size: 2.35 makes ten events a customer); one
customer in three has a ``newsletter_opened`` 2 min after the last; one in
four sends the first step's event twice, 5 s apart (one visit). Steps
off the happy path are never observed (failed touchpoints) unless the loop
reaches them. Each customer's events fall on one UTC day
(``days`` days from ``START``), so --since/--until select whole customers.

Vectorised (numpy and Arrow): 10 million events take seconds. For small
logs :func:`truth` computes every aggregate the measurement reports with
a plain Python reading of the definitions, for the tests to compare with.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "en-billing-support.yaml"
START = datetime(2026, 3, 2, tzinfo=timezone.utc)
IRREGULAR = 9
RARE = 3
AD_HOC, RARE_AD_HOC = "help_widget_opened", "invoice_printed"
BEFORE, AFTER = "page_view", "newsletter_opened"

#: The events of the billing example (examples/en-billing-support.yaml names
#: them), for tests and benchmarks: read-forum stays unbound; check-credit
#: gets a back edge to open-chat (the credit is not there: ask again).
BILLING_STEPS = {
    "open-invoice": ["invoice_email_opened"],
    "compare-invoices": ["invoice_viewed", "invoice_downloaded"],
    "search-help": ["help_searched"],
    "open-chat": ["chat_started"],
    "email-ticket": ["ticket_created"],
    "call-support": ["call_started"],
    "agent-reply": ["reply_read"],
    "check-credit": ["credit_viewed"],
    "answer-survey": ["survey_submitted"],
}
BILLING_TOUCHPOINTS = {
    "invoice-email": ["invoice_email_opened"],
    "billing-portal": ["invoice_viewed", "invoice_downloaded", "credit_viewed"],
    "help-center": ["help_searched", AD_HOC],
    "support-chat": ["chat_started"],
    "phone-line": ["call_started"],
    "csat-survey": ["survey_submitted", "survey_reminder_sent"],
}
BILLING_NEXT = {"check-credit": ["answer-survey", "open-chat"]}


def bind(text: str, steps: dict[str, list[str]], touchpoints: dict[str, list[str]] | None = None,
         next_: dict[str, list[str]] | None = None) -> str:
    """A map's YAML with ``events`` (and ``next``) added to steps and
    touchpoints, found by their ``- id:`` lines."""
    def add(text: str, ident: str, key: str, values: list[str]) -> str:
        pattern = re.compile(rf"^(?P<indent>[ \t]*)- id: {re.escape(ident)}[ \t]*$", re.M)
        match = pattern.search(text)
        if not match:
            raise ValueError(f"no '- id: {ident}' in the map")
        line = f"\n{match.group('indent')}  {key}: [{', '.join(values)}]"
        return text[:match.end()] + line + text[match.end():]

    for ident, values in (touchpoints or {}).items():
        text = add(text, ident, "events", values)
    for ident, values in steps.items():
        text = add(text, ident, "events", values)
    for ident, values in (next_ or {}).items():  # a step with next already: the loader says Y002
        text = add(text, ident, "next", values)
    return text


def billing_map() -> str:
    """The billing example (whose steps and touchpoints name the events of
    BILLING_STEPS and BILLING_TOUCHPOINTS) with a loop back added: from
    checking the credit to the chat, when the credit is not there."""
    text = EXAMPLE.read_text(encoding="utf-8")
    journey = _journey(EXAMPLE).journey
    bound = {s.id: list(s.events) for st in journey.stages for s in st.steps if s.events}
    if bound != BILLING_STEPS:
        raise ValueError(f"{EXAMPLE.name} no longer names the events of BILLING_STEPS")
    return bind(text, {}, {}, BILLING_NEXT)


# --------------------------------------------------------------------------


@dataclass
class Cohort:
    name: str
    size: int
    #: Step ids visited, in order (unbound ones included: they emit nothing).
    path: list[str]
    #: (after visible visit index, event name, how many) for unmapped events between visits.
    extra: list[tuple[int, str, int]] = field(default_factory=list)
    #: Only page_view events, no steps.
    browse_only: bool = False
    #: For the first ``twice`` customers of the cohort, the extra events come twice.
    twice: int = 0


def _journey(map_path):
    sys.path.insert(0, str(ROOT / "src"))
    from journeyctl.load import load

    return load(map_path)


def happy_path(flow) -> list[str]:
    path = [flow.start.step.id]
    while True:
        forward = [e for e in flow.outgoing(path[-1]) if not e.back and e.target not in path]
        if not forward:
            return path
        path.append(forward[0].target)


def cohorts(journey, customers: int) -> list[Cohort]:
    """The planted behaviours for ``customers`` customers of a map."""
    flow = journey.flow
    bound = {s.id for st in journey.stages for s in st.steps if s.events}
    path = happy_path(flow)
    seen = [s for s in path if s in bound]
    unit = max(1, customers // 1000)
    if len(seen) < 5:
        raise SystemExit("the map's happy path needs at least five steps with events")

    def through(step: str) -> list[str]:  # the path up to and including a step
        return path[: path.index(step) + 1]

    def after(step: str) -> list[str]:  # the path after a step
        return path[path.index(step) + 1:]

    planted: list[Cohort] = []
    for i, step in enumerate(seen[:-1]):
        planted.append(Cohort(f"drop-{step}", 10 * (i + 1) * unit, through(step)))
    back = next((e for e in flow.edges if e.back and e.source in path and e.target in path), None)
    if back is not None:
        planted.append(Cohort("loop", 20 * unit, through(back.source) + path[path.index(back.target):]))
    planted.append(Cohort("skip", 30 * unit, through(seen[0]) + path[path.index(seen[2]):]))
    planted.append(Cohort("irregular", IRREGULAR, through(seen[-4]) + [seen[2]]))
    planted.append(Cohort("ad-hoc", 25 * unit, path, extra=[(1, AD_HOC, 1)], twice=12 * unit))
    planted.append(Cohort("rare-ad-hoc", RARE, path, extra=[(0, RARE_AD_HOC, 1)]))
    planted.append(Cohort("late", 11 * unit, path[path.index(seen[-3]):]))
    planted.append(Cohort("browsers", 15 * unit, [], browse_only=True))
    rest = customers - sum(c.size for c in planted)
    if rest < 1:
        raise SystemExit(f"at least {customers - rest + 1} customers are needed for the planted behaviours")
    planted.append(Cohort("complete", rest, path))
    return planted


def generate(map_path, customers: int = 2000, seed: int = 0, days: int = 28, views: float = 1.0):
    """The event log as an Arrow table (customer_id, event, timestamp: UTC)
    and the cohorts planted in it. ``views``: page_view events before each
    journey, on average (at least 1; 2.5: two each, three for half of the
    customers), to make a log of a given size."""
    import pyarrow as pa

    journey = _journey(map_path).journey
    events_of = {s.id: list(s.events) for st in journey.stages for s in st.steps}
    rank = {p.step.id: p.order for p in journey.flow.steps}
    planted = cohorts(journey, customers)
    rng = np.random.default_rng(seed)
    customer_of = rng.permutation(customers)  # which customer number each slot gets
    vocabulary: list[str] = []
    code: dict[str, int] = {}

    def name(n: str) -> int:
        if n not in code:
            code[n] = len(vocabulary)
            vocabulary.append(n)
        return code[n]

    ids, names, times = [], [], []
    first = 0
    for cohort in planted:
        n = cohort.size
        who = customer_of[first: first + n].astype(np.int64)
        first += n
        day = who % days
        start = int(START.timestamp()) + day * 86400 + 8 * 3600 + (who * 7919) % 36000
        if cohort.browse_only:
            for offset in (0, 40):
                ids.append(who), names.append(np.full(n, name(BEFORE))), times.append(start + offset)
            continue
        visible = [s for s in cohort.path if events_of[s]]
        clock = start.copy()
        visit_times = []
        for q, step in enumerate(visible):
            if q:
                clock = clock + 60 * (1 + rank[visible[q - 1]]) + (who * 31 + q * 17) % 97
            visit_times.append(clock)
            choices = events_of[step]
            pick = np.array([name(c) for c in choices])[who % len(choices)]
            ids.append(who), names.append(pick), times.append(clock)
            if q == 0:  # one in four sends the first event twice
                again = who % 4 == 0
                ids.append(who[again]), names.append(pick[again]), times.append(clock[again] + 5)
        ids.append(who), names.append(np.full(n, name(BEFORE))), times.append(visit_times[0] - 30)
        for extra in range(1, int(np.ceil(views))):
            some = (who % 1000) < round(min(1.0, views - extra) * 1000)
            ids.append(who[some]), names.append(np.full(int(some.sum()), name(BEFORE)))
            times.append(visit_times[0][some] - 30 - 20 * extra)
        late = who % 3 == 0
        ids.append(who[late]), names.append(np.full(int(late.sum()), name(AFTER))), times.append(clock[late] + 120)
        for index, event, count in cohort.extra:
            for k in range(count + (1 if cohort.twice else 0)):
                chosen = slice(None) if k < count else slice(0, cohort.twice)
                ids.append(who[chosen]), names.append(np.full(len(who[chosen]), name(event)))
                times.append(visit_times[index][chosen] + 1 + k)
    customer = np.concatenate(ids)
    order = rng.permutation(len(customer))  # a log is not sorted
    customer = customer[order]
    table = pa.table({
        "customer_id": _labels(customer),
        "event": pa.DictionaryArray.from_arrays(pa.array(np.concatenate(names)[order], pa.int32()),
                                                pa.array(vocabulary)).dictionary_decode(),
        "timestamp": pa.array(np.concatenate(times)[order] * 1_000_000, pa.timestamp("us", tz="UTC")),
    })
    return table, planted


def _labels(customer: np.ndarray):
    """u00000042 for 42, fast for tens of millions (Arrow, not Python)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    text = pc.cast(pa.array(customer), pa.string())
    return pc.binary_join_element_wise("u", pc.utf8_lpad(text, 8, "0"), "")


def write(table, path: str | Path) -> Path:
    """Write the log as Parquet (timestamps typed), or CSV / JSON lines
    (timestamps as ISO-8601 text, ``2026-03-02T08:00:00Z``)."""
    import duckdb
    import pyarrow.compute as pc

    path = Path(path)
    suffix = path.suffix.lower()
    path.parent.mkdir(parents=True, exist_ok=True)
    if suffix != ".parquet":
        table = table.set_column(2, "timestamp", pc.strftime(table["timestamp"], "%Y-%m-%dT%H:%M:%SZ"))
    options = {".parquet": "FORMAT parquet", ".csv": "FORMAT csv, HEADER true",
               ".jsonl": "FORMAT json", ".ndjson": "FORMAT json", ".json": "FORMAT json"}.get(suffix)
    if options is None:
        raise SystemExit(f"write .parquet, .csv or .jsonl, not {suffix or 'no extension'}")
    con = duckdb.connect()
    con.register("log", table)
    con.execute(f"COPY log TO '{str(path).replace(chr(39), chr(39) * 2)}' ({options})")
    con.close()
    return path


# --------------------------------------------------------------------------
# The truth: the definitions of journeyctl.measure.compute, read plainly.


def truth(map_path, table) -> dict:
    """Every aggregate of the measurement, before suppression, computed in
    plain Python from the rows (for small logs)."""
    sys.path.insert(0, str(ROOT / "src"))
    from journeyctl.measure.compute import plan

    p = plan(_journey(map_path))
    rows = defaultdict(list)
    for cid, event, ts in zip(*(table[c].to_pylist() for c in ("customer_id", "event", "timestamp"))):
        rows[cid].append((int(ts.timestamp()), event))
    reached, drop, onward = defaultdict(set), defaultdict(int), defaultdict(set)
    durations = defaultdict(list)
    pairs = defaultdict(lambda: [set(), 0])
    adhoc = defaultdict(lambda: [0, set()])
    per_event = defaultdict(lambda: [0, set()])
    touch = defaultdict(lambda: [0, set()])
    touch_of = defaultdict(list)
    for event, tp in p.touch_events:
        touch_of[event].append(tp)
    adhoc_customers = set()
    mapped_events = 0
    for cid, events in rows.items():
        events.sort()
        visits = []
        for ts, event in events:
            per_event[event][0] += 1
            per_event[event][1].add(cid)
            for tp in touch_of[event]:
                touch[tp][0] += 1
                touch[tp][1].add(cid)
            step = p.step_of_event.get(event)
            if step is None:
                continue
            mapped_events += 1
            if not visits or visits[-1][0] != step:
                visits.append((step, ts))
        for i, (step, ts) in enumerate(visits):
            reached[step].add(cid)
            if i + 1 == len(visits):
                drop[step] += 1
            else:
                nxt, then = visits[i + 1]
                onward[step].add(cid)
                durations[step].append(then - ts)
                pairs[(step, nxt)][0].add(cid)
                pairs[(step, nxt)][1] += 1
        mapped = [ts for ts, e in events if e in p.step_of_event]
        if mapped:
            for ts, event in events:
                if event not in p.step_of_event and mapped[0] < ts < mapped[-1]:
                    adhoc[event][0] += 1
                    adhoc[event][1].add(cid)
                    adhoc_customers.add(cid)
    medians = {}
    for step, values in durations.items():
        values.sort()
        n = len(values)
        medians[step] = (values[(n - 1) // 2], values[n // 2])
    irregular = {pair for pair in pairs if pair not in p.regular}
    skipped = defaultdict(set)
    for pair in irregular:
        for step in p.skipped(*pair):
            skipped[step] |= pairs[pair][0]
    return {
        "events": sum(len(v) for v in rows.values()),
        "customers": len(rows),
        "mapped_events": mapped_events,
        "steps": {s: (len(reached[s]), drop[s], len(onward[s])) for s in reached},
        "medians": medians,
        "pairs": {pair: (len(c), t) for pair, (c, t) in pairs.items()},
        "irregular_customers": len(set().union(*(pairs[q][0] for q in irregular))),
        "skipped": {s: len(c) for s, c in skipped.items()},
        "skipped_customers": len(set().union(*skipped.values())),
        "adhoc": {e: (n, len(c)) for e, (n, c) in adhoc.items()},
        "adhoc_events": sum(n for n, _c in adhoc.values()),
        "adhoc_customers": len(adhoc_customers),
        "unmapped": {e: (n, len(c)) for e, (n, c) in per_event.items() if e not in p.step_of_event},
        "touchpoints": {tp: (n, len(c)) for tp, (n, c) in touch.items()},
        "present": sorted(e for e in p.map_events if e in per_event),
    }


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("map", nargs="?", default=None, help="a journey map with events (default: the billing "
                                                             "example, bound with --bind)")
    parser.add_argument("--bind", action="store_true", help="bind the billing example's events first; with -o "
                                                            "X.parquet the map is written as X.map.yaml")
    parser.add_argument("--customers", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--days", type=int, default=28)
    parser.add_argument("--views", type=float, default=1.0, help="page views before each journey, on average")
    parser.add_argument("-o", "--output", required=True, help="events.parquet, .csv or .jsonl")
    parser.add_argument("--truth", help="also write the expected aggregates as JSON (small logs)")
    args = parser.parse_args(argv)
    map_path = args.map
    if args.bind or map_path is None:
        map_path = Path(args.output).with_suffix(".map.yaml")
        map_path.write_text(billing_map(), encoding="utf-8")
        print(f"map: {map_path}", file=sys.stderr)
    table, _planted = generate(map_path, args.customers, args.seed, args.days, args.views)
    write(table, args.output)
    print(f"{args.output}: {table.num_rows:,} events of {args.customers:,} customers", file=sys.stderr)
    if args.truth:
        found = truth(map_path, table)
        found["pairs"] = {f"{a} -> {b}": counts for (a, b), counts in found["pairs"].items()}
        Path(args.truth).write_text(json.dumps(found, indent=2, sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
