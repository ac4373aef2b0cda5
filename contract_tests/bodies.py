"""Valid request bodies for each operation, and the rules (patterns, enums) inside them.

The bodies are the spec's own: each request's `contract` example (beside the vendor's, where
the page gives one). Property tests start from these and change one field at a time. Ids
that name records are the target's own where a request must reach them, and a fixed unknown
id where a real record must never be touched (deactivation).
"""

import copy
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from imoje_client import openapi

import imoje_spec

UNKNOWN_ID = "0f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b"

Path = tuple[str | int, ...]


def contract_example(document: Mapping[str, Any], node: Mapping[str, Any] | None) -> dict[str, Any]:
    """The `contract` example of a request body or an answer (`{}` when it has none)."""
    media = openapi.resolve(document, node).get("content", {}).get("application/json", {}) if node else {}
    example: dict[str, Any] = media.get("examples", {}).get("contract", {})
    return example


def contract_examples(document: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """Each operation's valid body: its request's `contract` example in the spec."""
    found = {}
    for operation in openapi.operations(document).values():
        example = contract_example(document, document["paths"][operation.path][operation.method].get("requestBody"))
        if "value" in example:
            found[operation.operation_id] = example["value"]
    return found


def missing_examples(document: Mapping[str, Any]) -> list[str]:
    """The operations that take a body and have no `contract` example to start from."""
    have = contract_examples(document)
    return sorted(
        f"{operation.operation_id} takes a body and has no `contract` request example"
        for operation in openapi.operations(document).values()
        if operation.body is not None and operation.operation_id not in have
    )


@cache  # property tests ask for the bodies per case; the spec is read (and copied) once
def _examples() -> dict[str, dict[str, Any]]:
    return contract_examples(imoje_spec.load())


def valid_bodies(service_id: str, payment_profile_id: str | None) -> dict[str, dict[str, Any]]:
    """The spec's `contract` request examples, naming the target's shop (and its card profile,
    where one is configured; an unknown one otherwise)."""
    found = copy.deepcopy(_examples())
    for body in found.values():
        if "serviceId" in body:
            body["serviceId"] = service_id
        if "paymentProfileId" in body:
            body["paymentProfileId"] = payment_profile_id or UNKNOWN_ID
    return found


def shop_bound(document: Mapping[str, Any]) -> frozenset[tuple[str, Path]]:
    """Fields whose valid values a target may refuse for its own configuration (`x-shop-bound`
    in the spec): the enum and pattern properties leave them out."""
    return frozenset(
        (operation.operation_id, (name,))
        for operation in openapi.operations(document).values()
        for name in operation.extensions.get("x-shop-bound", [])
    )


def not_sent(document: Mapping[str, Any]) -> dict[tuple[str, Path], str]:
    """Rules no property test sends, each with why (`x-not-sent` in the spec)."""
    return {
        (operation.operation_id, (name,)): " ".join(str(why).split())
        for operation in openapi.operations(document).values()
        for name, why in operation.extensions.get("x-not-sent", {}).items()
    }


def uncovered(document: Mapping[str, Any], bodies: Mapping[str, Any], keyword: str) -> list[str]:
    """The request fields of the spec with `keyword` that `field_rules` leaves out and no
    `x-not-sent` explains: each would get no property test."""
    covered = {(rule.operation_id, rule.path) for rule in field_rules(document, bodies, keyword)}
    explained = not_sent(document)
    return [
        f"{operation_id}:{openapi.field_name(list(path))}"
        for operation_id, path, _ in _string_rules(document, keyword)
        if (operation_id, path) not in covered and (operation_id, path) not in explained
    ]


@dataclass(frozen=True)
class FieldRule:
    """A string field of a request body with a pattern or an enum."""

    operation_id: str
    path: Path
    schema: Mapping[str, Any]

    @property
    def label(self) -> str:
        return f"{self.operation_id}:{openapi.field_name(list(self.path))}"


def _rules(
    document: Mapping[str, Any], schema: Mapping[str, Any], path: Path
) -> Iterator[tuple[Path, Mapping[str, Any]]]:
    schema = openapi.resolve(document, schema)
    if "pattern" in schema or "enum" in schema:
        yield path, schema
    for name, sub in schema.get("properties", {}).items():
        yield from _rules(document, sub, (*path, name))
    if isinstance(schema.get("items"), Mapping):
        yield from _rules(document, schema["items"], (*path, 0))


def get_at(body: Any, path: Path) -> Any:
    for part in path:
        body = body[part]
    return body


def set_at(body: Any, path: Path, value: Any) -> Any:
    changed = copy.deepcopy(body)
    node = changed
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = value
    return changed


def _string_rules(document: Mapping[str, Any], keyword: str) -> Iterator[tuple[str, Path, Mapping[str, Any]]]:
    """Every string field of every request body whose schema has `keyword`, `x-shop-bound` left out."""
    bound = shop_bound(document)
    for operation_id, operation in openapi.operations(document).items():
        if operation.body is None:
            continue
        for path, schema in _rules(document, operation.body, ()):
            if keyword in schema and schema.get("type", "string") == "string" and (operation_id, path) not in bound:
                yield operation_id, path, schema


def field_rules(document: Mapping[str, Any], bodies: Mapping[str, Any], keyword: str) -> list[FieldRule]:
    """Every field of the valid bodies whose schema has `keyword` ("pattern" or "enum")."""
    found = []
    for operation_id, path, schema in _string_rules(document, keyword):
        try:
            get_at(bodies[operation_id], path)
        except (KeyError, IndexError):
            continue
        found.append(FieldRule(operation_id, path, schema))
    return found
