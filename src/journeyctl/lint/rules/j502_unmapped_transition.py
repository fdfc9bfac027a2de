"""Measured: customers move between two steps in a way the flow does not
have (an irregular sequence, in CJML's words), and many of them do. The map
is wrong about the order, or the journey breaks there. The rule fires when
such a transition carries at least the `share` option (0.1 by default) of
the customers who reach its first step. Add the transition to the flow
(`next`), or find out why customers take it. Only maps linted with a
measurement are checked.

Events (customer_id,event,timestamp; linted with --min-count 1):

    c1,cart_opened,2026-02-01T10:00:00
    c1,address_entered,2026-02-01T10:02:00
    c1,paid,2026-02-01T10:05:00
    c2,cart_opened,2026-02-01T11:00:00
    c2,paid,2026-02-01T11:01:00
    c3,cart_opened,2026-02-01T12:00:00
    c3,address_entered,2026-02-01T12:03:00
    c3,paid,2026-02-01T12:04:00

Fails:

    journeyctl: 1
    title: Buying
    persona: {name: Jonas}
    stages:
      - id: buy
        name: Buy
        steps:
          - {id: cart, action: Opens the cart, events: [cart_opened]}
          - {id: address, action: Enters the address, events: [address_entered]}
          - {id: pay, action: Pays, events: [paid]}

Passes:

    journeyctl: 1
    title: Buying
    persona: {name: Jonas}
    stages:
      - id: buy
        name: Buy
        steps:
          - {id: cart, action: Opens the cart, events: [cart_opened], next: [address, pay]}
          - {id: address, action: Enters the address, events: [address_entered]}
          - {id: pay, action: Pays, events: [paid]}
"""

from journeyctl.lint.measured import share, step_paths

CODE = "J502"
NAME = "unmapped-transition"
SEVERITY = "warning"
SUMMARY = "measured: a large share of customers take a transition the flow does not have"
MEASURED = True
OPTIONS = {"share": 0.1}


def check(ctx):
    measurement = ctx.measurement
    limit = ctx.option("share")
    paths = step_paths(ctx.journey)
    reached = {s.id: s.reached for s in measurement.steps}
    for pair in measurement.deviations.irregular_sequences.examples:
        base = reached.get(pair.source)
        if pair.customers is None or not base or pair.source not in paths:
            continue
        part = pair.customers / base
        if part >= limit:
            yield paths[pair.source] + ("id",), (
                f"{share(part)} of the customers at step '{pair.source}' go next to '{pair.target}' "
                f"(measured), a transition the flow does not have")
