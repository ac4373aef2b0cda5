"""A shop's notification races, made deterministic with the fixture's holds (docs/testing.md,
"Notification races"): a late rejection of an older attempt, a duplicate after booking, a
`settled` before its `pending`. Each test is a recipe a shop can copy: only the documented
fixture, a tiny shop app that books orders from verified notifications, and assertions on
what arrived in which order and what the shop booked."""

import threading
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from uuid import UUID

import pytest
from imoje_client.notifications import verify_notification
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from imoje_sandbox.pytest_plugin import ImojeSandbox

CUSTOMER = {"firstName": "Jan", "lastName": "Kowalski", "email": "jan@example.com"}


class Shop:
    """Books an order once, from the first `settled` of any of its attempts; ignores what an
    older attempt says after a newer one was made, a status that would move a paid order back,
    and a notification it has already handled (imoje retries: duplicates are certain)."""

    def __init__(self, service_key: str) -> None:
        self.service_key = service_key
        self.orders: dict[str, str] = {}
        self.latest: dict[str, str] = {}  # order -> the payment link of its newest attempt
        self.bookings: Counter[str] = Counter()
        self.arrived: list[tuple[str, str]] = []  # (payment id, status), as delivered
        self._seen: set[bytes] = set()
        self.app = Starlette(routes=[Route("/imoje", self.notified, methods=["POST"])])

    def attempt(self, order: str, payment_id: UUID) -> None:
        self.latest[order] = str(payment_id)
        self.orders.setdefault(order, "new")

    async def notified(self, request: Request) -> JSONResponse:
        raw = await request.body()
        notification = verify_notification(raw, request.headers.get("x-imoje-signature"), service_key=self.service_key)
        payment, transaction = notification.payment, notification.transaction
        assert payment is not None and transaction is not None
        payment_id, status = str(payment.id), str(transaction.status)
        self.arrived.append((payment_id, status))
        if raw in self._seen:
            return JSONResponse({"status": "ok"})  # handled already: a duplicate
        self._seen.add(raw)
        order = str(payment.order_id)
        if status == "settled" and self.orders.get(order) != "paid":
            self.orders[order] = "paid"
            self.bookings[order] += 1
        elif status in ("rejected", "cancelled") and self.orders.get(order) != "paid":
            if self.latest.get(order) == payment_id:  # an older attempt's failure says nothing
                self.orders[order] = "failed"
        elif status == "pending" and self.orders.get(order) == "new":
            self.orders[order] = "pending"
        return JSONResponse({"status": "ok"})


@pytest.fixture
def shop(imoje_sandbox: ImojeSandbox) -> Shop:
    made = Shop(imoje_sandbox.service_key)
    imoje_sandbox.notify_to_app(made.app, "/imoje")
    return made


def _link(imoje_sandbox: ImojeSandbox, order: str) -> UUID:
    created: Any = imoje_sandbox.client().payments.create(
        amount=4990, currency="PLN", order_id=order, customer=CUSTOMER
    )
    return UUID(str(created.payment.id))


def test_a_late_rejection_of_an_older_attempt_leaves_the_order_paid(imoje_sandbox: ImojeSandbox, shop: Shop) -> None:
    first = _link(imoje_sandbox, "order-1")
    shop.attempt("order-1", first)
    with imoje_sandbox.hold_notifications(payment_id=first):  # the first attempt's news is late
        imoje_sandbox.start_payment(first)
        imoje_sandbox.reject_payment(first)
    second = _link(imoje_sandbox, "order-1")  # the payer tries again, and pays
    shop.attempt("order-1", second)
    imoje_sandbox.start_payment(second)
    imoje_sandbox.settle_payment(second)
    imoje_sandbox.wait_for_notification(payment_id=second, status="settled", delivered=True)
    assert shop.orders["order-1"] == "paid"

    late = imoje_sandbox.release_notifications()  # now the rejection of the first arrives
    assert [
        (n.parsed.payment.id, n.parsed.transaction.status) for n in late if n.parsed.payment and n.parsed.transaction
    ] == [
        (first, "pending"),
        (first, "rejected"),
    ]
    assert all(n.delivered for n in late)
    assert shop.arrived[-2:] == [(str(first), "pending"), (str(first), "rejected")]
    assert (str(second), "settled") in shop.arrived[:-2]
    assert shop.orders["order-1"] == "paid" and shop.bookings["order-1"] == 1


def test_a_duplicate_after_booking_books_the_order_once(imoje_sandbox: ImojeSandbox, shop: Shop) -> None:
    link = _link(imoje_sandbox, "order-2")
    shop.attempt("order-2", link)
    imoje_sandbox.start_payment(link)
    imoje_sandbox.settle_payment(link)
    settled = imoje_sandbox.wait_for_notification(payment_id=link, status="settled", delivered=True)
    assert shop.bookings["order-2"] == 1

    again = imoje_sandbox.deliver_again(settled.number)
    assert (again.again_of, again.body, again.headers, again.delivered) == (
        settled.number, settled.body, settled.headers, True,
    )  # fmt: skip
    assert shop.arrived.count((str(link), "settled")) == 2
    assert shop.orders["order-2"] == "paid" and shop.bookings["order-2"] == 1


def test_settled_before_its_pending_leaves_the_order_paid(imoje_sandbox: ImojeSandbox, shop: Shop) -> None:
    link = _link(imoje_sandbox, "order-3")
    shop.attempt("order-3", link)
    with imoje_sandbox.hold_notifications(order_id="order-3"):
        imoje_sandbox.start_payment(link)
        imoje_sandbox.settle_payment(link)
    held = {str(n.parsed.transaction.status): n for n in imoje_sandbox.held_notifications() if n.parsed.transaction}
    assert set(held) == {"pending", "settled"} and shop.arrived == []

    imoje_sandbox.release_notifications(held["settled"].number, held["pending"].number)
    assert shop.arrived == [(str(link), "settled"), (str(link), "pending")]
    assert shop.orders["order-3"] == "paid"
    assert imoje_sandbox.held_notifications() == []


def test_a_dropped_notification_is_never_sent_and_a_hold_ends_with_its_block(
    imoje_sandbox: ImojeSandbox, shop: Shop
) -> None:
    link = _link(imoje_sandbox, "order-4")
    with imoje_sandbox.hold_notifications(status="pending"):
        imoje_sandbox.start_payment(link)
    [pending] = imoje_sandbox.held_notifications()
    dropped = imoje_sandbox.drop_notification(pending.number)
    assert (dropped.held, dropped.delivered, dropped.attempts) == (False, False, [])
    imoje_sandbox.settle_payment(link)  # after the block: nothing is held any more
    imoje_sandbox.wait_for_notification(payment_id=link, status="settled", delivered=True)
    assert shop.arrived == [(str(link), "settled")] and imoje_sandbox.held_notifications() == []


class _Recorder(BaseHTTPRequestHandler):
    arrived: list[bytes]

    def do_POST(self) -> None:
        self.arrived.append(self.rfile.read(int(self.headers["Content-Length"])))
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b'{"status":"ok"}')

    def log_message(self, format: str, *args: Any) -> None:
        return


@pytest.fixture
def external_receiver() -> Iterator[tuple[str, list[bytes]]]:
    arrived: list[bytes] = []
    handler = type("Recorder", (_Recorder,), {"arrived": arrived})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/imoje", arrived
    server.shutdown()
    server.server_close()
    thread.join(5)


def test_holds_work_with_a_receiver_of_the_shops_own_too(
    imoje_sandbox: ImojeSandbox, external_receiver: tuple[str, list[bytes]]
) -> None:
    url, arrived = external_receiver
    imoje_sandbox.notify_to(url)
    links = [_link(imoje_sandbox, f"order-{n}") for n in (5, 6)]
    with imoje_sandbox.hold_notifications(event="payment started"):
        for link in links:
            imoje_sandbox.start_payment(link)
    first, second = imoje_sandbox.held_notifications()
    imoje_sandbox.release_notifications(second.number, first.number)
    assert arrived == [second.body, first.body]
