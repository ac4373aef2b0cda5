"""Payment links: the record a create makes, and the moves a link may make.

The state machine is `LINK_MOVES`, the spec's; a move it does not list answers 400 (a cancellation with
the docs' own message). A link's payment (settled, rejected, authorized...) is its
transaction's move, which the link then follows (`transactions.LINK_AFTER`).
"""

from collections.abc import Mapping
from typing import Any

from imoje_sandbox import seeds
from imoje_sandbox.errors import ApiProblem
from imoje_spec import lifecycles

Record = dict[str, Any]

# About 15 months: how long a link lives when create names no validTo (api-facts §2).
DEFAULT_VALIDITY_SECONDS = 456 * 24 * 3600
# "The minimum link validity time is 60 seconds" (the vendor's cancellation page).
MINIMUM_VALIDITY_SECONDS = 60

# (status, action) -> the status it moves to: the spec's `x-lifecycles.link` (imoje_spec),
# which the contract suite judges with too. `start`: the payer opens the paywall.
LINK_MOVES: dict[tuple[str, str], str] = lifecycles.documented().link.table()
# Statuses a link (or a transaction) can still be cancelled or expire from.
OPEN = frozenset(status for status, action in LINK_MOVES if action == "cancel")


def check_valid_to(body: Mapping[str, Any], now: int) -> None:
    """400 naming validTo when it is less than a minute ahead (a time, so not the spec's to say)."""
    valid_to = body.get("validTo")
    if valid_to is not None and int(valid_to) < now + MINIMUM_VALIDITY_SECONDS:
        message = f"must be at least {MINIMUM_VALIDITY_SECONDS} s ahead of now ({now})"
        raise ApiProblem.naming(400, "validTo", "minimum", message)


def new_link(link_id: str, body: Mapping[str, Any], now: int, *, url: str, notification_url: str) -> Record:
    """The link a create request makes, as stored."""
    valid_to = int(body["validTo"]) if body.get("validTo") is not None else None
    return {
        "id": link_id,
        "url": url,
        "serviceId": body["serviceId"],
        "orderId": body["orderId"],
        "title": body.get("title", ""),
        "simp": "",
        "amount": int(body["amount"]),
        "currency": body["currency"],
        "status": "new",
        "isActive": True,
        "validTo": valid_to if "validTo" in body else now + DEFAULT_VALIDITY_SECONDS,
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
        "notificationUrl": body.get("notificationUrl", notification_url),
        "customer": dict(body["customer"]),
        "transactions": [],
    }


def page_options(body: Mapping[str, Any]) -> dict[str, str]:
    """A REST link's settings of its payer's page, in the paywall form's spelling: the
    visible methods comma-separated, the preselected channel."""
    options: dict[str, str] = {}
    if body.get("visibleMethod"):
        options["visibleMethod"] = ",".join(body["visibleMethod"])
    if body.get("preselectMethodCode"):
        options["preselectMethodCode"] = str(body["preselectMethodCode"])
    return options


def move(link: Record, action: str, now: int) -> str:
    """Move `link` by `action` (the table's), or raise 400 naming both; a cancellation that
    cannot be answers as the docs show it."""
    status = LINK_MOVES.get((link["status"], action))
    if status is None:
        raise ApiProblem(
            400, "Cannot cancel payment" if action == "cancel" else f"Cannot {action} a {link['status']} payment"
        )
    link.update(status=status, modified=now)
    if status == "cancelled":
        link["isActive"] = False
    return status
