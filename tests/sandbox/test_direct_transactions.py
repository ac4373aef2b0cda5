"""Transactions created directly, in the sandbox, through the resource client: BLIK codes
decide the payer's answer, other channels wait as `new` behind an action, the shop's
channels and limits refuse what they cannot take, and validTo expires what is unpaid."""

from typing import Any

import pytest
from imoje_client import BadRequestError, Imoje, NotFoundError
from imoje_client.models import ActionType, CreateTransactionResponse, Status
from imoje_client.types import UNSET

from imoje_sandbox.pytest_plugin import ImojeSandbox

CUSTOMER = {"firstName": "Jan", "lastName": "Kowalski", "email": "jan.kowalski@example.com"}


def create(imoje: Imoje, **changes: Any) -> CreateTransactionResponse:
    fields: dict[str, Any] = {
        "amount": 1000,
        "currency": "PLN",
        "order_id": "order-1",
        "payment_method": "blik",
        "payment_method_code": "blik",
        "success_return_url": "https://yourshopdomain.com/success",
        "failure_return_url": "https://yourshopdomain.com/failure",
        "customer": CUSTOMER,
    }
    fields.update(changes)
    return imoje.transactions.create(**fields)


def test_a_blik_code_that_pays_answers_pending_then_settles_with_one_notification(
    imoje_sandbox: ImojeSandbox,
) -> None:
    imoje = imoje_sandbox.client()
    created = create(imoje, blik_code="777123", client_ip="192.0.2.10")
    assert created.transaction.status is Status.PENDING and not created.action
    read = imoje.transactions.get(created.transaction.id).transaction
    assert (read.status, read.amount, read.order_id) == (Status.SETTLED, 1000, "order-1")
    [notified] = imoje_sandbox.wait_for_notifications(1)
    body = notified.json()
    assert (body["transaction"]["id"], body["transaction"]["status"]) == (str(read.id), "settled")


@pytest.mark.parametrize("code", ["210000", "210001", "210002", "210005", "210015", "210022"])
def test_a_2100xx_blik_code_is_rejected_with_that_status_code(imoje_sandbox: ImojeSandbox, code: str) -> None:
    imoje = imoje_sandbox.client()
    created = create(imoje, blik_code=code)
    # 210002-210022: imoje's plugin reads them from this answer (Api.php check_retype_code), so
    # the answer carries them; 210000 and 210001 come in the notification only.
    at_once = code not in ("210000", "210001")
    shown = (created.transaction.status, created.transaction.status_code)
    assert shown == ((Status.REJECTED, f"BLK-ERROR-{code}") if at_once else (Status.PENDING, UNSET))
    read = imoje.transactions.get(created.transaction.id).transaction
    assert (read.status, read.status_code) == (Status.REJECTED, f"BLK-ERROR-{code}")
    assert isinstance(read.status_code_description, str) and read.status_code_description
    [notified] = imoje_sandbox.wait_for_notifications(1)
    assert notified.json()["transaction"]["statusCode"] == f"BLK-ERROR-{code}"


def test_the_never_confirmed_code_stays_pending_until_a_control_route_moves_it(imoje_sandbox: ImojeSandbox) -> None:
    imoje = imoje_sandbox.client()
    created = create(imoje, blik_code="000000")
    assert imoje.transactions.get(created.transaction.id).transaction.status is Status.PENDING
    assert imoje_sandbox.notifications() == []
    imoje_sandbox.reject_transaction(created.transaction.id)
    assert imoje.transactions.get(created.transaction.id).transaction.status is Status.REJECTED


def test_a_bank_transfer_waits_as_pending_behind_a_redirect_then_settles(imoje_sandbox: ImojeSandbox) -> None:
    """DEVIATIONS 61: witnesses show a just-created pay-by-link transaction `pending`."""
    imoje = imoje_sandbox.client()
    created = create(imoje, payment_method="pbl", payment_method_code="ing")
    assert created.transaction.status is Status.PENDING
    assert created.action and created.action.type_ is ActionType.REDIRECT
    assert isinstance(created.action.url, str) and str(created.transaction.id) in created.action.url
    imoje_sandbox.settle_transaction(created.transaction.id)
    settled = imoje.transactions.get(created.transaction.id).transaction
    assert settled.status is Status.SETTLED
    # A paid transfer is refundable like any settled sale.
    assert imoje.transactions.can_refund(settled.id, amount=1000).refundable is True


def test_a_wire_transfer_answers_the_account_to_pay_to(imoje_sandbox: ImojeSandbox) -> None:
    created = create(imoje_sandbox.client(), payment_method="wt", payment_method_code="wt")
    assert created.action and created.action.type_ is ActionType.TRANSFER
    assert isinstance(created.action.ban, str) and len(created.action.ban) == 26


@pytest.mark.parametrize(
    ("changes", "field", "rule"),
    [
        ({"payment_method": "card", "payment_method_code": "ecom3ds"}, "paymentMethod", "pci-dss"),
        ({"payment_method": "pbl", "payment_method_code": "ipko"}, "paymentMethodCode", "enum"),  # offline
        ({"payment_method": "pbl", "payment_method_code": "pekao24"}, "paymentMethodCode", "enum"),  # inactive
        ({"payment_method": "pbl", "payment_method_code": "alior"}, "paymentMethodCode", "enum"),  # not offered
        ({"payment_method": "pbl", "payment_method_code": "mtransfer", "currency": "EUR"}, "currency", "enum"),
        ({"payment_method": "imoje_paylater", "payment_method_code": "paypo", "amount": 4_999}, "amount", "minimum"),
        ({"amount": 5_000_001}, "amount", "maximum"),
        ({"valid_to": 1}, "validTo", "minimum"),
    ],
)
def test_what_the_shop_cannot_take_is_a_400_naming_the_field_and_nothing_is_stored(
    imoje_sandbox: ImojeSandbox, changes: dict[str, Any], field: str, rule: str
) -> None:
    with pytest.raises(BadRequestError) as refused:
        create(imoje_sandbox.client(), **changes)
    assert [(item.property_, item.rule) for item in refused.value.errors] == [(field, rule)]
    assert imoje_sandbox.notifications() == []


def test_an_unknown_shop_is_a_404(imoje_sandbox: ImojeSandbox) -> None:
    with pytest.raises(NotFoundError):
        create(imoje_sandbox.client(), service_id="0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e")


def test_an_unpaid_transaction_expires_at_its_valid_to_with_a_notification(imoje_sandbox: ImojeSandbox) -> None:
    imoje = imoje_sandbox.client()
    now = imoje_sandbox.advance_clock(0)
    created = create(imoje, payment_method="pbl", payment_method_code="ing", valid_to=now + 120)
    imoje_sandbox.advance_clock(60)
    assert imoje.transactions.get(created.transaction.id).transaction.status is Status.PENDING
    imoje_sandbox.advance_clock(61)
    assert imoje.transactions.get(created.transaction.id).transaction.status is Status.CANCELLED
    [expired] = imoje_sandbox.wait_for_notifications(1)
    assert (expired.event, expired.json()["transaction"]["status"]) == ("transaction expired", "cancelled")


def test_a_payment_link_expires_at_its_valid_to_and_notifies_the_payment_only(imoje_sandbox: ImojeSandbox) -> None:
    imoje = imoje_sandbox.client()
    now = imoje_sandbox.advance_clock(0)
    link = imoje.payments.create(amount=1000, currency="PLN", order_id="o-1", customer=CUSTOMER, valid_to=now + 90)
    imoje_sandbox.start_payment(link.payment.id)
    imoje_sandbox.advance_clock(3600)
    read = imoje.payments.get(link.payment.id)
    assert (read.status, read.is_active) == (Status.CANCELLED, False)
    assert isinstance(read.transactions, list)
    assert {transaction.status for transaction in read.transactions} == {Status.CANCELLED}
    started, expired = imoje_sandbox.wait_for_notifications(2)
    assert started.json()["transaction"]["status"] == "pending"
    assert expired.json().keys() == {"payment"} and expired.json()["payment"]["status"] == "cancelled"


def test_a_paid_link_does_not_expire(imoje_sandbox: ImojeSandbox) -> None:
    imoje = imoje_sandbox.client()
    now = imoje_sandbox.advance_clock(0)
    link = imoje.payments.create(amount=1000, currency="PLN", order_id="o-1", customer=CUSTOMER, valid_to=now + 90)
    imoje_sandbox.settle_payment(link.payment.id)
    imoje_sandbox.advance_clock(3600)
    assert imoje.payments.get(link.payment.id).status is Status.SETTLED


def test_a_link_valid_for_less_than_a_minute_is_refused(imoje_sandbox: ImojeSandbox) -> None:
    imoje = imoje_sandbox.client()
    now = imoje_sandbox.advance_clock(0)
    with pytest.raises(BadRequestError) as refused:
        imoje.payments.create(amount=1000, currency="PLN", order_id="o-1", customer=CUSTOMER, valid_to=now + 30)
    assert [item.property_ for item in refused.value.errors] == ["validTo"]


def test_the_clock_only_moves_forward(imoje_sandbox: ImojeSandbox) -> None:
    with pytest.raises(AssertionError, match="422"):
        imoje_sandbox.advance_clock(-1)


def test_without_pre_authorisation_a_paid_transaction_is_settled_and_cannot_be_captured(
    imoje_sandbox: ImojeSandbox,
) -> None:
    imoje = imoje_sandbox.client()
    created = create(imoje, blik_code="777123")
    with pytest.raises(BadRequestError):
        imoje.transactions.capture(created.transaction.id)
    assert imoje.transactions.get(created.transaction.id).transaction.status is Status.SETTLED


@pytest.mark.parametrize(("amount", "code"), [(100, "CODE_51"), (1000, "CODE_05")])
def test_a_declined_card_charge_carries_imojes_sandbox_code(
    imoje_sandbox: ImojeSandbox, amount: int, code: str
) -> None:
    imoje = imoje_sandbox.client()
    charged = imoje.profiles.charge(imoje_sandbox.card_profile_id, amount=amount, currency="PLN", order_id="o-1")
    imoje_sandbox.reject_charge(charged.transaction.id)
    read = imoje.transactions.get(charged.transaction.id).transaction
    assert (read.status, read.status_code) == (Status.REJECTED, code)
    rejected = imoje_sandbox.wait_for_notifications(2)[-1].json()["transaction"]
    assert (rejected["status"], rejected["statusCode"]) == ("rejected", code)
