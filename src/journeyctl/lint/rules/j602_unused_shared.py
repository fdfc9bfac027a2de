"""A persona or touchpoint in the library that no map of the portfolio
names is either left over or a map is missing it. Remove it from the
library, or name it in the maps where it belongs (`persona: ID`, or the
touchpoint's id in a step's `touchpoints`). Judged only when every map of
the portfolio loads: a map that does not may be the one that uses it.

Fails:

    # file: journeyctl.toml
    library = "library"
    # file: library/touchpoints.yaml
    journeyctl: 1
    kind: touchpoints
    touchpoints:
      - {id: app, name: Mobile app, channel: mobile-app}
      - {id: fax, name: Fax line, channel: other}
    # file: paying.yaml
    journeyctl: 1
    title: Paying a bill
    persona: {name: Noor}
    stages:
      - {id: pay, name: Pay, steps: [{id: tap, action: Pays in the app, touchpoints: [app]}]}

Passes:

    # file: journeyctl.toml
    library = "library"
    # file: library/touchpoints.yaml
    journeyctl: 1
    kind: touchpoints
    touchpoints:
      - {id: app, name: Mobile app, channel: mobile-app}
    # file: paying.yaml
    journeyctl: 1
    title: Paying a bill
    persona: {name: Noor}
    stages:
      - {id: pay, name: Pay, steps: [{id: tap, action: Pays in the app, touchpoints: [app]}]}
"""

from journeyctl.lint.engine import Found

CODE = "J602"
NAME = "unused-shared"
SEVERITY = "warning"
SUMMARY = "a library persona or touchpoint that no map uses"
PORTFOLIO = True


def check(portfolio):
    library = portfolio.library
    if library is None or portfolio.broken:
        return
    for kind, defined in (("persona", library.personas), ("touchpoint", library.touchpoints)):
        used = {i for m in portfolio.maps for i in m.shared.get(kind, ())}
        for definition in defined.values():
            if definition.id not in used:
                yield (Found(definition.file, definition.line, definition.col),
                       f"{kind} '{definition.id}' is in the library, but no map uses it")
