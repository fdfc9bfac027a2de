"""Renderers: one module per output format, found through
:mod:`journeyctl.render.registry`.

A plugin's renderer subclasses :class:`Renderer` (see "Write a renderer" in
the README)::

    from journeyctl.render import Renderer, RenderOptions
"""

from journeyctl.render.base import Renderer, RenderOptions

__all__ = ["Renderer", "RenderOptions"]
