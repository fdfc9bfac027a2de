"""The names journeyctl gives: a map's default id from its file name, and
slugs made from text."""

from __future__ import annotations

import re
from pathlib import Path


def default_id(path: Path) -> str:
    """The id of a map without one: its file name without extension
    (``onboarding.journey.yaml`` -> ``onboarding``), made into a slug."""
    name = path.name
    for suffix in (".yaml", ".yml", ".json"):
        if name.lower().endswith(suffix):
            name = name[: -len(suffix)]
            break
    if name.lower().endswith(".journey"):
        name = name[: -len(".journey")]
    return slugify(name) or "journey"


def slugify(text: str) -> str:
    """Lowercase ASCII letters and digits joined by hyphens."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
