"""Checks each request and response against the spec this package was generated from.

The generated endpoint modules call `check_request` before anything is sent and
`build_response` on what comes back. Validators are compiled from the bundled spec once
per operation, on first use.

Requests are checked strictly: every pattern, length, enum and format of the spec.
Responses are checked leniently, for what the models need to absorb them (required
fields, JSON types, a null only where the spec or an optional field allows it): an enum
value, a field or a null the spec does not know yet must not break a service. Reporting
such drift is the contract suite's job, not the client's.
"""

import json
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache, cached_property
from http import HTTPStatus
from typing import Any, TypeVar

import httpx
import jsonschema_rs

from . import _log, _redact, openapi
from ._request_id import request_id
from .errors import (
    OutcomeUnknownContractError,
    Problem,
    RequestValidationError,
    ResponseContractError,
    UnexpectedStatus,
)
from .types import Response

T = TypeVar("T")


@dataclass(frozen=True)
class _Checks:
    operation: openapi.Operation
    body: jsonschema_rs.Validator | None
    path: Mapping[str, jsonschema_rs.Validator]
    responses: Mapping[str, jsonschema_rs.Validator]


class Route(tuple[str, str]):
    """(method, path) of an operation as a generated module names it (`ROUTE`). Its checks are
    found on first use and stay with it: a call looks its operation up once, not in each
    module it passes. A plain (method, path) tuple is accepted everywhere too."""

    def __new__(cls, method: str, path: str) -> "Route":
        return super().__new__(cls, (method, path))

    @cached_property
    def checks(self) -> "_Checks":
        return _found(self)


@cache  # a handful of routes, each shaped once
def _key(route: tuple[str, str]) -> tuple[str, str]:
    # Generated modules name path parameters in Python (`{payment_id}`), the spec as written
    # (`{paymentId}`): an operation is found by its method and the shape of its path.
    method, path = route
    return method.upper(), re.sub(r"\{[^}]*\}", "{}", path)


def operation_id(route: tuple[str, str]) -> str:
    """The spec's operationId of the operation at `route` (method, path)."""
    try:
        return _checks(route).operation.operation_id
    except LookupError:
        return f"{route[0]} {route[1]}"


def changes_state(route: tuple[str, str]) -> bool:
    """Whether the operation at `route` moves money or state (`x-changes-state`)."""
    return _checks(route).operation.changes_state


@cache
def _all_checks() -> dict[tuple[str, str], _Checks]:
    document = openapi.bundled()
    checks = {}
    for operation in openapi.operations(document).values():
        checks[_key((operation.method, operation.path))] = _Checks(
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


def _checks(route: tuple[str, str]) -> _Checks:
    return route.checks if isinstance(route, Route) else _found(route)


def _found(route: tuple[str, str]) -> _Checks:
    try:
        return _all_checks()[_key(route)]
    except KeyError:
        raise LookupError(f"{route} is not an operation of {openapi.SPEC_FILE}; regenerate the client") from None


def _unencodable(value: object, path: tuple[str | int, ...] = ()) -> Iterator[tuple[str | int, ...]]:
    """Where `value` holds a string no UTF-8 can carry (a lone surrogate such as \\ud800)."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            yield path
    elif isinstance(value, Mapping):
        for key, inner in value.items():
            yield from _unencodable(key, path)
            yield from _unencodable(inner, (*path, str(key)))
    elif isinstance(value, list | tuple):
        for index, inner in enumerate(value):
            yield from _unencodable(inner, (*path, index))


def _path_problems(name: str, value: object) -> list[Problem]:
    if value is None or type(value).__name__ == "Unset":
        return [Problem(name, "required", "a path parameter cannot be None: name the record")]
    text = str(value)
    if text in (".", ".."):
        # quote() leaves dots alone and HTTP clients resolve `.`/`..` segments: the request
        # would go to another path (`/v1/merchant/../payment/x` is `/v1/payment/x`).
        return [Problem(name, "pathSegment", f"{text!r} cannot be a path segment")]
    return []


def check_request(route: tuple[str, str], *, path: Mapping[str, object], body: object) -> None:
    """Raise RequestValidationError, before anything is sent, if the request breaks the spec."""
    checks = _checks(route)
    found: list[Problem] = []
    for name, value in path.items():
        found.extend(_path_problems(name, value))
        if found or name not in checks.path:
            continue
        try:
            # is_valid first: it stops at the first error and builds none (profiled: the common case).
            if not checks.path[name].is_valid(str(value)):
                found.extend(openapi.problems(checks.path[name], str(value), prefix=name))
        except UnicodeEncodeError:
            found.append(Problem(name, "encoding", "holds a lone surrogate: not Unicode text"))
    if checks.body is not None and body is not None:
        try:
            if not checks.body.is_valid(body):
                found.extend(openapi.problems(checks.body, body))
        except UnicodeEncodeError:
            found.extend(
                Problem(openapi.field_name(where), "encoding", "holds a lone surrogate: not Unicode text")
                for where in _unencodable(body)
            )
    if found:
        raise RequestValidationError(checks.operation.operation_id, found)


def _integer_strings(document: Mapping[str, object], schema: Mapping[str, object], value: object) -> object:
    """`value` with each integer-valued string where `schema` wants an integer made an int
    (community clients report GET /payment answering `"amount": "10000"`)."""
    schema = openapi.resolve(document, schema)
    types = schema.get("type")
    wants_integer = types == "integer" or (isinstance(types, list) and "integer" in types)
    if wants_integer and isinstance(value, str) and _INTEGER.fullmatch(value):
        return int(value)
    properties = schema.get("properties")
    if isinstance(value, dict) and isinstance(properties, Mapping):
        return {
            key: _integer_strings(document, properties[key], inner) if key in properties else inner
            for key, inner in value.items()
        }
    items = schema.get("items")
    if isinstance(value, list) and isinstance(items, Mapping):
        return [_integer_strings(document, items, inner) for inner in value]
    return value


_INTEGER = re.compile(r"-?[0-9]{1,18}")
_SURROGATE_ESCAPE = re.compile(rb"\\[uU][dD][89a-fA-F]")


def _promises_nothing(schema: Mapping[str, object] | None) -> bool:
    """Whether an answer's schema is an object that requires no field (the undocumented
    answers of capture, void and deactivation)."""
    resolved = openapi.resolve(openapi.bundled(), schema) if schema else {}
    return resolved.get("type") == "object" and not resolved.get("required")


def empty_success(route: tuple[str, str]) -> Mapping[str, object] | None:
    """`{}` when the operation's 200 answer promises nothing, so that a 204 reads as it; else None."""
    return {} if _promises_nothing(_checks(route).operation.responses.get("200")) else None


def lone_surrogates(raw: bytes, document: object) -> list[Problem]:
    """RFC 8259 §8.2: a lone surrogate escape is JSON but no text; each field holding one
    (the cheap byte scan keeps the common case fast)."""
    if not _SURROGATE_ESCAPE.search(raw):
        return []
    return [
        Problem(openapi.field_name(where), "encoding", "a lone surrogate escape: not Unicode text")
        for where in _unencodable(document)
    ]


def build_response(route: tuple[str, str], response: httpx.Response, parse: Callable[[Any], T | None]) -> Response[T]:
    """Wrap `response`, raising ResponseContractError for a documented answer the models cannot
    absorb. `parse` is given the document parsed and checked here (None where the status
    documents no JSON answer): the body is decoded once, and `response` is left as it came."""
    checks = _checks(route)

    redact = _redact.redactor(response)
    raw = _redact.raw_content(response)

    def broken(found: list[Problem]) -> ResponseContractError:
        # Messages may quote the answer's values: what the exception shows is redacted.
        shown = [Problem(problem.field, problem.rule, redact(problem.message)) for problem in found]
        executed = 200 <= response.status_code < 300 and checks.operation.changes_state
        kind = OutcomeUnknownContractError if executed else ResponseContractError
        error = kind(checks.operation.operation_id, response.status_code, response.content, shown)
        error.request_id = request_id(response.headers)
        if isinstance(error, OutcomeUnknownContractError):
            _log.outcome_unknown(error, response.extensions.get("imoje_attempt"))  # built to be raised
        return error

    try:
        status = HTTPStatus(response.status_code)
    except ValueError:
        # Not in HTTP's registry (520...): no Response can carry it as an HTTPStatus.
        raise UnexpectedStatus(response.status_code, response.content) from None
    documented = checks.operation.response_schema(response.status_code)
    document: object = None
    if documented is not None and documented[0] in checks.responses:
        try:
            # An empty 2xx where the answer promises nothing: the call was executed, and
            # refusing its answer would leave the service guessing.
            empty = (not raw or raw.isspace()) and 200 <= response.status_code < 300
            promised = checks.operation.responses.get(documented[0])
            document = {} if empty and _promises_nothing(promised) else json.loads(raw)
        except RecursionError:
            raise broken([Problem("", "json", "the body is nested too deeply to read")]) from None
        except ValueError as exc:
            raise broken([Problem("", "json", f"the body is not JSON: {exc}")]) from None
        # A service would fail on a lone surrogate later, far from here.
        lone = lone_surrogates(raw, document)
        if lone:
            raise broken(lone)
        validator = checks.responses[documented[0]]
        try:
            if not validator.is_valid(document):
                schema = checks.operation.responses[documented[0]] or {}
                absorbed = _integer_strings(openapi.bundled(), schema, document)
                if absorbed == document or not validator.is_valid(absorbed):
                    raise broken(list(openapi.problems(validator, document)))
                document = absorbed
        except UnicodeEncodeError:
            raise broken([Problem("", "encoding", "a string holds a lone surrogate: not Unicode text")]) from None
        except (RecursionError, ValueError) as exc:  # jsonschema-rs: "Recursion limit reached"
            raise broken([Problem("", "depth", f"the body cannot be checked: {exc}")]) from None
    try:
        parsed = parse(document)
    except UnexpectedStatus:
        raise
    except Exception as exc:  # any failure inside generated parsing (RecursionError too) is a contract break
        answer = checks.operation.responses.get(documented[0]) if documented is not None else None
        named = list(openapi.uuid_problems(openapi.bundled(), answer, document)) if answer else []
        raise broken(named or [Problem("", "parse", f"{type(exc).__name__}: {exc}")]) from exc
    return Response(status_code=status, content=response.content, headers=response.headers, parsed=parsed)
