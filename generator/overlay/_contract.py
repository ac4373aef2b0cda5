"""Checks each request and response against the spec this package was generated from.

The generated endpoint modules call `check_request` before anything is sent and
`build_response` on what comes back. Validators are compiled from the bundled spec once
per operation, on first use.

Requests are checked strictly: every pattern, length, enum and format of the spec.
Responses are checked leniently, for what the models need to absorb them (required
fields, JSON types, nullability): an enum value or field the spec does not know yet must
not break a service. Reporting such drift is the contract suite's job, not the client's.
"""

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from http import HTTPStatus
from typing import TypeVar

import httpx
import jsonschema_rs

from . import openapi
from .errors import Problem, RequestValidationError, ResponseContractError, UnexpectedStatus
from .types import Response

T = TypeVar("T")


@dataclass(frozen=True)
class _Checks:
    operation: openapi.Operation
    body: jsonschema_rs.Validator | None
    path: Mapping[str, jsonschema_rs.Validator]
    responses: Mapping[str, jsonschema_rs.Validator]


def _python_name(operation_id: str) -> str:
    # The generator names endpoint modules by snake-casing the operationId.
    return re.sub(r"(?<!^)(?=[A-Z])", "_", operation_id).lower()


@cache
def _all_checks() -> dict[str, _Checks]:
    document = openapi.bundled()
    checks = {}
    for operation in openapi.operations(document).values():
        checks[_python_name(operation.operation_id)] = _Checks(
            operation=operation,
            body=None if operation.body is None else openapi.validator(document, operation.body),
            path={
                name: openapi.validator(document, schema)
                for name, schema in operation.parameter_schemas("path").items()
            },
            responses={
                status: openapi.validator(document, schema, lenient=True)
                for status, schema in operation.responses.items()
                if schema is not None
            },
        )
    return checks


def _checks(name: str) -> _Checks:
    try:
        return _all_checks()[name]
    except KeyError:
        raise LookupError(f"{name!r} is not an operation of {openapi.SPEC_FILE}; regenerate the client") from None


def check_request(operation: str, *, path: Mapping[str, object], body: object) -> None:
    """Raise RequestValidationError, before anything is sent, if the request breaks the spec."""
    checks = _checks(operation)
    found: list[Problem] = []
    for name, value in path.items():
        # is_valid first: it stops at the first error and builds none (profiled: the common case).
        if name in checks.path and not checks.path[name].is_valid(str(value)):
            found.extend(openapi.problems(checks.path[name], str(value), prefix=name))
    if checks.body is not None and body is not None and not checks.body.is_valid(body):
        found.extend(openapi.problems(checks.body, body))
    if found:
        raise RequestValidationError(checks.operation.operation_id, found)


def build_response(operation: str, response: httpx.Response, parse: Callable[[], T | None]) -> Response[T]:
    """Wrap `response`, raising ResponseContractError for a documented answer the models cannot absorb."""
    checks = _checks(operation)

    def broken(found: list[Problem]) -> ResponseContractError:
        return ResponseContractError(checks.operation.operation_id, response.status_code, response.content, found)

    try:
        status = HTTPStatus(response.status_code)
    except ValueError:
        raise broken([Problem("", "status", f"{response.status_code} is not an HTTP status code")]) from None
    documented = checks.operation.response_schema(response.status_code)
    if documented is not None and documented[0] in checks.responses:
        try:
            document = json.loads(response.content)
        except ValueError as exc:
            raise broken([Problem("", "json", f"the body is not JSON: {exc}")]) from None
        validator = checks.responses[documented[0]]
        if not validator.is_valid(document):
            raise broken(list(openapi.problems(validator, document)))
        # The generated parser calls response.json() again: hand it the document parsed
        # here instead of decoding the body twice (profiled: a second json.loads per call).
        response.json = lambda **kwargs: document  # type: ignore[method-assign]
    try:
        parsed = parse()
    except UnexpectedStatus:
        raise
    except Exception as exc:  # any failure inside generated parsing is a contract break
        raise broken([Problem("", "parse", f"{type(exc).__name__}: {exc}")]) from exc
    return Response(status_code=status, content=response.content, headers=response.headers, parsed=parsed)
