"""``-f mermaid``: the map as Mermaid's ``journey`` diagram.

``title``, a ``section`` per stage and ``task: score: actor`` per step:
emotion −2…2 becomes score 1…5 and the persona is the actor. A step without
an emotion gets the neutral 3, marked by a comment so that ``journeyctl
import mermaid`` reads it back as no emotion. Text is written with
:func:`journeyctl.text.mermaid_journey.encode`, so Mermaid reads back exactly the map's text.
"""

from __future__ import annotations

from journeyctl.text.mermaid_journey import NO_EMOTION, encode
from journeyctl.format.model import Journey
from journeyctl.render.base import Renderer, RenderOptions


def score(emotion: int | None) -> int:
    """Emotion −2…2 as Mermaid's score 1…5 (None is the neutral 3)."""
    return 3 if emotion is None else emotion + 3


def journey_text(journey: Journey, indent: str = "") -> str:
    actor = encode(journey.persona.name, actor=True)
    out = [f"{indent}journey", f"{indent}    title {encode(journey.title)}"]
    summary = journey.goal or journey.description
    if summary:
        out.append(f"{indent}    accDescr: {encode(summary)}")
    for stage in journey.stages:
        out.append(f"{indent}    section {encode(stage.name)}")
        for step in stage.steps:
            if step.emotion is None:
                out.append(f"{indent}      {NO_EMOTION}")
            out.append(f"{indent}      {encode(step.action)}: {score(step.emotion)}: {actor}")
    return "\n".join(out) + "\n"


class MermaidRenderer(Renderer):
    name = "mermaid"
    extensions = (".mmd", ".mermaid")
    media_type = "text/vnd.mermaid"
    summary = "the emotion overview as a Mermaid journey diagram"

    def render(self, journey: Journey, options: RenderOptions) -> str:
        return journey_text(journey)
