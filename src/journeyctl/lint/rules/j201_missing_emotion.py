"""The emotion curve is what most readers look at first; a step without an
`emotion` leaves a gap in it. Record how the customer feels there, from
-2 (very negative) to 2 (very positive), even if it is 0.

Fails:

    journeyctl: 1
    title: Opening an account
    persona: {name: Noor}
    stages:
      - id: apply
        name: Apply
        steps:
          - {id: fill-form, action: Fills in the form, emotion: 1}
          - {id: upload-id, action: Uploads an identity document}

Passes:

    journeyctl: 1
    title: Opening an account
    persona: {name: Noor}
    stages:
      - id: apply
        name: Apply
        steps:
          - {id: fill-form, action: Fills in the form, emotion: 1}
          - {id: upload-id, action: Uploads an identity document, emotion: 0}
"""

from journeyctl.lint.engine import steps

CODE = "J201"
NAME = "missing-emotion"
SEVERITY = "warning"
SUMMARY = "a step has no emotion"


def check(ctx):
    for path, step in steps(ctx.journey):
        if step.emotion is None:
            yield path, f"step '{step.id}' has no emotion; the curve has a gap there"
