"""The portfolio: every map of the site, and what the site gathers across
them (personas, channels, touchpoints, owners, barriers).

Where things are gathered from:

* a **persona** is one page per shared persona (its ``id``, from the
  library) and one per distinct name of a map's own persona;
* a **touchpoint** is one page per touchpoint id: the same id in two maps
  is the same touchpoint (as a shared touchpoint from the library is);
* a **channel** is a touchpoint's ``channel`` (none: ``other``);
* an **owner** is any name given as a map's ``owner``, a touchpoint's
  ``owner`` or an opportunity's ``owner`` (white space collapsed, case
  kept). An owner's page lists the maps they own, the touchpoints they
  own, the barriers at the steps that use those touchpoints and in the maps
  they own (worst first), and the opportunities they own.

Every barrier a map holds is open: a barrier that is solved is taken out
of the map (its history says when). Page names are slugs (``web``,
``daniel-okafor``); a name with no ASCII letter or digit, or two names with
the same slug, get a short hash of the name, so the same portfolio always
gives the same file names.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Iterable

from journeyctl.base.diagnostics import Diagnostic
from journeyctl.format.model import Barrier, Journey, Opportunity, Persona, Stage, Step, Touchpoint
from journeyctl.format.vocabulary import MINUS, SEVERITIES_DESCENDING, SEVERITY_RANK
from journeyctl.load import slugify

NO_CHANNEL = "other"


def page_keys(names: Iterable[str], reserved: Iterable[str] = ()) -> dict[str, str]:
    """A file name (without extension) for each name: its slug, unless the
    slug is empty, reserved or shared with another name; then the slug
    (if any) and a hash of the name. The same names give the same keys."""
    taken = set(reserved)
    by_slug: dict[str, list[str]] = defaultdict(list)
    for name in sorted(set(names)):
        by_slug[slugify(name)].append(name)
    keys = {}
    for slug, group in by_slug.items():
        for name in group:
            if slug and len(group) == 1 and slug not in taken:
                keys[name] = slug
            else:
                digest = hashlib.sha1(name.encode("utf-8")).hexdigest()[:8]
                keys[name] = f"{slug}-{digest}" if slug else f"h-{digest}"
    return keys


def owner_name(text: str | None) -> str | None:
    if text is None:
        return None
    name = " ".join(text.split())
    return name or None


def average_text(values: Iterable[int | None]) -> str | None:
    """The mean of the emotions given (None ones left out) as the site
    prints it (+0.7, −1.3, 0.0); None when there is none."""
    known = [v for v in values if v is not None]
    return mean_text(sum(known) / len(known)) if known else None


def mean_text(value: float | None) -> str:
    """An average emotion: +0.7, −1.3, 0.0; — for none."""
    if value is None:
        return "—"
    mean = round(value, 1)
    if mean == 0:
        return "0.0"
    return f"{'+' if mean > 0 else MINUS}{abs(mean):.1f}"


@dataclass
class History:
    """What the site shows of a map's history (journeyctl.history), or why not."""

    rows: list = field(default_factory=list)
    barriers: list = field(default_factory=list)
    chart: str | None = None
    note: str | None = None


@dataclass(eq=False)
class Entry:
    """One map file of the portfolio (equal only to itself)."""

    file: str
    journey: Journey | None
    problems: list[Diagnostic] = field(default_factory=list)
    findings: list[Diagnostic] = field(default_factory=list)
    stale_days: int = 180
    has_blueprint: bool = False
    history: History | None = None

    @property
    def ok(self) -> bool:
        return self.journey is not None

    @property
    def id(self) -> str:
        assert self.journey is not None and self.journey.id is not None
        return self.journey.id

    @property
    def errors(self) -> int:
        return sum(1 for f in self.findings if f.severity == "error")

    @property
    def warnings(self) -> int:
        return len(self.findings) - self.errors

    def age(self, today: date) -> int | None:
        updated = self.journey.updated if self.journey else None
        return None if updated is None else (today - updated).days

    def stale(self, today: date) -> bool:
        age = self.age(today)
        return age is None or age > self.stale_days

    def steps(self) -> list[tuple[Stage, Step]]:
        assert self.journey is not None
        return [(stage, step) for stage in self.journey.stages for step in stage.steps]

    def emotions(self) -> list[int | None]:
        return [step.emotion for _, step in self.steps()]

    def opened(self, barrier_id: str) -> str | None:
        """The day (YYYY-MM-DD) of the commit that opened the barrier, from the history."""
        if self.history is None:
            return None
        for age in reversed(self.history.barriers):
            if age.id == barrier_id and age.resolved is None:
                return age.opened.date
        return None

    def barrier_text(self, barrier_id: str) -> str:
        assert self.journey is not None
        return next((b.text for _, _, b in self.journey.barriers() if b.id == barrier_id), barrier_id)

    def addressed_by(self) -> dict[str, list[Opportunity]]:
        assert self.journey is not None
        out: dict[str, list[Opportunity]] = defaultdict(list)
        for _, opportunity in self.journey.opportunities():
            for barrier in opportunity.addresses:
                out[barrier].append(opportunity)
        return out


@dataclass(frozen=True)
class Use:
    """A step of a map, with its stage."""

    entry: Entry
    stage: Stage
    step: Step


@dataclass(frozen=True)
class BarrierAt:
    entry: Entry
    stage: Stage
    step: Step
    barrier: Barrier
    addressed_by: tuple[Opportunity, ...] = ()
    #: The barrier's place in its map (file order).
    order: int = 0

    @property
    def sort_key(self):
        return (-SEVERITY_RANK[self.barrier.severity], self.entry.journey.title.casefold(), self.entry.id,
                self.order)


def by_severity(barriers: Iterable[BarrierAt]) -> list[tuple[str, list[BarrierAt]]]:
    """(severity, its barriers) worst first, only severities that have some."""
    ordered = sorted(barriers, key=lambda b: b.sort_key)
    return [(sev, [b for b in ordered if b.barrier.severity == sev]) for sev in SEVERITIES_DESCENDING
            if any(b.barrier.severity == sev for b in ordered)]


@dataclass
class PersonaPage:
    key: str
    persona: Persona
    entries: list[Entry] = field(default_factory=list)


@dataclass
class TouchpointPage:
    key: str
    #: Each map's definition of it.
    definitions: list[tuple[Entry, Touchpoint]] = field(default_factory=list)
    uses: list[Use] = field(default_factory=list)

    @property
    def names(self) -> list[str]:
        return list(dict.fromkeys(t.name for _, t in self.definitions))

    @property
    def channels(self) -> list[str]:
        return list(dict.fromkeys(t.channel or NO_CHANNEL for _, t in self.definitions))

    @property
    def owners(self) -> list[str]:
        return list(dict.fromkeys(o for o in (owner_name(t.owner) for _, t in self.definitions) if o))


@dataclass
class ChannelPage:
    key: str
    channel: str
    touchpoints: list[TouchpointPage] = field(default_factory=list)
    uses: list[Use] = field(default_factory=list)


@dataclass
class OwnerPage:
    key: str
    name: str
    entries: list[Entry] = field(default_factory=list)
    touchpoints: list[tuple[Entry, Touchpoint]] = field(default_factory=list)
    opportunities: list[tuple[Entry, Stage, Opportunity]] = field(default_factory=list)
    barriers: list[BarrierAt] = field(default_factory=list)


@dataclass
class Portfolio:
    entries: list[Entry]
    today: date
    personas: dict[str, PersonaPage] = field(default_factory=dict)
    touchpoints: dict[str, TouchpointPage] = field(default_factory=dict)
    channels: dict[str, ChannelPage] = field(default_factory=dict)
    owners: dict[str, OwnerPage] = field(default_factory=dict)
    barriers: list[BarrierAt] = field(default_factory=list)
    #: Lookups for the templates.
    persona_key: dict[int, str] = field(default_factory=dict)
    owner_key: dict[str, str] = field(default_factory=dict)
    channel_key: dict[str, str] = field(default_factory=dict)
    by_id: dict[str, Entry] = field(default_factory=dict)
    #: Each map's barriers (worst first), by id(entry); the maps that improve each map, by its id.
    barriers_by_map: dict[int, list[BarrierAt]] = field(default_factory=dict)
    improved_by: dict[str, list[Entry]] = field(default_factory=dict)

    @property
    def maps(self) -> list[Entry]:
        return [e for e in self.entries if e.ok]

    @property
    def broken(self) -> list[Entry]:
        return [e for e in self.entries if not e.ok]

    def key_of_persona(self, entry: Entry) -> str:
        return self.persona_key[id(entry)]

    def key_of_owner(self, name: str | None) -> str | None:
        name = owner_name(name)
        return self.owner_key.get(name) if name else None

    def key_of_channel(self, channel: str | None) -> str:
        return self.channel_key[channel or NO_CHANNEL]

    def barriers_in(self, entry: Entry) -> list[BarrierAt]:
        return self.barriers_by_map.get(id(entry), [])

    def uses_in(self, touchpoint_id: str, entry: Entry) -> list[Use]:
        """The steps of ``entry`` that use the touchpoint."""
        return [u for u in self.touchpoints[touchpoint_id].uses if u.entry is entry]

    def barriers_of(self, uses: Iterable[Use]) -> list[BarrierAt]:
        """The barriers at the steps of ``uses``, worst first."""
        steps = {id(use.step) for use in uses}
        return [b for b in self.barriers if id(b.step) in steps]


def gather(entries: list[Entry], today: date) -> Portfolio:
    """The portfolio of ``entries`` (maps in the order to list them; broken
    ones too), with everything gathered across the maps."""
    portfolio = Portfolio(entries, today)
    maps = portfolio.maps
    portfolio.by_id = {e.id: e for e in maps}

    # Personas: shared ones by id, a map's own by name.
    shared = {e.journey.persona.id for e in maps if e.journey.persona.id}
    local = page_keys((e.journey.persona.name for e in maps if not e.journey.persona.id), reserved=shared)
    for entry in maps:
        persona = entry.journey.persona
        key = persona.id or local[persona.name]
        portfolio.persona_key[id(entry)] = key
        page = portfolio.personas.setdefault(key, PersonaPage(key, persona))
        page.entries.append(entry)

    # Touchpoints and channels.
    channel_names = {t.channel or NO_CHANNEL for e in maps for t in e.journey.touchpoints}
    portfolio.channel_key = page_keys(channel_names)
    for entry in maps:
        for touchpoint in entry.journey.touchpoints:
            page = portfolio.touchpoints.setdefault(touchpoint.id, TouchpointPage(touchpoint.id))
            page.definitions.append((entry, touchpoint))
            channel = touchpoint.channel or NO_CHANNEL
            key = portfolio.channel_key[channel]
            channel_page = portfolio.channels.setdefault(key, ChannelPage(key, channel))
            if page not in channel_page.touchpoints:
                channel_page.touchpoints.append(page)
        for stage, step in entry.steps():
            for touchpoint_id in dict.fromkeys(step.touchpoints):
                use = Use(entry, stage, step)
                portfolio.touchpoints[touchpoint_id].uses.append(use)
                channel = entry.journey.touchpoint(touchpoint_id).channel or NO_CHANNEL
                channel_page = portfolio.channels[portfolio.channel_key[channel]]
                if not channel_page.uses or channel_page.uses[-1] != use:
                    channel_page.uses.append(use)

    # Barriers.
    for entry in maps:
        addressed = entry.addressed_by()
        for order, (stage, step, barrier) in enumerate(entry.journey.barriers()):
            portfolio.barriers.append(BarrierAt(entry, stage, step, barrier, tuple(addressed.get(barrier.id, ())), order))
    portfolio.barriers.sort(key=lambda b: b.sort_key)
    for at in portfolio.barriers:
        portfolio.barriers_by_map.setdefault(id(at.entry), []).append(at)
    for entry in maps:
        if entry.journey.improves:
            portfolio.improved_by.setdefault(entry.journey.improves, []).append(entry)

    # Owners.
    names: set[str] = set()
    for entry in maps:
        journey = entry.journey
        names.update(n for n in (owner_name(journey.owner),) if n)
        names.update(n for n in (owner_name(t.owner) for t in journey.touchpoints) if n)
        names.update(n for n in (owner_name(o.owner) for _, o in journey.opportunities()) if n)
    portfolio.owner_key = page_keys(names)
    for name in sorted(names, key=lambda n: (n.casefold(), n)):
        key = portfolio.owner_key[name]
        portfolio.owners[key] = OwnerPage(key, name)
    for entry in maps:
        journey = entry.journey
        owner = portfolio.key_of_owner(journey.owner)
        if owner:
            portfolio.owners[owner].entries.append(entry)
        for touchpoint in journey.touchpoints:
            key = portfolio.key_of_owner(touchpoint.owner)
            if key:
                portfolio.owners[key].touchpoints.append((entry, touchpoint))
        for stage, opportunity in journey.opportunities():
            key = portfolio.key_of_owner(opportunity.owner)
            if key:
                portfolio.owners[key].opportunities.append((entry, stage, opportunity))
    for at in portfolio.barriers:
        keys = {portfolio.key_of_owner(at.entry.journey.owner)}
        keys.update(portfolio.key_of_owner(at.entry.journey.touchpoint(t).owner) for t in at.step.touchpoints)
        for key in sorted(k for k in keys if k):
            portfolio.owners[key].barriers.append(at)

    # Pages listed in a stable order.
    portfolio.personas = dict(sorted(portfolio.personas.items(),
                                     key=lambda kv: (kv[1].persona.name.casefold(), kv[0])))
    portfolio.touchpoints = dict(sorted(portfolio.touchpoints.items()))
    portfolio.channels = dict(sorted(portfolio.channels.items()))
    return portfolio
