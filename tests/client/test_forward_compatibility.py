"""Values and fields the spec does not know yet are kept, not fatal."""

import copy

import pytest
from imoje_client import AuthenticatedClient, ResponseContractError
from imoje_client.api.payments import cancel_payment
from imoje_client.models import (
    PaymentLink,
    PaymentMethodCode,
    PaymentProfile,
    ProfileActivity,
    Status,
    TransactionPayment,
)

from tests.client.conftest import MERCHANT, Recorder
from tests.client.examples import cancel_request
from tests.vendor_docs import page_examples

LINK = next(e.body for e in page_examples("payment-cancel.en.txt") if e.role == "200")


def test_unknown_string_enum_value_parses_compares_and_round_trips(
    client: AuthenticatedClient, recorder: Recorder
) -> None:
    body = copy.deepcopy(LINK)
    body["status"] = "refunded"
    body["transactions"][0]["paymentMethodCode"] = "newpay2027"
    recorder.status, recorder.body = 200, body
    link = cancel_payment.sync(MERCHANT, client=client, body=cancel_request())
    assert isinstance(link, PaymentLink)
    assert isinstance(link.transactions, list)
    code = link.transactions[0].payment_method_code
    assert code == "newpay2027" and isinstance(code, PaymentMethodCode) and not code.is_documented
    assert link.status == "refunded" and isinstance(link.status, Status)
    assert link.to_dict() == body


def test_documented_values_still_give_the_members() -> None:
    for member in PaymentMethodCode:
        assert PaymentMethodCode(member.value) is member and member.is_documented
    assert Status("cancelled") is Status.CANCELLED


def test_unknown_int_enum_value_is_kept() -> None:
    profile = PaymentProfile.from_dict({"id": "46f095b4-be6f-4ea0-8052-475ac8fbf218", "profile": "X", "isActive": 2})
    assert isinstance(profile.is_active, ProfileActivity)
    assert profile.is_active == 2 and not profile.is_active.is_documented
    assert ProfileActivity(1) is ProfileActivity.ACTIVE
    assert profile.to_dict() == {"id": "46f095b4-be6f-4ea0-8052-475ac8fbf218", "profile": "X", "isActive": 2}


def test_extras_are_reachable_on_the_models(client: AuthenticatedClient, recorder: Recorder) -> None:
    body = copy.deepcopy(LINK)
    body["refundable"] = True
    body["customer"]["birthday"] = "1990-01-01"
    body["transactions"][0]["payment"]["expiresAt"] = None
    recorder.status, recorder.body = 200, body
    link = cancel_payment.sync(MERCHANT, client=client, body=cancel_request())
    assert isinstance(link, PaymentLink)
    assert link["refundable"] is True
    assert link.customer["birthday"] == "1990-01-01"
    assert isinstance(link.transactions, list) and isinstance(link.transactions[0].payment, TransactionPayment)
    assert "expiresAt" in link.transactions[0].payment


def test_a_null_where_a_field_may_be_absent_reads_as_absent_and_round_trips(
    client: AuthenticatedClient, recorder: Recorder
) -> None:
    # The witnesses' models type such fields nullable (PHP `?string`, Python `Optional`): a
    # null in an optional field of any type, at any depth, is no reason to fail a read.
    body = copy.deepcopy(LINK)
    body["notificationUrl"] = None
    body["customer"]["phone"] = None
    body["transactions"][0]["title"] = None
    body["transactions"][0]["payment"] = None
    recorder.status, recorder.body = 200, body
    link = cancel_payment.sync(MERCHANT, client=client, body=cancel_request())
    assert isinstance(link, PaymentLink) and isinstance(link.transactions, list)
    assert (link.notification_url, link.customer.phone) == (None, None)
    assert (link.transactions[0].title, link.transactions[0].payment) == (None, None)
    assert link.to_dict() == body


def test_a_null_a_witness_shows_in_a_required_field_is_read(client: AuthenticatedClient, recorder: Recorder) -> None:
    # SoftifyDev's model types a link's title `?string` (DEVIATIONS 66).
    body = copy.deepcopy(LINK)
    body["title"] = None
    recorder.status, recorder.body = 200, body
    link = cancel_payment.sync(MERCHANT, client=client, body=cancel_request())
    assert isinstance(link, PaymentLink) and link.title is None and link.to_dict() == body


def test_a_null_where_the_field_is_required_is_still_refused(client: AuthenticatedClient, recorder: Recorder) -> None:
    body = copy.deepcopy(LINK)
    body["orderId"] = None  # required of a link, and no witness shows it null
    recorder.status, recorder.body = 200, body
    with pytest.raises(ResponseContractError) as refused:
        cancel_payment.sync(MERCHANT, client=client, body=cancel_request())
    assert (refused.value.field, refused.value.rule) == ("orderId", "type")
