"""A journey is judged against what the persona is trying to achieve.
Without goals, nobody can tell whether a step helps or hinders. Add
`persona.goals`.

Fails:

    journeyctl: 1
    title: Ordering groceries
    persona:
      name: Eleni
    stages:
      - id: order
        name: Order
        steps: [{id: fill-basket, action: Fills the basket}]

Passes:

    journeyctl: 1
    title: Ordering groceries
    persona:
      name: Eleni
      goals: [Get the week's food delivered before Saturday]
    stages:
      - id: order
        name: Order
        steps: [{id: fill-basket, action: Fills the basket}]
"""

CODE = "J202"
NAME = "persona-without-goals"
SEVERITY = "warning"
SUMMARY = "the persona has no goals"


def check(ctx):
    if not ctx.journey.persona.goals:
        yield ("persona",), f"persona '{ctx.journey.persona.name}' has no goals"
