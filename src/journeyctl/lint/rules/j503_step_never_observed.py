"""Measured: a step names the events that mean a customer did it, yet none
of them occurs in the log. The step may be gone from the product, its
events renamed, or the map wrong (in CJML's words, a failed touchpoint).
Check the step's `events` against the event names the log has. Only maps
linted with a measurement are checked.

Events (customer_id,event,timestamp; linted with --min-count 1):

    c1,signup_started,2026-03-01T09:00:00
    c1,signup_done,2026-03-01T09:03:00
    c2,signup_started,2026-03-02T09:00:00
    c2,signup_done,2026-03-02T09:05:00

Fails:

    journeyctl: 1
    title: Signing up
    persona: {name: Eli}
    stages:
      - id: signup
        name: Sign up
        steps:
          - {id: start, action: Starts to sign up, events: [signup_started]}
          - {id: verify, action: Verifies the email address, events: [email_verified]}
          - {id: done, action: Finishes, events: [signup_done]}

Passes:

    journeyctl: 1
    title: Signing up
    persona: {name: Eli}
    stages:
      - id: signup
        name: Sign up
        steps:
          - {id: start, action: Starts to sign up, events: [signup_started]}
          - {id: done, action: Finishes, events: [signup_done]}
"""

from journeyctl.lint.measured import step_paths

CODE = "J503"
NAME = "step-never-observed"
SEVERITY = "warning"
SUMMARY = "measured: no event of a step occurs in the log"
MEASURED = True


def check(ctx):
    measurement = ctx.measurement
    paths = step_paths(ctx.journey)
    for step_id in measurement.deviations.failed_touchpoints.steps:
        if step_id in paths:
            step = ctx.journey.flow.position(step_id).step
            yield paths[step_id] + ("events",), (
                f"no customer was seen at step '{step_id}': none of its events "
                f"({', '.join(step.events)}) occurs in the measured log")
