"""What an answer means to `sync()` / `asyncio()`: the success model, or an exception.

`sync_detailed()` returns every answer as a value; `sync()` goes through here instead:
a status outside 2xx raises the ApiStatusError its status calls for (its error body parsed
when it is one, kept raw either way), and a 5xx to a call that moves money or state raises
OutcomeUnknownServerError, since imoje may have executed it before failing.
"""

import json
from typing import Any, TypeVar, cast, get_origin

import httpx

from . import _contract, _log
from .errors import (
    STATUS_ERRORS,
    ApiStatusError,
    InternalServerError,
    OutcomeUnknownServerError,
    UnexpectedStatus,
)
from .models.error_response import ErrorResponse
from .types import Response

T = TypeVar("T")


def _error_body(content: bytes) -> ErrorResponse | None:
    """imoje's error body, when the answer is one; None for anything else (an HTML page
    from a proxy, an empty body): the exception keeps the raw bytes either way."""
    try:
        document = json.loads(content)
    except (ValueError, RecursionError):
        return None
    if not isinstance(document, dict) or not isinstance(document.get("apiErrorResponse"), dict):
        return None
    try:
        return ErrorResponse.from_dict(document)
    except Exception:  # noqa: BLE001 - a malformed error body must not hide the status
        return None


def raise_for_status(route: _contract.Route, response: httpx.Response) -> None:
    """Raise the ApiStatusError for `response`'s status, unless it is 2xx."""
    status = response.status_code
    if 200 <= status < 300:
        return
    operation = _contract.operation_id(route)
    body = _error_body(response.content)
    kind: type[ApiStatusError] = STATUS_ERRORS.get(status, ApiStatusError)
    if status >= 500:
        kind = OutcomeUnknownServerError if _contract.changes_state(route) else InternalServerError
    error = kind(operation, status, response.content, response.headers, body)
    if isinstance(error, OutcomeUnknownServerError):
        _log.outcome_unknown(error, response.extensions.get("imoje_attempt"))
    raise error


def expect(response: Response[Any], kind: type[T], route: _contract.Route | None = None) -> T:
    """`response.parsed` as the operation's success model: a 2xx the spec does not document
    (a 201) has none, and raises UnexpectedStatus rather than returning None. A 204 reads as
    the 200 answer, empty, where that answer promises nothing (capture, void, deactivation)."""
    parsed = response.parsed
    if parsed is None and int(response.status_code) == 204 and route is not None:
        empty = _contract.empty_success(route)
        from_dict = getattr(kind, "from_dict", None)
        if empty is not None and callable(from_dict):
            return cast(T, from_dict(dict(empty)))
    # A list answer's kind is `list[Model]`: isinstance takes its origin, `list`.
    if isinstance(parsed, get_origin(kind) or kind):
        return cast(T, parsed)
    raise UnexpectedStatus(int(response.status_code), response.content)


__all__ = ["expect", "raise_for_status"]
