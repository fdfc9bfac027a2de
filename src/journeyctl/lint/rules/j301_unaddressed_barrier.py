"""The point of finding a high or critical barrier is doing something about
it. Add an opportunity that lists the barrier in its `addresses`, in the
stage where the team would act.

Fails:

    journeyctl: 1
    title: Paying a bill
    persona: {name: Olivia}
    stages:
      - id: pay
        name: Pay
        steps:
          - id: pay-online
            action: Pays online
            barriers: [{id: card-declined, text: The card is declined without a reason, severity: high}]

Passes:

    journeyctl: 1
    title: Paying a bill
    persona: {name: Olivia}
    stages:
      - id: pay
        name: Pay
        steps:
          - id: pay-online
            action: Pays online
            barriers: [{id: card-declined, text: The card is declined without a reason, severity: high}]
        opportunities:
          - {id: explain-decline, text: Say why a card was declined, addresses: [card-declined]}
"""

from journeyctl.format.vocabulary import SERIOUS
from journeyctl.lint.engine import steps

CODE = "J301"
NAME = "unaddressed-barrier"
SEVERITY = "warning"
SUMMARY = "a high or critical barrier no opportunity addresses"


def check(ctx):
    addressed = {b for _, o in ctx.journey.opportunities() for b in o.addresses}
    for path, step in steps(ctx.journey):
        for bi, barrier in enumerate(step.barriers):
            if barrier.severity in SERIOUS and barrier.id not in addressed:
                yield path + ("barriers", bi, "id"), (
                    f"{barrier.severity} barrier '{barrier.id}' has no opportunity that addresses it")
