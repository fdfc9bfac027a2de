"""Without `next`, a step leads to the following one; with `next`, only to
the steps listed. A step that no path from the first step reaches is
usually a mistake in a `next` list (a typo in an id, or a `next: []` too
early). Add it to the `next` of the step that should lead to it.

Fails:

    journeyctl: 1
    title: Booking a table
    persona: {name: Sam}
    stages:
      - id: book
        name: Booking
        steps:
          - {id: choose-time, action: Chooses a time, next: [confirm]}
          - {id: add-note, action: Adds a note for the kitchen}
          - {id: confirm, action: Confirms the booking}

Passes:

    journeyctl: 1
    title: Booking a table
    persona: {name: Sam}
    stages:
      - id: book
        name: Booking
        steps:
          - {id: choose-time, action: Chooses a time, next: [add-note, confirm]}
          - {id: add-note, action: Adds a note for the kitchen}
          - {id: confirm, action: Confirms the booking}
"""

from journeyctl.lint.engine import steps

CODE = "J104"
NAME = "unreachable-step"
SEVERITY = "warning"
SUMMARY = "a step cannot be reached from the first step"


def check(ctx):
    flow = ctx.journey.flow
    reachable = flow.reachable()
    first = flow.start.step.id if flow.start else None
    for path, step in steps(ctx.journey):
        if step.id not in reachable:
            yield path, f"step '{step.id}' cannot be reached from the first step '{first}'"
