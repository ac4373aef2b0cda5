"""The `imoje_sandbox` fixture as a service's tests use it (issue 21): typed clients, every
seeded record by name, Literal operation and fault names, a request log that says what was
sent, typed records back from the control calls, parsed notifications with stable event
names, and error statuses a gateway may answer."""

from typing import get_args, get_type_hints

import pytest
from imoje_client import ApiStatusError, AuthenticationError, OutcomeUnknownError, OutcomeUnknownServerError
from imoje_client.api import OperationId
from imoje_client.models import ChargeProfileRequest, PaymentLink, ProfileActivity, Status, Transaction
from imoje_client.types import UNSET

from imoje_sandbox import spec
from imoje_sandbox.events import EventName
from imoje_sandbox.pytest_plugin import ImojeSandbox, NotifiedStatus, RecordedRequest
from imoje_sandbox.runtime_faults import FaultKind

CUSTOMER = {"firstName": "Jan", "lastName": "Kowalski", "email": "jan@example.com"}


def test_operation_names_are_the_specs_and_fault_names_are_literals() -> None:
    from imoje_client import openapi

    assert set(get_args(OperationId)) == set(openapi.operations(spec.load()))
    hints = get_type_hints(ImojeSandbox.fault)
    assert (hints["operation"], hints["kind"]) == (OperationId, FaultKind)
    assert get_type_hints(ImojeSandbox.requests)["operation"] == OperationId | None


def test_client_takes_each_setting_by_name(imoje_sandbox: ImojeSandbox) -> None:
    with pytest.raises(AuthenticationError):
        imoje_sandbox.client(token="expired-token").payments.get(imoje_sandbox.seeded.pending_link_id)
    patient = imoje_sandbox.client(deadline=7.5, max_retries=0, service_id=imoje_sandbox.seeded.other_shop_ids[0])
    assert (patient.client.deadline, patient.client.max_retries) == (7.5, 0)
    assert patient.service_id == imoje_sandbox.seeded.other_shop_ids[0]
    with pytest.raises(TypeError):
        imoje_sandbox.client(tokn="x")  # type: ignore[call-arg]


def test_every_seeded_record_is_there_by_its_name(imoje_sandbox: ImojeSandbox) -> None:
    seeded, imoje = imoje_sandbox.seeded, imoje_sandbox.client()
    cards = {
        seeded.card_profile_id: ("ONE_CLICK", ProfileActivity.ACTIVE),
        seeded.recurring_profile_id: ("RECURRING", ProfileActivity.ACTIVE),
        seeded.inactive_profile_id: ("ONE_CLICK", ProfileActivity.INACTIVE),
    }
    for profile_id, (kind, active) in cards.items():
        profile = imoje.profiles.get(profile_id).payment_profile
        assert (str(profile.profile), profile.is_active) == (kind, active)
    blik = imoje.blik.list_profiles(seeded.blik_customer_id).blik_profiles
    assert [str(profile.id) for profile in blik] == [seeded.blik_profile_id]
    assert tuple(alias.key for alias in blik[0].alias_list or []) == seeded.blik_aliases
    statuses = {
        seeded.new_link_id: Status.NEW,
        seeded.pending_link_id: Status.PENDING,
        seeded.settled_link_id: Status.SETTLED,
    }
    assert {link_id: imoje.payments.get(link_id).status for link_id in statuses} == statuses
    assert imoje.transactions.get(seeded.settled_transaction_id).transaction.status is Status.SETTLED
    assert seeded.other_shop_ids and imoje_sandbox.service_id not in seeded.other_shop_ids
    for shop in seeded.other_shop_ids:
        assert str(imoje.services.get(service_id=shop).service.id) == shop


def test_the_request_log_says_what_was_sent(imoje_sandbox: ImojeSandbox) -> None:
    imoje = imoje_sandbox.client()
    imoje.payments.create(amount=1999, currency="PLN", order_id="logged-1", customer=CUSTOMER)
    imoje.payments.get(imoje_sandbox.seeded.pending_link_id)
    created, read = imoje_sandbox.requests()
    assert isinstance(created, RecordedRequest)
    assert (created.operation, created.status, created.body["orderId"], created.body["amount"]) == (
        "createPayment", 200, "logged-1", 1999,
    )  # fmt: skip
    assert (read.operation, read.path["paymentId"], read.body) == (
        "getPayment",
        imoje_sandbox.seeded.pending_link_id,
        None,
    )


def test_control_calls_return_typed_records(imoje_sandbox: ImojeSandbox) -> None:
    imoje = imoje_sandbox.client()
    link = imoje.payments.create(amount=5, currency="PLN", order_id="typed-1", customer=CUSTOMER).payment
    started = imoje_sandbox.start_payment(link.id)
    assert isinstance(started, PaymentLink) and started.status is Status.PENDING
    settled = imoje_sandbox.settle_payment(link.id)
    assert settled.status is Status.SETTLED and settled.transactions not in (None, UNSET)
    charge = imoje.profiles.charge(imoje_sandbox.card_profile_id, amount=10, currency="PLN", order_id="c").transaction
    declined = imoje_sandbox.reject_transaction(charge.id)
    assert isinstance(declined, Transaction) and declined.status is Status.REJECTED


def test_a_notification_has_a_parsed_body_and_a_stable_event_name(imoje_sandbox: ImojeSandbox) -> None:
    imoje = imoje_sandbox.client()
    link = imoje.payments.create(amount=7, currency="PLN", order_id="parsed-1", customer=CUSTOMER).payment
    imoje_sandbox.settle_payment(link.id)
    paid = imoje_sandbox.wait_for_notification(order_id="parsed-1", status="settled")
    assert paid.event == "payment settled" and paid.event in get_args(EventName)
    transaction = paid.parsed.transaction
    assert transaction is not None and transaction.order_id == "parsed-1" and transaction.status is Status.SETTLED


@pytest.mark.parametrize("status", [429, 409, 403])
def test_a_4xx_fault_turns_the_request_away_without_executing_it(imoje_sandbox: ImojeSandbox, status: int) -> None:
    store = imoje_sandbox.server.sandbox_app.state.sandbox.store
    before = len(store.links)
    imoje_sandbox.fault("createPayment", "status", status=status)
    with pytest.raises(ApiStatusError) as refused:
        imoje_sandbox.client().payments.create(amount=5, currency="PLN", order_id="away-1", customer=CUSTOMER)
    assert refused.value.status_code == status and not isinstance(refused.value, OutcomeUnknownServerError)
    assert len(store.links) == before, "nothing was executed"
    [logged] = imoje_sandbox.requests("createPayment")
    assert (logged.status, logged.fault, logged.body["orderId"]) == (status, "status", "away-1")


def test_a_502_fault_executes_first(imoje_sandbox: ImojeSandbox) -> None:
    store = imoje_sandbox.server.sandbox_app.state.sandbox.store
    before = len(store.links)
    imoje_sandbox.fault("createPayment", "status", status=502)
    with pytest.raises(OutcomeUnknownServerError):
        imoje_sandbox.client().payments.create(amount=5, currency="PLN", order_id="gone-1", customer=CUSTOMER)
    assert len(store.links) == before + 1


def test_a_lost_charge_answer_is_reconciled_by_its_order_id(imoje_sandbox: ImojeSandbox) -> None:
    # The charge is executed, its answer never arrives: the shop has only its orderId.
    imoje_sandbox.fault("chargeProfile", "drop")
    with pytest.raises(OutcomeUnknownError):
        imoje_sandbox.client().profiles.charge(
            imoje_sandbox.card_profile_id, amount=10, currency="PLN", order_id="lost-1"
        )
    charged = imoje_sandbox.wait_for_notification(order_id="lost-1")
    transaction = charged.parsed.transaction
    assert transaction is not None and transaction.order_id == "lost-1" and transaction.id is not None
    imoje_sandbox.settle_charge(transaction.id)
    settled = imoje_sandbox.wait_for_notification(order_id="lost-1", status="settled")
    assert settled.parsed.transaction is not None and settled.parsed.transaction.id == transaction.id


def test_the_statuses_a_wait_takes_are_the_specs() -> None:
    assert sorted(get_args(NotifiedStatus)) == sorted(member.value for member in Status)


def test_a_recorded_request_reads_as_the_clients_request_model(imoje_sandbox: ImojeSandbox) -> None:
    imoje_sandbox.client().profiles.charge(
        imoje_sandbox.card_profile_id, amount=100, currency="PLN", order_id="typed-1"
    )
    [charge] = imoje_sandbox.requests("chargeProfile")
    sent = charge.sent(ChargeProfileRequest)
    assert isinstance(sent, ChargeProfileRequest) and (sent.order_id, sent.amount) == ("typed-1", 100)
