"""Transactions: create, read, refund (and ask whether one can be), capture and void."""

from collections.abc import Mapping
from typing import Any

from imoje_sandbox import transactions
from imoje_sandbox.events import EventName, TransactionChanged
from imoje_sandbox.operations import Outcome, operation
from imoje_sandbox.state import Store


@operation("createTransaction")
def create_transaction(store: Store, path: Mapping[str, str], body: Any) -> Outcome:
    created, action, answered = store.create_transaction(body)
    shown = transactions.as_answered(created, answered)
    answer: dict[str, Any] = {"transaction": shown}
    if action:
        answer["action"] = action
    # BLIK with a code: the payer answers in the banking app right after; imoje notifies that.
    events = (TransactionChanged("BLIK transaction answered", answered),) if answered is not None else ()
    return Outcome(answer, events)


@operation("getTransaction")
def get_transaction(store: Store, path: Mapping[str, str], body: Any) -> Outcome:
    transaction = store.get_transaction(path["transactionId"])
    return Outcome({"transaction": transaction})


@operation("refundTransaction")
def refund_transaction(store: Store, path: Mapping[str, str], body: Any) -> Outcome:
    refund = store.refund(path["transactionId"], body)
    return Outcome({"transaction": refund}, (TransactionChanged("transaction refunded", refund),))


@operation("canRefundTransaction")
def can_refund_transaction(store: Store, path: Mapping[str, str], body: Any) -> Outcome:
    return Outcome(store.can_refund(path["transactionId"], int(body["amount"])))


def _move(store: Store, path: Mapping[str, str], action: str, event: EventName) -> Outcome:
    transaction, link = store.move_transaction(path["transactionId"], action)
    return Outcome({"transaction": transaction}, (TransactionChanged(event, transaction, link),))


@operation("captureTransaction")
def capture_transaction(store: Store, path: Mapping[str, str], body: Any) -> Outcome:
    return _move(store, path, "capture", "transaction captured")


@operation("voidTransaction")
def void_transaction(store: Store, path: Mapping[str, str], body: Any) -> Outcome:
    return _move(store, path, "void", "transaction voided")
