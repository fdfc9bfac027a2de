"""A text symbol for each known channel, for the targets that cannot show SVG.

HTML draws channels with the SVG icons of :mod:`journeyctl.render.icons`.
The targets that can hold only text use these characters: the DOT flow
labels (and so the PNG and SVG that Graphviz draws from them, whose HTML-like
labels take no inline SVG) and the Markdown document (GitHub and GitLab strip
inline SVG). A test checks that every channel has one.

The symbols are ASCII, Latin-1 and WGL4 characters, the set that every
mainstream font carries (Arial, Liberation, DejaVu, Noto, Segoe, and the
fonts graphviz-pure bundles for PNG), so they show the same in a browser, a
PNG, a PDF and a terminal. Colour emoji and most dingbats do not: the
bundled layout engine draws them as empty boxes. A symbol never stands
alone: renderers put the channel's name beside it or in its tooltip.
"""

from __future__ import annotations

SYMBOLS: dict[str, str] = {
    "web": "⌂",           # a home page
    "mobile-app": "◘",    # a screen with a button
    "email": "@",
    "phone": "℡",
    "chat": "…",          # someone is typing
    "social": "#",
    "sms": "≡",           # lines of a text message
    "messaging": "»",
    "in-person": "☺",
    "store": "¤",         # money changes hands
    "ads": "™",
    "search": "?",
    "review-site": "√",
    "video": "►",
    "mail": "□",          # an envelope
    "self-service": "∞",  # any time
    "community": "♣",
    "event": "♫",
    "partner": "↔",
    "product": "◊",
    "other": "•",
}

#: For a channel outside the vocabulary (the linter flags it).
UNKNOWN = "◦"


def symbol(channel: str | None) -> str:
    """The channel's symbol; ``other``'s for none, ``UNKNOWN`` for an unknown one."""
    if channel is None:
        return SYMBOLS["other"]
    return SYMBOLS.get(channel, UNKNOWN)
