"""Builders for request models, from the vendor's own example values."""

import copy
from typing import Any
from uuid import UUID

from imoje_client.models import (
    CancelPaymentRequest,
    ChargeProfileRequest,
    CreatePaymentRequest,
    Currency,
    CustomerInput,
)

from contract_tests.answers import LINK

SERVICE_ID = UUID("2a249f52-d29c-46e7-9575-e65a889c7d38")
PAYMENT_ID = UUID("50d38a51-8e95-4b8b-94f4-188c90c0dfdd")
PROFILE_ID = UUID("39ac1087-e632-41ff-acb8-8d661068a9d5")
# The charge page's example names another shop than the cancellation page's.
CHARGE_SERVICE_ID = UUID("ab16c18c-e83b-424f-80c9-f839ed23181f")


def cancel_request() -> CancelPaymentRequest:
    return CancelPaymentRequest(service_id=SERVICE_ID, payment_id=PAYMENT_ID)


def charge_request(**changes: object) -> ChargeProfileRequest:
    fields: dict[str, object] = {
        "service_id": CHARGE_SERVICE_ID,
        "payment_profile_id": PROFILE_ID,
        "amount": 1000,
        "currency": Currency.PLN,
        "order_id": "yourOrderId",
        "title": "yourTitle",
    }
    fields.update(changes)
    return ChargeProfileRequest(**fields)  # type: ignore[arg-type]


def create_request() -> CreatePaymentRequest:
    return CreatePaymentRequest(
        service_id=SERVICE_ID,
        amount=1000,
        currency=Currency.PLN,
        order_id="order-1",
        title="Order 1",
        customer=CustomerInput(first_name="Jan", last_name="Kowalski", email="jan.kowalski@example.com"),
    )


def payment_link() -> dict[str, Any]:
    """A valid getPayment answer (the link PAYMENT_ID, every optional part present)."""
    link = copy.deepcopy(LINK)
    assert link["id"] == str(PAYMENT_ID)
    return link
