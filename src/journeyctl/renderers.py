"""The 0.1 home of the renderer interface, kept so that plugins written for
0.1 (``from journeyctl.renderers import Renderer``) go on working. New code
imports from :mod:`journeyctl.render`; this name warns once and will go in 1.0.
"""

import warnings

from journeyctl.render.base import Renderer, RenderOptions

__all__ = ["Renderer", "RenderOptions"]

warnings.warn(
    "journeyctl.renderers is now journeyctl.render (from journeyctl.render import Renderer, RenderOptions); "
    "the old name will go in journeyctl 1.0",
    DeprecationWarning,
    stacklevel=2,
)
