"""The sandbox in a service's own tests: the `imoje_sandbox` fixture.

Installed with imoje-sandbox (entry point `pytest11`), nothing to import:

    def test_paid_order(imoje_sandbox, my_app):
        imoje_sandbox.notify_to_app(my_app, "/imoje/notifications")
        imoje = imoje_sandbox.client()
        link = imoje.payments.create(amount=1000, currency="PLN", order_id="o-1", customer={...})
        imoje_sandbox.settle_payment(link.payment.id)
        paid = imoje_sandbox.wait_for_notification(order_id="o-1", status="settled")

One sandbox serves the whole session on a free loopback port; each test starts from its
seeded state with no faults, no receiver and no notifications. Override the
`imoje_sandbox_config` fixture (session scope) to change how it is started.
"""

import asyncio
import contextlib
import json
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol, TypedDict, TypeVar, Unpack
from urllib.parse import urlencode
from uuid import UUID

import httpx
import pytest
from imoje_client import AsyncImoje, Imoje, ImojeClientError
from imoje_client.api import OperationId
from imoje_client.models import Notification as NotificationBody
from imoje_client.models import PaymentLink, Transaction
from starlette.types import ASGIApp

from imoje_sandbox import seeds
from imoje_sandbox.blik import BLIK_CUSTOMER_ID, BLIK_PROFILE_ID, seeded_aliases
from imoje_sandbox.config import SandboxConfig
from imoje_sandbox.events import EventName
from imoje_sandbox.runtime_faults import FaultKind
from imoje_sandbox.server import BackgroundServer, SandboxServer


class ClientOptions(TypedDict, total=False):
    """What `client()` and `async_client()` take over the sandbox's own settings: `Imoje`'s."""

    token: str
    merchant_id: str
    service_id: str | UUID
    base_url: str
    timeout: httpx.Timeout
    deadline: float
    max_retries: int
    retry_backoff: float
    max_response_bytes: int
    httpx_args: dict[str, Any]


@dataclass(frozen=True)
class Seeded:
    """The records every test starts with (a reset brings them back), by what they are."""

    # Card profiles of the merchant: an active OneClick one, an active recurring one, and
    # the docs' inactive one (charging it answers the docs' 400).
    card_profile_id: str = seeds.ONE_CLICK_PROFILE_ID
    recurring_profile_id: str = seeds.RECURRING_PROFILE_ID
    inactive_profile_id: str = seeds.DOCS_INACTIVE_PROFILE_ID
    # The BLIK OneClick profile of customer `blik_customer_id` and its aliases' keys.
    blik_profile_id: str = BLIK_PROFILE_ID
    blik_customer_id: str = BLIK_CUSTOMER_ID
    blik_aliases: tuple[str, ...] = seeded_aliases()
    # Payment links of the configured shop: new, pending (its BLIK transaction pending) and
    # settled (its transaction has the link's id and is refundable).
    new_link_id: str = seeds.NEW_LINK_ID
    pending_link_id: str = seeds.DOCS_PENDING_LINK_ID
    settled_link_id: str = seeds.SETTLED_LINK_ID
    settled_transaction_id: str = seeds.SETTLED_LINK_ID
    # The merchant's shops other than the configured one (`service_id`), as the store has them.
    other_shop_ids: tuple[str, ...] = ()


class _FromDict(Protocol):
    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Any: ...


M = TypeVar("M", bound=_FromDict)
# The statuses a notification carries (the spec's `Status`; a test holds them equal).
NotifiedStatus = Literal[
    "new", "pending", "settled", "authorized", "rejected", "cancelled", "error", "submitted_for_settlement"
]


@dataclass(frozen=True)
class RecordedRequest:
    """One API request the sandbox received: its operation, the status it answered (None
    when a fault held or dropped the answer), the fault that caught it, its path parameters
    and its JSON body as sent (None for none)."""

    operation: str
    status: int | None
    fault: str | None
    path: dict[str, str]
    body: Any

    def sent(self, model: type[M]) -> M:
        """The body as the client's request model, typed: `charge.sent(ChargeProfileRequest).order_id`.
        AssertionError when there was no JSON object body."""
        if not isinstance(self.body, dict):
            raise AssertionError(f"{self.operation} was sent no JSON object body: {self.body!r}")
        parsed: M = model.from_dict(self.body)
        return parsed


class BrowserPage(Protocol):
    """What `pay_in_browser` uses of a Playwright `Page` (sync API), so that the plugin needs
    no Playwright itself."""

    @property
    def url(self) -> str: ...
    def check(self, selector: str) -> None: ...
    def fill(self, selector: str, value: str) -> None: ...
    def click(self, selector: str) -> None: ...
    def wait_for_url(self, url: Callable[[str], bool], *, timeout: float) -> None: ...


@dataclass(frozen=True)
class Notification:
    """One notification as imoje would POST it: `body` is the exact bytes signed, `headers`
    those sent with it (X-Imoje-Signature among them), ready to replay into an app."""

    event: EventName
    url: str
    body: bytes
    headers: dict[str, str]
    delivered: bool
    attempts: list[dict[str, Any]] = field(default_factory=list)
    # Why it was not sent (no receiver set, an address imoje would refuse), or None.
    refused: str | None = None
    # Its number in the sandbox (what release, deliver_again and drop name), whether it is
    # held back, and the notification it delivers again (a duplicate), or None.
    number: int = 0
    held: bool = False
    again_of: int | None = None

    def json(self) -> Any:
        return json.loads(self.body)

    @property
    def parsed(self) -> NotificationBody:
        """The body as the client's `Notification` model (what `verify_notification` gives)."""
        return NotificationBody.from_dict(self.json())


def _notification(entry: dict[str, Any]) -> Notification:
    return Notification(
        event=entry["event"],
        url=entry["url"],
        body=entry["raw"].encode("utf-8"),
        headers={"Content-Type": "application/json; charset=UTF-8", "X-Imoje-Signature": entry["signature"]},
        delivered=entry["delivered"],
        attempts=entry["attempts"],
        refused=entry["refused"],
        number=entry["number"],
        held=entry["held"],
        again_of=entry["againOf"],
    )


class Holding:
    """What `hold_notifications` returns: as a context manager, the hold lasts the block."""

    def __init__(self, sandbox: "ImojeSandbox") -> None:
        self.sandbox = sandbox

    def __enter__(self) -> "Holding":
        return self

    def __exit__(self, *exc: object) -> None:
        self.sandbox.stop_holding()


def _in_event_loop() -> bool:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


def _about(notification: Notification, wanted: dict[str, str | None]) -> bool:
    """Whether the notification's transaction or payment link is what `wanted` names."""
    try:
        body = notification.json()
    except ValueError:
        return False
    transaction = body.get("transaction") if isinstance(body.get("transaction"), dict) else {}
    payment = body.get("payment") if isinstance(body.get("payment"), dict) else {}
    checks = {
        "orderId": {transaction.get("orderId"), payment.get("orderId")},
        "transactionId": {transaction.get("id")},
        "paymentId": {payment.get("id")},
        "status": {transaction.get("status"), payment.get("status")},
    }
    return all(value is None or value in checks[name] for name, value in wanted.items())


def _undelivered(notifications: list[Notification]) -> str:
    """What became of the notifications not delivered: the receiver's answers, or why none was sent."""
    lines = []
    for notification in notifications:
        if notification.delivered:
            continue
        if notification.refused:
            lines.append(f"{notification.event}: {notification.refused}")
        elif notification.attempts:
            last = notification.attempts[-1]
            said = (
                f"HTTP {last['status']}: {last.get('answer', '')!r}"
                if "status" in last
                else last.get("error", "no answer")
            )
            lines.append(
                f"{notification.event} to {notification.url}: {len(notification.attempts)} attempt(s), last {said}"
            )
        else:
            lines.append(f"{notification.event} to {notification.url}: not attempted yet")
    return "".join(f"\n  not delivered: {line}" for line in lines[:10])


class ImojeSandbox:
    """A running sandbox, its merchant's credentials, and its control routes."""

    def __init__(self, server: SandboxServer) -> None:
        self.server = server
        config = server.config
        self.base_url = server.base_url
        self.token = config.token
        self.merchant_id = config.merchant_id
        self.service_id = config.service_id
        self.service_key = config.service_key
        # The sandbox's paywall: build forms for it with imoje_client.paywall (paywall_url=...).
        self.paywall_url = server.url
        shops = server.sandbox_app.state.sandbox.store.shops
        self.seeded = Seeded(other_shop_ids=tuple(sorted(shop for shop in shops if shop != config.service_id)))
        # A seeded, active OneClick card profile of this merchant, to charge.
        self.card_profile_id = self.seeded.card_profile_id
        self._control = httpx.Client(
            base_url=server.url + "/_sandbox", headers={"Authorization": f"Bearer {config.token}"}, timeout=10.0
        )
        self._clients: list[Imoje | AsyncImoje] = []
        self._receivers: dict[int, BackgroundServer] = {}

    def __repr__(self) -> str:  # the token stays out
        return f"ImojeSandbox(base_url={self.base_url!r}, merchant_id={self.merchant_id!r})"

    # ---- clients bound to it --------------------------------------------------------------

    def _bound(self, kind: type[Imoje] | type[AsyncImoje], options: dict[str, Any]) -> Any:
        defaults = {
            "token": self.token,
            "merchant_id": self.merchant_id,
            "service_id": self.service_id,
            "base_url": self.base_url,
        }
        made = kind(**{**defaults, **options})
        self._clients.append(made)
        return made

    def client(self, **options: Unpack[ClientOptions]) -> Imoje:
        """An `Imoje` for this sandbox's merchant and shop (closed when the test ends).

        Each argument given overrides the sandbox's: `token="expired"` for a refused token,
        `merchant_id=...`, `service_id=...` for another shop, `base_url=...`,
        `deadline=...`, `max_retries=...` and the rest of `Imoje`'s settings."""
        made: Imoje = self._bound(Imoje, dict(options))
        return made

    def async_client(self, **options: Unpack[ClientOptions]) -> AsyncImoje:
        """An `AsyncImoje` for this sandbox, with the same overrides as `client`. It is
        closed when the test ends (`close_clients`), in a loop of its own when the test's
        is gone; a test that wants it closed within its own loop awaits `aclose()`."""
        made: AsyncImoje = self._bound(AsyncImoje, dict(options))
        return made

    # ---- control ------------------------------------------------------------------------

    def _call(self, method: str, path: str, body: Any = None) -> Any:
        response = self._control.request(method, path, json=body)
        if response.status_code != 200:
            raise AssertionError(f"sandbox control {method} {path}: HTTP {response.status_code} {response.text}")
        return response.json()

    def reset(self) -> None:
        """Back to the seeded state: no faults, no receiver, no notifications, no requests."""
        self._call("POST", "/reset")

    def pay_on_page(
        self,
        page_url: str,
        outcome: Literal["pay", "reject", "pending", "return"] = "pay",
        channel: str = "blik:blik",
        card_number: str = "",
        blik_code: str = "",
    ) -> str:
        """Do what a payer's browser does on a payment's page (a link's `url`, where a
        paywall form led, or a transaction's `action.url`), without a browser: choose
        `channel` (`method:code`; a transaction's page offers only its own) and `outcome`,
        with a test card or BLIK code (docs/paywall.md, "sandbox triggers"). Returns where the
        page sends the browser (the shop's success, failure or return URL); AssertionError
        when the page refuses."""
        form = {"channel": channel, "outcome": outcome, "cardNumber": card_number, "blikCode": blik_code}
        with httpx.Client(follow_redirects=False, timeout=10.0) as browser:
            answer = browser.post(page_url, data=form)
        if answer.status_code != 303:
            raise AssertionError(f"the payment page {page_url} answered HTTP {answer.status_code}, not a redirect")
        return answer.headers["location"]

    def pay_in_browser(
        self,
        page: BrowserPage,
        outcome: Literal["pay", "reject", "pending", "return"] = "pay",
        channel: str | None = None,
        card_number: str = "",
        blik_code: str = "",
        timeout: float = 10.0,
    ) -> str:
        """Do the payer's part in a real browser: on a Playwright `page` showing the
        sandbox's payment page, choose `channel` (`method:code`; None keeps the preselected
        one), type the test card or BLIK code, press `outcome`'s button, and wait until the
        browser has left the page. Returns the URL it landed on (the shop's)."""
        paying = page.url
        if channel is not None:
            page.check(f'input[name="channel"][value="{channel}"]')
        if card_number:
            page.fill('input[name="cardNumber"]', card_number)
        if blik_code:
            page.fill('input[name="blikCode"]', blik_code)
        page.click(f'button[name="outcome"][value="{outcome}"]')
        page.wait_for_url(lambda url: url != paying, timeout=timeout * 1000)
        return page.url

    def open_paywall_form(self, action: str, fields: list[tuple[str, str]]) -> str:
        """Post a paywall form (`imoje_client.paywall`'s `action` and `form_fields()`) as the
        browser would; returns the payment page it leads to (AssertionError on refusal)."""
        with httpx.Client(follow_redirects=False, timeout=10.0) as browser:
            answer = browser.post(
                action, content=urlencode(fields), headers={"Content-Type": "application/x-www-form-urlencoded"}
            )
        if answer.status_code != 303:
            raise AssertionError(f"the paywall refused the form: HTTP {answer.status_code}")
        return answer.headers["location"]

    def start_payment(self, payment_id: str | UUID) -> PaymentLink:
        """The payer opens the paywall and starts paying: the link becomes pending."""
        return PaymentLink.from_dict(self._call("POST", f"/payments/{payment_id}/start"))

    def settle_payment(self, payment_id: str | UUID) -> PaymentLink:
        """The payer pays (started first if it was not): the link and its transaction settle,
        and imoje's notification is sent."""
        started = self._control.post(f"/payments/{payment_id}/start")
        if started.status_code not in (200, 400):  # 400: started already
            raise AssertionError(f"sandbox control start {payment_id}: HTTP {started.status_code} {started.text}")
        return PaymentLink.from_dict(self._call("POST", f"/payments/{payment_id}/settle"))

    def reject_payment(self, payment_id: str | UUID) -> PaymentLink:
        """The payment fails: the link and its transaction are rejected."""
        return PaymentLink.from_dict(self._call("POST", f"/payments/{payment_id}/reject"))

    def settle_transaction(self, transaction_id: str | UUID) -> Transaction:
        """A new or pending transaction (a card charge, a bank transfer, BLIK) is paid:
        settled, or authorized with pre-authorisation on; with its notification."""
        return Transaction.from_dict(self._call("POST", f"/transactions/{transaction_id}/settle"))

    def reject_transaction(self, transaction_id: str | UUID) -> Transaction:
        """A new or pending transaction is declined (rejected), with its notification."""
        return Transaction.from_dict(self._call("POST", f"/transactions/{transaction_id}/reject"))

    # The names a card charge's test reads best with.
    settle_charge = settle_transaction
    reject_charge = reject_transaction

    def advance_clock(self, seconds: int) -> int:
        """Move the sandbox's clock forward: links and transactions whose validTo passes
        expire (with their notifications). Returns the sandbox's time afterwards."""
        return int(self._call("POST", "/clock", {"advance": seconds})["now"])

    def fault(
        self,
        operation: OperationId,
        kind: FaultKind,
        *,
        seconds: float | None = None,
        status: int = 500,
        times: int | None = None,
    ) -> None:
        """Make `operation` (an operationId, e.g. "chargeProfile") misbehave: `delay`,
        `timeout`, `drop`, or `status` with any error status a gateway may answer (a 5xx
        after executing the request, a 4xx such as 429 instead of executing it); see
        imoje_sandbox.runtime_faults."""
        body: dict[str, Any] = {"operation": operation, "kind": kind, "status": status, "times": times}
        if seconds is not None:
            body["seconds"] = seconds
        self._call("POST", "/faults", body)

    def clear_faults(self) -> None:
        self._call("DELETE", "/faults")

    def requests(self, operation: OperationId | None = None) -> list[RecordedRequest]:
        """The API requests the sandbox received, oldest first, optionally of one operation:
        what was sent (path parameters, body) and how it was answered."""
        seen: list[dict[str, Any]] = self._call("GET", "/requests")
        return [RecordedRequest(**entry) for entry in seen if operation is None or entry["operation"] == operation]

    # ---- notifications --------------------------------------------------------------------

    def notifications(self) -> list[Notification]:
        """Every notification so far (delivered, held or not sent), oldest first."""
        return [_notification(entry) for entry in self._call("GET", "/notifications")]

    # ---- holding notifications back (a shop's races, deterministic) -----------------------

    def hold_notifications(
        self,
        *,
        order_id: str | None = None,
        payment_id: str | UUID | None = None,
        transaction_id: str | UUID | None = None,
        event: EventName | None = None,
        status: NotifiedStatus | None = None,
    ) -> "Holding":
        """Hold back every later notification matching all that is given (nothing given:
        every one): it is recorded, signed, and sent only when released. As a context manager
        it holds during the block: `with imoje_sandbox.hold_notifications(order_id="o-1"):`;
        what it held stays held after the block, until `release_notifications` or
        `drop_notification`."""
        rule = {
            "orderId": order_id,
            "paymentId": None if payment_id is None else str(payment_id),
            "transactionId": None if transaction_id is None else str(transaction_id),
            "event": event,
            "status": status,
        }
        self._call("POST", "/notifications/hold", {name: value for name, value in rule.items() if value is not None})
        return Holding(self)

    def stop_holding(self) -> None:
        """Hold nothing more; what is held stays held."""
        self._call("DELETE", "/notifications/hold")

    def held_notifications(self) -> list[Notification]:
        """What is held back, in the order it was sent."""
        return [_notification(entry) for entry in self._call("GET", "/notifications/held")]

    def release_notifications(self, *numbers: int) -> list[Notification]:
        """Send the held notifications numbered (in that order), or every held one (in the
        order they were held): each is delivered (its first attempt answered) before the next
        is sent. Returns them as sent."""
        body = {"numbers": list(numbers)} if numbers else {}
        return [_notification(entry) for entry in self._call("POST", "/notifications/release", body)]

    def deliver_again(self, number: int) -> Notification:
        """Deliver notification `number` again, now: a duplicate, the same bytes and signature
        (imoje retries, so a shop gets one sooner or later). Returns the duplicate."""
        return _notification(self._call("POST", f"/notifications/{number}/again", {}))

    def drop_notification(self, number: int) -> Notification:
        """Never send the held notification `number` (a delivery lost for good)."""
        return _notification(self._call("POST", f"/notifications/{number}/drop", {}))

    def wait_for_notifications(
        self, count: int, timeout: float = 5.0, *, delivered: bool = False
    ) -> list[Notification]:
        """The notifications once there are at least `count` (delivered ones, if asked)."""
        deadline = time.monotonic() + timeout
        while True:
            every = self.notifications()
            found = [n for n in every if n.delivered or not delivered]
            if len(found) >= count:
                return found
            if time.monotonic() > deadline:
                raise AssertionError(
                    f"{len(found)} notification(s) within {timeout} s, expected {count}" + _undelivered(every)
                )
            time.sleep(0.02)

    def wait_for_notification(
        self,
        *,
        order_id: str | None = None,
        transaction_id: str | UUID | None = None,
        payment_id: str | UUID | None = None,
        status: NotifiedStatus | None = None,
        delivered: bool = False,
        timeout: float = 5.0,
    ) -> Notification:
        """The first notification (oldest first) about this order, transaction or payment link,
        in this status (of its transaction or its link), delivered if asked."""
        wanted = {
            "orderId": order_id,
            "transactionId": None if transaction_id is None else str(transaction_id),
            "paymentId": None if payment_id is None else str(payment_id),
            "status": None if status is None else str(status),
        }
        deadline = time.monotonic() + timeout
        while True:
            every = self.notifications()
            for notification in every:
                if (notification.delivered or not delivered) and _about(notification, wanted):
                    return notification
            if time.monotonic() > deadline:
                asked = ", ".join(f"{name}={value!r}" for name, value in wanted.items() if value is not None)
                raise AssertionError(
                    f"no{' delivered' if delivered else ''} notification with {asked or 'anything'} within "
                    f"{timeout} s; {len(every)} notification(s) so far" + _undelivered(every)
                )
            time.sleep(0.02)

    def notify_to(self, url: str) -> None:
        """Deliver every notification to `url` (loopback allowed), whatever the payment names."""
        self._call("PUT", "/notify-to", {"url": url})

    def notify_to_app(self, app: ASGIApp, path: str = "/") -> str:
        """Serve an ASGI app on loopback until the test ends, its lifespan run (startup now,
        shutdown then), and deliver every notification to `path` on it; returns the URL
        notifications go to."""
        receiver = self._receivers.get(id(app))
        if receiver is None:
            receiver = self._receivers[id(app)] = BackgroundServer(app, lifespan="auto").__enter__()
        url = receiver.url + (path if path.startswith("/") else "/" + path)
        self.notify_to(url)
        return url

    # ---- life cycle -----------------------------------------------------------------------

    def close_clients(self) -> None:
        """Close the clients this sandbox made, async ones included (in a loop of their own
        when theirs is gone: an AsyncImoje's connections are plain sockets then)."""
        for made in self._clients:
            if isinstance(made, Imoje):
                made.close()
            elif not _in_event_loop():
                # A client used in a loop that is gone raises ClientStateError here: its
                # sockets went with that loop.
                with contextlib.suppress(ImojeClientError, RuntimeError, OSError):
                    asyncio.run(made.aclose())
        self._clients.clear()

    def close_receivers(self) -> None:
        """Stop the apps `notify_to_app` serves (their lifespan's shutdown runs)."""
        for receiver in self._receivers.values():
            receiver.__exit__(None, None, None)
        self._receivers.clear()

    def close(self) -> None:
        self.close_clients()
        self.close_receivers()
        self._control.close()


@pytest.fixture(scope="session")
def imoje_sandbox_config() -> SandboxConfig:
    """How the session's sandbox starts: loopback receivers allowed (a test's app is on
    loopback), imoje's retry schedule compressed a hundredfold (10 s becomes 0.1 s)."""
    return SandboxConfig(allow_loopback_notifications=True, notify_time_scale=0.01)


@pytest.fixture(scope="session")
def imoje_sandbox_session(imoje_sandbox_config: SandboxConfig) -> Iterator[ImojeSandbox]:
    with SandboxServer(imoje_sandbox_config) as server:
        sandbox = ImojeSandbox(server)
        try:
            yield sandbox
        finally:
            sandbox.close()


@pytest.fixture
def imoje_sandbox(imoje_sandbox_session: ImojeSandbox) -> Iterator[ImojeSandbox]:
    """The session's sandbox, reset for this test."""
    imoje_sandbox_session.reset()
    try:
        yield imoje_sandbox_session
    finally:
        imoje_sandbox_session.close_clients()
        imoje_sandbox_session.close_receivers()


class _Sandboxes:
    """One running sandbox per configuration a session asks for, started on first use."""

    def __init__(self) -> None:
        self.running: dict[SandboxConfig, tuple[SandboxServer, ImojeSandbox]] = {}

    def get(self, config: SandboxConfig) -> ImojeSandbox:
        if config not in self.running:
            server = SandboxServer(config).__enter__()
            self.running[config] = (server, ImojeSandbox(server))
        return self.running[config][1]

    def close(self) -> None:
        for server, sandbox in self.running.values():
            try:
                sandbox.close()
            finally:
                server.__exit__(None, None, None)
        self.running.clear()


@pytest.fixture(scope="session")
def _imoje_sandboxes() -> Iterator[_Sandboxes]:
    sandboxes = _Sandboxes()
    try:
        yield sandboxes
    finally:
        sandboxes.close()


SandboxFor = Callable[[SandboxConfig], ImojeSandbox]


@pytest.fixture
def imoje_sandbox_for(_imoje_sandboxes: _Sandboxes) -> Iterator[SandboxFor]:
    """A sandbox of a test's own configuration: `imoje_sandbox_for(SandboxConfig(...))`
    returns one running with that configuration (one per distinct configuration in the
    session, started on first use), reset for this test, its clients and receivers closed
    at its end, like `imoje_sandbox`. Tests with different configurations run in any order
    with the same results; `imoje_sandbox_config` stays the session sandbox's, and is
    overridden in the root conftest only."""
    used: list[ImojeSandbox] = []

    def sandbox_for(config: SandboxConfig) -> ImojeSandbox:
        sandbox = _imoje_sandboxes.get(config)
        if sandbox not in used:
            sandbox.reset()
            used.append(sandbox)
        return sandbox

    try:
        yield sandbox_for
    finally:
        for sandbox in used:
            sandbox.close_clients()
            sandbox.close_receivers()


def _definitions(item: pytest.Item, name: str) -> tuple[Any, ...]:
    """The definitions of fixture `name` a collected test sees (pytest's, the plugin's first)."""
    info = getattr(item, "_fixtureinfo", None)
    found: tuple[Any, ...] = tuple(info.name2fixturedefs.get(name, ())) if info is not None else ()
    return found


def pytest_collection_finish(session: pytest.Session) -> None:
    """An `imoje_sandbox_config` overridden below the root conftest would silently apply to
    the whole session (the session's sandbox starts once, with whichever override the first
    test that needs it sees): refused, naming where, and what to use instead."""
    nested = sorted(
        {
            str(definition.baseid)
            for item in session.items
            for definition in _definitions(item, "imoje_sandbox_config")
            if getattr(definition, "baseid", "")
        }
    )
    if nested:
        raise pytest.UsageError(
            f"imoje_sandbox_config is overridden in {', '.join(nested)}: the session's sandbox has one "
            "configuration, so override it in the root conftest.py only; for a test of its own "
            "configuration use imoje_sandbox_for(SandboxConfig(...)) (docs/testing.md)"
        )
