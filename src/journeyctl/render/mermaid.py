"""``-f mermaid``: the map as Mermaid's ``journey`` diagram.

``title``, a ``section`` per stage and ``task: score: actor`` per step:
emotion −2…2 becomes score 1…5 and the persona is the actor. A step without
an emotion gets the neutral 3, marked by a comment so that ``journeyctl
import mermaid`` reads it back as no emotion. Text is written with
:func:`journeyctl.text.mermaid_journey.encode`, so Mermaid reads back exactly
the text written.

A task's name is :func:`task_name`: the step's ``label`` when it has one,
else its action; either is cut to :data:`TASK_COLUMNS` columns at a word
boundary, with an ellipsis, because Mermaid draws each task in a fixed box
(150 px wide, three lines of its default font) and lets longer text spill
over its neighbours. The title, sections and actor are never cut. So the
promise is: Mermaid parses the diagram to exactly the map's title, stage
names and persona, and to exactly :func:`task_name` of each step (which is
the action itself whenever the action is short enough); ``journeyctl import
mermaid`` reads those names back as actions.
"""

from __future__ import annotations

from journeyctl.text.mermaid_journey import NO_EMOTION, encode
from journeyctl.text.wrap import ELLIPSIS, width, wrap
from journeyctl.format.model import Journey, Step
from journeyctl.render.base import Renderer, RenderOptions

#: The widest task name, in columns (a wide CJK character counts two),
#: ellipsis included: about three lines in Mermaid's 150-pixel task box.
TASK_COLUMNS = 40

#: Stripped from the end of a cut text before the ellipsis.
_TRAILING = " ,;:.–—-/"


def shorten(text: str, columns: int = TASK_COLUMNS) -> str:
    """``text`` on one line (white space runs folded to a space) and, if it is
    wider than ``columns``, cut to at most ``columns`` columns with "…".

    The cut falls where :func:`journeyctl.text.wrap.wrap` may break a line (the
    Unicode rules through ICU: between words, Thai and Lao words found with
    ICU's dictionaries); a word longer than the limit is cut between
    grapheme clusters. A single cluster wider than the limit is kept whole."""
    text = " ".join(text.split())
    if width(text) <= columns:
        return text
    first = wrap(text, max(columns - 1, 1))[0]
    return (first.rstrip(_TRAILING) or first) + ELLIPSIS


def task_name(step: Step, columns: int = TASK_COLUMNS) -> str:
    """The step's name where space is short: its label, or else its action,
    shortened (see :func:`shorten`)."""
    return shorten(step.label or step.action, columns)


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
            out.append(f"{indent}      {encode(task_name(step))}: {score(step.emotion)}: {actor}")
    return "\n".join(out) + "\n"


class MermaidRenderer(Renderer):
    name = "mermaid"
    extensions = (".mmd", ".mermaid")
    media_type = "text/vnd.mermaid"
    summary = "the emotion overview as a Mermaid journey diagram"

    def render(self, journey: Journey, options: RenderOptions) -> str:
        return journey_text(journey)
