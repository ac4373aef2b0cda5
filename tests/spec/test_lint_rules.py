"""What Redocly's recommended rules and Spectral's `spectral:oas` warned about in both specs
(run by hand, ARCHITECTURE.md "Linting the specs"), held with Python tools so that the specs stay clean on a
machine with only Python: every media-type example valid against its schema with no property
the schema does not name (Redocly's no-invalid-media-type-examples), every operation described
and tagged with a declared tag, a contact, and security declared for every operation."""

import copy
from collections.abc import Iterator
from typing import Any

import pytest
import yaml
from imoje_client import openapi

from tests.paths import ROOT

SPECS = {name: ROOT / "spec" / f"{name}.yaml" for name in ("imoje", "imoje-paywall")}
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


def _load(name: str) -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(SPECS[name].read_text(encoding="utf-8"))
    return loaded


def closed(schema: Any) -> Any:
    """`schema` with every object that names its properties closed to others, as Redocly
    judges examples (no composition of objects in these specs makes that stricter than it)."""
    if isinstance(schema, list):
        return [closed(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    shut = {key: closed(value) for key, value in schema.items()}
    if "properties" in shut and "additionalProperties" not in shut and "unevaluatedProperties" not in shut:
        shut["additionalProperties"] = False
    return shut


def _operations(document: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for path, item in document["paths"].items():
        for method in METHODS:
            if method in item:
                yield f"{method.upper()} {path}", item[method]


def media_examples(document: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any], Any]]:
    """(where, schema, value) of every example of a request or response body."""
    for where, operation in _operations(document):
        bodies = [("request", operation.get("requestBody", {}))]
        bodies += [(status, answer) for status, answer in operation.get("responses", {}).items()]
        for role, body in bodies:
            body = openapi.resolve(document, body)
            for media, content in body.get("content", {}).items():
                if "schema" not in content:
                    continue
                if "example" in content:
                    yield f"{where} {role} {media} example", content["schema"], content["example"]
                for name, example in content.get("examples", {}).items():
                    example = openapi.resolve(document, example)
                    if "value" in example:
                        yield f"{where} {role} {media} {name}", content["schema"], example["value"]


def _examples() -> list[Any]:
    return [
        pytest.param(name, where, schema, value, id=f"{name}: {where}")
        for name in SPECS
        for where, schema, value in media_examples(_load(name))
    ]


def test_both_specs_have_examples_to_judge() -> None:
    # The REST spec's examples number in the dozens; were the walk to find none, every
    # example test below would pass by not existing.
    assert sum(1 for _ in media_examples(_load("imoje"))) >= 30


@pytest.mark.parametrize(("spec", "where", "schema", "value"), _examples())
def test_every_example_is_valid_against_its_schema_with_nothing_unnamed(
    spec: str, where: str, schema: dict[str, Any], value: Any
) -> None:
    document = _load(spec)
    document["components"]["schemas"] = closed(document["components"].get("schemas", {}))
    checker = openapi.validator(document, closed(schema))
    assert [f"{error.instance_path}: {error.message}" for error in checker.iter_errors(value)] == []


def test_the_closing_finds_a_property_the_schema_does_not_name() -> None:
    document = _load("imoje")
    _, schema, value = next(
        item
        for item in media_examples(document)
        if item[0].startswith("POST /{merchantId}/transaction/{transactionId}/capture 200")
    )
    document["components"]["schemas"] = closed(document["components"]["schemas"])
    broken = copy.deepcopy(value)
    broken["transaction"]["notRealField"] = 1
    assert list(openapi.validator(document, closed(schema)).iter_errors(broken))


@pytest.mark.parametrize("spec", SPECS)
def test_every_operation_is_summarised_described_and_tagged_with_a_declared_tag(spec: str) -> None:
    document = _load(spec)
    declared = {tag["name"] for tag in document.get("tags", [])}
    for where, operation in _operations(document):
        assert operation.get("operationId"), where
        assert operation.get("summary", "").strip(), where
        assert operation.get("description", "").strip(), where
        assert operation.get("tags") and set(operation["tags"]) <= declared, where


@pytest.mark.parametrize("spec", SPECS)
def test_each_spec_names_a_contact_and_every_operation_its_security(spec: str) -> None:
    document = _load(spec)
    assert document["info"].get("contact", {}).get("email")
    for where, operation in _operations(document):
        assert "security" in operation or "security" in document, where
