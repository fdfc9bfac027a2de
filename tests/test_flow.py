"""The flow model: order, `next`, loops, ends and reachability."""

from __future__ import annotations

import textwrap

from journeyctl.load import load_bytes


def journey(stages: str):
    text = "journeyctl: 1\ntitle: Flow\npersona: {name: Pat}\nstages:\n" + textwrap.indent(
        textwrap.dedent(stages).strip("\n"), "  ") + "\n"
    return load_bytes(text.encode(), "flow.yaml").journey


def edges(j):
    return [(e.source, e.target, "next" if e.explicit else "order", "back" if e.back else "fwd")
            for e in j.flow.edges]


def test_order_crosses_stages_and_skips_empty_ones():
    j = journey("""
        - id: one
          name: One
          steps: [{id: a, action: A}, {id: b, action: B}]
        - id: empty
          name: Empty
        - id: two
          name: Two
          steps: [{id: c, action: C}]
        """)
    assert [p.step.id for p in j.flow.steps] == ["a", "b", "c"]
    assert [(p.stage.id, p.stage_index, p.order) for p in j.flow.steps] == [
        ("one", 0, 0), ("one", 0, 1), ("two", 2, 2)]
    assert edges(j) == [("a", "b", "order", "fwd"), ("b", "c", "order", "fwd")]
    assert [p.step.id for p in j.flow.ends] == ["c"]
    assert j.flow.start.step.id == "a"


def test_next_branches_loops_and_ends():
    j = journey("""
        - id: s
          name: S
          steps:
            - {id: a, action: A}
            - {id: b, action: B, next: [d, a, b, d]}
            - {id: c, action: C}
            - {id: d, action: D, next: []}
        """)
    assert edges(j) == [
        ("a", "b", "order", "fwd"),
        ("b", "d", "next", "fwd"),
        ("b", "a", "next", "back"),
        ("b", "b", "next", "back"),  # a step that repeats itself is a loop
        ("c", "d", "order", "fwd"),
    ]
    assert [p.step.id for p in j.flow.ends] == ["d"]
    assert j.flow.reachable() == {"a", "b", "d"}  # nothing leads to c
    assert [e.source for e in j.flow.incoming("d")] == ["b", "c"]
    assert [e.target for e in j.flow.outgoing("b")] == ["d", "a", "b"]


def test_next_empty_in_the_middle_ends_there():
    j = journey("""
        - id: s
          name: S
          steps: [{id: a, action: A, next: []}, {id: b, action: B}]
        """)
    assert edges(j) == []
    assert [p.step.id for p in j.flow.ends] == ["a", "b"]
    assert j.flow.reachable() == {"a"}


def test_map_without_steps():
    j = journey("""
        - id: s
          name: S
        """)
    assert j.flow.steps == () and j.flow.edges == ()
    assert j.flow.start is None
    assert j.flow.reachable() == set()


def test_flow_is_computed_once():
    j = journey("""
        - id: s
          name: S
          steps: [{id: a, action: A}]
        """)
    assert j.flow is j.flow
