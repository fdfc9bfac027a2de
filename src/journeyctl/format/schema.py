"""The JSON Schema of the journey format, draft-07 compatible.

Generated from the models, so it cannot drift from what the loader accepts;
``schemas/journey.schema.json`` is this output, committed, and a test keeps
them identical. yaml-language-server reads draft-07, so definitions live under
``definitions`` rather than draft 2020-12's ``$defs``.
"""

from __future__ import annotations

import json
from typing import Any

#: A URN, not an address: the schema is not published anywhere; editors find
#: it by the modeline or by path.
SCHEMA_ID = "urn:journeyctl:schema:journey-map:1"
DRAFT_07 = "http://json-schema.org/draft-07/schema#"
#: The kinds of file, each with its schema (``journeyctl schema --kind``):
#: a map, and the library's files. Their URNs.
KIND_IDS = {
    "journey": SCHEMA_ID,
    "persona": "urn:journeyctl:schema:persona:1",
    "touchpoints": "urn:journeyctl:schema:touchpoints:1",
}


def journey_schema(kind: str = "journey") -> dict[str, Any]:
    from journeyctl.format import model

    root = model.KINDS[kind]
    schema = root.model_json_schema(ref_template="#/definitions/{model}", mode="validation")
    definitions = schema.pop("$defs", {})
    models = [(schema, root), *((d, getattr(model, name)) for name, d in definitions.items())]
    for model_schema, cls in models:
        _describe_refs(model_schema, cls)
        _shared_by_id(model_schema, cls)
        _allow_empty_optionals(model_schema)
    return {
        "$schema": DRAFT_07,
        "$id": KIND_IDS[kind],
        **schema,
        "definitions": dict(sorted(definitions.items())),
    }


def _shared_by_id(model_schema: dict[str, Any], cls: Any) -> None:
    """A field that may name a shared definition (``persona: olivia``)
    takes the model or a slug."""
    from journeyctl.format.model import SLUG_PATTERN, Shared

    for name, prop in model_schema.get("properties", {}).items():
        info = cls.model_fields.get(name)
        if info is None or not any(isinstance(m, Shared) for m in info.metadata):
            continue
        outer = {k: prop.pop(k) for k in ("description", "title") if k in prop}
        options = prop.pop("allOf", None) or [dict(prop)]
        prop.clear()
        prop.update(outer, anyOf=[*options, {"type": "string", "pattern": SLUG_PATTERN,
                                             "description": "The id of a shared definition in the library."}])


def _describe_refs(model_schema: dict[str, Any], cls: Any) -> None:
    """A property that is a bare ``$ref`` loses its field's description (and
    draft-07 ignores keywords beside ``$ref``), so wrap it in ``allOf``."""
    for name, prop in model_schema.get("properties", {}).items():
        info = cls.model_fields.get(name)
        if set(prop) == {"$ref"} and info is not None and info.description:
            model_schema["properties"][name] = {"description": info.description, "allOf": [prop]}


def _allow_empty_optionals(model_schema: dict[str, Any]) -> None:
    """The loader reads an empty optional field (``goals:``) as absent, so the
    schema accepts null for every optional property."""
    required = set(model_schema.get("required", ()))
    for name, prop in model_schema.get("properties", {}).items():
        prop.pop("title", None)  # generated from the key: it adds nothing
        if name in required or _allows_null(prop):
            continue
        outer = {k: prop.pop(k) for k in ("description", "default", "examples") if k in prop}
        model_schema["properties"][name] = {**outer, "anyOf": [prop, {"type": "null"}]}


def _allows_null(prop: dict[str, Any]) -> bool:
    return any(option.get("type") == "null" for option in prop.get("anyOf", ()))


def render_schema(kind: str = "journey") -> str:
    return json.dumps(journey_schema(kind), ensure_ascii=False, indent=2) + "\n"
