"""The sandbox sends signed notifications in the background, and retries them as imoje does;
a receiver verifies and parses them with the client's helper."""

import gc
import json
import logging
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from imoje_client.models import Notification, ProfileActivity, Status
from imoje_client.notifications import SignatureMismatch, acknowledgement, verify_notification
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.testclient import TestClient

from imoje_sandbox import BackgroundServer, SandboxConfig, SandboxServer, create_app, seeds
from tests.sandbox.conftest import AUTH

KEY = "shop-key-for-tests"


@dataclass
class Receiver:
    """A merchant's notification endpoint: keeps each request; fails the first `failures`."""

    failures: int = 0
    delay: float = 0.0
    received: list[tuple[bytes, str | None]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def app(self) -> Starlette:
        async def receive(request: Request) -> Response:
            body = await request.body()
            with self.lock:
                self.received.append((body, request.headers.get("x-imoje-signature")))
                failing = len(self.received) <= self.failures
            if self.delay:
                time.sleep(self.delay)
            if failing:
                return Response("try again", status_code=500)
            status, headers, content = acknowledgement()
            return Response(content, status_code=status, headers=headers)

        return Starlette(routes=[Route("/imoje", receive, methods=["POST"])])

    def wait_for(self, count: int, seconds: float = 5.0) -> list[tuple[bytes, str | None]]:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            with self.lock:
                if len(self.received) >= count:
                    return list(self.received)
            time.sleep(0.01)
        raise AssertionError(f"{len(self.received)} notifications arrived, expected {count}")


@pytest.fixture
def receiver() -> Receiver:
    return Receiver()


@pytest.fixture
def running(receiver: Receiver) -> Iterator[tuple[SandboxServer, BackgroundServer]]:
    with BackgroundServer(receiver.app()) as merchant:
        # Link creation notified (a convention of the sandbox's, off by default): these tests
        # use it as the simplest trigger of a delivery.
        config = SandboxConfig(
            seed=5,
            service_key=KEY,
            notify_url=f"{merchant.url}/imoje",
            notify_time_scale=0.001,
            allow_loopback_notifications=True,
            notify_link_created=True,
        )
        with SandboxServer(config) as sandbox:
            yield sandbox, merchant


def api(sandbox: SandboxServer) -> httpx.Client:
    return httpx.Client(base_url=sandbox.merchant_url, headers=AUTH | {"Authorization": "Bearer sandbox-token"})


def deliveries(sandbox: SandboxServer) -> list[dict[str, Any]]:
    """What the sandbox says it sent, from its control route."""
    control = sandbox.base_url.removesuffix("/v1/merchant")
    answer: list[dict[str, Any]] = httpx.get(f"{control}/_sandbox/notifications", headers=AUTH).json()
    return answer


def cancel_new_link(sandbox: SandboxServer) -> httpx.Response:
    with api(sandbox) as client:
        return client.post(
            "/payment/cancel", json={"serviceId": sandbox.config.service_id, "paymentId": seeds.NEW_LINK_ID}
        )


def verify(body: bytes, header: str | None, sandbox: SandboxServer, shop: str) -> Notification:
    return verify_notification(body, header, service_key=KEY, merchant_id=sandbox.config.merchant_id, service_id=shop)


def test_cancel_and_charge_are_notified_verified_and_parsed(
    running: tuple[SandboxServer, BackgroundServer], receiver: Receiver
) -> None:
    sandbox, _ = running
    with api(sandbox) as client:
        assert client.post("/payment/cancel", json={
            "serviceId": seeds.DOCS_CANCEL_SERVICE_ID, "paymentId": seeds.DOCS_PENDING_LINK_ID,
        }).status_code == 200  # fmt: skip
        charge = {
            "serviceId": sandbox.config.service_id, "paymentProfileId": seeds.ONE_CLICK_PROFILE_ID,
            "amount": 700, "currency": "PLN", "orderId": "Zamówienie 7/2026", "title": "Płatność",
        }  # fmt: skip
        assert client.post("/transaction/profile", json=charge).status_code == 200
    (cancel_body, cancel_header), (charge_body, charge_header) = receiver.wait_for(2)

    cancelled = verify(cancel_body, cancel_header, sandbox, seeds.DOCS_CANCEL_SERVICE_ID)
    assert cancelled.payment and cancelled.payment.status is Status.CANCELLED
    assert not cancelled.transaction and not cancelled.payment_profile

    charged = verify(charge_body, charge_header, sandbox, sandbox.config.service_id)
    assert charged.transaction and charged.transaction.amount == 700
    assert charged.transaction.order_id == "Zamówienie 7/2026"
    assert charged.payment_profile and charged.payment_profile.is_active is ProfileActivity.ACTIVE
    # Serialised as the vendor's signature example is: compact, slashes and UTF-8 as they are.
    assert b'"orderId":"Zam\xc3\xb3wienie 7/2026"' in charge_body


def test_one_changed_byte_or_header_fails_verification(
    running: tuple[SandboxServer, BackgroundServer], receiver: Receiver
) -> None:
    sandbox, _ = running
    with api(sandbox) as client:
        client.post("/profile/deactivate", json={"paymentProfileId": seeds.RECURRING_PROFILE_ID})
    [(body, header)] = receiver.wait_for(1)
    assert header is not None
    notification = verify(body, header, sandbox, sandbox.config.service_id)
    assert notification.payment_profile and notification.payment_profile.is_active is ProfileActivity.INACTIVE
    tampered = bytearray(body)
    tampered[len(tampered) // 2] ^= 0x01
    with pytest.raises(SignatureMismatch):
        verify(bytes(tampered), header, sandbox, sandbox.config.service_id)
    hexdigest = header.split("signature=")[1].split(";")[0]
    with pytest.raises(SignatureMismatch):
        verify(body, header.replace(hexdigest, hexdigest[::-1]), sandbox, sandbox.config.service_id)
    with pytest.raises(SignatureMismatch, match="raw request bytes"):
        verify(json.dumps(json.loads(body)).encode(), header, sandbox, sandbox.config.service_id)


def test_a_receiver_answering_500_twice_gets_it_on_the_third_try(
    running: tuple[SandboxServer, BackgroundServer], receiver: Receiver
) -> None:
    sandbox, _ = running
    receiver.failures = 2
    cancel_new_link(sandbox)
    received = receiver.wait_for(3)
    assert len({body for body, _ in received}) == 1, "the same notification, three times"
    time.sleep(0.1)
    [delivery] = deliveries(sandbox)
    assert [attempt["status"] for attempt in delivery["attempts"]] == [500, 500, 200]
    assert delivery["delivered"] and delivery["event"] == "payment link cancelled"


def test_the_api_call_does_not_wait_for_the_receiver(
    running: tuple[SandboxServer, BackgroundServer], receiver: Receiver
) -> None:
    sandbox, _ = running
    receiver.delay = 1.0
    started = time.perf_counter()
    response = cancel_new_link(sandbox)
    elapsed = time.perf_counter() - started
    assert response.status_code == 200 and elapsed < 0.5
    receiver.wait_for(1)


def test_notifications_go_to_the_notify_host_only(
    running: tuple[SandboxServer, BackgroundServer], receiver: Receiver
) -> None:
    sandbox, _ = running
    with api(sandbox) as client:
        body = {
            "serviceId": sandbox.config.service_id, "amount": 5, "currency": "PLN", "orderId": "o",
            "customer": {"firstName": "J", "lastName": "D", "email": "j@d.pl"},
            "notificationUrl": "https://elsewhere.example/hook",
        }  # fmt: skip
        client.post("/payment", json=body)
    time.sleep(0.2)
    [delivery] = deliveries(sandbox)
    assert delivery["refused"].startswith("not sent: only 127.0.0.1") and delivery["attempts"] == []
    assert receiver.received == []


def test_loopback_notify_url_needs_the_flag() -> None:
    with pytest.raises(ValueError, match="allow-loopback-notifications"):
        create_app(SandboxConfig(notify_url="http://127.0.0.1:9/imoje"))
    create_app(SandboxConfig(notify_url="https://merchant.example/imoje"))


def test_without_a_notify_url_nothing_is_sent_but_it_is_recorded() -> None:
    with SandboxServer(SandboxConfig(seed=1)) as sandbox:
        assert cancel_new_link(sandbox).status_code == 200
        [delivery] = deliveries(sandbox)
    assert delivery["refused"].startswith("not sent: no receiver") and delivery["attempts"] == []
    assert delivery["body"]["payment"]["status"] == "cancelled"


def rss_bytes() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    raise AssertionError("no VmRSS in /proc/self/status")


def undeliverable_sandbox() -> SandboxServer:
    # A receiver that refuses every connection: each notification waits for its next try.
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    port = closed.getsockname()[1]
    closed.close()
    config = SandboxConfig(
        seed=6, notify_url=f"http://127.0.0.1:{port}/imoje", allow_loopback_notifications=True, notify_link_created=True
    )
    return SandboxServer(config)


# Thousands, not more: each is a real HTTP call to the sandbox (3,000 took 12 s of make test).
PENDING = 2000


def test_thousands_of_undeliverable_notifications_stay_small_and_a_reset_cancels_them() -> None:
    with undeliverable_sandbox() as sandbox, api(sandbox) as client:
        notifier = sandbox.sandbox_app.state.sandbox.notifier
        body = {
            "serviceId": sandbox.config.service_id, "amount": 5, "currency": "PLN", "orderId": "o",
            "customer": {"firstName": "J", "lastName": "D", "email": "j@d.pl"},
        }  # fmt: skip
        gc.collect()
        before = rss_bytes()
        for _ in range(PENDING):
            assert client.post("/payment", json=body).status_code == 200
        deadline = time.monotonic() + 10
        while sum(1 for d in notifier.recorded() if d["attempts"]) < PENDING and time.monotonic() < deadline:
            time.sleep(0.05)
        grown = rss_bytes() - before
        assert notifier.pending == PENDING, "every delivery waits for its next attempt"
        assert grown < 100 * 2**20, f"{PENDING:,} pending notifications took {grown / 2**20:.0f} MiB"
        control = sandbox.base_url.removesuffix("/v1/merchant") + "/_sandbox/reset"
        assert client.post(control).status_code == 200
        deadline = time.monotonic() + 5
        while notifier.pending and time.monotonic() < deadline:
            time.sleep(0.02)
        assert notifier.pending == 0 and notifier.recorded() == []


def test_a_delivery_that_fails_for_another_reason_is_logged_and_recorded(
    running: tuple[SandboxServer, BackgroundServer], caplog: pytest.LogCaptureFixture
) -> None:
    sandbox, _ = running
    notifier = sandbox.sandbox_app.state.sandbox.notifier

    def broken() -> Any:
        raise RuntimeError("a bug in the notifier")

    notifier._http = broken
    with caplog.at_level(logging.ERROR, logger="imoje_sandbox.notifier"):
        assert cancel_new_link(sandbox).status_code == 200
        deadline = time.monotonic() + 5
        while not all(d["failed"] for d in deliveries(sandbox)) and time.monotonic() < deadline:
            time.sleep(0.02)
    assert {d["failed"] for d in deliveries(sandbox)} == {"RuntimeError: a bug in the notifier"}
    assert any("failed" in record.getMessage() and record.exc_info for record in caplog.records)


@pytest.mark.parametrize(
    "url",
    [
        "https://localhost/hook",
        "https://LOCALHOST./hook",
        "https://shop.example:8443/hook",
        "https://127.0.0.1/h",
        "https://shop.example:99999/h",
    ],
)
def test_notification_addresses_with_localhost_or_a_port_are_refused_naming_the_field(url: str) -> None:
    with SandboxServer(SandboxConfig(seed=2)) as sandbox, api(sandbox) as client:
        body = {
            "serviceId": sandbox.config.service_id, "amount": 5, "currency": "PLN", "orderId": "o",
            "customer": {"firstName": "J", "lastName": "D", "email": "j@d.pl"}, "notificationUrl": url,
        }  # fmt: skip
        answer = client.post("/payment", json=body)
        assert answer.status_code == 400, answer.text
        assert answer.json()["apiErrorResponse"]["errors"][0]["property"] == "notificationUrl"
        body["notificationUrl"] = "https://shop.example/hook"
        assert client.post("/payment", json=body).status_code == 200


@pytest.mark.parametrize(
    ("url", "remote_allowed", "refused"),
    [
        ("http://169.254.169.254/latest/meta-data", True, "link-local"),
        ("http://[fe80::1]/n", True, "link-local"),
        ("http://0.0.0.0:8080/n", True, "unspecified"),
        ("https://api.imoje.pl/notify", True, "imoje's or ING's host"),
        ("https://SHOP.imoje.pl./notify", True, "imoje's or ING's host"),
        ("https://imoje.ing.pl/n", True, "imoje's or ING's host"),
        ("https://shop.example/n", False, "not on this machine"),
        ("http://10.1.2.3:9000/n", False, "not on this machine"),
        ("https://shop.example/n", True, None),
        ("http://127.0.0.1:9/n", False, None),
        ("http://localhost:9/n", False, None),
        # What no delivery could use is refused when set, not found out per delivery.
        ("http://127.0.0.1:0/n", False, "port"),
        ("http://127.0.0.1:65536/n", False, "port"),
        ("http://127.0.0.1:80a/n", False, "port"),
        ("http://127.0.0.1:9/a b", False, "control character or a space"),
        ("http://127.0.0.1:9/n\r\nX-Forged: 1", False, "control character"),
        ("http:///no-host", False, "with a host"),
        ("ftp://127.0.0.1/n", False, "http(s)"),
    ],
)
def test_notify_to_takes_loopback_unless_allowed_and_never_imoje_or_link_local(
    url: str, remote_allowed: bool, refused: str | None
) -> None:
    app = create_app(SandboxConfig(seed=3, allow_remote_receivers=remote_allowed))
    with TestClient(app, base_url="http://sandbox/_sandbox", headers=AUTH) as control:
        answer = control.put("/notify-to", json={"url": url})
    if refused is None:
        assert answer.status_code == 200, answer.text
    else:
        assert answer.status_code == 422
        [error] = answer.json()["apiErrorResponse"]["errors"]
        assert error["property"] == "url" and refused in error["message"]


def test_a_notify_url_on_imojes_hosts_or_link_local_stops_the_sandbox() -> None:
    for url in ("https://api.imoje.pl/n", "http://169.254.169.254/n"):
        with pytest.raises(ValueError, match="--notify-url"):
            create_app(SandboxConfig(notify_url=url, allow_loopback_notifications=True))


@pytest.mark.parametrize(("name", "value"), [("token", ""), ("service_key", " "), ("token", "new\nline")])
def test_a_config_without_a_usable_token_or_shop_key_is_refused(name: str, value: str) -> None:
    with pytest.raises(ValueError, match=name.replace("_", "-")):
        if name == "token":
            SandboxConfig(token=value)
        else:
            SandboxConfig(service_key=value)


def test_thousands_of_undeliverable_notifications_on_a_compressed_schedule_leave_the_api_responsive() -> None:
    # 5,000 retrying at a hundredth of imoje's schedule (the fixture's default): each used to
    # retry at will, and an API call then waited past a 5 s timeout; now 8 attempts run at once.
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    port = closed.getsockname()[1]
    closed.close()
    url = f"http://127.0.0.1:{port}/imoje"
    config = SandboxConfig(
        seed=6, notify_url=url, allow_loopback_notifications=True, notify_time_scale=0.01, notify_link_created=True
    )
    body = {
        "serviceId": config.service_id, "amount": 5, "currency": "PLN", "orderId": "o",
        "customer": {"firstName": "J", "lastName": "D", "email": "j@d.pl"},
    }  # fmt: skip
    with SandboxServer(config) as sandbox, api(sandbox) as client:
        assert client.post("/payment", json=body).status_code == 200  # the notifier's loop is known now
        notifier = sandbox.sandbox_app.state.sandbox.notifier

        def flood() -> None:
            for number in range(5000):
                notifier._send("flood", url, config.service_id, {"payment": {"id": str(number)}})

        assert notifier._loop is not None
        notifier._loop.call_soon_threadsafe(flood)
        deadline = time.monotonic() + 10
        while notifier.pending < 5000 and time.monotonic() < deadline:
            time.sleep(0.05)
        took = []
        for _ in range(21):
            started = time.perf_counter()
            assert client.post("/payment", json=body, timeout=5).status_code == 200
            took.append(time.perf_counter() - started)
        assert notifier.pending >= 5000, "the deliveries are still retrying"
        reset = client.post(sandbox.base_url.removesuffix("/v1/merchant") + "/_sandbox/reset")
        assert reset.status_code == 200
    assert sorted(took)[10] < 0.1, f"median API call took {sorted(took)[10] * 1000:.0f} ms"
