"""The 0.1 home of the map's models, kept so that plugins written for 0.1
(``from journeyctl.model import Journey``) go on working. New code imports
from :mod:`journeyctl.format.model`; this name warns once and will go in 1.0.
"""

import warnings

from journeyctl.format.model import (  # noqa: F401
    Barrier, Journey, Metric, Opportunity, Persona, Stage, Step, Touchpoint,
)

__all__ = ["Barrier", "Journey", "Metric", "Opportunity", "Persona", "Stage", "Step", "Touchpoint"]

warnings.warn(
    "journeyctl.model is now journeyctl.format.model; the old name will go in journeyctl 1.0",
    DeprecationWarning,
    stacklevel=2,
)
