"""A stage without steps leaves a hole in the journey: readers cannot tell
whether nothing happens there or nobody has mapped it yet. Add the
customer's actions in that stage, or remove the stage.

Fails:

    journeyctl: 1
    title: Returning a parcel
    persona: {name: Ana}
    stages:
      - id: request
        name: Request a return
        steps: [{id: fill-form, action: Fills in the return form}]
      - id: refund
        name: Refund

Passes:

    journeyctl: 1
    title: Returning a parcel
    persona: {name: Ana}
    stages:
      - id: request
        name: Request a return
        steps: [{id: fill-form, action: Fills in the return form}]
      - id: refund
        name: Refund
        steps: [{id: check-account, action: Checks the refund arrived}]
"""

CODE = "J101"
NAME = "stage-without-steps"
SEVERITY = "warning"
SUMMARY = "a stage has no steps"


def check(ctx):
    for i, stage in enumerate(ctx.journey.stages):
        if not stage.steps:
            yield ("stages", i), f"stage '{stage.name}' has no steps"
