"""Every exception the client raises, under one base class.

    ImojeClientError
     ├── ClientConfigurationError (also ValueError)  the client was built with a bad setting
     │                                               (a token that no HTTP header can carry)
     ├── RequestValidationError (also ValueError)    the request breaks the spec; nothing sent
     ├── ApiConnectionError                          no answer: the connection failed
     ├── ApiTimeoutError                             no complete answer in time (a timeout, or
     │                                               the call's total `deadline`)
     ├── ResponseTooLargeError                       the answer passed `max_response_bytes`
     ├── ResponseContractError                       an answer the models cannot absorb
     └── UnexpectedStatus                            a status the spec does not document
                                                     (with raise_on_unexpected_status=True)

The token never appears in any of them: bodies that echo it carry `[REDACTED]` instead.
"""

from collections.abc import Sequence
from dataclasses import dataclass

import httpx

# How much of a body an exception message shows; `content` keeps all of it.
SHOWN_BYTES = 2000


class ImojeClientError(Exception):
    """Base class of every exception the client raises."""


class ClientConfigurationError(ImojeClientError, ValueError):
    """The client was given a setting it cannot use (the setting's value is never shown)."""


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


class ApiConnectionError(ImojeClientError):
    """The connection failed. `may_have_reached_imoje` is False only when it never opened
    (the request provably never left): only then is resending safe."""

    def __init__(self, operation: str, cause: httpx.HTTPError):
        self.operation = operation
        self.may_have_reached_imoje = not isinstance(cause, httpx.ConnectError)
        advice = (
            "the request never reached imoje"
            if not self.may_have_reached_imoje
            else "the request may have reached imoje: do not resend it; read the resource or wait for the notification"
        )
        super().__init__(f"{operation}: {type(cause).__name__}: {cause}; {advice}")


class ApiTimeoutError(ImojeClientError):
    """No complete answer in time: a phase's timeout, or the call's total `deadline`. The
    request may have reached imoje: do not resend it blindly; reconcile instead."""

    def __init__(self, operation: str, reason: str):
        self.operation = operation
        super().__init__(f"{operation}: {reason}; the request may have been executed")


class ResponseTooLargeError(ImojeClientError):
    """The answer (on the wire or decompressed) passed the client's `max_response_bytes`;
    reading stopped there."""

    def __init__(self, operation: str, status_code: int, limit: int):
        self.operation = operation
        self.status_code = status_code
        self.limit = limit
        super().__init__(
            f"{operation}: the HTTP {status_code} answer is larger than {limit} bytes; reading stopped"
        )


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
        super().__init__(
            f"{operation}: request refused before sending, it breaks the spec:\n{listing}"
        )


class ResponseContractError(ImojeClientError):
    """A documented response the client cannot absorb: a required field missing, a wrong type, no JSON.

    `field` and `rule` name the first broken rule; `status_code` and `content` keep the raw
    answer, so nothing the server said is lost.
    """

    def __init__(
        self,
        operation: str,
        status_code: int,
        content: bytes,
        problems: Sequence[Problem],
    ):
        self.operation = operation
        self.status_code = status_code
        self.content = content
        self.problems = tuple(problems)
        first = self.problems[0]
        self.field = first.field
        self.rule = first.rule
        listing = "\n".join(f"  - {problem}" for problem in self.problems[:20])
        super().__init__(
            f"{operation}: the HTTP {status_code} response breaks the contract:\n{listing}\n"
            f"Response content:\n{content[:SHOWN_BYTES].decode(errors='replace')}"
        )


__all__ = [
    "ApiConnectionError",
    "ApiTimeoutError",
    "ClientConfigurationError",
    "ImojeClientError",
    "Problem",
    "RequestValidationError",
    "ResponseContractError",
    "ResponseTooLargeError",
    "UnexpectedStatus",
]
