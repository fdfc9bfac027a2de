"""A journey map describes customers at a point in time, and it must be
checked against what they really do, again and again. `updated` says when
it was last checked against reality. This rule fires when it is missing
or older than the `stale-days` option (180 by default; `--stale-days` on
the command line, or `stale-days` under `[tool.journeyctl.lint]`).

Fails (linted on 2026-01-01):

    journeyctl: 1
    title: Picking up a phone
    updated: 2025-03-01
    persona: {name: Ivan}
    stages:
      - id: pickup
        name: Pick-up
        steps: [{id: show-code, action: Shows the pick-up code}]

Passes (linted on 2026-01-01):

    journeyctl: 1
    title: Picking up a phone
    updated: 2025-12-01
    persona: {name: Ivan}
    stages:
      - id: pickup
        name: Pick-up
        steps: [{id: show-code, action: Shows the pick-up code}]
"""

CODE = "J204"
NAME = "stale-map"
SEVERITY = "warning"
SUMMARY = "the map was not checked against reality recently"
OPTIONS = {"stale-days": 180}


def check(ctx):
    updated = ctx.journey.updated
    limit = ctx.option("stale-days")
    if updated is None:
        yield (), "the map has no `updated` date; add when it was last checked against reality"
        return
    age = (ctx.settings.today - updated).days
    if age > limit:
        yield ("updated",), f"the map was last checked {age} days ago ({updated.isoformat()}); the limit is {limit}"
