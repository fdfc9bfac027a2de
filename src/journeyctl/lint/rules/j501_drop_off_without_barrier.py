"""Measured: many customers end their journey at a step where the map
records nothing wrong. Either the map misses a barrier there, or the step
is an end the map does not show. The rule fires when the share of the
step's customers whose last visit it is reaches the `drop-off` option (0.3
by default) at a step that is not an end of the journey and has no
barriers. Only maps linted with a measurement (`--measured` or `--events`)
are checked; counts withheld for privacy are not judged.

Events (customer_id,event,timestamp; linted with --min-count 1):

    c1,form_opened,2026-01-05T10:00:00
    c1,form_sent,2026-01-05T10:04:00
    c1,reply_read,2026-01-06T09:00:00
    c2,form_opened,2026-01-05T11:00:00
    c3,form_opened,2026-01-05T12:00:00
    c3,form_sent,2026-01-05T12:09:00
    c4,form_opened,2026-01-05T13:00:00

Fails:

    journeyctl: 1
    title: Asking support
    persona: {name: Ana}
    stages:
      - id: ask
        name: Ask
        steps:
          - {id: open, action: Opens the contact form, events: [form_opened]}
          - {id: send, action: Sends the question, events: [form_sent]}
          - {id: read, action: Reads the reply, events: [reply_read]}

Passes:

    journeyctl: 1
    title: Asking support
    persona: {name: Ana}
    stages:
      - id: ask
        name: Ask
        steps:
          - id: open
            action: Opens the contact form
            events: [form_opened]
            barriers: [{id: long-form, text: The form asks for a contract number, severity: high}]
          - id: send
            action: Sends the question
            events: [form_sent]
            barriers: [{id: no-reply-time, text: Nothing says when the reply comes}]
          - {id: read, action: Reads the reply, events: [reply_read]}
"""

from journeyctl.lint.measured import drop_offs, share

CODE = "J501"
NAME = "drop-off-without-barrier"
SEVERITY = "warning"
SUMMARY = "measured: many customers stop at a step that records no barrier"
MEASURED = True
OPTIONS = {"drop-off": 0.3}


def check(ctx):
    measurement = ctx.measurement
    for path, step, measured, part in drop_offs(ctx.journey, measurement, ctx.option("drop-off")):
        if not step.barriers:
            yield path + ("id",), (
                f"{share(part)} of the {measured.reached:,} customers who reach step '{step.id}' go no "
                f"further (measured), but the map records no barrier there")
