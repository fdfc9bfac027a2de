"""Measured: the map says customers feel good at a step where many of them
give up. A feeling is a hypothesis; the drop-off says it may be wrong. The
rule fires for an emotion above 0 at a step that is not an end of the
journey, where the share of customers whose last visit it is reaches the
`drop-off` option (0.3 by default). Talk to the customers who stop there.
Only maps linted with a measurement are checked.

Events (customer_id,event,timestamp; linted with --min-count 1):

    c1,quote_seen,2026-04-01T10:00:00
    c1,quote_accepted,2026-04-01T10:10:00
    c2,quote_seen,2026-04-01T11:00:00
    c3,quote_seen,2026-04-01T12:00:00

Fails:

    journeyctl: 1
    title: Getting insured
    persona: {name: Mira}
    stages:
      - id: quote
        name: Quote
        steps:
          - {id: see, action: Sees the price, emotion: 1, events: [quote_seen]}
          - {id: accept, action: Accepts the quote, emotion: 2, events: [quote_accepted]}

Passes:

    journeyctl: 1
    title: Getting insured
    persona: {name: Mira}
    stages:
      - id: quote
        name: Quote
        steps:
          - {id: see, action: Sees the price, emotion: -1, events: [quote_seen]}
          - {id: accept, action: Accepts the quote, emotion: 2, events: [quote_accepted]}
"""

from journeyctl.lint.measured import drop_offs, share

CODE = "J504"
NAME = "positive-emotion-at-drop-off"
SEVERITY = "warning"
SUMMARY = "measured: a positive emotion at a step where many customers give up"
MEASURED = True
OPTIONS = {"drop-off": 0.3}


def check(ctx):
    measurement = ctx.measurement
    for path, step, measured, part in drop_offs(ctx.journey, measurement, ctx.option("drop-off")):
        if step.emotion is not None and step.emotion > 0:
            yield path + ("emotion",), (
                f"emotion {step.emotion:+d} at step '{step.id}', where {share(part)} of the "
                f"{measured.reached:,} customers who reach it go no further (measured)")
