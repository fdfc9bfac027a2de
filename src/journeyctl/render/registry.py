"""Which renderer writes which format: a static table of the built-in ones,
and entry points for plugins (the way Pygments keeps its formatters).

A built-in renderer is imported only when it is chosen, so a command pays
for the one format it writes. Installed entry points (the
``journeyctl.renderers`` group) are scanned only when a format is not built
in, or when every renderer is listed (``journeyctl renderers``); so
``python -m journeyctl`` works from a source checkout that is not installed.

Adding a built-in renderer: a module under ``journeyctl/render/`` and one
line in ``BUILTINS``. ``pdf`` and ``png`` draw more than one view: their
entries are the small dispatchers of :mod:`journeyctl.render.views`, which
import the browser's renderer (the map) or Graphviz's (flow, touchpoints)
only when it is used.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from journeyctl.render.base import Renderer

ENTRY_POINT_GROUP = "journeyctl.renderers"
BUILTIN_ORIGIN = "journeyctl"


@dataclass(frozen=True)
class Builtin:
    name: str
    #: Other names ``-f`` takes for it.
    aliases: tuple[str, ...]
    #: File extensions, for telling the format from ``-o``; the first is the default.
    extensions: tuple[str, ...]
    #: ``module:Class``.
    target: str

    def load(self) -> type[Renderer]:
        module, _, name = self.target.partition(":")
        return getattr(import_module(module), name)


BUILTINS: tuple[Builtin, ...] = (
    Builtin("html", ("htm",), (".html", ".htm"), "journeyctl.render.views:HtmlRenderer"),
    Builtin("json", (), (".json",), "journeyctl.render.json:JsonRenderer"),
    Builtin("md", ("markdown",), (".md", ".markdown"), "journeyctl.render.markdown:MarkdownRenderer"),
    Builtin("mermaid", ("mmd",), (".mmd", ".mermaid"), "journeyctl.render.mermaid:MermaidRenderer"),
    Builtin("dot", ("gv",), (".dot", ".gv"), "journeyctl.render.dot:DotRenderer"),
    Builtin("svg", (), (".svg",), "journeyctl.render.graphviz:SvgRenderer"),
    Builtin("png", (), (".png",), "journeyctl.render.views:PngRenderer"),
    Builtin("pdf", (), (".pdf",), "journeyctl.render.views:PdfRenderer"),
)
_BY_NAME = {name: b for b in BUILTINS for name in (b.name, *b.aliases)}
_BY_EXTENSION = {ext: b for b in BUILTINS for ext in b.extensions}


class UnknownFormat(LookupError):
    def __init__(self, name: str, reason: str | None = None):
        self.name = name
        #: Why a plugin of that name failed to load; None when there is none.
        self.reason = reason
        super().__init__(name)


@dataclass
class Plugins:
    """The renderers that installed distributions register."""

    renderers: dict[str, type[Renderer]] = field(default_factory=dict)
    #: Where each came from: the distribution that registered it.
    origins: dict[str, str] = field(default_factory=dict)
    #: Entry points that failed to load: name -> reason.
    broken: dict[str, str] = field(default_factory=dict)


_PLUGINS: Plugins | None = None


def plugins() -> Plugins:
    """Every plugin renderer that loads, found once per process."""
    global _PLUGINS
    if _PLUGINS is None:
        _PLUGINS = _discover()
    return _PLUGINS


def _discover() -> Plugins:
    from importlib.metadata import entry_points

    found = Plugins()
    for ep in sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda e: (e.name, e.value)):
        origin = ep.dist.name if ep.dist else "unknown"
        taken = BUILTIN_ORIGIN if ep.name in _BY_NAME else found.origins.get(ep.name)
        if taken:
            found.broken[ep.name] = f"{origin}: the name '{ep.name}' is taken by {taken}"
            continue
        try:
            cls = ep.load()
            missing = [a for a in ("name", "extensions", "media_type", "render") if not hasattr(cls, a)]
            if missing:
                raise TypeError(f"{ep.value} has no {', '.join(missing)}")
        except Exception as exc:  # a broken plugin must not break the other formats
            found.broken[ep.name] = f"{origin}: {type(exc).__name__}: {exc}"
            continue
        found.renderers[ep.name] = cls
        found.origins[ep.name] = origin
    return found


def canonical(name: str) -> str | None:
    """The built-in format a name or alias stands for."""
    builtin = _BY_NAME.get(name.lower())
    return builtin.name if builtin else None


def find(name: str) -> type[Renderer]:
    """The renderer for format ``name`` (or an alias); raise UnknownFormat."""
    builtin = _BY_NAME.get(name.lower())
    if builtin is not None:
        return builtin.load()
    found = plugins()
    if name.lower() in found.renderers:
        return found.renderers[name.lower()]
    raise UnknownFormat(name, found.broken.get(name.lower()))


def by_extension(suffix: str) -> str | None:
    """The format that writes files ending in ``suffix`` (``.svg``)."""
    suffix = suffix.lower()
    if suffix in _BY_EXTENSION:
        return _BY_EXTENSION[suffix].name
    found = plugins()
    for name in sorted(found.renderers):
        if suffix in found.renderers[name].extensions:
            return name
    return None


def names() -> list[str]:
    """Every format that can be chosen, built in and from plugins, sorted."""
    return sorted({b.name for b in BUILTINS} | set(plugins().renderers))


def everything() -> list[tuple[str, type[Renderer], str]]:
    """(format, renderer, origin) for every renderer, sorted by format."""
    rows = [(b.name, b.load(), BUILTIN_ORIGIN) for b in BUILTINS]
    found = plugins()
    rows += [(name, cls, found.origins[name]) for name, cls in found.renderers.items()]
    return sorted(rows, key=lambda row: row[0])
