"""Walks over the schemas of the spec, following references."""

from collections.abc import Iterator, Mapping
from typing import Any

from imoje_client import openapi


def subschemas(document: Mapping[str, Any], schema: Any, where: str) -> Iterator[tuple[str, Mapping[str, Any]]]:
    """`schema` and every schema inside it, each with a readable location; each ref once."""
    seen: set[str] = set()

    def walk(node: Any, location: str) -> Iterator[tuple[str, Mapping[str, Any]]]:
        if not isinstance(node, Mapping):
            return
        if "$ref" in node:
            ref = str(node["$ref"])
            if ref in seen:
                return
            seen.add(ref)
            yield from walk(openapi.resolve(document, node), ref.removeprefix("#/components/schemas/"))
            return
        yield location, node
        for key in openapi.SCHEMA_MAPS:
            for name, sub in node.get(key, {}).items():
                yield from walk(sub, f"{location}.{name}")
        for key in openapi.SCHEMA_LISTS:
            for index, sub in enumerate(node.get(key, [])):
                yield from walk(sub, f"{location}/{key}[{index}]")
        for key in openapi.SCHEMA_SINGLES:
            if isinstance(node.get(key), Mapping):
                yield from walk(node[key], f"{location}/{key}")

    yield from walk(schema, where)


def response_schemas(document: Mapping[str, Any]) -> Iterator[tuple[str, Mapping[str, Any]]]:
    """Every schema imoje answers or sends with: API responses and notification (webhook) bodies."""
    for operation in openapi.operations(document).values():
        for status, schema in operation.responses.items():
            if schema is not None:
                yield from subschemas(document, schema, f"{operation.operation_id} {status}")
    for name, webhook in document.get("webhooks", {}).items():
        for method in openapi.METHODS:
            body = webhook.get(method, {}).get("requestBody")
            schema = None if body is None else openapi.json_schema(document, body)
            if schema is not None:
                yield from subschemas(document, schema, f"webhook {name}")


def forbids_additional_properties(schema: Mapping[str, Any]) -> bool:
    return schema.get("additionalProperties", True) is False or schema.get("unevaluatedProperties", True) is False


def patterns(document: Mapping[str, Any]) -> dict[str, str]:
    """Every distinct pattern of the spec, by the first place it appears."""
    found: dict[str, str] = {}
    for name, schema in document["components"]["schemas"].items():
        for location, sub in subschemas(document, schema, name):
            if "pattern" in sub and sub["pattern"] not in found.values():
                found[location] = sub["pattern"]
    return found


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, Mapping):
        if isinstance(node.get("$ref"), str):
            yield node["$ref"]
        for inner in node.values():
            yield from _refs(inner)
    elif isinstance(node, list):
        for inner in node:
            yield from _refs(inner)


def answer_components(document: Mapping[str, Any]) -> set[str]:
    """The names of the component schemas an answer or a notification can hold, at any depth."""
    starts: list[Any] = [operation.responses for operation in openapi.operations(document).values()]
    for webhook in document.get("webhooks", {}).values():
        starts += [webhook.get(method, {}).get("requestBody") for method in openapi.METHODS]
    pending = [ref for start in starts for ref in _refs(start)]
    found: set[str] = set()
    while pending:
        ref = pending.pop()
        target = openapi.resolve(document, {"$ref": ref})
        if ref.startswith("#/components/schemas/"):
            name = ref.removeprefix("#/components/schemas/")
            if name in found:
                continue
            found.add(name)
        pending += _refs(target)
    return found
