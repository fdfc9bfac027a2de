"""The flow of a journey: its steps in order and the edges between them.

Steps are ordered stages first, then steps within a stage. Without ``next``, a
step leads to the step after it in that order (across stage boundaries;
stages without steps are skipped). ``next: [a, b]`` replaces that with
explicit edges, and ``next: []`` ends the journey at the step.

Computed once per map (``Journey.flow``) and shared by renderers and rules.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from journeyctl.model import Journey, Stage, Step


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

    step: Step
    stage: Stage
    stage_index: int
    order: int


class Flow:
    def __init__(self, journey: Journey):
        positions: list[Position] = []
        for stage_index, stage in enumerate(journey.stages):
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
