"""Which notifications a test holds back: a shop's races made deterministic.

imoje retries deliveries (a duplicate is certain sooner or later) and nothing orders them: a
late rejection of an older attempt, a `settled` before its `pending`. A test holds the
notifications matching a rule (an order, a payment link, a transaction, an event, a status;
a rule naming nothing holds every one), then releases them in the order it chooses, delivers
one again, or drops one. A held notification keeps its body bytes and signature: what is
released is what would have been sent.
"""

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

# The rule's fields, as a control request names them.
FIELDS = ("orderId", "paymentId", "transactionId", "event", "status")


@dataclass(frozen=True)
class Hold:
    """Hold what matches every field given (None: any)."""

    order_id: str | None = None
    payment_id: str | None = None
    transaction_id: str | None = None
    event: str | None = None
    status: str | None = None

    @classmethod
    def parse(cls, body: Any) -> "Hold":
        """A rule from a control request's JSON object; ValueError naming a field that is not
        one of `FIELDS` or not a non-empty string."""
        if body is None:
            body = {}
        if not isinstance(body, Mapping):
            raise ValueError("(body): a hold is a JSON object of " + ", ".join(FIELDS))
        for name, value in body.items():
            if name not in FIELDS:
                raise ValueError(f"{name}: not a field of a hold (one of {', '.join(FIELDS)})")
            if not isinstance(value, str) or not value:
                raise ValueError(f"{name}: must be a non-empty string")
        return cls(
            order_id=body.get("orderId"),
            payment_id=body.get("paymentId"),
            transaction_id=body.get("transactionId"),
            event=body.get("event"),
            status=body.get("status"),
        )

    def shown(self) -> dict[str, str]:
        values = (self.order_id, self.payment_id, self.transaction_id, self.event, self.status)
        return {name: value for name, value in zip(FIELDS, values, strict=True) if value is not None}

    def matches(self, event: str, body: bytes) -> bool:
        facts = about(event, body)
        return all(value is None or value in facts[name] for name, value in self._wanted().items())

    def _wanted(self) -> dict[str, str | None]:
        return dict(
            zip(FIELDS, (self.order_id, self.payment_id, self.transaction_id, self.event, self.status), strict=True)
        )


def about(event: str, body: bytes) -> dict[str, set[str]]:
    """What a notification is about, by rule field: its order, link, transaction, event and
    the statuses it carries (the transaction's and the payment's)."""
    parsed = json.loads(body)
    parts = [parsed.get(name) for name in ("transaction", "payment", "paymentProfile")]
    objects = [part for part in parts if isinstance(part, Mapping)]
    transaction = parsed.get("transaction") if isinstance(parsed.get("transaction"), Mapping) else {}
    payment = parsed.get("payment") if isinstance(parsed.get("payment"), Mapping) else {}
    return {
        "orderId": {str(part["orderId"]) for part in objects if part.get("orderId")},
        "paymentId": {str(payment["id"])} if payment.get("id") else set(),
        "transactionId": {str(transaction["id"])} if transaction.get("id") else set(),
        "event": {event},
        "status": {str(part["status"]) for part in objects if part.get("status")},
    }
