"""An inline suppression (`# journeyctl: ignore[CODE]` on the offending
line) that matches no finding is left over from a fixed problem, or is on
the wrong line, or names the wrong code. Remove it, so that it does not
hide a future problem. A suppression that names only rules that did not
run is not reported: they may fire in another run.

Fails:

    journeyctl: 1
    title: Opening an account
    persona: {name: Noor}
    stages:
      - id: apply
        name: Apply
        steps:
          - {id: fill-form, action: Fills in the form, emotion: 1}  # journeyctl: ignore[J201]

Passes:

    journeyctl: 1
    title: Opening an account
    persona: {name: Noor}
    stages:
      - id: apply
        name: Apply
        steps:
          - {id: fill-form, action: Fills in the form}  # journeyctl: ignore[J201]
"""

from journeyctl.base.diagnostics import code_matches
from journeyctl.lint.engine import At

CODE = "J900"
NAME = "unused-suppression"
SEVERITY = "warning"
SUMMARY = "a `# journeyctl: ignore[...]` comment that suppresses nothing"
#: Runs once the other rules' findings have met the suppressions.
AFTER_SUPPRESSIONS = True


def check(ctx):
    others = ctx.enabled - {CODE}
    for s in ctx.suppressions:
        if s.used:
            continue
        if s.codes is not None and not any(code_matches(code, s.codes) for code in others):
            continue
        yield At(s.line, s.col), f"'{s.text}' suppresses nothing on this line; remove it"
