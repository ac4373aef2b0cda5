"""Transactions: the moves a transaction may make, and refunds.

The state machine is the table below; anything it does not list answers 400. With the
shop's pre-authorisation on (`SandboxConfig.pre_authorisation`), a payment that goes
through waits as `authorized` until it is captured (→ settled) or voided (→ cancelled).
Refunds: only of a settled sale, each at most what is left of it (the sum of its settled
refunds never passes its amount); can-refund says exactly what refund would allow.
"""

from typing import Any

from imoje_sandbox.errors import ApiProblem

Record = dict[str, Any]

# (status, action) -> the status it moves to.
TRANSACTION_MOVES: dict[tuple[str, str], str] = {
    ("pending", "settle"): "settled",
    ("pending", "reject"): "rejected",
    ("pending", "authorize"): "authorized",
    ("authorized", "capture"): "settled",
    ("authorized", "void"): "cancelled",
}
# What a move does to the payment link the transaction belongs to.
LINK_AFTER: dict[str, str] = {"settled": "settled", "rejected": "rejected", "cancelled": "cancelled"}


def move(transaction: Record, action: str, now: int) -> str:
    """Move `transaction` by `action` (the table's), or raise 400 naming both."""
    status = TRANSACTION_MOVES.get((transaction["status"], action))
    if status is None:
        raise ApiProblem(400, f"Cannot {action} a {transaction['status']} transaction")
    transaction.update(status=status, modified=now)
    transaction["payment"]["status"] = status
    return status


def left_to_refund(transaction: Record) -> int:
    """What a refund may still take: the amount of a settled sale less its refunds."""
    if transaction["type"] != "sale" or transaction["status"] != "settled":
        return 0
    refunded = sum(
        refund["transaction"]["amount"]
        for refund in transaction.get("refunds", [])
        if refund["transaction"]["status"] in ("new", "pending", "settled")
    )
    left: int = max(int(transaction["amount"]) - refunded, 0)
    return left


def can_refund(transaction: Record, amount: int) -> Record:
    left = left_to_refund(transaction)
    return {
        "id": transaction["id"],
        "refundable": 0 < amount <= left,
        "balance": True,
        "fullRefund": left,
        "partialRefund": {"maxRefundAmount": left, "minRefundAmount": 1 if left else 0},
    }


def check_refund(transaction: Record, amount: int, *, limited: bool = True) -> None:
    """Raise unless a refund of `amount` is allowed: 400 for a transaction that cannot be
    refunded at all, 422 naming `amount` for one larger than what is left (unless not
    `limited`: the `refund_beyond_amount` fault)."""
    if transaction["type"] != "sale" or transaction["status"] != "settled":
        raise ApiProblem(400, f"Cannot refund a {transaction['status']} {transaction['type']} transaction")
    left = left_to_refund(transaction)
    if amount > left and limited:
        message = f"must be at most {left}, what is left to refund of {transaction['amount']}"
        raise ApiProblem(
            422,
            f"amount: {message}",
            errors=[{"property": "amount", "rule": "maximum", "message": message}],
        )


def new_refund(transaction: Record, refund_id: str, body: Record, now: int) -> Record:
    """The refund of `transaction` a request asks for (settled at once, as in imoje's
    sandbox example), listed on the transaction."""
    refund: Record = {
        "id": refund_id,
        "type": "refund",
        "status": "settled",
        "source": "api",
        "created": now,
        "modified": now,
        "notificationUrl": transaction["notificationUrl"],
        "serviceId": transaction["serviceId"],
        "amount": int(body["amount"]),
        "currency": transaction["currency"],
        "title": body.get("title", ""),
        "orderId": transaction["orderId"],
        "paymentMethod": transaction["paymentMethod"],
        "paymentMethodCode": transaction["paymentMethodCode"],
        "payment": {"id": transaction["payment"]["id"], "status": "settled"},
    }
    transaction.setdefault("refunds", []).append({"transaction": refund})
    transaction["modified"] = now
    return refund
