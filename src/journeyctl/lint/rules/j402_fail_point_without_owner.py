"""In a service blueprint a high or critical barrier is a fail point: the
service breaks there, and someone has to own the fix. When none of the
step's touchpoints has an `owner` (or the step has no touchpoints), nobody
is accountable for it. Give the touchpoints an owner. Only maps that use
the blueprint fields (`evidence`, `frontstage`, `backstage`, `support` on
a step) are checked.

Fails:

    journeyctl: 1
    title: Ordering a card
    persona: {name: Olivia}
    touchpoints:
      - {id: app, name: Mobile app, channel: app}
    stages:
      - id: order
        name: Order
        steps:
          - id: apply
            action: Applies for a card in the app
            touchpoints: [app]
            backstage: [The credit check runs]
            barriers: [{id: check-times-out, text: The credit check times out, severity: high}]

Passes:

    journeyctl: 1
    title: Ordering a card
    persona: {name: Olivia}
    touchpoints:
      - {id: app, name: Mobile app, channel: app, owner: Digital team}
    stages:
      - id: order
        name: Order
        steps:
          - id: apply
            action: Applies for a card in the app
            touchpoints: [app]
            backstage: [The credit check runs]
            barriers: [{id: check-times-out, text: The credit check times out, severity: high}]
"""

from journeyctl.format.vocabulary import SERIOUS
from journeyctl.lint.engine import steps

CODE = "J402"
NAME = "fail-point-without-owner"
SEVERITY = "warning"
SUMMARY = "a blueprint fail point (high or critical barrier) at a step whose touchpoints have no owner"


def check(ctx):
    journey = ctx.journey
    if not journey.uses_blueprint():
        return
    for path, step in steps(journey):
        if any(journey.touchpoint(t).owner for t in step.touchpoints if t in {x.id for x in journey.touchpoints}):
            continue
        for bi, barrier in enumerate(step.barriers):
            if barrier.severity in SERIOUS:
                yield path + ("barriers", bi, "id"), (
                    f"fail point '{barrier.id}' ({barrier.severity}) is at step '{step.id}', "
                    f"whose touchpoints have no owner")
