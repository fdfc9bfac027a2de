"""Renderers: the interface every output format implements, and the registry.

A renderer is a class with a ``name`` (the format, as given to ``-f``), the
file ``extensions`` it writes (the first is the default), a ``media_type``,
and ``render(journey, options)`` returning ``bytes`` or ``str``. Renderers are
found through the ``journeyctl.renderers`` entry-point group; the built-in
ones are registered there in ``pyproject.toml`` exactly as a plugin's are.

Adding a renderer: write the class in a module of its own and add one line
under ``[project.entry-points."journeyctl.renderers"]``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, ClassVar, Mapping

if TYPE_CHECKING:
    from journeyctl.model import Journey

ENTRY_POINT_GROUP = "journeyctl.renderers"


def _ignore(message: str) -> None:
    pass


@dataclass(frozen=True)
class RenderOptions:
    #: The map's file, for resolving paths in it (a persona image); None for stdin.
    source: Path | None = None
    #: Format-specific settings, by name (only those the renderer declares).
    settings: Mapping[str, object] = field(default_factory=dict)
    #: Tell the user something worth knowing that does not stop the render.
    warn: Callable[[str], None] = _ignore


class Renderer:
    name: ClassVar[str]
    extensions: ClassVar[tuple[str, ...]]
    media_type: ClassVar[str]
    #: One line for ``journeyctl renderers``.
    summary: ClassVar[str] = ""
    #: The settings (command-line options) this renderer reads.
    settings: ClassVar[frozenset[str]] = frozenset()

    def render(self, journey: Journey, options: RenderOptions) -> bytes | str:
        raise NotImplementedError


@dataclass(frozen=True)
class Registry:
    renderers: dict[str, type[Renderer]]
    #: Where each came from: the distribution that registered it.
    origins: dict[str, str]
    #: Entry points that failed to load: name -> reason.
    broken: dict[str, str]

    def by_extension(self, suffix: str) -> str | None:
        suffix = suffix.lower()
        for name in sorted(self.renderers):
            if suffix in self.renderers[name].extensions:
                return name
        return None


_REGISTRY: Registry | None = None


def registry() -> Registry:
    """Every renderer that loads, found once per process."""
    global _REGISTRY
    if _REGISTRY is None:
        _REGISTRY = _discover()
    return _REGISTRY


def _discover() -> Registry:
    from importlib.metadata import entry_points

    renderers: dict[str, type[Renderer]] = {}
    origins: dict[str, str] = {}
    broken: dict[str, str] = {}
    for ep in sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda e: (e.name, e.value)):
        origin = ep.dist.name if ep.dist else "unknown"
        if ep.name in renderers:
            # A built-in format wins over a plugin of the same name.
            if origin != "journeyctl" or origins[ep.name] == "journeyctl":
                broken[ep.name] = f"{origin}: the name '{ep.name}' is taken by {origins[ep.name]}"
                continue
        try:
            cls = ep.load()
            missing = [a for a in ("name", "extensions", "media_type", "render") if not hasattr(cls, a)]
            if missing:
                raise TypeError(f"{ep.value} has no {', '.join(missing)}")
        except Exception as exc:  # a broken plugin must not break the other formats
            broken[ep.name] = f"{origin}: {type(exc).__name__}: {exc}"
            continue
        renderers[ep.name] = cls
        origins[ep.name] = origin
    return Registry(renderers, origins, broken)
