"""Notifications, as imoje sends them: signed, POSTed in the background, retried on imoje's
schedule until the receiver answers 200.

The schedule (api-facts §4.1): a first attempt, 2 more every 10 s, then 5 every 5 min, 5 every
60 min, 5 every 360 min and 5 every 720 min: 23 attempts. `notify_time_scale` compresses it
(0.001 turns 10 s into 10 ms). Bodies are serialised as the vendor's signature example is:
compact JSON, slashes and non-ASCII unescaped (`serialise`).

Pending deliveries are cheap: one shared HTTP client for all of them, and each keeps only
its body, header and attempt log (3,000 undeliverable notifications: see the memory test).
A reset cancels every pending delivery; a delivery that fails for any reason other than
the receiver's answer is logged and recorded, never lost silently.

A test may hold deliveries back (`imoje_sandbox.holds`): one matching a hold waits, with its
bytes and signature, until it is released (in the order the test names, each delivered
before the next is sent), or dropped; any notification may be delivered again (a duplicate,
the same bytes and signature).
"""

import asyncio
import ipaddress
import json
import logging
import socket
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import httpx
from imoje_client.notifications import sign_notification

from imoje_sandbox import faults
from imoje_sandbox.config import SandboxConfig
from imoje_sandbox.errors import ApiProblem
from imoje_sandbox.events import Event, LinkChanged, TransactionChanged
from imoje_sandbox.holds import Hold
from imoje_sandbox.records import Renderer

LOG = logging.getLogger("imoje_sandbox.notifier")
# Deliveries attempted at once. The rest wait their turn asleep: thousands of undeliverable
# notifications on a compressed schedule each retrying at will kept the event loop (which
# serves the API too) so busy that an API call took over 5 s (20,000 pending, scale 0.01).
MAX_SENDING = 8
DELAYS = (0.0, 10.0, 10.0, *(300.0,) * 5, *(3600.0,) * 5, *(21600.0,) * 5, *(43200.0,) * 5)


# imoje's and ING's own domains: the sandbox never sends anything there.
VENDOR_DOMAINS = ("imoje.pl", "ing.pl")


def _loopback(host: str) -> bool:
    host = host.rstrip(".").lower()
    try:
        return host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def refused_receiver(url: str) -> None:
    """ValueError if `url` names imoje's or ING's hosts, or a link-local address (as written,
    or as its name resolves: 169.254.169.254 is cloud metadata), for any setting."""
    host = (urlsplit(url).hostname or "").rstrip(".").lower()
    if any(host == domain or host.endswith("." + domain) for domain in VENDOR_DOMAINS):
        raise ValueError(f"{host} is imoje's or ING's host: the sandbox sends nothing there")
    try:
        addresses = {ipaddress.ip_address(host)}
    except ValueError:
        try:
            found = socket.getaddrinfo(host, None) if host and not _loopback(host) else []
        except OSError:
            found = []
        addresses = {ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in found}
    if any(address.is_link_local or address.is_unspecified for address in addresses):
        raise ValueError(f"{host} is a link-local or unspecified address: the sandbox sends nothing there")


def deliverable(url: str) -> str:
    """`url` as the notifier will POST to it, or ValueError saying why it cannot: an http(s)
    URL with a host, a port from 1 to 65535 if any, no control characters or spaces, which
    httpx parses to the same text (what is accepted is what deliveries use)."""
    if any(ord(char) < 0x21 or ord(char) == 0x7F for char in url):
        raise ValueError(f"{url!r} holds a control character or a space")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"{url!r} is not an http(s) URL with a host")
    try:
        port = parts.port
    except ValueError:
        raise ValueError(f"{url!r} has a port that is not a number from 1 to 65535") from None
    if port is not None and not 1 <= port <= 65535:
        raise ValueError(f"{url!r} has a port that is not a number from 1 to 65535")
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, ValueError, UnicodeError) as bad:
        raise ValueError(f"{url!r} is not a URL a delivery can use: {bad}") from None
    return str(parsed)


def _loopback_or_port(url: str) -> bool:
    parts = urlsplit(url)
    loopback = _loopback(parts.hostname or "")
    try:
        port = parts.port is not None
    except ValueError:  # a port that is not a number in range is a port all the same
        port = True
    return loopback or port


def refuse_local_notification_url(body: Any) -> None:
    """imoje refuses notification addresses with localhost or a port; so does the sandbox
    (400 naming the field), unless started with --allow-loopback-notifications. The spec
    cannot say it: `format: uri` plus such a pattern is not something generators draw from."""
    url = body.get("notificationUrl") if isinstance(body, dict) else None
    if isinstance(url, str) and _loopback_or_port(url):
        message = "imoje rejects notification addresses with localhost or a port"
        raise ApiProblem(400, message, errors=[{"property": "notificationUrl", "rule": "address", "message": message}])


def check_config(config: SandboxConfig) -> None:
    if config.notify_url is None:
        return
    if urlsplit(config.notify_url).scheme not in ("http", "https"):
        raise ValueError(f"--notify-url {config.notify_url!r} is not an http(s) URL")
    try:
        refused_receiver(config.notify_url)
    except ValueError as refused:
        raise ValueError(f"--notify-url: {refused}") from None
    if _loopback_or_port(config.notify_url) and not config.allow_loopback_notifications:
        raise ValueError(
            f"--notify-url {config.notify_url}: imoje rejects addresses with localhost or a port; "
            "pass --allow-loopback-notifications to allow them in the sandbox"
        )


def serialise(body: Any) -> bytes:
    """The bytes imoje signs: compact JSON, slashes and non-ASCII unescaped. The vendor's own
    signature example (legacy notifications page: key, body, signature b73321c9...) verifies
    only over that form (checked: not escaped slashes, not indented; witness
    spec/witnesses/vendor-legacy-notification.json)."""
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


# How much of a receiver's non-200 answer a delivery attempt keeps.
ANSWER_HEAD = 300


@dataclass
class Delivery:
    """One notification and what became of it."""

    number: int
    event: str
    url: str
    body: bytes
    signature: str
    attempts: list[dict[str, Any]] = field(default_factory=list)
    delivered: bool = False
    refused: str | None = None
    # Why the delivery stopped other than by the receiver's answers (cancelled by a reset,
    # dropped while held, or a bug): never silent.
    failed: str | None = None
    # Waiting for a test to release it (a hold matched it).
    held: bool = False
    # The notification this one delivers again (a duplicate), or None.
    again_of: int | None = None

    def summary(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "event": self.event,
            "url": self.url,
            "body": json.loads(self.body),
            # The exact bytes signed, and the header: what a receiver verifies.
            "raw": self.body.decode("utf-8"),
            "signature": self.signature,
            "attempts": self.attempts,
            "delivered": self.delivered,
            "refused": self.refused,
            "failed": self.failed,
            "held": self.held,
            "againOf": self.again_of,
        }


class Notifier:
    def __init__(self, config: SandboxConfig, renderer: Renderer) -> None:
        check_config(config)
        self.config = config
        self.renderer = renderer
        self.deliveries: list[Delivery] = []
        self._lock = threading.Lock()
        self._tasks: dict[asyncio.Task[None], Delivery] = {}
        self._allowed = None if config.notify_url is None else urlsplit(config.notify_url).netloc.lower()
        # Set by a test (notify_to): every notification goes there, whatever URL it names.
        self._redirect: str | None = None
        # One client for every delivery, made in the event loop that first needs it.
        self._client: httpx.AsyncClient | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._slots: asyncio.Semaphore | None = None
        # What a test holds back, and what is held (in the order it was sent).
        self._holds: list[Hold] = []
        self._held: list[Delivery] = []

    @property
    def enabled(self) -> bool:
        return self._allowed is not None or self._redirect is not None

    def notify_to(self, url: str) -> None:
        """Deliver every later notification to `url` (a test's receiver, loopback allowed:
        the test asked for it), whatever address the payment names. A host off this machine
        only with `allow_remote_receivers`; imoje's hosts and link-local addresses never."""
        url = deliverable(url)
        parts = urlsplit(url)
        refused_receiver(url)  # whatever the settings, before the reason that depends on them
        if not _loopback(parts.hostname or "") and not self.config.allow_remote_receivers:
            raise ValueError(
                f"{parts.hostname} is not on this machine: notify-to takes a loopback receiver unless the "
                "sandbox is started with --allow-remote-receivers"
            )
        with self._lock:
            self._redirect = url

    # ---- what each change notifies --------------------------------------------------------

    def publish(self, events: Iterable[Event]) -> None:
        """Notify of each change, as imoje would (the only way anything gets notified)."""
        for event in events:
            if isinstance(event, LinkChanged):
                self._link_changed(event.event, event.link)
            elif isinstance(event, TransactionChanged):
                self._transaction_changed(event.event, event.transaction, event.link)
            else:
                self._profile_changed(event.event, event.profile)

    def _link_changed(self, event: str, link: dict[str, Any]) -> None:
        payment = self.renderer.render("NotificationPayment", link)
        self._send(event, link["notificationUrl"], link["serviceId"], {"payment": payment})

    def _transaction_changed(self, event: str, transaction: dict[str, Any], link: dict[str, Any] | None) -> None:
        body: dict[str, Any] = {"transaction": self.renderer.render("NotificationTransaction", transaction)}
        body["payment"] = self.renderer.render(
            "NotificationPayment", link if link is not None else transaction["payment"]
        )
        if "paymentProfile" in transaction:
            body["paymentProfile"] = self.renderer.render("PaymentProfile", transaction["paymentProfile"])
        self._send(event, transaction["notificationUrl"], transaction["serviceId"], body)

    def _profile_changed(self, event: str, profile: dict[str, Any]) -> None:
        # A profile names no address of its own: the shop's (the receiver), as imoje does.
        target = self._redirect or self.config.notify_url or self.config.default_notification_url
        self._send(
            event, target, self.config.service_id, {"paymentProfile": self.renderer.render("PaymentProfile", profile)}
        )

    # ---- delivery -------------------------------------------------------------------------

    def _send(self, event: str, url: str, service_id: str, body: dict[str, Any]) -> None:
        # Recorded even with no receiver: a test reads and replays them (notifications()).
        body, key = faults.notification(self.config.faults, body, self.config.service_key)
        raw = serialise(body)
        signature = sign_notification(raw, service_key=key, merchant_id=self.config.merchant_id, service_id=service_id)
        with self._lock:
            redirect = self._redirect
            delivery = Delivery(len(self.deliveries) + 1, event, redirect or url, raw, signature)
            self.deliveries.append(delivery)
        refused = None if redirect is not None else self._refusal(url)
        if refused is not None:
            delivery.refused = refused
            return
        with self._lock:
            if any(hold.matches(event, raw) for hold in self._holds):
                delivery.held = True
                self._held.append(delivery)
                return
        self._start(delivery)

    def _start(self, delivery: Delivery, first: int = 0) -> None:
        """Deliver in the background from attempt `first` of the schedule: the API call that
        caused it answers at once."""
        loop = asyncio.get_running_loop()
        task = loop.create_task(self._deliver(delivery, first))
        with self._lock:
            self._loop = loop
            self._tasks[task] = delivery
        task.add_done_callback(self._finished)

    def _refusal(self, url: str) -> str | None:
        """Why a notification to `url` is not sent, or None."""
        if self._allowed is None:
            return "not sent: no receiver (--notify-url, or notify_to)"
        if urlsplit(url).netloc.lower() != self._allowed:
            return f"not sent: only {self._allowed} (the host of --notify-url) receives notifications"
        if _loopback_or_port(url) and not self.config.allow_loopback_notifications:
            return "not sent: imoje rejects addresses with localhost or a port"
        return None

    def _finished(self, task: "asyncio.Task[None]") -> None:
        with self._lock:
            delivery = self._tasks.pop(task, None)
        if delivery is None:
            return
        if task.cancelled():
            delivery.failed = delivery.failed or "cancelled"
        elif task.exception() is not None:
            error = task.exception()
            delivery.failed = f"{type(error).__name__}: {error}"
            LOG.error(
                "notification %d (%s) to %s failed", delivery.number, delivery.event, delivery.url, exc_info=error
            )

    def _http(self) -> httpx.AsyncClient:
        if self._client is None:
            # No idle connections kept: nothing is left open when the server's loop stops
            # (the sandbox has no shutdown hook), and deliveries are few.
            self._client = httpx.AsyncClient(
                timeout=10.0, follow_redirects=False, limits=httpx.Limits(max_keepalive_connections=0)
            )
        return self._client

    async def _deliver(self, delivery: Delivery, first: int = 0) -> None:
        for delay in DELAYS[first:]:
            if delay:
                await asyncio.sleep(delay * self.config.notify_time_scale)
            if await self._try(delivery):
                return

    async def _try(self, delivery: Delivery) -> bool:
        """One attempt, recorded; whether the receiver took it."""
        headers = {"Content-Type": "application/json; charset=UTF-8", "X-Imoje-Signature": delivery.signature}
        async with self._sending():
            attempt = await self._attempt(delivery, headers)
        delivery.attempts.append(attempt)
        delivery.delivered = attempt.get("status") == 200
        return delivery.delivered

    async def _now(self, delivery: Delivery) -> None:
        """Its first attempt now, awaited (what comes next is sent after it); the rest of
        imoje's schedule in the background if the receiver did not take it."""
        if not await self._try(delivery):
            self._start(delivery, first=1)

    # ---- holding back -----------------------------------------------------------------------

    def hold(self, rule: Hold) -> list[dict[str, str]]:
        """Hold every later notification `rule` matches (until `unhold`); the rules now."""
        with self._lock:
            self._holds.append(rule)
            return [hold.shown() for hold in self._holds]

    def unhold(self) -> None:
        """Hold nothing more; what is held stays held until released or dropped."""
        with self._lock:
            self._holds.clear()

    def held(self) -> list[dict[str, Any]]:
        with self._lock:
            return [delivery.summary() for delivery in self._held]

    def _take(self, numbers: list[int] | None) -> list[Delivery]:
        with self._lock:
            if numbers is None:
                taken, self._held = self._held, []
                return taken
            by_number = {delivery.number: delivery for delivery in self._held}
            missing = [number for number in numbers if number not in by_number]
            if missing or len(set(numbers)) != len(numbers):
                raise ValueError(f"numbers: {missing or numbers} are not held notifications, each named once")
            self._held = [delivery for delivery in self._held if delivery.number not in numbers]
            return [by_number[number] for number in numbers]

    async def release(self, numbers: list[int] | None = None) -> list[dict[str, Any]]:
        """Send the held notifications named (in that order), or all of them (in the order
        they were held): each one's first attempt answered before the next is sent."""
        taken = self._take(numbers)
        for delivery in taken:
            delivery.held = False
            await self._now(delivery)
        return [delivery.summary() for delivery in taken]

    def drop(self, number: int) -> dict[str, Any]:
        """Never send the held notification `number` (as a delivery lost for good)."""
        [delivery] = self._take([number])
        delivery.held = False
        delivery.failed = "dropped while held"
        return delivery.summary()

    async def again(self, number: int) -> dict[str, Any]:
        """Deliver notification `number` again, now: a duplicate with the same bytes and
        signature (imoje's retries make one certain), recorded as a notification of its own."""
        with self._lock:
            original = next((d for d in self.deliveries if d.number == number), None)
            if original is None or original.held or original.refused is not None:
                raise ValueError(f"number: {number} is no notification that was sent")
            duplicate = Delivery(
                len(self.deliveries) + 1,
                original.event,
                original.url,
                original.body,
                original.signature,
                again_of=number,
            )
            self.deliveries.append(duplicate)
        await self._now(duplicate)
        return duplicate.summary()

    def _sending(self) -> asyncio.Semaphore:
        # Made in the loop that delivers (a Semaphore binds to the loop it first waits in).
        if self._slots is None:
            self._slots = asyncio.Semaphore(MAX_SENDING)
        return self._slots

    async def _attempt(self, delivery: Delivery, headers: dict[str, str]) -> dict[str, Any]:
        attempt: dict[str, Any] = {"at": time.time()}
        try:
            response = await self._http().post(delivery.url, content=delivery.body, headers=headers)
            attempt["status"] = response.status_code
            if response.status_code != 200:
                # What the receiver said, for the test that waits in vain (its head only).
                attempt["answer"] = response.content[:ANSWER_HEAD].decode("utf-8", "replace")
            await response.aclose()
        except httpx.HTTPError as exc:
            attempt["error"] = f"{type(exc).__name__}: {exc}"
        return attempt

    @property
    def pending(self) -> int:
        """Deliveries still trying (waiting for their next attempt, or sending)."""
        with self._lock:
            return len(self._tasks)

    def recorded(self) -> list[dict[str, Any]]:
        with self._lock:
            return [delivery.summary() for delivery in self.deliveries]

    def stop(self, timeout: float = 2.0) -> None:
        """Cancel the deliveries still trying and wait (up to `timeout`) until their loop has
        closed their connections: called before the server's loop stops, which would leave
        a delivery's socket to the garbage collector (a ResourceWarning in a later test)."""
        with self._lock:
            pending, loop = list(self._tasks), self._loop
        if loop is None or loop.is_closed():
            return
        for task in pending:
            loop.call_soon_threadsafe(task.cancel)
        deadline = time.monotonic() + timeout
        while self.pending and time.monotonic() < deadline:
            time.sleep(0.005)

    def reset(self) -> None:
        """Forget every notification and the receiver set by notify_to, and cancel the
        deliveries still pending (from any thread)."""
        with self._lock:
            self.deliveries.clear()
            self._redirect = None
            self._holds.clear()
            self._held.clear()
            pending, loop = list(self._tasks.items()), self._loop
        for task, delivery in pending:
            delivery.failed = "cancelled by a reset"
            if loop is not None and not loop.is_closed():
                loop.call_soon_threadsafe(task.cancel)
