"""When the library has personas, a map that writes its own persona drifts
from them: the same person gets other goals in another map, and the persona
pages of the portfolio site cannot gather the map. Name the library's
persona by id (`persona: ID`), or add the persona to the library.

Fails:

    # file: journeyctl.toml
    library = "library"
    # file: library/noor.yaml
    journeyctl: 1
    kind: persona
    id: noor
    name: Noor
    goals: [Pay bills on time]
    # file: paying.yaml
    journeyctl: 1
    title: Paying a bill
    persona: {name: Noor, goals: [Pay bills on time]}
    stages:
      - {id: pay, name: Pay, steps: [{id: tap, action: Pays in the app}]}

Passes:

    # file: journeyctl.toml
    library = "library"
    # file: library/noor.yaml
    journeyctl: 1
    kind: persona
    id: noor
    name: Noor
    goals: [Pay bills on time]
    # file: paying.yaml
    journeyctl: 1
    title: Paying a bill
    persona: noor
    stages:
      - {id: pay, name: Pay, steps: [{id: tap, action: Pays in the app}]}
"""

from journeyctl.lint.engine import Found

CODE = "J603"
NAME = "persona-not-shared"
SEVERITY = "warning"
SUMMARY = "a map writes its own persona although the library has personas"
PORTFOLIO = True


def gather(loaded):
    """The persona the map writes itself, its name and where it is (None
    when the map names one of the library's)."""
    if "persona" in loaded.shared:
        return None
    return loaded.journey.persona.name, Found.at(loaded, ("persona",))


def check(portfolio):
    library = portfolio.library
    if library is None or not library.personas:
        return
    by_name = {d.data["name"].casefold(): d.id for d in library.personas.values()}
    for _, written in portfolio.gathered():
        if written is None:
            continue
        name, where = written
        same = by_name.get(name.casefold())
        advice = (f"the library's persona '{same}' has this name: write persona: {same}" if same else
                  f"name one of the library's personas by id ({', '.join(sorted(library.personas)[:5])}"
                  f"{', …' if len(library.personas) > 5 else ''}) or add this one to the library")
        yield where, f"the persona '{name}' is written in the map; {advice}"
