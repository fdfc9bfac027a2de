"""The map's `goal` is the scenario: what the persona is trying to do in
this journey (the target action). Without it the map has no frame and
its stages no end point. Add a top-level `goal`.

Fails:

    journeyctl: 1
    title: Fixing a washing machine
    persona: {name: Piotr}
    stages:
      - id: report
        name: Report the fault
        steps: [{id: call, action: Calls the service line}]

Passes:

    journeyctl: 1
    title: Fixing a washing machine
    goal: Get the machine repaired under warranty within a week
    persona: {name: Piotr}
    stages:
      - id: report
        name: Report the fault
        steps: [{id: call, action: Calls the service line}]
"""

CODE = "J203"
NAME = "map-without-goal"
SEVERITY = "warning"
SUMMARY = "the map has no goal"


def check(ctx):
    if not ctx.journey.goal:
        yield (), "the map has no goal: what is the persona trying to achieve?"
