"""A touchpoint in the catalogue that no step refers to is either left over
or a step is missing. Remove it, or add it to the `touchpoints` of the
steps where the customer meets it.

Fails:

    journeyctl: 1
    title: Asking about a bill
    persona: {name: Olivia}
    touchpoints:
      - {id: hotline, name: Billing hotline, channel: phone}
      - {id: chat, name: Web chat, channel: chat}
    stages:
      - id: ask
        name: Ask
        steps: [{id: call, action: Calls billing, touchpoints: [hotline]}]

Passes:

    journeyctl: 1
    title: Asking about a bill
    persona: {name: Olivia}
    touchpoints:
      - {id: hotline, name: Billing hotline, channel: phone}
    stages:
      - id: ask
        name: Ask
        steps: [{id: call, action: Calls billing, touchpoints: [hotline]}]
"""

from journeyctl.lint.engine import steps

CODE = "J206"
NAME = "unused-touchpoint"
SEVERITY = "warning"
SUMMARY = "a touchpoint no step uses"


def check(ctx):
    used = {t for _, step in steps(ctx.journey) for t in step.touchpoints}
    for i, touchpoint in enumerate(ctx.journey.touchpoints):
        if touchpoint.id not in used:
            yield ("touchpoints", i, "id"), f"touchpoint '{touchpoint.id}' is not used by any step"
