"""The interface every output format implements.

A renderer is a class with a ``name`` (the format, as given to ``-f``), the
file ``extensions`` it writes (the first is the default), a ``media_type``,
a one-line ``summary``, the ``settings`` (command-line options) it reads, and
``render(journey, options)`` returning ``bytes`` or ``str``. A renderer
whose output can be big may also give it in pieces as they are made
(``stream``): the command line writes each piece as it comes, so that a map
of thousands of steps never sits in memory as one page.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, ClassVar, Iterable, Mapping

if TYPE_CHECKING:
    from journeyctl.format.model import Journey


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

    def stream(self, journey: Journey, options: RenderOptions) -> Iterable[bytes | str]:
        """The output in pieces (all str, or all bytes), joined they are
        what ``render`` gives: by default ``render``'s in one piece."""
        return (self.render(journey, options),)
