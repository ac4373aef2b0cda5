"""Every exception the client raises on its own, under one base class.

`UnexpectedStatus` is the generator's own; the contract errors come from `_contract.py`,
which checks requests against the spec before sending and responses after receiving.
"""

from collections.abc import Sequence
from dataclasses import dataclass


class ImojeClientError(Exception):
    """Base class of every exception the client raises itself (not httpx's)."""


class UnexpectedStatus(ImojeClientError):
    """Raised by api functions when the response status an undocumented status and Client.raise_on_unexpected_status is True"""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
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
        listing = "\n".join(f"  - {problem}" for problem in self.problems)
        super().__init__(
            f"{operation}: the HTTP {status_code} response breaks the contract:\n{listing}\n"
            f"Response content:\n{content.decode(errors='replace')[:2000]}"
        )


__all__ = [
    "ImojeClientError",
    "Problem",
    "RequestValidationError",
    "ResponseContractError",
    "UnexpectedStatus",
]
