"""One touchpoint id should mean one touchpoint across the portfolio. When
two maps (or a map and the library) define the same id with a different
name or channel, the channel and touchpoint pages, and every count across
maps, mix two different things. Give one of them another id, or define the
touchpoint once in the library and let both maps name it.

Fails:

    # file: signing-up.yaml
    journeyctl: 1
    title: Signing up
    persona: {name: Noor}
    touchpoints: [{id: help, name: Help centre, channel: web}]
    stages:
      - {id: sign-up, name: Sign up, steps: [{id: read, action: Reads the help centre, touchpoints: [help]}]}
    # file: paying.yaml
    journeyctl: 1
    title: Paying a bill
    persona: {name: Noor}
    touchpoints: [{id: help, name: Help line, channel: phone}]
    stages:
      - {id: pay, name: Pay, steps: [{id: call, action: Calls the help line, touchpoints: [help]}]}

Passes:

    # file: signing-up.yaml
    journeyctl: 1
    title: Signing up
    persona: {name: Noor}
    touchpoints: [{id: help, name: Help centre, channel: web}]
    stages:
      - {id: sign-up, name: Sign up, steps: [{id: read, action: Reads the help centre, touchpoints: [help]}]}
    # file: paying.yaml
    journeyctl: 1
    title: Paying a bill
    persona: {name: Noor}
    touchpoints: [{id: help-line, name: Help line, channel: phone}]
    stages:
      - {id: pay, name: Pay, steps: [{id: call, action: Calls the help line, touchpoints: [help-line]}]}
"""

from journeyctl.lint.engine import Found

CODE = "J601"
NAME = "conflicting-touchpoint"
SEVERITY = "warning"
SUMMARY = "a touchpoint id defined with different names or channels in the portfolio"
PORTFOLIO = True


def gather(loaded):
    """Each touchpoint the map defines itself (not one of the library's):
    its id, its meaning (name, channel) and where it is."""
    shared = set(loaded.shared.get("touchpoint", ()))
    return [(touchpoint.id, (touchpoint.name, touchpoint.channel), Found.at(loaded, ("touchpoints", i, "id")))
            for i, touchpoint in enumerate(loaded.journey.touchpoints) if touchpoint.id not in shared]


def check(portfolio):
    # Every definition of each id: the library's (which the maps should
    # follow) first, then the maps', in file order.
    defined: dict[str, list[tuple[tuple[str, str | None], str, Found | None]]] = {}
    if portfolio.library is not None:
        for d in portfolio.library.touchpoints.values():
            defined[d.id] = [((d.data["name"], d.data.get("channel")), f"the library ({d.file}, line {d.line})", None)]
    for _, touchpoints in portfolio.gathered():
        for touchpoint_id, meaning, where in touchpoints:
            defined.setdefault(touchpoint_id, []).append((meaning, f"{where.file}, line {where.line}", where))
    for touchpoint_id, definitions in defined.items():
        first = definitions[0]
        library = first[2] is None  # the library's meaning is the one to follow
        # one definition that differs from the first, found once (not once per definition)
        differing = None if library else next((d for d in definitions if d[0] != first[0]), None)
        for meaning, _, where in definitions:
            if where is None:
                continue
            other = first if meaning != first[0] else differing
            if other is not None:
                yield where, (f"touchpoint '{touchpoint_id}' is {_say(*meaning)} here but {_say(*other[0])} "
                              f"in {other[1]}; one id should mean one touchpoint")


def _say(name: str, channel: str | None) -> str:
    return f"'{name}'" + (f" ({channel})" if channel else " (no channel)")
