"""journeyctl: customer journey maps as engineering artifacts."""

__version__ = "0.1.0"
