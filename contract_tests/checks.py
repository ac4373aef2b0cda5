"""imoje-specific checks, one invariant each, on top of schemathesis's own.

Each rule is one function raising a typed failure (`contract_tests/failures.py`), used by
the schemathesis check and by the scenario tests alike, so that neutering a rule shows up
everywhere it is judged.
"""

import re
from functools import cache
from typing import Any

import schemathesis
from imoje_client import openapi

from contract_tests import verdicts
from contract_tests.failures import (
    AnswerBreaksContract,
    CancelIsFinal,
    CanRefundDisagrees,
    CaptureNotFinal,
    ChannelsDisagree,
    ProfileOfOtherCustomer,
    RefundExceedsPaid,
    RejectedWithoutReason,
)

BLIK_STATUS_CODE = re.compile(r"^BLK-ERROR-[0-9]{6}$")
# What a refusal of a channel names (createTransaction's answer to a channel it cannot take).
CHANNEL_FIELDS = frozenset({"paymentMethod", "paymentMethodCode", "currency", "amount"})


def success_document(response: Any) -> dict[str, Any] | None:
    """A 200 answer's JSON object, or None (another status, not JSON, not an object: other
    checks judge those)."""
    if response.status_code != 200:
        return None
    try:
        answer = response.json()
    except ValueError:
        return None
    return answer if isinstance(answer, dict) else None


def ensure_cancel_is_final(operation: str | None, payment_id: object, status: int, case_id: str | None = None) -> None:
    """A payment link cancelled once cannot be cancelled again: imoje answers 400."""
    if status == 200:
        raise CancelIsFinal(
            operation=operation,
            case_id=case_id,
            message=(
                f"Payment link {payment_id} was cancelled (HTTP 200) and a second cancellation answered 200 "
                'again. Expected: 400 {"apiErrorResponse": {"message": "Cannot cancel payment"}}'
            ),
        )


@schemathesis.check
def cancel_is_final(ctx: Any, response: Any, case: Any) -> bool | None:
    """The stateful run's second successful cancellation of one link fails the run."""
    if not case.operation.label.endswith("/payment/cancel") or response.status_code != 200:
        return None
    parent = ctx.internals.find_parent(case_id=case.id)
    if parent is None or not parent.operation.label.endswith("/payment/cancel"):
        return None
    parent_response = ctx.internals.find_response(case_id=parent.id)
    same_link = isinstance(case.body, dict) and isinstance(parent.body, dict)
    if parent_response is None or parent_response.status_code != 200 or not same_link:
        return None
    if case.body.get("paymentId") == parent.body.get("paymentId"):
        ensure_cancel_is_final(case.operation.label, case.body.get("paymentId"), response.status_code, case.id)
    return None


def ensure_refunds_within_paid(operation: str | None, transaction: Any, case_id: str | None = None) -> None:
    """The refunds a transaction lists never add up to more than its amount."""
    if not isinstance(transaction, dict) or not isinstance(transaction.get("refunds"), list):
        return
    amounts = [
        refund.get("transaction", {}).get("amount")
        for refund in transaction["refunds"]
        if isinstance(refund, dict) and refund.get("transaction", {}).get("status") != "rejected"
    ]
    paid = transaction.get("amount")
    numbers = [amount for amount in amounts if isinstance(amount, int)]
    if isinstance(paid, int) and sum(numbers) > paid:
        raise RefundExceedsPaid(
            operation=operation,
            case_id=case_id,
            message=f"transaction {transaction.get('id')} of {paid} lists refunds of {numbers}: {sum(numbers)} in all",
        )


@schemathesis.check
def refunds_within_paid(ctx: Any, response: Any, case: Any) -> bool | None:
    """Every transaction read (with its refunds) has refunded at most what was paid."""
    if case.operation.method.upper() != "GET" or "/transaction/" not in case.path:
        return None
    answer = success_document(response)
    if answer is not None:
        ensure_refunds_within_paid(case.operation.label, answer.get("transaction"), case.id)
    return None


def ensure_final(operation: str | None, transaction_id: object, action: str, status: int) -> None:
    """A transaction captured or voided once cannot be captured or voided again (400)."""
    if status == 200:
        raise CaptureNotFinal(
            operation=operation,
            message=f"transaction {transaction_id} was {action}d again (HTTP 200) after its first {action}",
        )


def ensure_can_refund_agrees(operation: str | None, amount: int, said: object, done_status: int) -> None:
    """can-refund's `refundable` for an amount is what refund of that amount then does (when
    can-refund said anything: the field is optional)."""
    done = done_status == 200
    if isinstance(said, bool) and said is not done:
        raise CanRefundDisagrees(
            operation=operation,
            message=f"can-refund said refundable={said} for {amount}, then refund answered HTTP {done_status}",
        )


def ensure_channel_takes(operation: str | None, channel: str, amount: int, status: int, named: set[str]) -> None:
    """A channel get-payment-methods lists for an amount takes a transaction of that amount:
    createTransaction does not refuse it for the channel, currency or amount."""
    refused = named & CHANNEL_FIELDS
    if status == 422 or (status == 400 and refused):
        raise ChannelsDisagree(
            operation=operation,
            message=(
                f"get-payment-methods listed {channel} for {amount}, then createTransaction on it answered "
                f"HTTP {status} naming {sorted(refused) or 'the payload'}"
            ),
        )


def ensure_profiles_of(operation: str | None, cid: object, profiles: Any, case_id: str | None = None) -> None:
    """Every card profile listed for a customer is that customer's (when it says whose)."""
    if not isinstance(profiles, list):
        return
    others = [
        profile.get("merchantCustomerId")
        for profile in profiles
        if isinstance(profile, dict) and profile.get("merchantCustomerId") not in (None, cid)
    ]
    if others:
        raise ProfileOfOtherCustomer(
            operation=operation, case_id=case_id, message=f"profiles listed for cid {cid!r} belong to {others}"
        )


@schemathesis.check
def profiles_belong_to_cid(ctx: Any, response: Any, case: Any) -> bool | None:
    """A customer's card profiles, as listed by cid, are all that customer's."""
    if not case.operation.path.endswith("/profile/cid/{cid}"):
        return None
    answer = success_document(response)
    cid = (case.path_parameters or {}).get("cid")
    if answer is not None:
        ensure_profiles_of(case.operation.label, cid, answer.get("paymentProfiles"), case.id)
    return None


def ensure_rejection_explained(operation: str | None, transaction: Any, case_id: str | None = None) -> None:
    """A rejected BLIK transaction says why: `statusCode` BLK-ERROR-2100xx (what imoje's own
    plugin reads to ask the payer for a new code)."""
    if not isinstance(transaction, dict) or transaction.get("paymentMethod") != "blik":
        return
    if transaction.get("status") != "rejected":
        return
    code = transaction.get("statusCode")
    if not (isinstance(code, str) and BLIK_STATUS_CODE.match(code)):
        raise RejectedWithoutReason(
            operation=operation,
            case_id=case_id,
            message=f"BLIK transaction {transaction.get('id')} is rejected with statusCode {code!r}",
        )


@schemathesis.check
def blik_rejections_explained(ctx: Any, response: Any, case: Any) -> bool | None:
    """Every rejected BLIK transaction answered carries its BLK-ERROR statusCode."""
    if "/transaction" not in case.operation.path:
        return None
    answer = success_document(response)
    if answer is not None:
        ensure_rejection_explained(case.operation.label, answer.get("transaction"), case.id)
    return None


@cache
def _operations() -> dict[tuple[str, str], openapi.Operation]:
    from contract_tests import context  # the run's context imports this module

    return {(op.method.upper(), op.path): op for op in openapi.operations(context.current().document).values()}


def ensure_answer_kept_promises(
    operation: str | None, broken: list[verdicts.Broken], case_id: str | None = None
) -> None:
    """An answer that broke a promise of the spec (a required field absent, null or of another
    type; an id that is no UUID) fails the run; what only shows the spec behind does not."""
    if broken:
        raise AnswerBreaksContract(
            operation=operation, case_id=case_id, message="; ".join(str(problem) for problem in broken)
        )


@schemathesis.check
def answer_keeps_its_promises(ctx: Any, response: Any, case: Any) -> bool | None:
    """Every documented answer, judged with two verdicts (contract_tests/verdicts.py): broken
    promises fail the run; what the spec does not know yet is recorded with its proposed change."""
    from contract_tests import context

    operation = _operations().get((case.operation.method.upper(), case.operation.path))
    label = case.operation.label
    judged = (
        None
        if operation is None
        else verdicts.judge_answer(
            context.current().document, operation, response.status_code, response.content or b"", label=label
        )
    )
    if judged is None:
        return None  # an undocumented status: schemathesis's status_code_conformance judges it
    context.current().tally.behind.record(judged.behind)
    ensure_answer_kept_promises(label, judged.broken, case.id)
    return None
