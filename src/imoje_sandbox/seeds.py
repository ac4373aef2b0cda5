"""The records every sandbox starts with, under fixed ids (listed in docs/sandbox.md).

The docs' examples are among them, so each documented example call answers with the
documented shape: cancelling link 50d38a51-… succeeds once, charging profile 39ac1087-…
fails with TRX-ERROR-120301.
"""

from typing import Any

from imoje_sandbox.clock import SEEDED_EPOCH

# Shops the docs' examples name besides the default one (the charge page's request).
DOCS_CHARGE_SERVICE_ID = "ab16c18c-e83b-424f-80c9-f839ed23181f"
DOCS_CANCEL_SERVICE_ID = "2a249f52-d29c-46e7-9575-e65a889c7d38"

DOCS_PENDING_LINK_ID = "50d38a51-8e95-4b8b-94f4-188c90c0dfdd"
NEW_LINK_ID = "a1b2c3d4-e5f6-4a1b-9c2d-3e4f5a6b7c8d"
SETTLED_LINK_ID = "c3e2a4b1-5f6d-4a7b-8c9d-0e1f2a3b4c5d"

ONE_CLICK_PROFILE_ID = "46f095b4-be6f-4ea0-8052-475ac8fbf218"
RECURRING_PROFILE_ID = "7d1f4c62-3b0a-4e8f-9c55-2f6a1b8e9d04"
DOCS_INACTIVE_PROFILE_ID = "39ac1087-e632-41ff-acb8-8d661068a9d5"

SHOP_URL = "https://yourshopdomain.com"


def profile(profile_id: str, kind: str, active: int, customer_id: str) -> dict[str, Any]:
    return {
        "id": profile_id,
        "profile": kind,
        "isActive": active,
        "merchantMid": "rgfnb43ub57pry2nuc13",
        "merchantCustomerId": customer_id,
        "firstName": "John",
        "lastName": "Doe",
        "maskedNumber": "****1111",
        "month": "12",
        "year": "2029",
        "organization": "MASTERCARD",
    }


def profiles() -> list[dict[str, Any]]:
    return [
        profile(ONE_CLICK_PROFILE_ID, "ONE_CLICK", 1, "yourMerchantCustomerId"),
        profile(RECURRING_PROFILE_ID, "RECURRING", 1, "recurringCustomerId"),
        profile(DOCS_INACTIVE_PROFILE_ID, "ONE_CLICK", 0, "inactiveCustomerId"),
    ]


def link(
    link_id: str,
    service_id: str,
    status: str,
    notification_url: str,
    pages_url: str = "https://sandbox.paywall.imoje.pl/s",
) -> dict[str, Any]:
    used = status == "settled"
    return {
        "id": link_id,
        "url": f"{pages_url}/seed{link_id[:6]}",
        "serviceId": service_id,
        "orderId": "yourOrderId",
        "title": "yourTitle",
        "simp": "",
        "amount": 100,
        "currency": "PLN",
        "status": status,
        "isActive": status in ("new", "pending"),
        "validTo": None,
        "created": SEEDED_EPOCH,
        "modified": SEEDED_EPOCH,
        "isGenerated": False,
        "isUsed": used,
        "usedAt": SEEDED_EPOCH if used else None,
        "isConfirmVisited": used,
        "confirmVisitedAt": SEEDED_EPOCH if used else None,
        "returnUrl": f"{SHOP_URL}/return",
        "failureReturnUrl": f"{SHOP_URL}/failure",
        "successReturnUrl": f"{SHOP_URL}/success",
        "notificationUrl": notification_url,
        "customer": {
            "firstName": "John",
            "lastName": "Doe",
            "phone": "+48501501501",
            "email": "john.doe@example.com",
            "locale": "pl",
        },
        "transactions": [] if status == "new" else [blik_transaction(link_id, service_id, status, notification_url)],
    }


def blik_transaction(link_id: str, service_id: str, status: str, notification_url: str) -> dict[str, Any]:
    return {
        "id": link_id,
        "type": "sale",
        "status": status,
        "source": "web",
        "created": SEEDED_EPOCH,
        "modified": SEEDED_EPOCH,
        "notificationUrl": notification_url,
        "serviceId": service_id,
        "amount": 100,
        "currency": "PLN",
        "title": "yourTitle",
        "orderId": "yourOrderId",
        "paymentMethod": "blik",
        "paymentMethodCode": "blik",
        "payment": {"id": link_id, "status": status},
    }


def links(
    service_id: str, notification_url: str, pages_url: str = "https://sandbox.paywall.imoje.pl/s"
) -> list[dict[str, Any]]:
    return [
        link(DOCS_PENDING_LINK_ID, DOCS_CANCEL_SERVICE_ID, "pending", notification_url, pages_url),
        link(NEW_LINK_ID, service_id, "new", notification_url, pages_url),
        link(SETTLED_LINK_ID, service_id, "settled", notification_url, pages_url),
    ]
