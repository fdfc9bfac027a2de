"""Converters from other formats into journey maps."""
