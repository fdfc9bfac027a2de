"""A journey map shows how an experience unfolds over phases; with a single
stage it is a list of steps. The most common mistake in journey mapping is
leaving steps out: map the stages before and after as well (awareness,
consideration, purchase, use, support...).

Fails:

    journeyctl: 1
    title: Buying a bike
    persona: {name: Tom}
    stages:
      - id: purchase
        name: Purchase
        steps: [{id: pay, action: Pays at the counter}]

Passes:

    journeyctl: 1
    title: Buying a bike
    persona: {name: Tom}
    stages:
      - id: research
        name: Research
        steps: [{id: compare, action: Compares bikes online}]
      - id: purchase
        name: Purchase
        steps: [{id: pay, action: Pays at the counter}]
"""

CODE = "J102"
NAME = "too-few-stages"
SEVERITY = "warning"
SUMMARY = "the journey has fewer than two stages"


def check(ctx):
    if len(ctx.journey.stages) < 2:
        yield ("stages",), f"the journey has {len(ctx.journey.stages)} stage; map at least two"
