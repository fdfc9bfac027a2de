"""journeyctl: customer journey maps as engineering artifacts.

The Python API is :mod:`journeyctl.api` (``from journeyctl import api``):
``api.load_map``, ``api.render``, ``api.lint`` and ``api.compare``.
"""

__version__ = "0.1.0"
