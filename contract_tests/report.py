"""What failed, as objects: read from the exceptions the tests raised (schemathesis's typed
`Failure`s and ours), never from printed text; written as JSON beside the JUnit report and
summarised at the end of the run."""

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from imoje_client.errors import (
    ApiStatusError,
    ImojeClientError,
    OutcomeUnknownError,
    ResponseContractError,
)
from schemathesis.core.failures import Failure

from contract_tests.verdicts import Behind

# Beside the failures' JSON: what the spec does not know yet, each with its proposed change.
BEHIND_JSON = "contract-behind.json"


@dataclass(frozen=True)
class FailureRecord:
    test: str
    type: str
    code: str
    title: str
    operation: str | None
    detail: str
    curl: str | None = None
    # Each broken rule of an answer the client could not read: (field, rule, message).
    problems: tuple[tuple[str, str, str], ...] = ()

    def rule(self) -> str:
        return f"{self.code} {self.title}" + (f": {self.detail}" if self.detail else "")


# What the generated client raises inside a scenario test, as a failure of its own: most
# specific first.
CLIENT_FAILURES: tuple[tuple[type[ImojeClientError], str, str], ...] = (
    (ResponseContractError, "IM120", "The client cannot read the answer"),
    (ApiStatusError, "IM121", "The target answered an error status"),
    (OutcomeUnknownError, "IM122", "The call's outcome is not known"),
    (ImojeClientError, "IM123", "The client failed"),
)


def _client_record(test: str, error: ImojeClientError, sent: dict[str, str]) -> FailureRecord:
    code, title = next((code, title) for kind, code, title in CLIENT_FAILURES if isinstance(error, kind))
    operation = getattr(error, "operation", None)
    problems: tuple[tuple[str, str, str], ...] = ()
    if isinstance(error, ResponseContractError):
        problems = tuple((problem.field, problem.rule, problem.message) for problem in error.problems)
        detail = f"{operation}: HTTP {error.status_code}, {error.field or '(the answer)'}: {error.rule}"
    elif isinstance(error, ApiStatusError):
        said = " ".join(part for part in (error.code, error.message) if part)
        detail = f"{operation}: HTTP {error.status_code}" + (f" {said}" if said else "")
    else:
        detail = _first_line(str(error))
    return FailureRecord(
        test=test,
        type=type(error).__name__,
        code=code,
        title=title,
        operation=operation if isinstance(operation, str) else None,
        detail=detail,
        curl=sent.get(operation) if isinstance(operation, str) else None,
        problems=problems,
    )


# Anything else a scenario raises (a bare `assert`, an exception of its own): typed too.
SCENARIO_CODE = "IM126"
SCENARIO_TITLE = "A scenario's expectation failed"


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


def failures_in(error: BaseException) -> list[BaseException]:
    """The innermost failures inside `error`: every Failure of every (nested) exception
    group, or the exception itself."""
    if isinstance(error, Failure):
        return [error]
    if isinstance(error, BaseExceptionGroup):
        return [inner for member in error.exceptions for inner in failures_in(member)]
    return [error]


def records(
    test: str,
    error: BaseException,
    curls: dict[tuple[str, str | None, str], str],
    sent: dict[str, str] | None = None,
    last: str | None = None,
) -> list[FailureRecord]:
    """The failures inside `error`, each typed with its code: the suite's own, the client's,
    and a scenario's bare assertion (IM126, with `last`, the operation its client sent last)."""
    found = []
    for failure in failures_in(error):
        if isinstance(failure, ImojeClientError):
            found.append(_client_record(test, failure, sent or {}))
        elif isinstance(failure, Failure):
            found.append(
                FailureRecord(
                    test=test,
                    type=type(failure).__name__,
                    code=failure.code,
                    title=failure.title,
                    operation=failure.operation,
                    detail=_first_line(failure.message),
                    curl=curls.get((type(failure).__name__, failure.operation, failure.message)),
                )
            )
        else:
            found.append(
                FailureRecord(
                    test=test,
                    type=type(failure).__name__,
                    code=SCENARIO_CODE,
                    title=SCENARIO_TITLE,
                    operation=last,
                    detail=_first_line(str(failure)) or type(failure).__name__,
                    curl=(sent or {}).get(last) if last else None,
                )
            )
    return list(dict.fromkeys(found))


def write(path: Path, found: list[FailureRecord]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps([asdict(record) for record in found], indent=2), encoding="utf-8")


def read(path: Path) -> list[dict[str, Any]]:
    loaded: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    return loaded


def write_behind(path: Path, behind: Behind) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps([proposal.as_dict() for proposal in behind.ordered()], indent=2), encoding="utf-8")
