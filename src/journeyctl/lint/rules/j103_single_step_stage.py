"""A stage with one step often hides steps that were skipped: how did the
customer get there, what did they do next? Off by default, because some
stages (a renewal, a recommendation) really are one action; select J103
to check for it.

Fails:

    journeyctl: 1
    title: Renewing insurance
    persona: {name: Mia}
    stages:
      - id: renew
        name: Renewal
        steps: [{id: pay, action: Pays the renewal}]

Passes:

    journeyctl: 1
    title: Renewing insurance
    persona: {name: Mia}
    stages:
      - id: renew
        name: Renewal
        steps:
          - {id: read-offer, action: Reads the renewal offer}
          - {id: pay, action: Pays the renewal}
"""

CODE = "J103"
NAME = "single-step-stage"
SEVERITY = "warning"
SUMMARY = "a stage has only one step"
OPT_IN = True


def check(ctx):
    for i, stage in enumerate(ctx.journey.stages):
        if len(stage.steps) == 1:
            yield ("stages", i), f"stage '{stage.name}' has only one step; are steps missing?"
