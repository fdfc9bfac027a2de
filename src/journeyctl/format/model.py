"""The journey map, version 1, as pydantic models.

This module is the format (see ``shared/spec/journey-format.md``): every field,
its type and its constraints. It knows nothing of YAML or files; the loader
turns a file into the plain data these models validate, and keeps positions.

The models are strict: a value of the wrong type is an error, never coerced.
Keys that begin with ``x-`` are extensions; the loader drops them before
validation and the JSON Schema allows them everywhere.
"""

# No ``from __future__ import annotations``: pydantic would compile and
# evaluate every field's annotation from a string (6 ms of each start).
import re
from datetime import date
from functools import cached_property
from dataclasses import dataclass
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator

from journeyctl.format.flow import Flow
from journeyctl.format.vocabulary import (
    CHANNELS, DEFAULT_SEVERITY, EMOTION_MAX, EMOTION_MIN, PRIORITIES, SEVERITIES, STATES,
)

FORMAT_VERSION = 1

SLUG_PATTERN = r"^[a-z0-9][a-z0-9-]*$"
# BCP 47, loosely: a primary language subtag and optional subtags (en, pt-BR, zh-Hant-TW).
LOCALE_PATTERN = r"^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$"

Slug = Annotated[str, StringConstraints(pattern=SLUG_PATTERN)]
#: Text that must say something: not empty, not only white space.
Text = Annotated[str, StringConstraints(pattern=r"\S")]
Locale = Annotated[str, StringConstraints(pattern=LOCALE_PATTERN)]
Severity = Literal[SEVERITIES]
Priority = Literal[PRIORITIES]


@dataclass(frozen=True)
class Defines:
    """Field metadata: this field is the id of a thing of ``kind``; ids of one
    kind are unique in a map (the loader reports a second one as R001)."""

    kind: str


@dataclass(frozen=True)
class RefersTo:
    """Field metadata: this field (an id, or a list of ids) names things of
    ``kind`` defined elsewhere in the map (the loader reports others as R002)."""

    kind: str


@dataclass(frozen=True)
class Shared:
    """Field metadata: this field may instead be given as the id (a slug) of
    a shared definition of ``kind`` in the portfolio's library
    (``persona: olivia``); the loader puts the definition in its place, so
    a loaded map always holds the full model."""

    kind: str

_X_KEYS = {"patternProperties": {"^x-": {}}}


def empty_list() -> list:
    """A list field's default: a new empty list. (``default_factory=list``
    would do the same, but pydantic reads a factory's signature, and a
    builtin's costs it a tokenizer: 15 ms of every command's start.)"""
    return []


class _Model(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        strict=True,
        json_schema_extra=_X_KEYS,
        # Renderers and rules read the models; nothing should change them.
        frozen=True,
    )


class Persona(_Model):
    """Who is on the journey."""

    id: Slug | None = Field(
        None,
        description=(
            "The persona's id. A shared persona (a `kind: persona` file in the library) has one, "
            "and maps name it with `persona: ID`."
        ),
    )
    name: Text = Field(description="The persona's name.")
    role: str | None = Field(None, description="Job, situation or segment.")
    description: str | None = Field(None, description="A short description.")
    quote: str | None = Field(None, description="Something this person would say.")
    image: str | None = Field(
        None, description="A picture: a path relative to the map, or an https:// URL."
    )
    goals: list[str] = Field(default_factory=empty_list, description="What they want to achieve.")
    needs: list[str] = Field(default_factory=empty_list, description="What they need along the way.")
    frustrations: list[str] = Field(default_factory=empty_list, description="What gets in their way today.")

    @field_validator("image")
    @classmethod
    def _image_is_relative_or_https(cls, value: str | None) -> str | None:
        if value is None:
            return value
        scheme = re.match(r"^([A-Za-z][A-Za-z0-9+.-]*):", value)
        if scheme and len(scheme.group(1)) > 1:  # one letter is a Windows drive
            if scheme.group(1).lower() != "https" or not value[6:].startswith("//"):
                raise ValueError(
                    f"must be a relative path or an https:// URL, not a {scheme.group(1)}: address"
                )
            return value
        if value.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:[\\/]", value):
            raise ValueError("must be a path relative to the map, not an absolute path")
        return value


class Touchpoint(_Model):
    """A place where the customer meets the organisation."""

    id: Annotated[Slug, Defines("touchpoint")] = Field(description="Unique id; steps refer to it.")
    name: Text = Field(description="What the customer sees or uses.")
    channel: str | None = Field(
        None,
        description="The kind of contact: " + ", ".join(CHANNELS) + ".",
        json_schema_extra={"examples": list(CHANNELS)},
    )
    owner: str | None = Field(None, description="Team or person responsible for it.")
    description: str | None = Field(None, description="A short description.")
    events: list[Text] = Field(
        default_factory=empty_list,
        description=(
            "Measured journeys: the names of the events in the event log that mean the customer "
            "used this touchpoint (`journeyctl measure`)."
        ),
    )


class Barrier(_Model):
    """A pain point or obstacle the customer hits at a step."""

    id: Annotated[Slug, Defines("barrier")] = Field(description="Unique id; opportunities refer to it.")
    text: Text = Field(description="What goes wrong for the customer.")
    severity: Severity = Field(DEFAULT_SEVERITY, description="How badly it hurts the journey.")


class Opportunity(_Model):
    """An idea that addresses barriers in a stage."""

    id: Annotated[Slug, Defines("opportunity")] = Field(description="Unique id.")
    text: Text = Field(description="The idea.")
    addresses: list[Annotated[Slug, RefersTo("barrier")]] = Field(
        default_factory=empty_list, description="Ids of the barriers this addresses."
    )
    owner: str | None = Field(None, description="Team or person who would do it.")
    priority: Priority | None = Field(None, description="low, medium or high.")


class Metric(_Model):
    """A measure for a stage; value and target are text (4%, NPS 31, 2.5 min)."""

    name: Text = Field(description="What is measured.")
    value: str | None = Field(None, description="The current value.")
    target: str | None = Field(None, description="The value the team aims for.")


class Step(_Model):
    """One customer action."""

    id: Annotated[Slug, Defines("step")] = Field(description="Unique id; `next` refers to it.")
    action: Text = Field(description="What the customer does.")
    label: Text | None = Field(
        None,
        description=(
            "A short name for the step (a few words), shown where space is short: "
            "Mermaid task names, flow-chart nodes, the emotion curve's tooltip. "
            "Without it, those places show the action, cut at a word if it is long."
        ),
    )
    touchpoints: list[Annotated[Slug, RefersTo("touchpoint")]] = Field(
        default_factory=empty_list, description="Ids of the touchpoints used."
    )
    emotion: Annotated[int, Field(ge=EMOTION_MIN, le=EMOTION_MAX)] | None = Field(
        None, description="How the customer feels: -2 (very negative) to 2 (very positive)."
    )
    feeling: str | None = Field(None, description="The feeling, in a word or two.")
    thoughts: str | None = Field(None, description="What the customer thinks.")
    motivation: str | None = Field(None, description="Why the customer does this.")
    questions: list[str] = Field(default_factory=empty_list, description="What the customer asks themselves.")
    barriers: list[Barrier] = Field(default_factory=empty_list, description="Pain points at this step.")
    moment_of_truth: bool = Field(
        False, description="A moment that decides whether the customer goes on."
    )
    evidence: list[Text] = Field(
        default_factory=empty_list,
        description=(
            "Service blueprint: the physical evidence the customer sees or gets at this step "
            "(a screen, an email, a receipt, a card)."
        ),
    )
    frontstage: list[Text] = Field(
        default_factory=empty_list,
        description=(
            "Service blueprint: what employees or systems do in the customer's sight at this step "
            "(above the line of visibility)."
        ),
    )
    backstage: list[Text] = Field(
        default_factory=empty_list,
        description=(
            "Service blueprint: what employees or systems do out of the customer's sight to support "
            "this step (below the line of visibility). The stage-level `backstage` is for a whole stage."
        ),
    )
    support: list[Text] = Field(
        default_factory=empty_list,
        description=(
            "Service blueprint: the support processes (internal teams, systems, partners) behind this "
            "step, below the line of internal interaction."
        ),
    )
    events: list[Text] = Field(
        default_factory=empty_list,
        description=(
            "Measured journeys: the names of the events in the event log that mean the customer "
            "did this step (`journeyctl measure`). An event names at most one step."
        ),
    )
    journey: Slug | None = Field(
        None,
        description=(
            "The id of another map that details this step (a sub-journey); the HTML map and the "
            "portfolio site link to it."
        ),
    )
    next: list[Annotated[Slug, RefersTo("step")]] | None = Field(
        None,
        description=(
            "Ids of the steps that follow. Without it the step leads to the next one in "
            "file order; an empty list ends the journey here."
        ),
    )


class Stage(_Model):
    """A phase of the journey."""

    id: Annotated[Slug, Defines("stage")] = Field(description="Unique id.")
    name: Text = Field(description="The stage's name.")
    description: str | None = Field(None, description="A short description.")
    goal: str | None = Field(None, description="What the customer wants from this stage.")
    steps: list[Step] = Field(default_factory=empty_list, description="The customer's actions, in order.")
    opportunities: list[Opportunity] = Field(default_factory=empty_list, description="Ideas for this stage.")
    metrics: list[Metric] = Field(default_factory=empty_list, description="How this stage is measured.")
    backstage: list[str] = Field(
        default_factory=empty_list, description="The people, processes and systems behind this stage."
    )


class Journey(_Model):
    """A customer journey map."""

    model_config = ConfigDict(title="Journey map")

    journeyctl: Literal[1] = Field(description="Format version; this is version 1.")
    kind: Literal["journey"] | None = Field(
        None,
        description=(
            "What the file holds: `journey` (the default) for a map; library files say "
            "`persona` or `touchpoints`."
        ),
    )
    id: Slug | None = Field(
        None, description="Stable identifier; defaults to the file name without extension."
    )
    title: Text = Field(description="The map's title.")
    description: str | None = Field(None, description="One paragraph about the map.")
    locale: Locale = Field(
        "en", description="BCP 47 language tag of the map's text (en, lt, pl, el, ru, th…)."
    )
    state: Literal[STATES] = Field(
        "current", description="current: as the journey is; future: as it should be."
    )
    updated: Annotated[date, Field(strict=False)] | None = Field(
        None, description="When the map was last checked against reality (YYYY-MM-DD)."
    )
    owner: str | None = Field(None, description="Team or person accountable for the map.")
    tags: list[str] = Field(default_factory=empty_list, description="Free-form tags.")
    goal: str | None = Field(
        None, description="The scenario: what the persona is trying to achieve."
    )
    improves: Slug | None = Field(
        None,
        description=(
            "On a future-state map: the id of the current-state map it improves "
            "(`journeyctl render --compare` draws both)."
        ),
    )
    persona: Annotated[Persona, Shared("persona")] = Field(
        description="Who is on the journey: the persona itself, or the id of a shared persona in the library."
    )
    touchpoints: list[Touchpoint] = Field(
        default_factory=empty_list, description="The catalogue of touchpoints that steps refer to by id."
    )
    stages: list[Stage] = Field(
        min_length=1, description="The phases of the journey, in order."
    )

    @cached_property
    def flow(self) -> Flow:
        """The ordered steps and the edges between them (see ``journeyctl.format.flow``)."""
        return Flow(self.stages)

    def touchpoint(self, touchpoint_id: str) -> Touchpoint:
        return self._touchpoints_by_id[touchpoint_id]

    @cached_property
    def _touchpoints_by_id(self) -> dict[str, Touchpoint]:
        return {t.id: t for t in self.touchpoints}

    def barriers(self) -> list[tuple[Stage, Step, Barrier]]:
        """Every barrier with the stage and step it is in, in file order."""
        return [(st, sp, b) for st in self.stages for sp in st.steps for b in sp.barriers]

    def emotion_average(self) -> float | None:
        """The mean emotion of the steps that record one, to two decimals (None: none does)."""
        emotions = [step.emotion for stage in self.stages for step in stage.steps if step.emotion is not None]
        return round(sum(emotions) / len(emotions), 2) if emotions else None

    def uses_blueprint(self) -> bool:
        """Whether any step has service-blueprint fields (evidence, frontstage, backstage, support)."""
        return any(sp.evidence or sp.frontstage or sp.backstage or sp.support
                   for st in self.stages for sp in st.steps)

    def opportunities(self) -> list[tuple[Stage, Opportunity]]:
        return [(st, o) for st in self.stages for o in st.opportunities]


# --------------------------------------------------------------------------
# Library files: definitions that the maps of a portfolio share.


class PersonaFile(Persona):
    """A shared persona: one file per persona in the library; maps name it
    by id (`persona: olivia`)."""

    model_config = ConfigDict(title="Shared persona")

    journeyctl: Literal[1] = Field(description="Format version; this is version 1.")
    kind: Literal["persona"] = Field(description="`persona`: this file defines one shared persona.")
    id: Annotated[Slug, Defines("persona")] = Field(description="The id maps name it by (`persona: ID`).")
    locale: Locale | None = Field(None, description="BCP 47 language tag of the persona's text.")


class TouchpointsFile(_Model):
    """Shared touchpoints: a catalogue that every map of the portfolio may
    refer to; a map's own catalogue is looked at first."""

    model_config = ConfigDict(title="Shared touchpoints")

    journeyctl: Literal[1] = Field(description="Format version; this is version 1.")
    kind: Literal["touchpoints"] = Field(description="`touchpoints`: this file is a catalogue of shared touchpoints.")
    title: str | None = Field(None, description="What the catalogue covers.")
    description: str | None = Field(None, description="A short description.")
    locale: Locale | None = Field(None, description="BCP 47 language tag of the touchpoints' text.")
    touchpoints: list[Touchpoint] = Field(min_length=1, description="The shared touchpoints.")


#: What a file holds, by its top-level ``kind`` (a map may leave it out).
KINDS: dict[str, type[_Model]] = {"journey": Journey, "persona": PersonaFile, "touchpoints": TouchpointsFile}
