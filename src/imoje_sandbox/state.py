"""The sandbox's memory: payment links, transactions, card and BLIK profiles, shops.

What each resource may do is its own module's (`links`, `transactions`, `services`, `blik`:
records and transition tables); the store keeps the records, finds them, and holds one lock
around every read and change, so a change is all-or-nothing under any number of concurrent
requests (20 simultaneous cancels of one link: one succeeds). Records are kept in the
spec's JSON shape and handed out as copies.
"""

import heapq
import threading
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from imoje_sandbox import blik, faults, links, seeds, services, spec, transactions
from imoje_sandbox.clock import SEEDED_EPOCH, Clock
from imoje_sandbox.config import SandboxConfig
from imoje_sandbox.errors import ApiProblem
from imoje_sandbox.events import Event, LinkChanged, TransactionChanged
from imoje_sandbox.records import Renderer

Record = dict[str, Any]
T = TypeVar("T")

# The sandbox's payer pages, under its own origin (imoje's short links are `/s/<code>`).
PAGES_PREFIX = "/s"
# The origin when no server says which (an app used in-process): the sandbox's default port.
DEFAULT_ORIGIN = "http://127.0.0.1:8700"


def _copy(value: T) -> T:
    """A copy of a JSON-shaped value: 5x faster than copy.deepcopy, which was 68 % of a
    GET's time in the sandbox (profiled)."""
    if isinstance(value, dict):
        return cast(T, {key: _copy(inner) for key, inner in value.items()})
    if isinstance(value, list):
        return cast(T, [_copy(inner) for inner in value])
    return value


def profile_inactive(request_body: Mapping[str, Any]) -> ApiProblem:
    # Exactly the docs' example: the code, an empty list and the request echoed.
    return ApiProblem(
        400, "Payment profile inactive.", code="TRX-ERROR-120301", errors=[], instance=_copy(dict(request_body))
    )


def not_found(what: str) -> ApiProblem:
    return ApiProblem(404, f"{what} not found")


class Store:
    def __init__(
        self, config: SandboxConfig, document: Mapping[str, Any] | None = None, *, public_url: str = DEFAULT_ORIGIN
    ) -> None:
        self.config = config
        # Where links' `url` lead: the configured paywall, else this sandbox's own pages.
        self.pages_url = config.paywall_url or f"{public_url.rstrip('/')}{PAGES_PREFIX}"
        # A page's settings, by the id of what it pays: a payment's visibleMethod,
        # preselectMethodCode and lang (a paywall form's, or a REST link's own two); a
        # transaction created directly, the return URLs its request named.
        self.page_options: dict[str, dict[str, str]] = {}
        self.rules = faults.rules(config.faults)
        self.renderer = Renderer(document if document is not None else spec.load())
        self.clock = Clock(config.seed)
        self._lock = threading.RLock()
        self.shops = frozenset(
            {config.service_id, seeds.DOCS_CANCEL_SERVICE_ID, seeds.DOCS_CHARGE_SERVICE_ID, *config.extra_service_ids}
        )
        self.reset()

    def unit(self) -> threading.RLock:
        """The store's lock, held by a request around its handler, events and read-back:
        what a request changes, and what it answers and notifies of that change, is one step."""
        return self._lock

    def reset(self) -> None:
        """Back to the seeded records, and the seeded id and time sequences."""
        with self._lock:
            self.clock.reset()
            self.links: dict[str, Record] = {
                link["id"]: link
                for link in seeds.links(self.config.service_id, self.config.default_notification_url, self.pages_url)
            }
            self.page_options = {}
            self.profiles: dict[str, Record] = {profile["id"]: profile for profile in seeds.profiles()}
            # Every transaction by id: charges, refunds, and those of payment links (the same
            # records the links list).
            self.transactions: dict[str, Record] = {
                transaction["id"]: transaction for link in self.links.values() for transaction in link["transactions"]
            }
            self.blik_profiles: dict[str, Record] = {
                profile["id"]: profile for profile in blik.seeded(self.config.service_id)
            }
            # (validTo, "link" | "transaction", id): what expires when, soonest first.
            self._expiries: list[tuple[int, str, str]] = []

    def _shop(self, service_id: str) -> None:
        if service_id not in self.shops:
            raise not_found("Service")

    # ---- payment links ----------------------------------------------------------------

    def create_link(self, body: Mapping[str, Any]) -> Record:
        with self._lock:
            self._shop(body["serviceId"])
            now = self.clock.now()
            links.check_valid_to(body, now)
            link_id = self.clock.new_id()
            link = links.new_link(
                link_id,
                body,
                now,
                url=f"{self.pages_url}/{self.clock.short_code()}",
                notification_url=self.config.default_notification_url,
            )
            self.links[link_id] = link
            self.page_options[link_id] = links.page_options(body)
            self._expires(link["validTo"], "link", link_id)
            return _copy(link)

    def _expires(self, valid_to: int | None, kind: str, record_id: str) -> None:
        if valid_to is not None:
            heapq.heappush(self._expiries, (int(valid_to), kind, record_id))

    def expire_due(self) -> list[Event]:
        """Expire every unpaid link and transaction whose validTo has passed, and settle every
        refund whose time has come (`refunds_settle_after`), and say so: a link's notification
        carries the payment only (imoje's notifications topic)."""
        events: list[Event] = []
        with self._lock:
            now = self.clock.current()
            while self._expiries and self._expiries[0][0] <= now:
                _, kind, record_id = heapq.heappop(self._expiries)
                if kind == "link":
                    link = self.links.get(record_id)
                    if link is not None and link["status"] in links.OPEN:
                        for transaction in link["transactions"]:
                            if transactions.may(transaction, "expire"):
                                transactions.move(transaction, "expire", now)
                        links.move(link, "expire", now)
                        events.append(LinkChanged("payment link expired", _copy(link)))
                elif kind == "refund":
                    refund = self.transactions.get(record_id)
                    if refund is not None and transactions.may(refund, "settle"):
                        transactions.move(refund, "settle", now)
                        events.append(TransactionChanged("refund settled", _copy(refund)))
                else:
                    transaction = self.transactions.get(record_id)
                    if transaction is not None and transactions.may(transaction, "expire"):
                        transactions.move(transaction, "expire", now)
                        events.append(TransactionChanged("transaction expired", _copy(transaction)))
        return events

    def link_by_code(self, code: str) -> Record:
        """The link whose `url` ends in this short code (what the payer's page is opened by)."""
        with self._lock:
            for link in self.links.values():
                if link["url"].rsplit("/", 1)[-1] == code:
                    return _copy(link)
            raise not_found("Payment")

    def create_paywall_payment(self, fields: Mapping[str, Any]) -> Record:
        """The payment a signed paywall form makes: a payment link, as REST's create makes one
        (the paywall's notification section describes the same payment object)."""
        customer = {"firstName": fields["customerFirstName"], "lastName": fields["customerLastName"]}
        customer.update({key: fields[name] for key, name in (("email", "customerEmail"), ("phone", "customerPhone"))
                         if name in fields})  # fmt: skip
        body: dict[str, Any] = {
            "serviceId": fields["serviceId"], "orderId": fields["orderId"], "amount": int(fields["amount"]),
            "currency": fields["currency"], "title": fields.get("orderDescription", ""), "customer": customer,
        }  # fmt: skip
        if "validTo" in fields:
            body["validTo"] = int(fields["validTo"])
        for name, key in (("urlReturn", "returnUrl"), ("urlSuccess", "successReturnUrl"),
                          ("urlFailure", "failureReturnUrl"), ("urlNotification", "notificationUrl")):  # fmt: skip
            if name in fields:
                body[key] = fields[name]
        with self._lock:
            link = self.create_link(body)
            self.page_options[link["id"]] = {
                name: str(fields[name]) for name in ("visibleMethod", "preselectMethodCode", "lang") if name in fields
            }
            return link

    def direct_transaction(self, transaction_id: str) -> Record | None:
        """The transaction created directly whose `action.url` a payer opened (it is its own
        payment, under no link), or None."""
        with self._lock:
            transaction = self.transactions.get(transaction_id)
            if transaction is None or transaction_id not in self.page_options:
                return None
            return _copy(transaction)

    def answer_transaction(self, transaction_id: str, move: str, status_code: str | None = None) -> Record:
        """The payer's answer on the bank's page of a transaction created directly: paid
        (settled, or authorized with pre-authorisation on), or rejected (with `status_code`,
        a BLIK failure); the transaction afterwards."""
        with self._lock:
            transaction = self._transaction(transaction_id)
            return self._answer(transaction, move, status_code, self.clock.now()) or _copy(transaction)

    def get_link(self, link_id: str) -> Record:
        with self._lock:
            if link_id not in self.links:
                raise not_found("Payment")
            return _copy(self.links[link_id])

    def cancel_link(self, service_id: str, link_id: str) -> Record:
        with self._lock:
            self._shop(service_id)
            link = self.links.get(link_id)
            if link is None or link["serviceId"] != service_id:
                raise not_found("Payment")
            now = self.clock.now()
            if not self.rules.cancel_is_final and link["status"] == "cancelled":
                link["modified"] = now  # a second cancellation "succeeds"
            else:
                links.move(link, "cancel", now)
            for transaction in link["transactions"]:
                transaction["payment"]["status"] = "cancelled"
            return _copy(link)

    def advance_link(
        self, link_id: str, action: str, channel: tuple[str, str] | None = None, status_code: str | None = None
    ) -> Record:
        """Play the payer's part: `start` paying (pending; with `channel`, the method and
        channel the payer picked), `settle` (paid, used) or `reject` (a card rejected carries
        the sandbox's decline code; a BLIK failure its `status_code`)."""
        with self._lock:
            link = self.links.get(link_id)
            if link is None:
                raise not_found("Payment")
            now = self.clock.now()
            if action == "start" and (link["status"], action) in links.LINK_MOVES:
                links.move(link, "start", now)
                link.update(isConfirmVisited=True, confirmVisitedAt=now)
                transaction = seeds.blik_transaction(
                    self.clock.new_id(), link["serviceId"], "pending", link["notificationUrl"]
                )
                transaction.update(
                    created=now,
                    modified=now,
                    amount=link["amount"],
                    currency=link["currency"],
                    title=link["title"],
                    orderId=link["orderId"],
                    notificationUrl=link["notificationUrl"],
                    payment={"id": link_id, "status": "pending"},
                )
                if channel is not None:
                    transaction.update(paymentMethod=channel[0], paymentMethodCode=channel[1])
                link["transactions"].append(transaction)
                self.transactions[transaction["id"]] = transaction
            elif action in ("settle", "reject") and link["status"] in links.OPEN:
                # The payer paid (settled, or authorized with pre-authorisation on), or the
                # payment failed (rejected: the link is done).
                action = self._paid(action)
                for transaction in link["transactions"]:
                    if transaction["status"] == "pending":
                        if status_code is not None and action == "reject":
                            transactions.fail(transaction, status_code, now)
                        else:
                            transactions.move(transaction, action, now)
                            transactions.explain_card_decline(transaction)
                self._follow(link, transactions.TRANSACTION_MOVES.get(("pending", action), ""), now)
            else:
                raise ApiProblem(400, f"Cannot {action} a {link['status']} payment")
            return _copy(link)

    def _paid(self, action: str) -> str:
        """`settle` is `authorize` while the shop has pre-authorisation on."""
        return "authorize" if action == "settle" and self.config.pre_authorisation else action

    def _follow(self, link: Record, status: str, now: int) -> None:
        """A payment link takes the final status its transaction moved to, while it is open
        (a cancelled or paid link keeps its status)."""
        if status in transactions.LINK_AFTER and link["status"] in links.OPEN:
            link.update(status=transactions.LINK_AFTER[status], isActive=False, modified=now)
            if status == "settled":
                link.update(isUsed=True, usedAt=now)

    # ---- transactions -----------------------------------------------------------------

    def _transaction(self, transaction_id: str) -> Record:
        transaction = self.transactions.get(transaction_id)
        if transaction is None:
            raise not_found("Transaction")
        return transaction

    def get_transaction(self, transaction_id: str) -> Record:
        with self._lock:
            transaction = self._transaction(transaction_id)
            return _copy({**transaction, "refunds": transaction.get("refunds", [])})

    def move_transaction(self, transaction_id: str, action: str) -> tuple[Record, Record | None]:
        """A transaction moved by `action` (settle, reject, authorize, capture, void), and
        its payment link (None for a charge), both as they are afterwards."""
        with self._lock:
            transaction = self._transaction(transaction_id)
            now = self.clock.now()
            finished = {"capture": "settled", "void": "cancelled"}
            if not self.rules.capture_is_final and finished.get(action) == transaction["status"]:
                return _copy(transaction), None  # a second capture or void "succeeds"
            link = self.links.get(transaction["payment"]["id"])
            if link is not None and link["status"] == "cancelled" and action in ("settle", "authorize", "capture"):
                # The vendor's cancel example leaves the transaction `pending` under a cancelled
                # link; the payer can no longer pay it (it once turned the link `settled`), and
                # what was authorized for it is not taken (a void releases it).
                raise ApiProblem(400, f"Cannot {action} a transaction of a cancelled payment")
            status = transactions.move(transaction, self._paid(action), now)
            transactions.explain_card_decline(transaction)
            if link is not None:
                self._follow(link, status, now)
            return _copy(transaction), (_copy(link) if link is not None else None)

    def can_refund(self, transaction_id: str, amount: int) -> Record:
        with self._lock:
            return transactions.can_refund(self._transaction(transaction_id), amount)

    def refund(self, transaction_id: str, body: Mapping[str, Any]) -> Record:
        with self._lock:
            self._shop(body["serviceId"])
            transaction = self._transaction(transaction_id)
            if transaction["serviceId"] != body["serviceId"]:
                raise not_found("Transaction")
            transactions.check_refund(transaction, int(body["amount"]), limited=self.rules.refunds_within_amount)
            now = self.clock.now()
            later = self.config.refunds_settle_after
            status = "settled" if later is None else "new"
            refund = transactions.new_refund(transaction, self.clock.new_id(), dict(body), now, status=status)
            self.transactions[refund["id"]] = refund
            if later is not None:
                self._expires(now + later, "refund", refund["id"])
            return _copy(refund)

    def create_transaction(self, body: Mapping[str, Any]) -> tuple[Record, Record, Record | None]:
        """A transaction created directly: (it as created, its action, it after the payer's
        immediate answer: BLIK with a code only, else None)."""
        with self._lock:
            self._shop(body["serviceId"])
            if body["paymentMethod"] == "card":
                message = "card transactions through the API are blocked without a PCI DSS certificate"
                raise ApiProblem.naming(400, "paymentMethod", "pci-dss", message)
            services.channel_for(
                self.config.channels,
                body["paymentMethod"],
                body["paymentMethodCode"],
                int(body["amount"]),
                body["currency"],
            )
            now = self.clock.now()
            links.check_valid_to(body, now)
            code = body.get("blikCode") if body["paymentMethod"] == "blik" else None
            transaction = transactions.new_transaction(
                self.clock.new_id(),
                dict(body),
                now,
                notification_url=self.config.default_notification_url,
                status=transactions.first_status(body),
            )
            self.transactions[transaction["id"]] = transaction
            self._expires(transaction["validTo"], "transaction", transaction["id"])
            created = _copy(transaction)
            action = {} if code else transactions.action_for(transaction, self.pages_url)
            if action:  # its action.url opens the sandbox's page for it, which sends the payer back here
                self.page_options[transaction["id"]] = {
                    "successReturnUrl": body.get("successReturnUrl", f"{seeds.SHOP_URL}/success"),
                    "failureReturnUrl": body.get("failureReturnUrl", f"{seeds.SHOP_URL}/failure"),
                }
            return created, action, (self._answer(transaction, *transactions.blik_outcome(code), now) if code else None)

    def _answer(self, transaction: Record, move: str | None, status_code: str | None, now: int) -> Record | None:
        """The payer's answer, applied: paid (settled, or authorized with pre-authorisation
        on), or failed with `status_code`; the transaction afterwards, or None while it stays
        pending (no `move`)."""
        if move is None:
            return None
        if status_code is not None:
            self._fail(transaction, status_code, now)
        else:
            transactions.move(transaction, self._paid(move), now)
        return _copy(transaction)

    def _fail(self, transaction: Record, status_code: str, now: int) -> None:
        transactions.fail(transaction, status_code, now)

    # ---- shops ------------------------------------------------------------------------

    def get_service(self, service_id: str) -> Record:
        self._shop(service_id)
        return services.service(service_id, SEEDED_EPOCH, self.config.channels)

    def payment_methods(self, service_id: str, amount: int, currency: str) -> list[Record]:
        self._shop(service_id)
        if not self.rules.methods_within_limits:
            return services.every_method(self.config.channels)
        return services.payment_methods(self.config.channels, amount, currency)

    # ---- BLIK profiles ----------------------------------------------------------------

    def blik_profiles_of(self, service_id: str, cid: str) -> list[Record]:
        with self._lock:
            self._shop(service_id)
            return [
                _copy(profile)
                for profile in self.blik_profiles.values()
                if profile["cid"] == cid and profile["serviceId"] == service_id
            ]

    def _blik_profile(self, profile_id: str, service_id: str | None = None) -> Record:
        """The BLIK profile, if it exists and (when a shop is named) is that shop's: another
        shop's profile is as unknown to a shop as one that does not exist."""
        profile = self.blik_profiles.get(profile_id)
        if profile is None or (service_id is not None and profile["serviceId"] != service_id):
            raise not_found("BLIK profile")
        return profile

    def charge_blik_profile(self, body: Mapping[str, Any]) -> tuple[Record, Record | None]:
        """A charge of a BLIK profile: (the transaction as created, pending; it after the
        payer's answer, or None while it stays pending)."""
        with self._lock:
            self._shop(body["serviceId"])
            profile = self._blik_profile(body["blikProfileId"], body["serviceId"])
            blik.require_key_or_code(body)
            now = self.clock.now()
            transaction = transactions.new_transaction(
                self.clock.new_id(),
                dict(body),
                now,
                notification_url=self.config.default_notification_url,
                status="pending",
            )
            self.transactions[transaction["id"]] = transaction
            created = _copy(transaction)
            if body.get("blikCode"):
                outcome = transactions.blik_outcome(body["blikCode"])
            elif blik.chargeable(profile, body.get("blikKey")):
                outcome = ("settle", None)
            else:
                outcome = ("reject", blik.ALIAS_NOT_FOUND)
            return created, self._answer(transaction, *outcome, now)

    def deactivate_blik_profile(self, profile_id: str, blik_key: str, service_id: str | None = None) -> Record:
        """The request names no shop (imoje's plugin sends none); one that does names the
        profile's own or finds nothing."""
        with self._lock:
            profile = self._blik_profile(profile_id, service_id)
            blik.remove_alias(profile, blik_key)
            return _copy(profile)

    # ---- card profiles ----------------------------------------------------------------

    def profiles_by_cid(self, cid: str) -> list[Record]:
        with self._lock:
            every = not self.rules.profiles_of_their_customer
            return [
                _copy(profile) for profile in self.profiles.values() if every or profile["merchantCustomerId"] == cid
            ]

    def get_profile(self, profile_id: str) -> Record:
        with self._lock:
            if profile_id not in self.profiles:
                raise not_found("Payment profile")
            return _copy(self.profiles[profile_id])

    def deactivate_profile(self, profile_id: str) -> Record:
        with self._lock:
            if profile_id not in self.profiles:
                raise not_found("Payment profile")
            self.profiles[profile_id]["isActive"] = 0
            return _copy(self.profiles[profile_id])

    def charge_profile(self, body: Mapping[str, Any]) -> Record:
        with self._lock:
            self._shop(body["serviceId"])
            profile = self.profiles.get(body["paymentProfileId"])
            if profile is None:
                raise not_found("Payment profile")
            if profile["isActive"] != 1:
                raise profile_inactive(body)
            now = self.clock.now()
            card = {
                "paymentMethod": "card",
                "paymentMethodCode": "oneclick" if profile["profile"] == "ONE_CLICK" else "recurring",
            }
            transaction = transactions.new_transaction(
                self.clock.new_id(),
                {**body, **card},
                now,
                notification_url=self.config.default_notification_url,
                status="pending",
            )
            transaction["paymentProfile"] = _copy(profile)
            self.transactions[transaction["id"]] = transaction
            return _copy(transaction)
