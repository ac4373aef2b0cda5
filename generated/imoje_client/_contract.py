"""Checks each request and response against the spec this package was generated from.

The generated endpoint modules call `check_request` before anything is sent and
`build_response` on what comes back. Both read `openapi.json` (the spec, shipped inside
the package) and compile JSON Schema validators once per operation.

Requests are checked strictly: every pattern, length, enum and format of the spec.
Responses are checked leniently, for what the models need to absorb them (required
fields, JSON types, nullability): an enum value or field the spec does not know yet must
not break a service. Reporting such drift is the contract suite's job, not the client's.
"""

import json
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from http import HTTPStatus
from importlib import resources
from typing import Any, TypeVar

import httpx
import jsonschema_rs

from .errors import (
    Problem,
    RequestValidationError,
    ResponseContractError,
    UnexpectedStatus,
)
from .types import Response

T = TypeVar("T")

SPEC_FILE = "openapi.json"
_DIALECT = "https://json-schema.org/draft/2020-12/schema"
_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# Keywords that only narrow the values of a type. Dropped from response schemas: a value
# outside them (a new enum member, a longer title) is drift to report, not a reason to fail.
_NARROWING_KEYWORDS = frozenset(
    {
        "enum",
        "const",
        "pattern",
        "format",
        "maxLength",
        "minLength",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "multipleOf",
        "maxItems",
        "minItems",
        "uniqueItems",
        "maxProperties",
        "minProperties",
    }
)
# Keywords whose value is a map of name -> schema, or a list of schemas.
_SCHEMA_MAPS = ("properties", "patternProperties", "$defs", "dependentSchemas")
_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SCHEMA_SINGLES = (
    "items",
    "additionalProperties",
    "not",
    "if",
    "then",
    "else",
    "contains",
)


@cache
def spec() -> dict[str, Any]:
    """The OpenAPI document this package was generated from."""
    text = resources.files(__package__).joinpath(SPEC_FILE).read_text(encoding="utf-8")
    document: dict[str, Any] = json.loads(text)
    return document


def _python_name(operation_id: str) -> str:
    # The generator names endpoint modules by snake-casing the operationId.
    return re.sub(r"(?<!^)(?=[A-Z])", "_", operation_id).lower()


@dataclass(frozen=True)
class _Operation:
    operation_id: str
    body: jsonschema_rs.Validator | None
    path: Mapping[str, jsonschema_rs.Validator]
    responses: Mapping[str, jsonschema_rs.Validator]


def _loosen(schema: Any) -> Any:
    if not isinstance(schema, dict):
        return schema
    loose = {
        key: value for key, value in schema.items() if key not in _NARROWING_KEYWORDS
    }
    for key in _SCHEMA_MAPS:
        if isinstance(loose.get(key), dict):
            loose[key] = {name: _loosen(sub) for name, sub in loose[key].items()}
    for key in _SCHEMA_LISTS:
        if isinstance(loose.get(key), list):
            loose[key] = [_loosen(sub) for sub in loose[key]]
    for key in _SCHEMA_SINGLES:
        if key in loose:
            loose[key] = _loosen(loose[key])
    return loose


def _validator(schema: Mapping[str, Any], *, strict: bool) -> jsonschema_rs.Validator:
    schemas = spec().get("components", {}).get("schemas", {})
    if not strict:
        schemas = {name: _loosen(sub) for name, sub in schemas.items()}
        schema = _loosen(dict(schema))
    # The component schemas ride along so that "#/components/schemas/..." refs resolve.
    root = {"$schema": _DIALECT, "components": {"schemas": schemas}, **schema}
    return jsonschema_rs.validator_for(root, validate_formats=strict)


def _resolve(node: Mapping[str, Any]) -> Mapping[str, Any]:
    # Follows a local "#/components/..." reference to a parameter, body or response.
    while "$ref" in node:
        target: Any = spec()
        for part in str(node["$ref"]).removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def _json_schema(node: Mapping[str, Any]) -> Mapping[str, Any] | None:
    content = _resolve(node).get("content", {})
    media = content.get("application/json")
    return None if media is None else media.get("schema", {})


@cache
def _operations() -> dict[str, _Operation]:
    operations: dict[str, _Operation] = {}
    for path_item in spec().get("paths", {}).values():
        shared = path_item.get("parameters", [])
        for method in _METHODS:
            operation = path_item.get(method)
            if operation is None:
                continue
            parameters = [
                _resolve(p) for p in (*shared, *operation.get("parameters", []))
            ]
            body_schema = (
                None
                if "requestBody" not in operation
                else _json_schema(operation["requestBody"])
            )
            responses = {}
            for status, response in operation.get("responses", {}).items():
                schema = _json_schema(response)
                if schema is not None:
                    responses[str(status)] = _validator(schema, strict=False)
            operations[_python_name(operation["operationId"])] = _Operation(
                operation_id=operation["operationId"],
                body=None
                if body_schema is None
                else _validator(body_schema, strict=True),
                path={
                    p["name"]: _validator(p["schema"], strict=True)
                    for p in parameters
                    if p["in"] == "path"
                },
                responses=responses,
            )
    return operations


def _field(path: list[str | int], extra: str | None = None) -> str:
    dotted = ""
    for part in path:
        dotted += (
            f"[{part}]" if isinstance(part, int) else (f".{part}" if dotted else part)
        )
    if extra:
        dotted = f"{dotted}.{extra}" if dotted else extra
    return dotted


def problems_of(
    validator: jsonschema_rs.Validator, instance: Any, *, prefix: str = ""
) -> Iterator[Problem]:
    """Every rule `instance` breaks, each naming the field (dotted path) and the keyword."""
    for error in validator.iter_errors(instance):
        kind = error.kind
        detail = kind.as_dict()
        path: list[str | int] = (
            [prefix, *error.instance_path] if prefix else list(error.instance_path)
        )
        if kind.name == "required":
            field = _field(path, str(detail["property"]))
        elif kind.name == "additionalProperties":
            field = _field(path, ",".join(str(name) for name in detail["unexpected"]))
        else:
            field = _field(path)
        yield Problem(field=field, rule=kind.name, message=error.message)


def _operation(name: str) -> _Operation:
    try:
        return _operations()[name]
    except KeyError:
        raise LookupError(
            f"{name!r} is not an operation of {SPEC_FILE}; regenerate the client"
        ) from None


def check_request(operation: str, *, path: Mapping[str, object], body: object) -> None:
    """Raise RequestValidationError, before anything is sent, if the request breaks the spec."""
    spec_operation = _operation(operation)
    problems: list[Problem] = []
    for name, value in path.items():
        validator = spec_operation.path.get(name)
        if validator is not None:
            problems.extend(problems_of(validator, str(value), prefix=name))
    if spec_operation.body is not None and body is not None:
        problems.extend(problems_of(spec_operation.body, body))
    if problems:
        raise RequestValidationError(spec_operation.operation_id, problems)


def _response_validator(
    operation: _Operation, status: int
) -> jsonschema_rs.Validator | None:
    for key in (str(status), f"{status // 100}XX", "default"):
        if key in operation.responses:
            return operation.responses[key]
    return None


def build_response(
    operation: str, response: httpx.Response, parse: Callable[[], T | None]
) -> Response[T]:
    """Wrap `response`, raising ResponseContractError for a documented answer the models cannot absorb."""
    spec_operation = _operation(operation)

    def broken(field: str, rule: str, message: str) -> ResponseContractError:
        problem = Problem(field=field, rule=rule, message=message)
        return ResponseContractError(
            spec_operation.operation_id,
            response.status_code,
            response.content,
            [problem],
        )

    try:
        status = HTTPStatus(response.status_code)
    except ValueError:
        raise broken(
            "", "status", f"{response.status_code} is not an HTTP status code"
        ) from None
    validator = _response_validator(spec_operation, response.status_code)
    if validator is not None:
        try:
            document = json.loads(response.content)
        except ValueError as exc:
            raise broken("", "json", f"the body is not JSON: {exc}") from None
        problems = list(problems_of(validator, document))
        if problems:
            raise ResponseContractError(
                spec_operation.operation_id,
                response.status_code,
                response.content,
                problems,
            )
    try:
        parsed = parse()
    except UnexpectedStatus:
        raise
    except Exception as exc:
        raise broken("", "parse", f"{type(exc).__name__}: {exc}") from exc
    return Response(
        status_code=status,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )
