"""Stateful runs along the spec's links: a payment link created -> read -> cancelled ->
cancelled again; a transaction created -> read -> refunded -> asked about.

Each must really walk its links: a run whose every answer is a 401, or whose links never
resolve, checks nothing, so each test asserts that some scenario created a record, then
took both of the walk's next steps on it (in either order), each answered 200.
"""

import copy
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import settings

from contract_tests import context as run_context
from contract_tests import suite
from contract_tests.failures import StatefulWalkMissing
from contract_tests.profile import Profile
from contract_tests.target import Target
from contract_tests.transport import GuardedSession

WALK = ("createPayment", "getPayment", "cancelPayment")
# The transaction walk: created, read, refunded (can-refund, linked too, is in its schema).
TRANSACTION_WALK = ("createTransaction", "getTransaction", "refundTransaction")


def record_id(operation_id: str, case: Any, answer: Any) -> Any:
    """The payment link or transaction a successful step acted on."""
    if operation_id == "createPayment":
        return answer.get("payment", {}).get("id") if isinstance(answer, dict) else None
    if operation_id == "createTransaction":
        return answer.get("transaction", {}).get("id") if isinstance(answer, dict) else None
    parameters = case.path_parameters or {}
    if "paymentId" in parameters or "transactionId" in parameters:
        return parameters.get("paymentId", parameters.get("transactionId"))
    return case.body.get("paymentId") if isinstance(case.body, dict) else None


def walked(steps: list[tuple[str, Any]], walk: tuple[str, ...] = WALK) -> bool:
    """Whether one record was created, then took both later steps of `walk` (the spec
    links the create to each, so either order follows the links)."""
    for index, (operation_id, created) in enumerate(steps):
        if operation_id == walk[0] and created is not None:
            later = {name for name, found in steps[index + 1 :] if found == created}
            if set(walk[1:]) <= later:
                return True
    return False


def walk_schema(walk: tuple[str, ...], document: dict[str, Any] | None = None) -> Any:
    """The run's schema, cut down to the paths of the walk's operations."""
    context = run_context.current()
    document = context.document if document is None else document
    paths = {
        path: item
        for path, item in document["paths"].items()
        if any(isinstance(operation, dict) and operation.get("operationId") in walk for operation in item.values())
    }
    return suite.load(
        {**document, "paths": paths},
        context.target,
        context.profile,
        context.seed,
        context.tally,
        context.guard.names_real_record,
    )


def paying_blik(document: dict[str, Any]) -> dict[str, Any]:
    """The spec with createTransaction narrowed to what leaves a settled sale to refund in
    the embedded sandbox: BLIK, in PLN within its limit, with a code that pays (docs/sandbox.md, "how
    it answers"), and no validTo or notification address it could refuse; and refunds to
    what such a sale can take."""
    narrowed = copy.deepcopy(document)
    request = narrowed["components"]["schemas"]["CreateTransactionRequest"]
    properties = request["properties"]
    properties.update(
        paymentMethod={"type": "string", "enum": ["blik"]},
        paymentMethodCode={"type": "string", "enum": ["blik"]},
        currency={"type": "string", "enum": ["PLN"]},
        amount={"type": "integer", "minimum": 1, "maximum": 5_000_000},
        blikCode={"type": "string", "pattern": "^[3-9][0-9]{5}$"},
    )
    for unwanted in ("validTo", "notificationUrl"):
        properties.pop(unwanted)
    request["required"] = [*request["required"], "blikCode"]
    # A refund of one grosz is within any sale's amount: drawn like any amount, a refund
    # larger than the sale (422, rightly) ended the walk in 2 of 11 seeds of the quick profile.
    refund = narrowed["components"]["schemas"]["RefundRequest"]["properties"]
    refund["amount"] = {"type": "integer", "minimum": 1, "maximum": 1}
    return narrowed


def test_links(session: GuardedSession, reset_sandbox: Callable[[], None], profile: Profile) -> None:
    # The payment links' operations only, in a schema of their own: with every operation
    # of the spec in one state machine (11), the quick profile's 25 scenarios found
    # create -> get -> cancel for only about half the seeds, and `include()` on the run's
    # schema did not narrow its state machine.
    walk_links(walk_schema(WALK), WALK, session, reset_sandbox, profile)


def test_transaction_links(
    session: GuardedSession, reset_sandbox: Callable[[], None], profile: Profile, target: Target
) -> None:
    if not target.is_embedded_sandbox:
        pytest.skip("refunds cannot be undone: the transaction walk runs only on the embedded sandbox")
    narrowed = paying_blik(run_context.current().document)
    operations = (*TRANSACTION_WALK, "canRefundTransaction")
    walk_links(walk_schema(operations, narrowed), TRANSACTION_WALK, session, reset_sandbox, profile)


def walk_links(
    links: Any,
    walk: tuple[str, ...],
    session: GuardedSession,
    reset_sandbox: Callable[[], None],
    profile: Profile,
) -> None:
    scenarios: list[list[tuple[str, Any]]] = []

    class Workflow(links.as_state_machine()):  # type: ignore[misc]
        def setup(self) -> None:
            # On the embedded sandbox each scenario starts from the seeded records, so
            # hypothesis can replay a scenario exactly when it shrinks a failure.
            reset_sandbox()
            scenarios.append([])

        def get_call_kwargs(self, case: Any) -> dict[str, Any]:
            return {"session": session}

        def after_call(self, response: Any, case: Any) -> None:
            super().after_call(response, case)
            operation_id = case.operation.definition.raw.get("operationId")
            if response.status_code == 200 and operation_id in walk:
                try:
                    answer = response.json()
                except ValueError:
                    answer = None
                scenarios[-1].append((operation_id, record_id(operation_id, case, answer)))

    Workflow.run(
        settings=settings(
            max_examples=profile.stateful_scenarios,
            stateful_step_count=profile.stateful_steps,
            deadline=None,
            database=None,
            phases=profile.target_phases,
        )
    )
    if not any(walked(steps, walk) for steps in scenarios):
        first, *later = walk
        raise StatefulWalkMissing(
            operation=first,
            message=(
                f"in {len(scenarios)} scenarios no {first} was followed by {' and '.join(later)} of its record "
                "(each answered 200): the links were not followed, or the target refused every step"
            ),
        )
