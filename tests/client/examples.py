"""Builders for request models, from the vendor's own example values."""

import copy
from typing import Any
from uuid import UUID

from imoje_client.models import (
    CancelPaymentRequest,
    ChargeBlikProfileRequest,
    ChargeProfileRequest,
    CreatePaymentRequest,
    CreateTransactionRequest,
    CreateTransactionRequestType,
    Currency,
    CustomerInput,
    LinkCustomerInput,
    PaymentMethod,
    PaymentMethodCode,
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
        customer=LinkCustomerInput(first_name="Jan", last_name="Kowalski", email="jan.kowalski@example.com"),
    )


def transaction_request(**changes: object) -> CreateTransactionRequest:
    """A BLIK transaction with a code that pays (in the sandbox: any code but 000000 and 2100xx)."""
    fields: dict[str, object] = {
        "type_": CreateTransactionRequestType.SALE,
        "service_id": SERVICE_ID,
        "amount": 1000,
        "currency": Currency.PLN,
        "order_id": "order-1",
        "payment_method": PaymentMethod.BLIK,
        "payment_method_code": PaymentMethodCode.BLIK,
        "success_return_url": "https://yourshopdomain.com/success",
        "failure_return_url": "https://yourshopdomain.com/failure",
        "customer": CustomerInput(first_name="Jan", last_name="Kowalski", email="jan.kowalski@example.com"),
        "blik_code": "777123",
        "client_ip": "192.0.2.10",
    }
    fields.update(changes)
    return CreateTransactionRequest(**fields)  # type: ignore[arg-type]


def blik_charge_request(**changes: object) -> ChargeBlikProfileRequest:
    fields: dict[str, object] = {
        "service_id": SERVICE_ID,
        "blik_profile_id": "5e0c3f0a-8d1b-4c2e-9f3a-6b7c8d9e0f1a",
        "amount": 1000,
        "currency": Currency.PLN,
        "order_id": "order-1",
        "title": "Order 1",
        "client_ip": "192.0.2.10",
        "blik_key": "alias-ing-0001",
    }
    fields.update(changes)
    return ChargeBlikProfileRequest(**fields)  # type: ignore[arg-type]


def payment_link() -> dict[str, Any]:
    """A valid getPayment answer (the link PAYMENT_ID, every optional part present)."""
    link = copy.deepcopy(LINK)
    assert link["id"] == str(PAYMENT_ID)
    return link
