"""A symbol for each known channel, shared by the renderers.

The symbols are plain Unicode characters from the Basic Multilingual Plane
that common fonts (DejaVu, Noto, the system UI fonts) carry, not colour
emoji, so they show the same in a browser, in Graphviz and in a terminal.
A symbol never stands alone: renderers put the channel's name beside it or
in its tooltip.
"""

from __future__ import annotations

from journeyctl.model import CHANNELS

SYMBOLS: dict[str, str] = {
    "web": "⌂",          # a home page
    "mobile-app": "▯",   # a phone screen
    "email": "✉",
    "phone": "☎",
    "chat": "✎",         # typing
    "social": "♥",
    "sms": "✆",
    "messaging": "⌨",
    "in-person": "☺",
    "store": "⛫",
    "ads": "✪",
    "search": "⌕",
    "review-site": "★",
    "video": "▶",
    "mail": "✐",
    "self-service": "⚙",
    "community": "☷",
    "event": "⚑",
    "partner": "⚭",
    "product": "◈",
    "other": "•",
}

UNKNOWN = "?"

assert set(SYMBOLS) == set(CHANNELS), "every known channel needs a symbol"


def symbol(channel: str | None) -> str:
    """The channel's symbol; ``other`` for none, ``?`` for an unknown one."""
    if channel is None:
        return SYMBOLS["other"]
    return SYMBOLS.get(channel, UNKNOWN)
