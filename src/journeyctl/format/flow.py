"""The flow of a journey: its steps in order and the edges between them.

Steps are ordered stages first, then steps within a stage. Without ``next``, a
step leads to the step after it in that order (across stage boundaries;
stages without steps are skipped). ``next: [a, b]`` replaces that with
explicit edges, and ``next: []`` ends the journey at the step.

Computed once per map (``Journey.flow``) and shared by renderers and rules,
with the graph algorithms they need (reachability, loops, ways to an end).
This module imports nothing of the model: it reads ``stage.steps``,
``step.id`` and ``step.next`` from whatever it is given.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Iterable, Sequence


@dataclass(frozen=True)
class Edge:
    source: str
    target: str
    #: True when the edge comes from ``next``, False when from file order.
    explicit: bool
    #: True when the edge goes back to this step or an earlier one (a loop).
    back: bool


@dataclass(frozen=True)
class Position:
    """Where a step stands: its stage, and its index in the whole order."""

    step: Any  # journeyctl.format.model.Step
    stage: Any  # journeyctl.format.model.Stage
    stage_index: int
    order: int


class Flow:
    def __init__(self, stages: Sequence[Any]):
        positions: list[Position] = []
        for stage_index, stage in enumerate(stages):
            for step in stage.steps:
                positions.append(Position(step, stage, stage_index, len(positions)))
        self.steps: tuple[Position, ...] = tuple(positions)
        self._by_id = {p.step.id: p for p in positions}

        edges: list[Edge] = []
        for position in positions:
            step = position.step
            if step.next is None:
                if position.order + 1 < len(positions):
                    target = positions[position.order + 1].step.id
                    edges.append(Edge(step.id, target, False, False))
            else:
                for target in dict.fromkeys(step.next):  # a repeated id is one edge
                    back = self._by_id[target].order <= position.order
                    edges.append(Edge(step.id, target, True, back))
        self.edges: tuple[Edge, ...] = tuple(edges)

        self._out: dict[str, list[Edge]] = {p.step.id: [] for p in positions}
        self._in: dict[str, list[Edge]] = {p.step.id: [] for p in positions}
        for edge in edges:
            self._out[edge.source].append(edge)
            self._in[edge.target].append(edge)

    @property
    def start(self) -> Position | None:
        """The first step of the journey, where it begins."""
        return self.steps[0] if self.steps else None

    def position(self, step_id: str) -> Position:
        return self._by_id[step_id]

    def outgoing(self, step_id: str) -> list[Edge]:
        return self._out[step_id]

    def incoming(self, step_id: str) -> list[Edge]:
        return self._in[step_id]

    @property
    def ends(self) -> list[Position]:
        """Steps where the journey ends: ``next: []``, or the last step."""
        return [p for p in self.steps if not self._out[p.step.id]]

    def reachable(self) -> set[str]:
        """Ids of the steps reachable from the first step."""
        if not self.steps:
            return set()
        seen = {self.steps[0].step.id}
        todo = [self.steps[0].step.id]
        while todo:
            for edge in self._out[todo.pop()]:
                if edge.target not in seen:
                    seen.add(edge.target)
                    todo.append(edge.target)
        return seen

    def can_end(self) -> set[str]:
        """Ids of the steps from which some path leads to an end."""
        found = {p.step.id for p in self.ends}
        todo = list(found)
        while todo:
            for edge in self._in[todo.pop()]:
                if edge.source not in found:
                    found.add(edge.source)
                    todo.append(edge.source)
        return found

    def loops(self) -> list[list[str]]:
        """The groups of steps that lead back to each other (strongly connected
        components with a cycle), each in no particular order."""
        return cycles([p.step.id for p in self.steps], lambda s: [e.target for e in self._out[s]])


def cycles(nodes: Iterable[str], successors: Callable[[str], list[str]]) -> list[list[str]]:
    """Strongly connected components that contain a cycle."""
    return [c for c in components(nodes, successors) if len(c) > 1 or c[0] in successors(c[0])]


def components(nodes: Iterable[str], successors: Callable[[str], list[str]]) -> list[list[str]]:
    """Every strongly connected component among ``nodes`` (edges to nodes
    not among them are ignored), in the order Tarjan's algorithm completes
    them: each after every component it leads to. Iterative: no recursion,
    whatever the size of the graph."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    found: list[list[str]] = []
    nodes = list(nodes)
    members = set(nodes)
    counter = 0
    for root in nodes:
        if root in index:
            continue
        work = [(root, iter(successors(root)))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            advanced = False
            for child in children:
                if child not in members:
                    continue
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(successors(child))))
                    advanced = True
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            if advanced:
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                found.append(component)
    return found
