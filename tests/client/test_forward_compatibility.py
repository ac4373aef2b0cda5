"""Values and fields the spec does not know yet are kept, not fatal."""

import copy

from imoje_client import AuthenticatedClient
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
