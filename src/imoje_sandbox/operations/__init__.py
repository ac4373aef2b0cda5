"""What each operation of the spec does, by operationId: one handler each, registered with
`@operation("operationId")`, in one module per resource.

A handler gets the store, the path parameters and a body that already passed the spec's
validation; it returns an `Outcome`: the records of its 200 answer (the pipeline projects
them onto the answer's documented schema, so a handler need not) and the events the change
caused. Failures are ApiProblems raised by the store. `check_complete` runs when
the app is built: an operation of the spec without a handler stops the start, instead of
answering 500 at request time.
"""

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from imoje_sandbox.events import Event
from imoje_sandbox.state import Store


@dataclass(frozen=True)
class Outcome:
    answer: Any
    events: tuple[Event, ...] = ()


Handler = Callable[[Store, Mapping[str, str], Any], Outcome]

HANDLERS: dict[str, Handler] = {}


def operation(operation_id: str) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        if operation_id in HANDLERS:
            raise RuntimeError(
                f"{operation_id} has two handlers: {HANDLERS[operation_id].__name__}, {handler.__name__}"
            )
        HANDLERS[operation_id] = handler
        return handler

    return register


def check_complete(operation_ids: Iterable[str]) -> None:
    """Raise unless every operation of the spec has a handler (and every handler an operation)."""
    wanted = set(operation_ids)
    missing, extra = sorted(wanted - HANDLERS.keys()), sorted(HANDLERS.keys() - wanted)
    if missing or extra:
        raise RuntimeError(
            "the sandbox and its spec disagree: "
            + "; ".join(
                part
                for part in (
                    f"no handler for {', '.join(missing)}" if missing else "",
                    f"handlers for operations the spec lacks: {', '.join(extra)}" if extra else "",
                )
                if part
            )
        )


# The resource modules register their handlers on import.
from imoje_sandbox.operations import blik, payments, profiles, services, transactions  # noqa: E402, F401

__all__ = ["HANDLERS", "Handler", "Outcome", "check_complete", "operation"]
