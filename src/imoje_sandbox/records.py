"""Answers and notifications cut from the stored records by the spec's own schemas.

A record holds everything the sandbox knows of a link or a transaction; what an operation
answers, or a notification carries, is that record projected onto the schema the spec gives
it (`CreatedPayment`, `NotificationTransaction`...): no field list is kept by hand.
"""

from collections.abc import Mapping
from typing import Any

from imoje_client import openapi

Schema = Mapping[str, Any]


def project(document: Schema, schema: Schema, value: Any) -> Any:
    """`value` with only the properties `schema` names, at every depth."""
    schema = openapi.resolve(document, schema)
    properties = schema.get("properties")
    if isinstance(value, dict) and isinstance(properties, Mapping):
        return {key: project(document, properties[key], inner) for key, inner in value.items() if key in properties}
    items = schema.get("items")
    if isinstance(value, list) and isinstance(items, Mapping):
        return [project(document, items, inner) for inner in value]
    return value


class Renderer:
    """Projections onto the named component schemas of one spec."""

    def __init__(self, document: Schema) -> None:
        self.document = document
        self.schemas: Mapping[str, Schema] = document.get("components", {}).get("schemas", {})

    def render(self, name: str, record: Any) -> Any:
        if name not in self.schemas:
            raise LookupError(f"the spec has no component schema {name!r}")
        return project(self.document, self.schemas[name], record)
