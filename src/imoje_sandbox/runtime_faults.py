"""Faults a service's tests switch on while the sandbox runs, per operation.

Unlike `faults` (the contract suite's drift, fixed at start), these are what a service must
survive from imoje itself: an answer that comes late, one that never comes, a connection that
drops, an error status. `timeout`, `drop` and a 5xx let the request execute first, as imoje
may have done before failing: "the charge may have happened" is exactly what a service has
to reconcile.

    delay    wait `seconds`, then execute and answer normally
    timeout  execute, then hold the answer `seconds` (past the client's deadline)
    drop     execute, then close the connection without an answer
    status   a 5xx (500-599): execute, then answer `status` instead of the real answer;
             a 4xx (400-499: 429 rate limited, 409, 403...): answer `status` without
             executing, as a gateway that turns a request away does (with `seconds`, its
             Retry-After header asks for that many whole seconds)

`times` limits how many requests a fault catches (None: until cleared or reset).
"""

import threading
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from typing import Any, Literal, get_args

from imoje_sandbox.errors import ApiProblem

FaultKind = Literal["delay", "timeout", "drop", "status"]
KINDS: tuple[str, ...] = get_args(FaultKind)
MAX_SECONDS = 300.0


@dataclass
class RuntimeFault:
    operation: str
    kind: str
    seconds: float = 0.0
    status: int = 500
    times: int | None = None

    @property
    def executes(self) -> bool:
        """Whether the request is executed before the fault shows (all but a 4xx status)."""
        return not (self.kind == "status" and self.status < 500)

    def summary(self) -> dict[str, Any]:
        return asdict(self)


def _problem(field: str, rule: str, message: str) -> ApiProblem:
    return ApiProblem.naming(422, field, rule, message)


def parse(body: Any, operations: Iterable[str]) -> RuntimeFault:
    """A fault from a control request's JSON, or a 422 naming the field and the rule."""
    if not isinstance(body, Mapping):
        raise _problem("(body)", "type", "must be an object")
    known = sorted(operations)
    unknown = sorted(set(body) - {"operation", "kind", "seconds", "status", "times"})
    if unknown:
        raise _problem(unknown[0], "additionalProperties", "is not a fault setting")
    operation = body.get("operation")
    if operation not in known:
        raise _problem("operation", "enum", f"must be one of {', '.join(known)}")
    kind = body.get("kind")
    if kind not in KINDS:
        raise _problem("kind", "enum", f"must be one of {', '.join(KINDS)}")
    seconds = body.get("seconds", 30.0 if kind == "timeout" else 0.0)
    if isinstance(seconds, bool) or not isinstance(seconds, int | float) or not 0 <= seconds <= MAX_SECONDS:
        raise _problem("seconds", "maximum", f"must be a number from 0 to {MAX_SECONDS:g}")
    status = body.get("status", 500)
    if isinstance(status, bool) or not isinstance(status, int) or not 400 <= status <= 599:
        raise _problem("status", "minimum", "must be an error status (400-599)")
    times = body.get("times")
    if times is not None and (isinstance(times, bool) or not isinstance(times, int) or times < 1):
        raise _problem("times", "minimum", "must be a whole number >= 1, or null for every request")
    return RuntimeFault(operation, kind, float(seconds), status, times)


class RuntimeFaults:
    """The faults switched on, one per operation; safe to change from any thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._faults: dict[str, RuntimeFault] = {}

    def set(self, fault: RuntimeFault) -> None:
        with self._lock:
            self._faults[fault.operation] = fault

    def clear(self, operation: str | None = None) -> None:
        with self._lock:
            if operation is None:
                self._faults.clear()
            else:
                self._faults.pop(operation, None)

    def take(self, operation: str) -> RuntimeFault | None:
        """The fault that catches this request of `operation`, counting it."""
        with self._lock:
            fault = self._faults.get(operation)
            if fault is None:
                return None
            if fault.times is not None:
                fault.times -= 1
                if fault.times == 0:
                    del self._faults[operation]
            return fault

    def summary(self) -> list[dict[str, Any]]:
        with self._lock:
            return [fault.summary() for fault in self._faults.values()]
