"""Transactions, judged through the generated client: refunds never pass what was paid,
can-refund agrees with refund, a refund is listed on its transaction, a pre-authorised
transaction is captured or voided at most once, a rejected BLIK payment says why.

Refunds, captures and voids cannot be undone: these run on the embedded sandbox only, whose
seeded settled sale and control routes (authorize a charge) they use.
"""

from collections.abc import Iterator
from typing import Any
from uuid import UUID

import httpx
import pytest
from imoje_client import AuthenticatedClient
from imoje_client.api.profiles import charge_profile
from imoje_client.api.transactions import (
    can_refund_transaction,
    capture_transaction,
    create_transaction,
    get_transaction,
    refund_transaction,
    void_transaction,
)
from imoje_client.models import (
    CanRefundRequest,
    CanRefundResponse,
    ChargeProfileRequest,
    CreateTransactionRequest,
    CreateTransactionResponse,
    Currency,
    RefundRequest,
    RefundRequestType,
    TransactionResponse,
)

from contract_tests import bodies
from contract_tests import context as run_context
from contract_tests.checks import (
    ensure_can_refund_agrees,
    ensure_final,
    ensure_refunds_within_paid,
    ensure_rejection_explained,
)
from contract_tests.failures import LifecycleBroken
from contract_tests.irreversible import IrreversibleGuard
from contract_tests.target import Target
from contract_tests.transport import guarded_client

# The embedded sandbox's seeded settled sale of 100 (a settled payment link's transaction).
SETTLED_SALE = "c3e2a4b1-5f6d-4a7b-8c9d-0e1f2a3b4c5d"
REFUND = "POST /{merchantId}/transaction/{transactionId}/refund"
GET = "GET /{merchantId}/transaction/{transactionId}"


@pytest.fixture
def client(target: Target, guard: IrreversibleGuard, reset_sandbox: Any) -> Iterator[AuthenticatedClient]:
    if not target.is_embedded_sandbox:
        pytest.skip("refunds, captures and voids cannot be undone: they run only on the embedded sandbox")
    with guarded_client(target, guard, run_context.current().ledger) as built:
        yield built


def read(client: AuthenticatedClient, target: Target, transaction_id: str) -> dict[str, Any]:
    answer = get_transaction.sync_detailed(target.merchant_id, UUID(transaction_id), client=client)
    if answer.status_code != 200:
        raise LifecycleBroken(
            operation="GET /{merchantId}/transaction/{transactionId}", message=f"HTTP {answer.status_code}"
        )
    document: dict[str, Any] = httpx.Response(200, content=answer.content).json()["transaction"]
    return document


def refund(client: AuthenticatedClient, target: Target, amount: int) -> Any:
    body = RefundRequest(type_=RefundRequestType.REFUND, service_id=UUID(target.service_id), amount=amount)
    return refund_transaction.sync_detailed(target.merchant_id, UUID(SETTLED_SALE), client=client, body=body)


def test_refunds_agree_with_can_refund_never_pass_the_amount_and_are_listed(
    client: AuthenticatedClient, target: Target
) -> None:
    # The seeded sale is of 100; its answer may leave `amount` out (it is optional).
    paid = read(client, target, SETTLED_SALE).get("amount", 100)
    for amount in (paid // 3, paid, paid // 3, paid - 2 * (paid // 3), 1):
        asked = can_refund_transaction.sync_detailed(
            target.merchant_id, UUID(SETTLED_SALE), client=client, body=CanRefundRequest(amount=amount)
        )
        said = asked.parsed.refundable if isinstance(asked.parsed, CanRefundResponse) else None
        said = said if isinstance(said, bool) else None  # optional: judged when answered
        done = refund(client, target, amount)
        # Money first: what was refunded, then whether it shows, then what can-refund said.
        transaction = read(client, target, SETTLED_SALE)
        ensure_refunds_within_paid(REFUND, transaction)
        # Whether the refund shows among the transaction's refunds is the ledger's to judge, on
        # that read (IM111, contract_tests/invariants.py).
        ensure_can_refund_agrees(REFUND, amount, said, done.status_code)


def authorized_charge(client: AuthenticatedClient, target: Target) -> str:
    if target.payment_profile_id is None or target.control_url is None:
        pytest.skip("needs the embedded sandbox's card profile and control routes")
    body = ChargeProfileRequest(
        service_id=UUID(target.service_id),
        payment_profile_id=UUID(target.payment_profile_id),
        amount=100,
        currency=Currency.PLN,
        order_id="contract-preauth",
    )
    charged = charge_profile.sync_detailed(target.merchant_id, client=client, body=body).parsed
    if not isinstance(charged, TransactionResponse):
        raise LifecycleBroken(operation="POST /{merchantId}/transaction/profile", message="the charge failed")
    transaction_id = str(charged.transaction.id)
    httpx.post(
        f"{target.control_url}/transactions/{transaction_id}/authorize",
        headers={"Authorization": f"Bearer {target.token}"},
        timeout=10,
    ).raise_for_status()
    return transaction_id


@pytest.mark.parametrize("first", ["capture", "void"])
def test_a_pre_authorised_transaction_is_captured_or_voided_once(
    client: AuthenticatedClient, target: Target, first: str
) -> None:
    transaction_id = UUID(authorized_charge(client, target))
    calls = {"capture": capture_transaction.sync_detailed, "void": void_transaction.sync_detailed}
    operation = f"POST /{{merchantId}}/transaction/{{transactionId}}/{first}"
    done = calls[first](target.merchant_id, transaction_id, client=client)
    if done.status_code != 200:
        raise LifecycleBroken(operation=operation, message=f"the first {first} answered HTTP {done.status_code}")
    for again in ("capture", "void"):
        ensure_final(
            operation,
            transaction_id,
            again,
            calls[again](target.merchant_id, transaction_id, client=client).status_code,
        )


# The embedded sandbox's BLIK codes (docs/sandbox.md, "how it answers"): each 2100xx fails with
# BLK-ERROR-2100xx; 777123 pays.
@pytest.mark.parametrize("code", ["210005", "210015", "777123"])
def test_a_blik_payment_that_fails_says_why(client: AuthenticatedClient, target: Target, code: str) -> None:
    body = {**bodies.valid_bodies(target.service_id, None)["createTransaction"], "blikCode": code}
    created = create_transaction.sync_detailed(
        target.merchant_id, client=client, body=CreateTransactionRequest.from_dict(body)
    ).parsed
    if not isinstance(created, CreateTransactionResponse):
        raise LifecycleBroken(operation="POST /{merchantId}/transaction", message="the BLIK transaction failed")
    ensure_rejection_explained("POST /{merchantId}/transaction", read(client, target, str(created.transaction.id)))
