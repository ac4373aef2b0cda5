"""Read-after-write on every target: what a write answered, every later read keeps.

Each answer of these walks (and of every other test: the ledger sees all the suite's
exchanges, contract_tests/invariants.py) is judged by the invariants IM116-IM119. What they
do is safe on any target: a payment link is created, read, cancelled and read again; a
transaction is created in a bank-transfer channel the shop lists, where no money moves until
a payer acts (none will; it expires unpaid), and read. On the embedded sandbox the
money-moving walks (settle, refund, capture, void: test_transactions.py) add their answers.
"""

from collections.abc import Iterator
from typing import Any
from uuid import UUID

import pytest
from imoje_client import AuthenticatedClient
from imoje_client.api.payments import cancel_payment, create_payment, get_payment
from imoje_client.api.services import get_payment_methods
from imoje_client.api.transactions import create_transaction, get_transaction
from imoje_client.models import (
    CancelPaymentRequest,
    CreatePaymentRequest,
    CreatePaymentResponse,
    CreateTransactionRequest,
    CreateTransactionResponse,
    Currency,
    LinkCustomerInput,
    PaymentMethodsRequest,
)

from contract_tests import context as run_context
from contract_tests.failures import LifecycleBroken
from contract_tests.irreversible import IrreversibleGuard
from contract_tests.target import Target
from contract_tests.transport import guarded_client

AMOUNT = 2345
BANK_TRANSFERS = frozenset({"pbl", "ing"})


@pytest.fixture
def client(target: Target, guard: IrreversibleGuard) -> Iterator[AuthenticatedClient]:
    with guarded_client(target, guard, run_context.current().ledger) as built:
        yield built


def test_a_link_keeps_what_it_was_written_with_through_its_cancellation(
    client: AuthenticatedClient, target: Target
) -> None:
    request = CreatePaymentRequest(
        service_id=UUID(target.service_id), amount=AMOUNT, currency=Currency.PLN, order_id="contract-invariants",
        title="Invariants", customer=LinkCustomerInput(first_name="Jan", last_name="Kowalski", email="jan@example.com"),
    )  # fmt: skip
    created = create_payment.sync(target.merchant_id, client=client, body=request)
    if not isinstance(created, CreatePaymentResponse):
        raise LifecycleBroken(operation="POST /{merchantId}/payment", message=f"createPayment answered {created!r}")
    link_id = created.payment.id
    for _ in range(2):
        get_payment.sync(target.merchant_id, link_id, client=client)
    cancel = CancelPaymentRequest(service_id=UUID(target.service_id), payment_id=link_id)
    cancel_payment.sync(target.merchant_id, client=client, body=cancel)
    for _ in range(2):
        get_payment.sync(target.merchant_id, link_id, client=client)


def test_a_transaction_keeps_what_it_was_written_with(client: AuthenticatedClient, target: Target) -> None:
    listed = get_payment_methods.sync(
        target.merchant_id,
        UUID(target.service_id),
        client=client,
        body=PaymentMethodsRequest.from_dict({"amount": AMOUNT, "currency": "PLN"}),
    )
    channels = [
        (channel.payment_method, channel.payment_method_code)
        for group in listed or []
        for channel in getattr(group, "channels", [])
        if channel.payment_method in BANK_TRANSFERS
        # A channel the spec does not know yet is behind (the ledger recorded it), not sent.
        and channel.payment_method.is_documented
        and channel.payment_method_code.is_documented
    ]
    if not channels:
        pytest.skip(f"the shop lists no bank transfer ({', '.join(sorted(BANK_TRANSFERS))}) for {AMOUNT} PLN")
    method, code = channels[0]
    body: dict[str, Any] = {
        "type": "sale", "serviceId": target.service_id, "amount": AMOUNT, "currency": "PLN",
        "orderId": "contract-invariants", "title": "Invariants", "paymentMethod": str(method),
        "paymentMethodCode": str(code), "successReturnUrl": "https://shop.example/ok",
        "failureReturnUrl": "https://shop.example/ko",
        "customer": {"firstName": "Jan", "lastName": "Kowalski", "email": "jan@example.com"},
    }  # fmt: skip
    created = create_transaction.sync(target.merchant_id, client=client, body=CreateTransactionRequest.from_dict(body))
    if not isinstance(created, CreateTransactionResponse):
        raise LifecycleBroken(
            operation="POST /{merchantId}/transaction", message=f"createTransaction answered {created!r}"
        )
    for _ in range(2):
        get_transaction.sync(target.merchant_id, created.transaction.id, client=client)
