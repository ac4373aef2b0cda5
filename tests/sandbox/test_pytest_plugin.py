"""The `imoje_sandbox` fixture, as a service's tests use it: a shop app receives imoje's
notifications; faults switched on at run time show what a service must survive."""

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from imoje_client import (
    ApiConnectionError,
    AuthenticationError,
    Imoje,
    OutcomeUnknownError,
    OutcomeUnknownServerError,
    PermissionDeniedError,
)
from imoje_client.models import Status
from imoje_client.notifications import verify_notification
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from imoje_sandbox import SandboxConfig, SandboxServer, seeds
from imoje_sandbox.pytest_plugin import ImojeSandbox

CUSTOMER = {"firstName": "Jan", "lastName": "Kowalski", "email": "jan@example.com"}
PROFILE = seeds.ONE_CLICK_PROFILE_ID


class Shop:
    """A tiny shop: orders become paid when a verified notification says so."""

    def __init__(self, service_key: str, merchant_id: str) -> None:
        self.orders: dict[str, str] = {}
        self.refused = 0
        self.key, self.merchant_id = service_key, merchant_id
        self.app = Starlette(routes=[Route("/imoje/notify", self.receive, methods=["POST"])])

    async def receive(self, request: Request) -> Response:
        try:
            notification = verify_notification(
                await request.body(),
                request.headers.get("x-imoje-signature"),
                service_key=self.key,
                merchant_id=self.merchant_id,
            )
        except Exception:  # noqa: BLE001 - a receiver answers 400 to anything it cannot trust
            self.refused += 1
            return Response(status_code=400)
        payment = notification.payment
        if payment and payment.status is Status.SETTLED and isinstance(payment.order_id, str):
            self.orders[payment.order_id] = "paid"
        return Response('{"status":"ok"}', media_type="application/json")


@pytest.fixture(scope="module")
def shops() -> dict[str, Shop]:
    return {}


def shop_for(sandbox: ImojeSandbox, shops: dict[str, Shop]) -> Shop:
    if "shop" not in shops:
        shops["shop"] = Shop(sandbox.service_key, sandbox.merchant_id)
    return shops["shop"]


def test_create_pay_notify_paid(imoje_sandbox: ImojeSandbox, shops: dict[str, Shop]) -> None:
    shop = shop_for(imoje_sandbox, shops)
    imoje_sandbox.notify_to_app(shop.app, "/imoje/notify")
    imoje = imoje_sandbox.client()
    link = imoje.payments.create(amount=1999, currency="PLN", order_id="order-77", customer=CUSTOMER).payment
    imoje_sandbox.settle_payment(link.id)
    delivered = imoje_sandbox.wait_for_notifications(2, delivered=True)
    # Nothing on creation: imoje notifies status changes (DEVIATIONS 53).
    assert [n.event for n in delivered] == ["payment started", "payment settled"]
    assert shop.orders.get("order-77") == "paid" and shop.refused == 0
    assert imoje.payments.get(link.id).status is Status.SETTLED


def test_notifications_replay_into_an_app_in_process(imoje_sandbox: ImojeSandbox) -> None:
    shop = Shop(imoje_sandbox.service_key, imoje_sandbox.merchant_id)
    imoje = imoje_sandbox.client()
    link = imoje.payments.create(amount=5, currency="PLN", order_id="order-5", customer=CUSTOMER).payment
    imoje_sandbox.settle_payment(link.id)
    sent = imoje_sandbox.wait_for_notifications(2)
    # No receiver in this test (a receiver set by an earlier test is gone): recorded only.
    assert all((n.refused or "").startswith("not sent: no receiver") for n in sent)
    transport = httpx.ASGITransport(app=shop.app)

    async def replay() -> None:
        async with httpx.AsyncClient(transport=transport, base_url="http://shop") as http:
            for notification in sent:
                answer = await http.post("/imoje/notify", content=notification.body, headers=notification.headers)
                assert answer.status_code == 200

    asyncio.run(replay())
    assert shop.orders == {"order-5": "paid"}
    assert sent[-1].json()["payment"]["status"] == "settled"


def test_each_test_starts_clean(imoje_sandbox: ImojeSandbox) -> None:
    assert imoje_sandbox.requests() == [] and imoje_sandbox.notifications() == []
    imoje_sandbox.fault("getProfile", "status", status=503)
    imoje_sandbox.client().profiles.with_raw_response.get(PROFILE)
    imoje_sandbox.reset()
    assert imoje_sandbox.client().profiles.get(PROFILE).payment_profile.id is not None


def test_a_500_on_a_charge_raises_outcome_unknown_and_the_sandbox_saw_one_charge(imoje_sandbox: ImojeSandbox) -> None:
    imoje_sandbox.fault("chargeProfile", "status", status=500, times=1)
    imoje = imoje_sandbox.client()
    with pytest.raises(OutcomeUnknownServerError) as caught:
        imoje.profiles.charge(PROFILE, amount=100, currency="PLN", order_id="o-1")
    assert caught.value.status_code == 500
    assert [(r.operation, r.status) for r in imoje_sandbox.requests()] == [("chargeProfile", 500)]
    # It was executed all the same: reconciliation finds the charge in the notification.
    [charged] = imoje_sandbox.wait_for_notifications(1)
    assert charged.event == "card profile charged" and charged.json()["transaction"]["orderId"] == "o-1"
    # times=1: the next charge is answered normally.
    assert imoje.profiles.charge(PROFILE, amount=100, currency="PLN", order_id="o-2").transaction.amount == 100


def test_a_slow_charge_times_out_with_its_outcome_unknown(imoje_sandbox: ImojeSandbox) -> None:
    imoje_sandbox.fault("chargeProfile", "timeout", seconds=5)
    imoje = imoje_sandbox.client(deadline=0.5)
    started = time.monotonic()
    with pytest.raises(OutcomeUnknownError) as caught:
        imoje.profiles.charge(PROFILE, amount=100, currency="PLN", order_id="slow")
    assert time.monotonic() - started < 2.0
    assert not isinstance(caught.value, OutcomeUnknownServerError)
    time.sleep(0.3)
    assert len(imoje_sandbox.requests("chargeProfile")) == 1


def test_a_dropped_connection_after_creating_a_link(imoje_sandbox: ImojeSandbox) -> None:
    imoje_sandbox.fault("createPayment", "drop", times=1)
    imoje = imoje_sandbox.client()
    with pytest.raises(OutcomeUnknownError):
        imoje.payments.create(amount=1, currency="PLN", order_id="dropped", customer=CUSTOMER)
    # It exists (reconcile, never resend): the sandbox's store has it, and its first status
    # change will be notified.
    store = imoje_sandbox.server.sandbox_app.state.sandbox.store
    assert [link["orderId"] for link in store.links.values()].count("dropped") == 1
    assert [r.fault for r in imoje_sandbox.requests("createPayment")] == ["drop"]


def test_a_delayed_read_still_answers(imoje_sandbox: ImojeSandbox) -> None:
    imoje_sandbox.fault("getProfile", "delay", seconds=0.3)
    started = time.monotonic()
    assert imoje_sandbox.client().profiles.get(PROFILE).payment_profile.id is not None
    assert time.monotonic() - started >= 0.3


def test_a_read_that_answers_503_is_retried(imoje_sandbox: ImojeSandbox) -> None:
    imoje_sandbox.fault("getProfile", "status", status=503, times=1)
    assert imoje_sandbox.client(retry_backoff=0.01).profiles.get(PROFILE).payment_profile.id is not None
    assert [r.status for r in imoje_sandbox.requests("getProfile")] == [503, 200]


def test_charges_and_links_settle_or_are_rejected_with_notifications(imoje_sandbox: ImojeSandbox) -> None:
    imoje = imoje_sandbox.client()
    charge = imoje.profiles.charge(PROFILE, amount=10, currency="PLN", order_id="c-1").transaction
    assert imoje_sandbox.settle_charge(charge.id).status is Status.SETTLED
    declined = imoje.profiles.charge(PROFILE, amount=10, currency="PLN", order_id="c-2").transaction
    assert imoje_sandbox.reject_charge(declined.id).status is Status.REJECTED
    link = imoje.payments.create(amount=3, currency="PLN", order_id="l-1", customer=CUSTOMER).payment
    assert imoje_sandbox.start_payment(link.id).status is Status.PENDING
    assert imoje_sandbox.reject_payment(link.id).status is Status.REJECTED
    events = [
        (n.event, str(n.parsed.transaction.status))
        for n in imoje_sandbox.notifications()
        if n.parsed.transaction is not None
    ]
    assert ("transaction settled", "settled") in events and ("transaction rejected", "rejected") in events
    assert ("payment rejected", "rejected") in events
    with pytest.raises(AssertionError, match="HTTP 400"):
        imoje_sandbox.settle_charge(charge.id)  # only a pending charge can be finished


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"operation": "nope", "kind": "drop"}, "operation"),
        ({"operation": "chargeProfile", "kind": "explode"}, "kind"),
        ({"operation": "chargeProfile", "kind": "status", "status": 302}, "status"),
        ({"operation": "chargeProfile", "kind": "delay", "seconds": -1}, "seconds"),
        ({"operation": "chargeProfile", "kind": "delay", "times": 0}, "times"),
        ({"operation": "chargeProfile", "kind": "delay", "when": "now"}, "when"),
    ],
)
def test_a_bad_fault_is_refused_naming_the_field(imoje_sandbox: ImojeSandbox, body: dict[str, Any], field: str) -> None:
    answer = httpx.post(
        imoje_sandbox.server.url + "/_sandbox/faults",
        json=body,
        headers={"Authorization": f"Bearer {imoje_sandbox.token}"},
    )
    assert answer.status_code == 422
    assert answer.json()["apiErrorResponse"]["errors"][0]["property"] == field


def lifespan_shop(key: str, log: list[str]) -> Starlette:
    """A webhook app that reads its shop key at startup, as FastAPI/Starlette services do."""

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        app.state.key = key
        log.append("startup")
        yield
        log.append("shutdown")

    async def receive(request: Request) -> Response:
        verify_notification(
            await request.body(), request.headers.get("x-imoje-signature"), service_key=request.app.state.key
        )
        return Response('{"status":"ok"}', media_type="application/json")

    return Starlette(routes=[Route("/notify", receive, methods=["POST"])], lifespan=lifespan)


def test_an_app_served_for_notifications_runs_its_lifespan(imoje_sandbox: ImojeSandbox) -> None:
    log: list[str] = []
    imoje_sandbox.notify_to_app(lifespan_shop(imoje_sandbox.service_key, log), "/notify")
    link = imoje_sandbox.client().payments.create(amount=1, currency="PLN", order_id="ls-1", customer=CUSTOMER)
    imoje_sandbox.settle_payment(link.payment.id)
    imoje_sandbox.wait_for_notification(order_id="ls-1", status="settled", delivered=True)
    assert log == ["startup"]
    imoje_sandbox.close_receivers()  # what the fixture does when the test ends
    assert log == ["startup", "shutdown"]


def test_a_receiver_that_fails_is_named_in_the_timeout(imoje_sandbox: ImojeSandbox) -> None:
    async def broken(request: Request) -> Response:
        return Response("boom: no shop key configured", status_code=500)

    imoje_sandbox.notify_to_app(Starlette(routes=[Route("/notify", broken, methods=["POST"])]), "/notify")
    imoje_sandbox.client().profiles.charge(PROFILE, amount=100, currency="PLN", order_id="f-1")
    with pytest.raises(AssertionError) as count_wait:
        imoje_sandbox.wait_for_notifications(1, delivered=True, timeout=0.5)
    with pytest.raises(AssertionError) as predicate_wait:
        imoje_sandbox.wait_for_notification(order_id="f-1", delivered=True, timeout=0.5)
    for raised in (count_wait, predicate_wait):
        assert "card profile charged to http://127.0.0.1:" in str(raised.value)
        assert "last HTTP 500: 'boom: no shop key configured'" in str(raised.value)
    [attempted] = imoje_sandbox.notifications()
    assert attempted.attempts[0]["status"] == 500 and attempted.attempts[0]["answer"] == "boom: no shop key configured"


def test_waiting_for_one_notification_by_what_it_is_about(imoje_sandbox: ImojeSandbox) -> None:
    imoje = imoje_sandbox.client()
    first = imoje.profiles.charge(PROFILE, amount=10, currency="PLN", order_id="w-1").transaction
    second = imoje.profiles.charge(PROFILE, amount=10, currency="PLN", order_id="w-2").transaction
    imoje_sandbox.settle_charge(second.id)
    settled = imoje_sandbox.wait_for_notification(order_id="w-2", status="settled")
    assert settled.json()["transaction"]["id"] == str(second.id) and settled.event == "transaction settled"
    by_id = imoje_sandbox.wait_for_notification(transaction_id=first.id)
    assert by_id.json()["transaction"]["orderId"] == "w-1"
    with pytest.raises(AssertionError, match="orderId='w-1', status='settled'"):
        imoje_sandbox.wait_for_notification(order_id="w-1", status="settled", timeout=0.2)


def test_a_client_takes_any_of_imojes_arguments(imoje_sandbox: ImojeSandbox) -> None:
    with pytest.raises(AuthenticationError):
        imoje_sandbox.client(token="expired-token").profiles.get(PROFILE)
    with pytest.raises(PermissionDeniedError):
        imoje_sandbox.client(merchant_id="anothermerchant").profiles.get(PROFILE)
    with pytest.raises(ApiConnectionError):
        imoje_sandbox.client(base_url="http://127.0.0.1:9/v1/merchant", max_retries=0).profiles.get(PROFILE)
    assert imoje_sandbox.client(deadline=3.0).client.deadline == 3.0


def test_receivers_live_as_long_as_the_test(imoje_sandbox: ImojeSandbox) -> None:
    assert imoje_sandbox._receivers == {}, "a receiver of an earlier test was left running"
    url = imoje_sandbox.notify_to_app(lifespan_shop(imoje_sandbox.service_key, []), "/notify")
    imoje_sandbox.close_receivers()
    with pytest.raises(httpx.ConnectError):
        httpx.post(url, content=b"{}")


def test_a_delayed_charge_the_client_gave_up_on_is_executed_and_logged(imoje_sandbox: ImojeSandbox) -> None:
    imoje_sandbox.fault("chargeProfile", "delay", seconds=0.5)
    with pytest.raises(OutcomeUnknownError):
        imoje_sandbox.client(deadline=0.2).profiles.charge(PROFILE, amount=100, currency="PLN", order_id="gave-up")
    charged = imoje_sandbox.wait_for_notification(order_id="gave-up")  # imoje had it: it ran
    assert charged.event == "card profile charged"
    [logged] = imoje_sandbox.requests("chargeProfile")
    assert (logged.operation, logged.status, logged.fault) == ("chargeProfile", 200, "delay")
    assert logged.body["orderId"] == "gave-up" and logged.path == {"merchantId": imoje_sandbox.merchant_id}


def test_a_request_delayed_across_a_reset_is_neither_executed_nor_in_the_new_log(imoje_sandbox: ImojeSandbox) -> None:
    imoje_sandbox.fault("chargeProfile", "delay", seconds=0.4)
    with pytest.raises(OutcomeUnknownError):
        imoje_sandbox.client(deadline=0.1).profiles.charge(PROFILE, amount=100, currency="PLN", order_id="old-test")
    imoje_sandbox.reset()  # what the next test's fixture does
    time.sleep(0.6)
    assert imoje_sandbox.requests() == [] and imoje_sandbox.notifications() == []
    store = imoje_sandbox.server.sandbox_app.state.sandbox.store
    assert not [trx for trx in store.transactions.values() if trx.get("orderId") == "old-test"]


def test_the_request_log_keeps_the_newest_entries_only(
    imoje_sandbox: ImojeSandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    sandbox = imoje_sandbox.server.sandbox_app.state.sandbox
    monkeypatch.setattr(sandbox, "max_logged", 50)
    anonymous = imoje_sandbox.client(token="wrong-token")
    for _ in range(70):
        with contextlib.suppress(AuthenticationError):
            anonymous.profiles.get(PROFILE)
    imoje_sandbox.client().profiles.get(PROFILE)
    log = imoje_sandbox.requests()
    assert len(log) == 50 and (log[-1].operation, log[-1].status, log[-1].fault) == ("getProfile", 200, None)
    assert sandbox.max_logged == 50 and len(sandbox.requests) == 50


def test_a_link_created_is_not_notified_unless_the_sandbox_is_asked_to() -> None:
    # imoje notifies status changes (DEVIATIONS 53); the old convention is a start-up flag.
    for flag, expected in ((False, []), (True, ["payment link created"])):
        with SandboxServer(SandboxConfig(seed=42, notify_link_created=flag)) as server:
            config = server.config
            with Imoje(
                token=config.token,
                merchant_id=config.merchant_id,
                service_id=config.service_id,
                base_url=server.base_url,
            ) as imoje:
                imoje.payments.create(
                    amount=1, currency="PLN", order_id="quiet", customer={"firstName": "J", "lastName": "D"}
                )
            events = [delivery.event for delivery in server.sandbox_app.state.sandbox.notifier.deliveries]
        assert events == expected


def test_an_app_whose_startup_fails_says_so_at_once(imoje_sandbox: ImojeSandbox) -> None:
    @contextlib.asynccontextmanager
    async def broken(app: Starlette) -> AsyncIterator[None]:
        raise RuntimeError("the database is not there")
        yield

    started = time.monotonic()
    with pytest.raises(RuntimeError) as refused:
        imoje_sandbox.notify_to_app(Starlette(lifespan=broken), "/notify")
    assert time.monotonic() - started < 5  # said when it happened, not after a 10 s wait
    assert "the app's startup failed" in str(refused.value) and "within" not in str(refused.value)
