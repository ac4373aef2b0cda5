"""spec/imoje.yaml as tests read it: loaded once, read through the client's own spec reader."""

from functools import cache
from typing import Any

import jsonschema_rs
import yaml
from imoje_client import openapi

from tests.paths import SPEC_PATH


@cache
def document() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    return loaded


def operation(operation_id: str) -> openapi.Operation:
    return openapi.operations(document())[operation_id]


def request_validator(operation_id: str) -> jsonschema_rs.Validator:
    body = operation(operation_id).body
    assert body is not None, f"{operation_id} has no JSON request body"
    return openapi.validator(document(), body)


def response_validator(operation_id: str, status: int, *, lenient: bool = False) -> jsonschema_rs.Validator:
    documented = operation(operation_id).response_schema(status)
    assert documented is not None and documented[1] is not None, f"{operation_id} documents no JSON {status}"
    return openapi.validator(document(), documented[1], lenient=lenient)


def component(name: str) -> jsonschema_rs.Validator:
    return openapi.validator(document(), {"$ref": f"#/components/schemas/{name}"})
