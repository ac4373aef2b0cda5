"""Shops and transactions agree: every channel get-payment-methods lists for an amount takes a
transaction of that amount (createTransaction does not refuse it for its channel, currency
or amount).

Runs on any target: the transactions it creates wait for a payer who never comes (no BLIK
code is sent), and expire unpaid. Cards are left out: imoje lists them for its paywall but
refuses them through the API without a PCI DSS certificate.
"""

from collections.abc import Iterator
from typing import Any
from uuid import UUID

import httpx
import pytest
from imoje_client import AuthenticatedClient
from imoje_client.api.services import get_payment_methods
from imoje_client.api.transactions import create_transaction
from imoje_client.models import CreateTransactionRequest, PaymentMethodsRequest

from contract_tests import bodies
from contract_tests import context as run_context
from contract_tests.checks import ensure_channel_takes
from contract_tests.failures import LifecycleBroken
from contract_tests.irreversible import IrreversibleGuard
from contract_tests.judges import Answer, named_fields
from contract_tests.target import Target
from contract_tests.transport import guarded_client

AMOUNT = 1999
CREATE = "POST /{merchantId}/transaction"
# Listed for the paywall, refused through the API without PCI DSS (the create page).
NOT_THROUGH_THE_API = frozenset({"card"})


@pytest.fixture
def client(target: Target, guard: IrreversibleGuard, reset_sandbox: Any) -> Iterator[AuthenticatedClient]:
    with guarded_client(target, guard, run_context.current().ledger) as built:
        yield built


def answer_of(status: int, content: bytes) -> Answer:
    try:
        return Answer(status, httpx.Response(status, content=content).json())
    except ValueError:
        return Answer(status, None)


def test_every_channel_listed_for_an_amount_takes_a_transaction_of_it(
    client: AuthenticatedClient, target: Target
) -> None:
    listed = get_payment_methods.sync_detailed(
        target.merchant_id,
        UUID(target.service_id),
        client=client,
        body=PaymentMethodsRequest.from_dict({"amount": AMOUNT, "currency": "PLN"}),
    )
    if listed.status_code != 200 or not isinstance(listed.parsed, list):
        raise LifecycleBroken(
            operation="POST /{merchantId}/service/{serviceId}/get-payment-methods",
            message=f"HTTP {listed.status_code}",
        )
    channels = [
        (channel.payment_method.value, channel.payment_method_code.value)
        for group in listed.parsed
        for channel in group.channels
        if channel.payment_method.value not in NOT_THROUGH_THE_API
        # A channel the spec does not know yet is behind (the ledger recorded it from this
        # answer), not sent: the client refuses to send what the spec does not list.
        and channel.payment_method.is_documented
        and channel.payment_method_code.is_documented
    ]
    if not channels:
        pytest.skip(f"the shop offers no channel but cards for {AMOUNT} PLN")
    base = bodies.valid_bodies(target.service_id, None)["createTransaction"]
    for method, code in channels:
        body = {**base, "amount": AMOUNT, "paymentMethod": method, "paymentMethodCode": code}
        answer = create_transaction.sync_detailed(
            target.merchant_id, client=client, body=CreateTransactionRequest.from_dict(body)
        )
        named = named_fields(answer_of(answer.status_code, answer.content))
        ensure_channel_takes(CREATE, f"{method}/{code}", AMOUNT, answer.status_code, named)
