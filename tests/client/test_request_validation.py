"""A request that breaks the spec is refused in the process: nothing is sent."""

from uuid import UUID

import pytest
from imoje_client import AuthenticatedClient, RequestValidationError
from imoje_client.api.payments import cancel_payment, create_payment, get_payment
from imoje_client.api.profiles import charge_profile
from imoje_client.models import CancelPaymentRequest, CreatePaymentRequest, Currency, LinkCustomerInput

from tests.client.conftest import MERCHANT, TOKEN, Recorder
from tests.client.examples import PAYMENT_ID, SERVICE_ID, charge_request

UUID_V1 = UUID("2a249f52-d29c-11e7-9575-e65a889c7d38")


def refused(call: object) -> RequestValidationError:
    assert callable(call)
    with pytest.raises(RequestValidationError) as caught:
        call()
    assert TOKEN not in str(caught.value)
    return caught.value


def rules(error: RequestValidationError) -> set[tuple[str, str]]:
    return {(problem.field, problem.rule) for problem in error.problems}


def test_uuid_that_is_not_version_4(client: AuthenticatedClient, recorder: Recorder) -> None:
    body = CancelPaymentRequest(service_id=UUID_V1, payment_id=PAYMENT_ID)
    error = refused(lambda: cancel_payment.sync(MERCHANT, client=client, body=body))
    assert rules(error) == {("serviceId", "pattern")}
    assert "serviceId" in str(error) and "pattern" in str(error)
    assert recorder.requests == []


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"order_id": "order<script>"}, {("orderId", "pattern")}),
        ({"order_id": "x" * 101}, {("orderId", "maxLength")}),
        ({"order_id": "ok\n"}, {("orderId", "pattern")}),
        ({"title": "t" * 256}, {("title", "maxLength")}),
        ({"title": "a{b}"}, {("title", "pattern")}),
        ({"amount": 0}, {("amount", "minimum")}),
        ({"currency": Currency("XXX")}, {("currency", "enum")}),
        ({"notification_url": "not a url"}, {("notificationUrl", "format")}),
        ({"order_id": "<", "title": ""}, {("orderId", "pattern"), ("title", "pattern")}),
    ],
)
def test_charge_body_breaking_a_rule(
    changes: dict[str, object], expected: set[tuple[str, str]], client: AuthenticatedClient, recorder: Recorder
) -> None:
    error = refused(lambda: charge_profile.sync(MERCHANT, client=client, body=charge_request(**changes)))
    assert rules(error) == expected
    assert error.operation == "chargeProfile"
    assert recorder.requests == []


def test_nested_customer_field_is_named_with_its_path(client: AuthenticatedClient, recorder: Recorder) -> None:
    body = CreatePaymentRequest(
        service_id=SERVICE_ID,
        amount=100,
        currency=Currency.PLN,
        order_id="order-1",
        customer=LinkCustomerInput(first_name="Jan<", last_name="Kowalski", email="jan@example.com", phone="+48 ab"),
    )
    error = refused(lambda: create_payment.sync(MERCHANT, client=client, body=body))
    assert rules(error) == {("customer.firstName", "pattern"), ("customer.phone", "pattern")}
    assert recorder.requests == []


def test_path_parameter_breaking_a_rule(client: AuthenticatedClient, recorder: Recorder) -> None:
    error = refused(lambda: get_payment.sync(MERCHANT, UUID_V1, client=client))
    assert rules(error) == {("paymentId", "pattern")}
    error = refused(lambda: get_payment.sync("", PAYMENT_ID, client=client))
    assert rules(error) == {("merchantId", "minLength")}
    assert recorder.requests == []


def test_valid_unicode_values_are_sent(client: AuthenticatedClient, recorder: Recorder) -> None:
    body = CreatePaymentRequest(
        service_id=SERVICE_ID,
        amount=100,
        currency=Currency.PLN,
        order_id="Zamówienie #12/2026",
        customer=LinkCustomerInput(first_name="Zażółć", last_name="Шевченко", email="zażółć@example.pl"),
    )
    recorder.status, recorder.body = (
        200,
        {"payment": {"id": str(PAYMENT_ID), "url": "https://sandbox.paywall.imoje.pl/s/x"}},
    )
    create_payment.sync(MERCHANT, client=client, body=body)
    assert len(recorder.requests) == 1
