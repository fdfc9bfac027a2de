"""``-f json``: the normalized map, every default filled in."""

from __future__ import annotations

import json

from journeyctl.render.base import Renderer, RenderOptions


class JsonRenderer(Renderer):
    name = "json"
    extensions = (".json",)
    media_type = "application/json"
    summary = "the normalized map as JSON, defaults filled in"

    def render(self, journey, options: RenderOptions) -> str:
        # exclude_none keeps `next` absent (follow file order) apart from
        # `next: []` (the journey ends), and leaves out unset optional fields.
        data = journey.model_dump(mode="json", exclude_none=True)
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
