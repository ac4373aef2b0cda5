"""Transactions: those created directly, the moves a transaction may make, and refunds.

The state machine is the spec's (`x-lifecycles.transaction`); anything it does not list answers 400. With the
shop's pre-authorisation on (`SandboxConfig.pre_authorisation`), a payment that goes
through waits as `authorized` until it is captured (→ settled) or voided (→ cancelled).
Refunds: only of a settled sale, each at most what is left of it (the sum of its settled
refunds never passes its amount); can-refund says exactly what refund would allow.

A transaction created directly (createTransaction) answers with an `action` sending the
payer on: a bank transfer (pay-by-link, ING, wire transfer) `pending`, as witnesses show it
(DEVIATIONS 61), anything else `new`. BLIK with a code answers `pending` and the code decides
what the payer does next (`BLIK_CODES`, a sandbox convention: imoje documents no test codes);
a failure imoje's plugin reads from the answer itself comes in the answer, and is notified.
"""

from collections.abc import Mapping
from typing import Any

from imoje_client.blik_codes import BLIK_FAILURES

from imoje_sandbox.errors import ApiProblem
from imoje_spec import lifecycles

Record = dict[str, Any]

# (status, action) -> the status it moves to, and what a move does to the payment link the
# transaction belongs to: the spec's `x-lifecycles` (imoje_spec), which the suite judges with.
_DOCUMENTED = lifecycles.documented()
TRANSACTION_MOVES: dict[tuple[str, str], str] = _DOCUMENTED.transaction.table()
LINK_AFTER: dict[str, str] = dict(_DOCUMENTED.link_follows)


def may(transaction: Record, action: str) -> bool:
    """Whether the table lets `transaction` make the move `action` from where it is."""
    return (transaction["status"], action) in TRANSACTION_MOVES


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
        raise ApiProblem.naming(422, "amount", "maximum", message)


# Methods whose transaction waits on the payer's bank from the start (DEVIATIONS 61).
BANK_TRANSFERS = frozenset({"pbl", "ing", "wt"})


def first_status(body: Mapping[str, Any]) -> str:
    """What a transaction created directly answers: `pending` for BLIK with a code and for a
    bank transfer, `new` otherwise."""
    with_code = body["paymentMethod"] == "blik" and bool(body.get("blikCode"))
    return "pending" if with_code or body["paymentMethod"] in BANK_TRANSFERS else "new"


def new_refund(transaction: Record, refund_id: str, body: Record, now: int, *, status: str = "settled") -> Record:
    """The refund of `transaction` a request asks for (settled at once, as in imoje's
    sandbox example, or `new` to settle later), listed on the transaction."""
    refund: Record = {
        "id": refund_id,
        "type": "refund",
        "status": status,
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
        "payment": {"id": transaction["payment"]["id"], "status": status},
    }
    transaction.setdefault("refunds", []).append({"transaction": refund})
    transaction["modified"] = now
    return refund


# BLIK's failure codes (the client's `imoje_client.blik_codes`, from imoje's plugin), by the
# 6-digit code that causes each in the sandbox: the code is the error's number ("210005" ->
# BLK-ERROR-210005), and its description the failure's meaning.
BLIK_ERRORS: dict[str, str] = {code.rsplit("-", 1)[1]: failure.meaning for code, failure in BLIK_FAILURES.items()}
# The failures imoje's own plugin reads from createTransaction's answer, to ask the payer for
# another code: the sandbox answers them at once, and notifies them too.
BLIK_FAILS_AT_ONCE = frozenset(code for code, failure in BLIK_FAILURES.items() if failure.ask_for_another_code)
# The payer never confirms: the transaction stays pending (until a control route or expiry).
BLIK_UNCONFIRMED = "000000"


def as_answered(created: Record, answered: Record | None) -> Record:
    """What a BLIK payment's HTTP answer shows: the transaction as created, or, for a failure
    imoje's plugin reads from that answer (`BLIK_FAILS_AT_ONCE`), the failure itself."""
    if answered is not None and answered.get("statusCode") in BLIK_FAILS_AT_ONCE:
        return answered
    return created


def blik_outcome(code: str) -> tuple[str | None, str | None]:
    """What the payer does with a BLIK `code`: (the move, the statusCode of a failure).
    "000000" never confirms; "2100xx" fails with BLK-ERROR-2100xx; any other code pays."""
    if code == BLIK_UNCONFIRMED:
        return None, None
    if code in BLIK_ERRORS:
        return "reject", f"BLK-ERROR-{code}"
    return "settle", None


# A rejected card transaction's statusCode in imoje's sandbox (legacy docs, "Kody odpowiedzi
# dostawcy - sandbox"): CODE_51 for an amount of 1 zł, CODE_05 otherwise.
CARD_DECLINES = {100: ("CODE_51", "CODE_51 - Insufficient funds")}
CARD_DECLINE_DEFAULT = ("CODE_05", "CODE_05 - Do not honor")


def explain_card_decline(transaction: Record) -> None:
    """Give a card transaction just rejected the statusCode imoje's sandbox gives it."""
    if transaction["paymentMethod"] == "card" and transaction["status"] == "rejected":
        code, description = CARD_DECLINES.get(int(transaction["amount"]), CARD_DECLINE_DEFAULT)
        transaction.update(statusCode=code, statusCodeDescription=description)


def fail(transaction: Record, status_code: str, now: int) -> None:
    """Reject a pending transaction with a BLIK failure code and its description."""
    move(transaction, "reject", now)
    transaction.update(statusCode=status_code, statusCodeDescription=BLIK_ERRORS[status_code.rsplit("-", 1)[1]])


def new_transaction(transaction_id: str, body: Record, now: int, *, notification_url: str, status: str) -> Record:
    """A transaction created directly (or by charging a card or BLIK profile), as stored: it
    is its own payment (`payment.id` is its id, as in the vendor's examples of a BLIK
    transaction and of a card profile's charge)."""
    return {
        "id": transaction_id,
        "type": "sale",
        "status": status,
        "source": "api",
        "created": now,
        "modified": now,
        "notificationUrl": body.get("notificationUrl", notification_url),
        "serviceId": body["serviceId"],
        "amount": int(body["amount"]),
        "currency": body["currency"],
        "title": body.get("title", ""),
        "orderId": body["orderId"],
        "paymentMethod": body.get("paymentMethod", "blik"),
        "paymentMethodCode": body.get("paymentMethodCode", "blik"),
        "payment": {"id": transaction_id, "status": status},
        "validTo": body.get("validTo"),
    }


# The account a wire transfer is paid to (a sandbox value).
SANDBOX_BAN = "61109010140000071219812874"


def action_for(transaction: Record, paywall_url: str) -> Record:
    """Where the payer of a `new` transaction goes: a wire transfer's data, or a redirect to
    the bank's page."""
    url = f"{paywall_url}/{transaction['id']}"
    if transaction["paymentMethod"] == "wt":
        return {
            "type": "transfer",
            "url": url,
            "method": "GET",
            "contentType": "",
            "contentBodyRaw": "",
            "ban": SANDBOX_BAN,
        }
    return {"type": "redirect", "url": url, "method": "GET", "contentType": "", "contentBodyRaw": ""}
