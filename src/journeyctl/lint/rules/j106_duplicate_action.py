"""Two steps with the same action in one stage are either a copy-paste slip
or one step mapped twice; readers of the map cannot tell them apart.
Merge them, or say what differs.

Fails:

    journeyctl: 1
    title: Moving house
    persona: {name: Kai}
    stages:
      - id: move
        name: Moving
        steps:
          - {id: call-1, action: Calls the removal company}
          - {id: call-2, action: calls the  removal company}

Passes:

    journeyctl: 1
    title: Moving house
    persona: {name: Kai}
    stages:
      - id: move
        name: Moving
        steps:
          - {id: call-1, action: Calls the removal company for a quote}
          - {id: call-2, action: Calls the removal company to book a date}
"""

CODE = "J106"
NAME = "duplicate-action"
SEVERITY = "warning"
SUMMARY = "two steps in a stage have the same action"


def check(ctx):
    for si, stage in enumerate(ctx.journey.stages):
        seen: dict[str, str] = {}
        for ti, step in enumerate(stage.steps):
            key = " ".join(step.action.casefold().split())
            if key in seen:
                yield ("stages", si, "steps", ti, "action"), (
                    f"step '{step.id}' has the same action as step '{seen[key]}' in stage '{stage.name}'")
            else:
                seen[key] = step.id
