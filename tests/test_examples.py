"""The example maps: valid, in their languages, and using every field between them."""

from __future__ import annotations

import pytest
from pydantic import BaseModel

from journeyctl.load import load
from journeyctl.format.model import CHANNELS, Journey

from conftest import EXAMPLES, ROOT

#: The portfolio example: maps in several languages sharing a library.
PORTFOLIO = ROOT / "examples" / "portfolio"
PORTFOLIO_MAPS = sorted((PORTFOLIO / "maps").glob("*.yaml"))


@pytest.fixture(scope="module")
def journeys():
    return {p.name: load(p).journey for p in EXAMPLES}


@pytest.fixture(scope="module")
def portfolio():
    return {p.name: load(p) for p in PORTFOLIO_MAPS}


def test_there_are_six_examples_in_the_seed_languages_and_english(journeys):
    # ...and the service blueprint example, in English too
    assert sorted(j.locale for j in journeys.values()) == ["el", "en", "en", "lt", "pl", "ru", "th"]
    for name, journey in journeys.items():
        assert name.startswith(journey.locale + "-")


def _used_fields(model: BaseModel, prefix: str, out: set[str]) -> None:
    for name in model.model_fields_set:
        out.add(f"{prefix}.{name}")
        value = getattr(model, name)
        items = value if isinstance(value, list) else [value]
        for item in items:
            if isinstance(item, BaseModel):
                _used_fields(item, f"{prefix}.{name}", out)


def _all_fields(model: type[BaseModel], prefix: str, out: set[str]) -> None:
    for name, info in model.model_fields.items():
        out.add(f"{prefix}.{name}")
        annotation = info.annotation
        inner = getattr(annotation, "__args__", (annotation,))[0]
        if isinstance(inner, type) and issubclass(inner, BaseModel):
            _all_fields(inner, f"{prefix}.{name}", out)


def test_every_field_is_used_by_some_example(journeys, portfolio):
    used: set[str] = set()
    for journey in [*journeys.values(), *(loaded.journey for loaded in portfolio.values())]:
        _used_fields(journey, "map", used)
    expected: set[str] = set()
    _all_fields(Journey, "map", expected)
    assert expected - used == set()


def test_examples_cover_the_values_that_matter(journeys):
    all_steps = [s for j in journeys.values() for st in j.stages for s in st.steps]
    assert {j.state for j in journeys.values()} == {"current", "future"}
    assert {b.severity for j in journeys.values() for _, _, b in j.barriers()} == {"low", "medium", "high", "critical"}
    assert {s.emotion for s in all_steps} == {-2, -1, 0, 1, 2}
    assert {o.priority for j in journeys.values() for _, o in j.opportunities()} >= {"low", "medium", "high"}
    assert any(s.next == [] for s in all_steps) and any(s.next for s in all_steps)
    assert any(e.back for j in journeys.values() for e in j.flow.edges)
    images = [j.persona.image for j in journeys.values() if j.persona.image]
    assert any(i.startswith("https://") for i in images) and any(not i.startswith("https://") for i in images)


def test_examples_use_known_channels(journeys):
    for name, journey in journeys.items():
        for touchpoint in journey.touchpoints:
            assert touchpoint.channel in CHANNELS, f"{name}: {touchpoint.id}"


def test_local_persona_images_exist():
    for path in EXAMPLES:
        image = load(path).journey.persona.image
        if image and not image.startswith("https://"):
            assert (path.parent / image).is_file(), f"{path.name}: {image}"


def test_every_touchpoint_is_used_and_every_step_reachable(journeys):
    for name, journey in journeys.items():
        used = {t for st in journey.stages for s in st.steps for t in s.touchpoints}
        assert {t.id for t in journey.touchpoints} == used, name
        assert journey.flow.reachable() == {p.step.id for p in journey.flow.steps}, name


def test_the_portfolio_shares_its_library_across_scripts_and_lints_clean(portfolio, run):
    """Maps in Latin, Cyrillic, Greek, Thai and Arabic script name the
    library's personas and touchpoints; a future map improves a current one
    and steps link to a sub-journey; and lint (the J6xx rules included)
    finds nothing."""
    assert {loaded.journey.locale for loaded in portfolio.values()} == {"en", "lt", "ru", "el", "th", "ar"}
    assert all("persona" in loaded.shared for loaded in portfolio.values())
    assert all(loaded.shared.get("touchpoint") for loaded in portfolio.values())
    ids = {loaded.journey.id for loaded in portfolio.values()}
    links = [s.journey for loaded in portfolio.values() for st in loaded.journey.stages for s in st.steps if s.journey]
    improves = [loaded.journey.improves for loaded in portfolio.values() if loaded.journey.improves]
    assert links and improves and set(links + improves) <= ids
    result = run("lint", str(PORTFOLIO), "--select", "ALL", "--ignore", "J204", "--strict")
    assert result.code == 0 and "All checks passed (8 maps and 7 library files)." in result.stdout, result.stdout
