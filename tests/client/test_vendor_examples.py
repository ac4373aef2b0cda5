"""The client parses every response example of the vendor's pages, field by field."""

import copy
import json
from collections.abc import Callable
from typing import Any
from uuid import UUID

import pytest
from imoje_client import AuthenticatedClient
from imoje_client.api.payments import cancel_payment, get_payment
from imoje_client.api.profiles import charge_profile, deactivate_profile
from imoje_client.api.transactions import can_refund_transaction, get_transaction
from imoje_client.errors import BadRequestError
from imoje_client.models import (
    CanRefundRequest,
    Currency,
    DeactivateProfileRequest,
    ErrorResponse,
    PaymentLink,
    PaymentMethod,
    PaymentMethodCode,
    ProfileActivity,
    ProfileType,
    Status,
    TransactionPayment,
    TransactionResponse,
    TransactionSource,
    TransactionType,
)
from imoje_client.types import Response

from tests.client.conftest import MERCHANT, Recorder
from tests.client.examples import cancel_request, charge_request
from tests.vendor_docs import Example, all_examples

RESPONSES = [example for example in all_examples() if example.role != "request"]


ANY_ID = UUID("140bb320-4699-4089-986b-93701cee055a")
# Detailed calls: error answers round-trip as values too.
CALLS: dict[str, Callable[[AuthenticatedClient], Response[Any]]] = {
    "cancelPayment": lambda client: cancel_payment.sync_detailed(MERCHANT, client=client, body=cancel_request()),
    "chargeProfile": lambda client: charge_profile.sync_detailed(MERCHANT, client=client, body=charge_request()),
    "getPayment": lambda client: get_payment.sync_detailed(MERCHANT, ANY_ID, client=client),
    "getTransaction": lambda client: get_transaction.sync_detailed(MERCHANT, ANY_ID, client=client),
}


def call(example: Example, client: AuthenticatedClient) -> Any:
    return CALLS[example.operation_id](client).parsed


def test_every_response_example_has_its_call() -> None:
    assert {example.operation_id for example in RESPONSES} == set(CALLS)


@pytest.mark.parametrize("example", RESPONSES, ids=lambda example: example.label)
def test_example_round_trips_exactly(example: Example, client: AuthenticatedClient, recorder: Recorder) -> None:
    recorder.status, recorder.body = int(example.role), copy.deepcopy(example.document)
    parsed = call(example, client)
    assert parsed.to_dict() == example.document


@pytest.mark.parametrize("example", RESPONSES, ids=lambda example: example.label)
def test_example_round_trips_with_extra_properties_at_every_depth(
    example: Example, client: AuthenticatedClient, recorder: Recorder
) -> None:
    body = copy.deepcopy(example.document)
    added = add_extras(body)
    assert added >= 2
    recorder.status, recorder.body = int(example.role), body
    parsed = call(example, client)
    assert parsed.to_dict() == body


def add_extras(node: Any) -> int:
    """Put an unknown property into every object of `node`; return how many were added."""
    count = 0
    if isinstance(node, dict):
        for value in list(node.values()):
            count += add_extras(value)
        node["futureField"] = {"nested": [1, "two", None], "depth": count}
        count += 1
    elif isinstance(node, list):
        for item in node:
            count += add_extras(item)
    return count


def example_body(page: str, role: str) -> Any:
    return next(e.body for e in all_examples() if e.page == page and e.role == role)


def test_cancel_example_fields(client: AuthenticatedClient, recorder: Recorder) -> None:
    recorder.status, recorder.body = 200, example_body("payment-cancel.en.txt", "200")
    link = cancel_payment.sync(MERCHANT, client=client, body=cancel_request())
    assert isinstance(link, PaymentLink)
    assert str(link.id) == "50d38a51-8e95-4b8b-94f4-188c90c0dfdd"
    assert link.url == "https://paywall.imoje.pl/s/ev3rBoIc3v"
    assert str(link.service_id) == "2a249f52-d29c-46e7-9575-e65a889c7d38"
    assert (link.order_id, link.title, link.simp, link.amount) == ("yourOrderId", "yourTitle", "", 100)
    assert link.currency is Currency.PLN and link.status is Status.CANCELLED
    assert (link.is_active, link.is_generated, link.is_used, link.is_confirm_visited) == (True, False, True, True)
    assert link.valid_to is None
    assert link.created == link.modified == link.used_at == link.confirm_visited_at == 1735686000
    assert link.return_url == "https://yourshopdomain.com/return"
    assert link.failure_return_url == "https://yourshopdomain.com/failure"
    assert link.success_return_url == "https://yourshopdomain.com/success"
    assert link.notification_url == "https://yourshopdomain.com/notification"
    customer = link.customer
    assert (customer.first_name, customer.last_name, customer.email) == ("John", "Doe", "john.doe@example.com")
    assert customer.phone == "+48501501501" and customer.locale == "pl"
    assert isinstance(link.transactions, list)
    [transaction] = link.transactions
    assert transaction.type_ is TransactionType.SALE and transaction.status is Status.PENDING
    assert transaction.source is TransactionSource.WEB
    assert transaction.payment_method is PaymentMethod.BLIK
    assert transaction.payment_method_code is PaymentMethodCode.BLIK
    assert isinstance(transaction.payment, TransactionPayment) and transaction.payment.status is Status.CANCELLED
    assert str(transaction.payment.id) == "50d38a51-8e95-4b8b-94f4-188c90c0dfdd"


def test_charge_example_fields(client: AuthenticatedClient, recorder: Recorder) -> None:
    recorder.status, recorder.body = 200, example_body("transaction-profile.pl.txt", "200")
    answer = charge_profile.sync(MERCHANT, client=client, body=charge_request())
    assert isinstance(answer, TransactionResponse)
    transaction = answer.transaction
    assert str(transaction.id) == "440c5518-daf2-46e3-b7b6-22a0734648b2"
    assert transaction.source is TransactionSource.API and transaction.status is Status.PENDING
    assert transaction.payment_method is PaymentMethod.CARD
    assert transaction.payment_method_code is PaymentMethodCode.ONECLICK
    assert (transaction.amount, transaction.currency) == (1000, Currency.PLN)
    profile = transaction.payment_profile
    assert profile and str(profile.id) == "46f095b4-be6f-4ea0-8052-475ac8fbf218"
    assert profile.profile is ProfileType.ONE_CLICK and profile.is_active is ProfileActivity.ACTIVE
    assert (profile.month, profile.year, profile.masked_number) == ("12", "2029", "****1111")
    assert (profile.organization, profile.merchant_mid) == ("MASTERCARD", "rgfnb43ub57pry2nuc13")
    assert profile.merchant_customer_id == "yourMerchantCustomerId"


def test_error_examples_fields(client: AuthenticatedClient, recorder: Recorder) -> None:
    recorder.status, recorder.body = 400, example_body("transaction-profile.pl.txt", "400")
    with pytest.raises(BadRequestError) as refused:
        charge_profile.sync(MERCHANT, client=client, body=charge_request())
    assert (refused.value.code, refused.value.message, refused.value.errors) == (
        "TRX-ERROR-120301",
        "Payment profile inactive.",
        (),
    )
    assert isinstance(refused.value.body, ErrorResponse)
    assert refused.value.body.api_error_response.instance == example_body("transaction-profile.pl.txt", "request")
    recorder.body = example_body("payment-cancel.en.txt", "400")
    with pytest.raises(BadRequestError) as cancelled:
        cancel_payment.sync(MERCHANT, client=client, body=cancel_request())
    assert (cancelled.value.message, cancelled.value.code) == ("Cannot cancel payment", None)


def test_requests_serialise_to_the_vendor_examples() -> None:
    assert charge_request().to_dict() == example_body("transaction-profile.pl.txt", "request")
    assert cancel_request().to_dict() == example_body("payment-cancel.en.txt", "request")


def test_the_transaction_read_example_fields(client: AuthenticatedClient, recorder: Recorder) -> None:
    # Printed flat on the page; the page's schema (and the spec) wrap it in `transaction`.
    recorder.status, recorder.body = 200, {"transaction": example_body("transaction-get.en.txt", "200")}
    transaction = get_transaction.sync(MERCHANT, ANY_ID, client=client).transaction
    assert str(transaction.id) == "140bb320-4699-4089-986b-93701cee055a" and transaction.amount == 10000
    assert (transaction.type_, transaction.status, transaction.source) == (
        TransactionType.SALE,
        Status.SETTLED,
        TransactionSource.API,
    )
    assert transaction.payment_method is PaymentMethod.BLIK and transaction.blik_transaction_id == "11111111111"
    assert transaction.payment and str(transaction.payment.id) == str(transaction.id)


def test_the_payment_read_example_fields(client: AuthenticatedClient, recorder: Recorder) -> None:
    recorder.status, recorder.body = 200, example_body("payment-get.pl.txt", "200")
    link = get_payment.sync(MERCHANT, ANY_ID, client=client)
    assert isinstance(link, PaymentLink) and link.url == "https://paywall.imoje.pl/s/ev3rBoIc3v"
    assert str(link.id) == "c7c8c9fd-4239-44a7-8c66-63f79226c13e"


def test_request_examples_are_what_the_client_sends(client: AuthenticatedClient, recorder: Recorder) -> None:
    recorder.status, recorder.body = 200, {}
    can_refund_transaction.sync_detailed(
        MERCHANT,
        ANY_ID,
        client=client,
        body=CanRefundRequest.from_dict(example_body("transaction-can-refund.en.txt", "request")),
    )
    deactivate_profile.sync_detailed(
        MERCHANT,
        client=client,
        body=DeactivateProfileRequest.from_dict(example_body("profile-deactivate.pl.txt", "request")),
    )
    assert [json.loads(request.content) for request in recorder.requests] == [
        example_body("transaction-can-refund.en.txt", "request"),
        example_body("profile-deactivate.pl.txt", "request"),
    ]
