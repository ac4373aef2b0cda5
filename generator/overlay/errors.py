"""Every exception the client raises, under one base class.

    ImojeClientError
     ├── ClientConfigurationError (also ValueError)  the client was built with a bad setting
     │                                               (a token that no HTTP header can carry)
     ├── ClientStateError (also RuntimeError)        an Imoje used after close(), entered
     │                                               twice, or moved to another event loop
     ├── RequestValidationError (also ValueError)    the request breaks the spec; nothing sent
     ├── ApiConnectionError                          no answer: the connection failed. Raised
     │                                               when resending is safe: the request never
     │                                               left, or it only reads (after its retries)
     ├── ApiTimeoutError                             no complete answer in time (a timeout, or
     │                                               the call's total `deadline`), same rule
     ├── OutcomeUnknownError                         a call that moves money or state may have
     │    │                                          been executed: do not resend; reconcile
     │    ├── OutcomeUnknownServerError              ... because imoje answered 5xx
     │    └── OutcomeUnknownContractError            ... executed (2xx), answer unreadable
     ├── ApiStatusError                              imoje answered with an error status
     │    ├── BadRequestError                        400
     │    ├── AuthenticationError                    401
     │    ├── PermissionDeniedError                  403
     │    ├── NotFoundError                          404
     │    ├── UnprocessableEntityError               422
     │    ├── RateLimitedError                       429: not executed; may be sent again
     │    │                                          later (`retry_after`, when answered)
     │    └── InternalServerError                    5xx
     │         └── OutcomeUnknownServerError         (also an OutcomeUnknownError)
     ├── ResponseTooLargeError                       the answer passed `max_response_bytes`
     ├── ResponseContractError                       an answer the models cannot absorb
     │    └── OutcomeUnknownContractError            (also an OutcomeUnknownError)
     └── UnexpectedStatus                            a status the spec does not document
                                                     (`sync_detailed`, with
                                                     raise_on_unexpected_status=True)

`sync()`/`asyncio()` and the `Imoje` resource methods raise an ApiStatusError for every
status outside 2xx; `sync_detailed()` and `with_raw_response` return those as values.

The token never appears in any of them: bodies that echo it carry `[REDACTED]` instead.
"""

import datetime
import email.utils
from collections.abc import Sequence
from dataclasses import dataclass
from http import HTTPStatus
from typing import TYPE_CHECKING

import httpx

from ._request_id import request_id

if TYPE_CHECKING:  # the models import nothing from here, but stay out of import time
    from .models.api_error_item import ApiErrorItem
    from .models.error_response import ErrorResponse

# How much of a body an exception message shows; `content` keeps all of it.
SHOWN_BYTES = 2000


class ImojeClientError(Exception):
    """Base class of every exception the client raises."""


class ClientConfigurationError(ImojeClientError, ValueError):
    """The client was given a setting it cannot use (the setting's value is never shown)."""


class ClientStateError(ImojeClientError, RuntimeError):
    """An `Imoje`/`AsyncImoje` used in a state it cannot serve: after close(), entered as a
    context manager twice, or an AsyncImoje used from a second event loop."""


class UnexpectedStatus(ImojeClientError):
    """An answer with a status the spec does not document, raised when
    Client.raise_on_unexpected_status is True, or always for a code outside HTTP's registry."""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n"
            f"{content[:SHOWN_BYTES].decode(errors='replace')}"
        )


# Failures after which the request provably never left.
_NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)


class ApiConnectionError(ImojeClientError):
    """The connection failed. `may_have_reached_imoje` is False only when the request
    provably never left. A call that moves money or state raises this only then; once its
    request may have left it raises OutcomeUnknownError instead, so this one is always safe
    to send again."""

    def __init__(self, operation: str, cause: httpx.HTTPError):
        self.operation = operation
        self.may_have_reached_imoje = not isinstance(cause, _NEVER_SENT)
        fact = (
            "the request never reached imoje"
            if not self.may_have_reached_imoje
            else "the read may have reached imoje, which changes nothing by reading"
        )
        super().__init__(f"{operation}: {type(cause).__name__}: {cause}; {fact}")


class ApiTimeoutError(ImojeClientError):
    """No complete answer in time: a phase's timeout, or the call's total `deadline`. A call
    that moves money or state raises this only for a connect or pool timeout (nothing was
    sent); a read (GET) raises it after its retries. `was_sent` says whether the request
    left at all."""

    def __init__(self, operation: str, reason: str, *, was_sent: bool = True):
        self.operation = operation
        self.was_sent = was_sent
        fact = "the read may have reached imoje" if was_sent else "the request was never sent"
        super().__init__(f"{operation}: {reason}; {fact}")


class ResponseTooLargeError(ImojeClientError):
    """The answer (on the wire or decompressed) passed the client's `max_response_bytes`;
    reading stopped there."""

    def __init__(self, operation: str, status_code: int, limit: int):
        self.operation = operation
        self.status_code = status_code
        self.limit = limit
        super().__init__(f"{operation}: the HTTP {status_code} answer is larger than {limit} bytes; reading stopped")


@dataclass(frozen=True)
class Problem:
    """One broken rule: where (a dotted path, "" for the whole document), which rule, and why."""

    field: str
    rule: str
    message: str

    def __str__(self) -> str:
        return f"{self.field or '<body>'}: {self.rule}: {self.message}"


class RequestValidationError(ImojeClientError, ValueError):
    """A request breaks the spec (a pattern, a max length, an enum...). Nothing was sent."""

    def __init__(self, operation: str, problems: Sequence[Problem]):
        self.operation = operation
        self.problems = tuple(problems)
        listing = "\n".join(f"  - {problem}" for problem in self.problems)
        super().__init__(f"{operation}: request refused before sending, it breaks the spec:\n{listing}")


class ResponseContractError(ImojeClientError):
    """A documented response the client cannot absorb: a required field missing, a wrong type, no JSON.

    `field` and `rule` name the first broken rule; `status_code` and `content` keep the raw
    answer, so nothing the server said is lost.
    """

    # The id the answer's headers give the request; set by the client that read the answer.
    request_id: str | None = None

    def __init__(self, operation: str, status_code: int, content: bytes, problems: Sequence[Problem]):
        self.operation = operation
        self.status_code = status_code
        self.content = content
        self.problems = tuple(problems)
        first = self.problems[0]
        self.field = first.field
        self.rule = first.rule
        listing = "\n".join(f"  - {problem}" for problem in self.problems[:20])
        # Not super(): OutcomeUnknownContractError puts OutcomeUnknownError next in line.
        ImojeClientError.__init__(
            self,
            f"{operation}: the HTTP {status_code} response breaks the contract:\n{listing}\n"
            f"Response content:\n{content[:SHOWN_BYTES].decode(errors='replace')}",
        )


class OutcomeUnknownError(ImojeClientError):
    """A call that moves money or state (create, charge, cancel, deactivate...) may have been
    executed by imoje, and no answer says whether it was: a read timeout, a connection
    dropped after the request was sent, or a 5xx answer.

    imoje has no idempotency keys: resending may execute it twice. Reconcile instead: read
    the resource (the payment link, the transaction, the profile) or wait for imoje's
    notification. `reason` says what happened.
    """

    def __init__(self, operation: str, reason: str):
        self.operation = operation
        self.reason = reason
        super().__init__(f"{operation}: {reason}; {NOT_KNOWN}")


# What every OutcomeUnknownError's message states (facts, not advice).
NOT_KNOWN = "whether imoje executed it is not known"
# What a service may tell its own users or logs; no exception message carries it (the
# messages state what happened; the advice is in docs/client.md and the docstrings).
OUTCOME_UNKNOWN_ADVICE = (
    "The request may have been executed: do not resend it; "
    "reconcile by reading the resource or waiting for imoje's notification"
)


class OutcomeUnknownContractError(ResponseContractError, OutcomeUnknownError):
    """A call that moves money or state answered 2xx, so imoje executed it, but the answer
    cannot be read: what it created or changed is not known here. Both a
    ResponseContractError (field, rule, the raw answer) and an OutcomeUnknownError (do not
    resend; reconcile)."""

    def __init__(self, operation: str, status_code: int, content: bytes, problems: Sequence[Problem]):
        ResponseContractError.__init__(self, operation, status_code, content, problems)
        self.reason = f"imoje answered HTTP {status_code}, executed, with an answer the client cannot read"
        self.args = (
            f"{self.args[0]}\nimoje executed it (HTTP {status_code}); what it created or changed is not known",
        )


class ApiStatusError(ImojeClientError):
    """imoje answered with a status outside 2xx.

    Attributes: `status_code`; `code`, `message` and `errors` from imoje's error body (None,
    None and () when it had none); `body`, that body parsed (an ErrorResponse, or None when
    the answer was not one); `content`, the raw bytes; `headers`; `request_id`, the id the
    answer's headers give the request (None when they give none); `operation`, the spec's
    operationId.
    """

    def __init__(
        self,
        operation: str,
        status_code: int,
        content: bytes,
        headers: httpx.Headers,
        body: "ErrorResponse | None",
    ):
        self.operation = operation
        self.status_code = status_code
        self.content = content
        self.headers = headers
        self.request_id = request_id(headers)
        self.body = body
        error = body.api_error_response if body is not None else None
        self.message: str | None = error.message if error is not None else None
        code = error.code if error is not None else None
        self.code: str | None = code if isinstance(code, str) else None
        errors = error.errors if error is not None else None
        self.errors: tuple[ApiErrorItem, ...] = tuple(errors) if isinstance(errors, list) else ()
        # Not super(): OutcomeUnknownServerError puts OutcomeUnknownError next in line.
        ImojeClientError.__init__(self, self._describe())

    def _describe(self) -> str:
        try:
            reason = HTTPStatus(self.status_code).phrase
        except ValueError:
            reason = "(not an HTTP status)"
        text = f"{self.operation}: HTTP {self.status_code} {reason}"
        if self.code:
            text += f" [{self.code}]"
        if self.message is not None:
            text += f": {self.message}"
        for item in self.errors[:20]:
            where = item.property_ if isinstance(item.property_, str) else "<request>"
            text += f"\n  - {where}: {item.message if isinstance(item.message, str) else ''}"
        if self.body is None and self.content:
            text += f"\nResponse content:\n{self.content[:SHOWN_BYTES].decode(errors='replace')}"
        return text


class BadRequestError(ApiStatusError):
    """400: imoje refused the request (a rule of its own, e.g. an inactive profile)."""


class AuthenticationError(ApiStatusError):
    """401: the token was refused."""


class PermissionDeniedError(ApiStatusError):
    """403: the token may not do this (another merchant's shop, a missing permission)."""


class NotFoundError(ApiStatusError):
    """404: no such merchant, shop, payment link or profile."""


class UnprocessableEntityError(ApiStatusError):
    """422: imoje found the request's parameters invalid."""


class RateLimitedError(ApiStatusError):
    """429: imoje refused the request for its rate, before executing it: nothing happened,
    and the same request may be sent again later (a read is, by the client's own retries;
    a call that changes state never is, automatically: the shop decides). `retry_after`: the
    seconds the answer's Retry-After header asks to wait (seconds or an HTTP date), or None."""

    def __init__(
        self,
        operation: str,
        status_code: int,
        content: bytes,
        headers: httpx.Headers,
        body: "ErrorResponse | None",
    ):
        super().__init__(operation, status_code, content, headers, body)
        self.retry_after = retry_after(headers)


def retry_after(headers: httpx.Headers) -> float | None:
    """The seconds a Retry-After header asks to wait (RFC 9110: delay-seconds or an HTTP
    date, past dates as 0), or None when there is none it can read."""
    value = headers.get("retry-after", "").strip()
    if value.isascii() and value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        return None
    return max(0.0, (when - datetime.datetime.now(datetime.UTC)).total_seconds())


class InternalServerError(ApiStatusError):
    """5xx: imoje failed. For a call that moves money or state this is raised as
    OutcomeUnknownServerError: the request may have been executed."""


class OutcomeUnknownServerError(InternalServerError, OutcomeUnknownError):
    """A 5xx answer to a call that moves money or state: both an InternalServerError (with
    the status and body) and an OutcomeUnknownError (do not resend; reconcile)."""

    def __init__(
        self,
        operation: str,
        status_code: int,
        content: bytes,
        headers: httpx.Headers,
        body: "ErrorResponse | None",
    ):
        InternalServerError.__init__(self, operation, status_code, content, headers, body)
        self.reason = f"imoje answered HTTP {status_code}"
        self.args = (f"{self.args[0]}\n{self.reason}; {NOT_KNOWN}",)


# The class raised for each error status; any other status outside 2xx raises ApiStatusError.
STATUS_ERRORS: dict[int, type[ApiStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    422: UnprocessableEntityError,
    429: RateLimitedError,
}


__all__ = [
    "OUTCOME_UNKNOWN_ADVICE",
    "STATUS_ERRORS",
    "ApiConnectionError",
    "ApiStatusError",
    "ApiTimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientConfigurationError",
    "ClientStateError",
    "ImojeClientError",
    "InternalServerError",
    "NotFoundError",
    "OutcomeUnknownContractError",
    "OutcomeUnknownError",
    "OutcomeUnknownServerError",
    "PermissionDeniedError",
    "Problem",
    "RateLimitedError",
    "RequestValidationError",
    "ResponseContractError",
    "ResponseTooLargeError",
    "UnexpectedStatus",
    "UnprocessableEntityError",
]
