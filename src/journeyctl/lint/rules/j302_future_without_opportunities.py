"""A future-state map describes the journey as it should be; the
opportunities are what gets it there. Without any, the map does not say
what changes. Add opportunities to the stages, or mark the map `state:
current`.

Fails:

    journeyctl: 1
    title: Paying a bill, next year
    state: future
    persona: {name: Olivia}
    stages:
      - id: pay
        name: Pay
        steps: [{id: pay-in-app, action: Pays in the app in one tap}]

Passes:

    journeyctl: 1
    title: Paying a bill, next year
    state: future
    persona: {name: Olivia}
    stages:
      - id: pay
        name: Pay
        steps: [{id: pay-in-app, action: Pays in the app in one tap}]
        opportunities: [{id: one-tap, text: Offer one-tap payment in the app}]
"""

CODE = "J302"
NAME = "future-without-opportunities"
SEVERITY = "warning"
SUMMARY = "a future-state map has no opportunities"


def check(ctx):
    if ctx.journey.state == "future" and not any(s.opportunities for s in ctx.journey.stages):
        yield ("state",), "this future-state map has no opportunities: what changes to get there?"
