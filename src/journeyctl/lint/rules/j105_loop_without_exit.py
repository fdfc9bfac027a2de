"""Steps that lead to each other with no path to an end (`next: []`, or
the last step) describe a journey that can never finish: a customer who
enters the loop is stuck forever. Give one of its steps a way out, such as
a further `next` entry towards the rest of the journey.

Fails:

    journeyctl: 1
    title: Resetting a password
    persona: {name: Lee}
    stages:
      - id: reset
        name: Reset
        steps:
          - {id: request-link, action: Requests a reset link}
          - {id: open-link, action: Opens the link, next: [link-expired]}
          - {id: link-expired, action: Sees that the link expired, next: [open-link]}
          - {id: sign-in, action: Signs in with the new password}

Passes:

    journeyctl: 1
    title: Resetting a password
    persona: {name: Lee}
    stages:
      - id: reset
        name: Reset
        steps:
          - {id: request-link, action: Requests a reset link}
          - {id: open-link, action: Opens the link, next: [link-expired, sign-in]}
          - {id: link-expired, action: Sees that the link expired, next: [open-link]}
          - {id: sign-in, action: Signs in with the new password}
"""

from journeyctl.lint.engine import steps

CODE = "J105"
NAME = "loop-without-exit"
SEVERITY = "error"
SUMMARY = "steps form a loop with no way out"


def check(ctx):
    flow = ctx.journey.flow
    can_end = flow.can_end()
    index = {p.step.id: p.order for p in flow.steps}
    paths = {step.id: path for path, step in steps(ctx.journey)}
    for component in flow.loops():
        if not can_end & set(component):
            members = sorted(component, key=index.__getitem__)
            names = ", ".join(f"'{m}'" for m in members)
            yield paths[members[0]], f"steps {names} form a loop with no way out to an end of the journey"
