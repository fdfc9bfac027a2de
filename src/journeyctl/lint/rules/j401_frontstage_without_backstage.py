"""A service blueprint shows what holds each customer-facing action up.
A step whose frontstage has actions but nothing backstage or in support
behind it hides the work (or the gap) the service depends on. Add the
step's `backstage` or `support`. Only maps that use the blueprint fields
(`evidence`, `frontstage`, `backstage`, `support` on a step) are checked.

Fails:

    journeyctl: 1
    title: Ordering a card
    persona: {name: Olivia}
    stages:
      - id: order
        name: Order
        steps:
          - id: apply
            action: Applies for a card in the app
            frontstage: [The app shows the card options]

Passes:

    journeyctl: 1
    title: Ordering a card
    persona: {name: Olivia}
    stages:
      - id: order
        name: Order
        steps:
          - id: apply
            action: Applies for a card in the app
            frontstage: [The app shows the card options]
            backstage: [The credit check runs]
"""

from journeyctl.lint.engine import steps

CODE = "J401"
NAME = "frontstage-without-backstage"
SEVERITY = "warning"
SUMMARY = "a blueprint step with frontstage actions but no backstage or support behind them"


def check(ctx):
    if not ctx.journey.uses_blueprint():
        return
    for path, step in steps(ctx.journey):
        if step.frontstage and not step.backstage and not step.support:
            yield path + ("frontstage",), (
                f"step '{step.id}' has frontstage actions but no backstage or support behind them")
