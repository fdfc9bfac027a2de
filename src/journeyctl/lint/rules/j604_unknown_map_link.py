"""A step's `journey` (its sub-journey) and a future map's `improves` (the
current map it improves) name another map by id. A link to no map of the
portfolio is a broken link in the HTML map and in the portfolio site: the
map was renamed, removed, or never written. Fix the id, or write the map.
Judged only when every map of the portfolio loads.

Fails:

    # file: paying.yaml
    journeyctl: 1
    title: Paying a bill
    persona: {name: Noor}
    stages:
      - id: pay
        name: Pay
        steps: [{id: dispute, action: Disputes a charge, journey: disputing-a-charge}]
    # file: signing-up.yaml
    journeyctl: 1
    title: Signing up
    persona: {name: Noor}
    stages:
      - {id: sign-up, name: Sign up, steps: [{id: form, action: Fills in the form}]}

Passes:

    # file: paying.yaml
    journeyctl: 1
    title: Paying a bill
    persona: {name: Noor}
    stages:
      - id: pay
        name: Pay
        steps: [{id: dispute, action: Disputes a charge, journey: disputing-a-charge}]
    # file: disputing-a-charge.yaml
    journeyctl: 1
    title: Disputing a charge
    persona: {name: Noor}
    stages:
      - {id: dispute, name: Dispute, steps: [{id: form, action: Fills in the dispute form}]}
"""

from journeyctl.base.diagnostics import did_you_mean
from journeyctl.lint.engine import Found, steps

CODE = "J604"
NAME = "unknown-map-link"
SEVERITY = "error"
SUMMARY = "a `journey` or `improves` link to no map of the portfolio"
PORTFOLIO = True


def gather(loaded):
    """The map's links to other maps: where each is, the id it names, and
    what kind of link it is."""
    journey = loaded.journey
    links = [(("improves",), journey.improves, "improves")]
    links += [(path + ("journey",), step.journey, "sub-journey") for path, step in steps(journey)]
    return [(Found.at(loaded, path), target, what) for path, target, what in links if target is not None]


def check(portfolio):
    if portfolio.broken:
        return
    ids = {m.id for m in portfolio.maps}
    for facts, links in portfolio.gathered():
        for where, target, what in links:
            if target == facts.id:
                yield where, f"the {what} link '{target}' names this map itself"
            elif target not in ids:
                yield where, f"the {what} link '{target}' names no map of the portfolio{did_you_mean(target, ids)}"
