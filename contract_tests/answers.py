"""Valid answers of every kind, as bases that property tests change."""

from typing import Any

# A payment link with a transaction carrying every optional part.
LINK: dict[str, Any] = {
    "id": "50d38a51-8e95-4b8b-94f4-188c90c0dfdd",
    "url": "https://paywall.imoje.pl/s/x",
    "serviceId": "2a249f52-d29c-46e7-9575-e65a889c7d38",
    "orderId": "o",
    "title": "t",
    "simp": "",
    "amount": 1,
    "currency": "PLN",
    "status": "new",
    "isActive": True,
    "validTo": None,
    "created": 1,
    "modified": 1,
    "isGenerated": False,
    "isUsed": False,
    "usedAt": None,
    "isConfirmVisited": False,
    "confirmVisitedAt": None,
    "returnUrl": "https://a.pl",
    "failureReturnUrl": "https://a.pl",
    "successReturnUrl": "https://a.pl",
    "notificationUrl": "https://a.pl",
    "customer": {"firstName": "J", "lastName": "D", "email": "j@d.pl", "locale": "pl"},
    "transactions": [
        {
            "id": "50d38a51-8e95-4b8b-94f4-188c90c0dfdd",
            "type": "sale",
            "status": "pending",
            "source": "web",
            "created": 1,
            "modified": 1,
            "notificationUrl": "https://a.pl",
            "serviceId": "2a249f52-d29c-46e7-9575-e65a889c7d38",
            "amount": 1,
            "currency": "PLN",
            "title": "t",
            "orderId": "o",
            "paymentMethod": "blik",
            "paymentMethodCode": "blik",
            "payment": {"id": "50d38a51-8e95-4b8b-94f4-188c90c0dfdd", "status": "pending"},
            "paymentProfile": {"id": "46f095b4-be6f-4ea0-8052-475ac8fbf218", "profile": "ONE_CLICK", "isActive": 1},
        }
    ],
}

TRANSACTION: dict[str, Any] = LINK["transactions"][0]
PROFILE: dict[str, Any] = {
    "id": "46f095b4-be6f-4ea0-8052-475ac8fbf218",
    "profile": "RECURRING",
    "isActive": 0,
    "merchantMid": "m",
    "maskedNumber": "****1111",
    "month": "12",
    "year": "2029",
    "organization": "VISA",
}
ERROR: dict[str, Any] = {
    "apiErrorResponse": {
        "message": "Payment profile inactive.",
        "code": "TRX-ERROR-120301",
        "errors": [{"property": "amount", "message": "too small"}],
        "instance": {"amount": 1},
    }
}

# (operation, status, answer, model class name)
ANSWERS: list[tuple[str, int, dict[str, Any], str]] = [
    ("getPayment", 200, LINK, "PaymentLink"),
    ("cancelPayment", 200, LINK, "PaymentLink"),
    (
        "createPayment",
        200,
        {"payment": {"id": LINK["id"], "url": LINK["url"], "status": "new"}},
        "CreatePaymentResponse",
    ),
    ("chargeProfile", 200, {"transaction": TRANSACTION}, "TransactionResponse"),
    ("getProfile", 200, {"paymentProfile": PROFILE}, "PaymentProfileResponse"),
    ("deactivateProfile", 200, {"paymentProfile": PROFILE}, "DeactivateProfileResponse"),
    ("chargeProfile", 400, ERROR, "ErrorResponse"),
]
