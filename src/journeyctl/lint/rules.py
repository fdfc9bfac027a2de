"""The lint rules. Each is one function; its docstring is its explanation.

Codes: J1xx the journey's structure and flow, J2xx its content, J3xx
barriers and opportunities, J9xx the linting itself.
"""

from __future__ import annotations

from journeyctl.diagnostics import did_you_mean
from journeyctl.lint import Context, rule, steps
from journeyctl.model import CHANNELS

# ------------------------------------------------------------ structure


@rule("J101", "stage-without-steps", "warning", "a stage has no steps")
def stage_without_steps(ctx: Context):
    """A stage without steps leaves a hole in the journey: readers cannot tell
    whether nothing happens there or nobody has mapped it yet. Add the
    customer's actions in that stage, or remove the stage."""
    for i, stage in enumerate(ctx.journey.stages):
        if not stage.steps:
            yield ("stages", i), f"stage '{stage.name}' has no steps"


@rule("J102", "too-few-stages", "warning", "the journey has fewer than two stages")
def too_few_stages(ctx: Context):
    """A journey map shows how an experience unfolds over phases; with a single
    stage it is a list of steps. The seed articles warn that the most common
    mistake is leaving steps out: map the stages before and after as well
    (awareness, consideration, purchase, use, support...)."""
    if len(ctx.journey.stages) < 2:
        yield ("stages",), f"the journey has {len(ctx.journey.stages)} stage; map at least two"


@rule("J103", "single-step-stage", "warning", "a stage has only one step", opt_in=True)
def single_step_stage(ctx: Context):
    """A stage with one step often hides steps that were skipped: how did the
    customer get there, what did they do next? Off by default, because some
    stages (a renewal, a recommendation) really are one action; select J103
    to check for it."""
    for i, stage in enumerate(ctx.journey.stages):
        if len(stage.steps) == 1:
            yield ("stages", i), f"stage '{stage.name}' has only one step; are steps missing?"


@rule("J104", "unreachable-step", "warning", "a step cannot be reached from the first step")
def unreachable_step(ctx: Context):
    """Without `next`, a step leads to the following one; with `next`, only to
    the steps listed. A step that no path from the first step reaches is
    usually a mistake in a `next` list (a typo in an id, or a `next: []` too
    early). Add it to the `next` of the step that should lead to it."""
    flow = ctx.journey.flow
    reachable = flow.reachable()
    first = flow.start.step.id if flow.start else None
    for path, step in steps(ctx.journey):
        if step.id not in reachable:
            yield path, f"step '{step.id}' cannot be reached from the first step '{first}'"


@rule("J105", "loop-without-exit", "error", "steps form a loop with no way out")
def loop_without_exit(ctx: Context):
    """Steps that lead to each other with no path to an end (`next: []`, or
    the last step) describe a journey that can never finish: a customer who
    enters the loop is stuck forever. Give one of its steps a way out, such as
    a further `next` entry towards the rest of the journey."""
    flow = ctx.journey.flow
    order = [p.step.id for p in flow.steps]
    can_end = set(p.step.id for p in flow.ends)
    todo = list(can_end)
    while todo:
        for edge in flow.incoming(todo.pop()):
            if edge.source not in can_end:
                can_end.add(edge.source)
                todo.append(edge.source)
    index = {step_id: i for i, step_id in enumerate(order)}
    paths = {step.id: path for path, step in steps(ctx.journey)}
    for component in _cycles(order, lambda s: [e.target for e in flow.outgoing(s)]):
        if not can_end & set(component):
            members = sorted(component, key=index.__getitem__)
            names = ", ".join(f"'{m}'" for m in members)
            yield paths[members[0]], f"steps {names} form a loop with no way out to an end of the journey"


def _cycles(nodes: list[str], successors) -> list[list[str]]:
    """Strongly connected components that contain a cycle (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    found: list[list[str]] = []
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
                if len(component) > 1 or node in successors(node):
                    found.append(component)
    return found


@rule("J106", "duplicate-action", "warning", "two steps in a stage have the same action")
def duplicate_action(ctx: Context):
    """Two steps with the same action in one stage are either a copy-paste slip
    or one step mapped twice; readers of the map cannot tell them apart.
    Merge them, or say what differs."""
    for si, stage in enumerate(ctx.journey.stages):
        seen: dict[str, str] = {}
        for ti, step in enumerate(stage.steps):
            key = " ".join(step.action.casefold().split())
            if key in seen:
                yield ("stages", si, "steps", ti, "action"), (
                    f"step '{step.id}' has the same action as step '{seen[key]}' in stage '{stage.name}'")
            else:
                seen[key] = step.id


# -------------------------------------------------------------- content


@rule("J201", "missing-emotion", "warning", "a step has no emotion")
def missing_emotion(ctx: Context):
    """The emotion curve is what most readers look at first; a step without an
    `emotion` leaves a gap in it. Record how the customer feels there, from
    -2 (very negative) to 2 (very positive), even if it is 0."""
    for path, step in steps(ctx.journey):
        if step.emotion is None:
            yield path, f"step '{step.id}' has no emotion; the curve has a gap there"


@rule("J202", "persona-without-goals", "warning", "the persona has no goals")
def persona_without_goals(ctx: Context):
    """A journey is judged against what the persona is trying to achieve.
    Without goals, nobody can tell whether a step helps or hinders. Add
    `persona.goals`."""
    if not ctx.journey.persona.goals:
        yield ("persona",), f"persona '{ctx.journey.persona.name}' has no goals"


@rule("J203", "map-without-goal", "warning", "the map has no goal")
def map_without_goal(ctx: Context):
    """The map's `goal` is the scenario: what the persona is trying to do in
    this journey (the target action). Without it the map has no frame and
    its stages no end point. Add a top-level `goal`."""
    if not ctx.journey.goal:
        yield (), "the map has no goal: what is the persona trying to achieve?"


@rule("J204", "stale-map", "warning", "the map was not checked against reality recently")
def stale_map(ctx: Context):
    """A journey map describes customers at a point in time; the seed articles
    insist on updating and checking it often. `updated` says when it was last
    checked against reality. This rule fires when it is missing or older than
    `stale-days` (180 by default; `--stale-days` or `stale-days` under
    `[tool.journeyctl.lint]`)."""
    updated = ctx.journey.updated
    limit = ctx.settings.stale_days
    if updated is None:
        yield (), "the map has no `updated` date; add when it was last checked against reality"
        return
    age = (ctx.settings.today - updated).days
    if age > limit:
        yield ("updated",), f"the map was last checked {age} days ago ({updated.isoformat()}); the limit is {limit}"


@rule("J205", "unknown-channel", "warning", "a touchpoint's channel is not in the vocabulary")
def unknown_channel(ctx: Context):
    """Renderers give each known channel a symbol, and channel switches are
    found by comparing channels, so a misspelt channel breaks both. The known
    channels are: web, mobile-app, email, phone, chat, social, sms, messaging,
    in-person, store, ads, search, review-site, video, mail, self-service,
    community, event, partner, product, other."""
    for i, touchpoint in enumerate(ctx.journey.touchpoints):
        channel = touchpoint.channel
        if channel is not None and channel not in CHANNELS:
            hint = did_you_mean(channel, CHANNELS) or " (use 'other' for anything else)"
            yield ("touchpoints", i, "channel"), f"unknown channel '{channel}'{hint}"


@rule("J206", "unused-touchpoint", "warning", "a touchpoint no step uses")
def unused_touchpoint(ctx: Context):
    """A touchpoint in the catalogue that no step refers to is either left over
    or a step is missing. Remove it, or add it to the `touchpoints` of the
    steps where the customer meets it."""
    used = {t for _, step in steps(ctx.journey) for t in step.touchpoints}
    for i, touchpoint in enumerate(ctx.journey.touchpoints):
        if touchpoint.id not in used:
            yield ("touchpoints", i, "id"), f"touchpoint '{touchpoint.id}' is not used by any step"


# ---------------------------------------------- barriers and opportunities


@rule("J301", "unaddressed-barrier", "warning", "a high or critical barrier no opportunity addresses")
def unaddressed_barrier(ctx: Context):
    """The point of finding a high or critical barrier is doing something about
    it. Add an opportunity that lists the barrier in its `addresses`, in the
    stage where the team would act."""
    addressed = {b for _, o in ctx.journey.opportunities() for b in o.addresses}
    for path, step in steps(ctx.journey):
        for bi, barrier in enumerate(step.barriers):
            if barrier.severity in ("high", "critical") and barrier.id not in addressed:
                yield path + ("barriers", bi, "id"), (
                    f"{barrier.severity} barrier '{barrier.id}' has no opportunity that addresses it")


@rule("J302", "future-without-opportunities", "warning", "a future-state map has no opportunities")
def future_without_opportunities(ctx: Context):
    """A future-state map describes the journey as it should be; the
    opportunities are what gets it there. Without any, the map does not say
    what changes. Add opportunities to the stages, or mark the map `state:
    current`."""
    if ctx.journey.state == "future" and not any(s.opportunities for s in ctx.journey.stages):
        yield ("state",), "this future-state map has no opportunities: what changes to get there?"


# ------------------------------------------------------------------ lint


@rule("J900", "unused-suppression", "warning", "a `# journeyctl: ignore[...]` comment that suppresses nothing")
def unused_suppression(ctx: Context):
    """An inline suppression (`# journeyctl: ignore[CODE]` on the offending
    line) that matches no finding is left over from a fixed problem, or is on
    the wrong line, or names the wrong code. Remove it, so that it does not
    hide a future problem."""
    return ()  # reported by the engine, which sees the suppressions
