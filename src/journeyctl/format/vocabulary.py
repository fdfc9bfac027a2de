"""The format's closed vocabularies, in one place: channels, the emotion
scale, barrier severities and opportunity priorities.

The models, the loader's messages, the lint rules, the renderers and the
diff all read these names; none of them keeps a list of its own.
"""

from __future__ import annotations

#: The known channels. Renderers give each one a symbol (a test checks that
#: every channel has one), and lint flags any other value (J205).
CHANNELS: tuple[str, ...] = (
    "web", "mobile-app", "email", "phone", "chat", "social", "sms", "messaging",
    "in-person", "store", "ads", "search", "review-site", "video", "mail",
    "self-service", "community", "event", "partner", "product", "other",
)

#: How the customer feels at a step, from the lowest to the highest.
EMOTION_MIN, EMOTION_MAX = -2, 2
EMOTIONS: tuple[int, ...] = tuple(range(EMOTION_MIN, EMOTION_MAX + 1))
#: Top to bottom, as a curve or a legend lists them.
EMOTIONS_DESCENDING: tuple[int, ...] = tuple(reversed(EMOTIONS))

#: Barrier severities, from the mildest to the worst.
SEVERITIES: tuple[str, ...] = ("low", "medium", "high", "critical")
SEVERITY_RANK: dict[str, int] = {name: rank for rank, name in enumerate(SEVERITIES)}
#: Worst first, as summaries list them.
SEVERITIES_DESCENDING: tuple[str, ...] = tuple(reversed(SEVERITIES))
#: Severities that a team must act on: lint (J301) and the summaries ask for
#: an opportunity that addresses each barrier of these.
SERIOUS: frozenset[str] = frozenset({"high", "critical"})
DEFAULT_SEVERITY = "medium"

#: Opportunity priorities, from the lowest.
PRIORITIES: tuple[str, ...] = ("low", "medium", "high")

#: ``state``: the journey as it is, or as it should be.
STATES: tuple[str, ...] = ("current", "future")

MINUS = "\u2212"  # a true minus sign, as journeyctl prints negative numbers


def signed(value: int) -> str:
    """A whole number with its sign, as journeyctl prints every emotion and
    every change of one: −2, −1, 0, +1, +3 (a true minus sign)."""
    return "0" if value == 0 else f"{'+' if value > 0 else MINUS}{abs(value)}"


def average_text(value: float | None, none: str = "—") -> str:
    """An average emotion to two places, as journeyctl prints one: +0.50,
    −1.25, 0.00 (never −0.00; a true minus sign); ``none`` when there is
    none (no step records an emotion)."""
    if value is None:
        return none
    text = f"{value:+.2f}"
    return "0.00" if text in ("+0.00", "-0.00") else text.replace("-", MINUS)


def emotion_value(value: int | None) -> str:
    """An emotion as it is printed everywhere: −2, −1, 0, +1, +2, or "none"."""
    return "none" if value is None else signed(value)
