"""Valid request bodies for each operation, and the rules (patterns, enums) inside them.

Property tests start from these and change one field at a time. Ids that name records are
the target's own where a request must reach them, and a fixed unknown id where a real
record must never be touched (deactivation).
"""

import copy
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from imoje_client import openapi

UNKNOWN_ID = "0f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b"

Path = tuple[str | int, ...]


def valid_bodies(service_id: str, payment_profile_id: str | None) -> dict[str, dict[str, Any]]:
    customer = {
        "firstName": "Jan",
        "lastName": "Kowalski",
        "email": "jan.kowalski@example.com",
        "phone": "+48 501 501 501",
        "cid": "customer-1",
        "company": "Firma sp. z o.o.",
        "locale": "pl",
    }
    return {
        "createPayment": {
            "serviceId": service_id,
            "amount": 1999,
            "currency": "PLN",
            "orderId": "contract-order-1",
            "customer": customer,
            "title": "Contract test",
            "additionalDescription": "Sent by the contract suite",
            "visibleMethod": ["blik", "card"],
            "preselectMethodCode": "blik",
            "returnUrl": "https://merchant.example/return",
            "successReturnUrl": "https://merchant.example/success",
            "failureReturnUrl": "https://merchant.example/failure",
            "notificationUrl": "https://merchant.example/notification",
        },
        "chargeProfile": {
            "serviceId": service_id,
            "paymentProfileId": payment_profile_id or UNKNOWN_ID,
            "amount": 100,
            "currency": "PLN",
            "orderId": "contract-charge-1",
            "title": "Contract test",
            "notificationUrl": "https://merchant.example/notification",
            "data": {"multipayout": [{"ban": "12345678901234567890123456", "amount": 100}]},
        },
        "cancelPayment": {"serviceId": service_id, "paymentId": UNKNOWN_ID},
        "deactivateProfile": {"paymentProfileId": UNKNOWN_ID},
        # BLIK without a code: a new transaction waiting for the payer (nothing is paid).
        "createTransaction": {
            "type": "sale",
            "serviceId": service_id,
            "amount": 1999,
            "currency": "PLN",
            "orderId": "contract-transaction-1",
            "paymentMethod": "blik",
            "paymentMethodCode": "blik",
            "successReturnUrl": "https://merchant.example/success",
            "failureReturnUrl": "https://merchant.example/failure",
            "notificationUrl": "https://merchant.example/notification",
            "title": "Contract test",
            "clientIp": "192.0.2.10",
            "customer": customer,
            "billing": {
                "firstName": "Jan",
                "lastName": "Kowalski",
                "company": "Firma sp. z o.o.",
                "street": "Sokolska 34",
                "city": "Katowice",
                "postalCode": "40-086",
                "countryCodeAlpha2": "PL",
            },
            "shipping": {
                "firstName": "Anna",
                "lastName": "Nowak",
                "company": "Sklep sp. z o.o.",
                "street": "Puławska 2",
                "city": "Warszawa",
                "postalCode": "02-566",
                "countryCodeAlpha2": "PL",
            },
        },
        # Sent to a transaction that does not exist (UNKNOWN_ID in the path): nothing is refunded.
        "refundTransaction": {"type": "refund", "serviceId": service_id, "amount": 1, "title": "Contract test"},
        "getPaymentMethods": {"amount": 1999, "currency": "PLN", "device": "desktop", "locale": "pl"},
        # An unknown BLIK profile: the request is judged, nobody is charged.
        "chargeBlikProfile": {
            "serviceId": service_id,
            "blikProfileId": UNKNOWN_ID,
            "amount": 100,
            "currency": "PLN",
            "orderId": "contract-blik-1",
            "title": "Contract test",
            "clientIp": "2001:db8::10",
            "blikKey": "contract-alias",
            "blikCode": "123456",
        },
        "deactivateBlikProfile": {"blikProfileId": UNKNOWN_ID, "blikKey": "contract-alias"},
    }


# Fields whose valid values a target may still refuse for its own configuration (a shop
# offers some channels, in some currencies): the enum and pattern properties leave them
# out; get-payment-methods against createTransaction judges them instead.
SHOP_BOUND: frozenset[tuple[str, Path]] = frozenset(
    {
        ("createTransaction", ("paymentMethod",)),
        ("createTransaction", ("paymentMethodCode",)),
        ("createTransaction", ("currency",)),
    }
)


# Rules no property test sends, each with why; every other pattern or enum of a request is
# covered (contract_tests/test_patterns.py and test_enums.py fail naming any that is not).
NOT_SENT: dict[tuple[str, Path], str] = {
    ("createTransaction", ("blikCode",)): (
        "a valid BLIK code pays a new transaction at once (money moves); the same pattern is "
        "judged on chargeBlikProfile:blikCode"
    ),
}


def uncovered(document: Mapping[str, Any], bodies: Mapping[str, Any], keyword: str) -> list[str]:
    """The request fields of the spec with `keyword` that `field_rules` leaves out and no
    entry of SHOP_BOUND or NOT_SENT explains: each would get no property test."""
    covered = {(rule.operation_id, rule.path) for rule in field_rules(document, bodies, keyword)}
    return [
        f"{operation_id}:{openapi.field_name(list(path))}"
        for operation_id, path, _ in _string_rules(document, keyword)
        if (operation_id, path) not in covered and (operation_id, path) not in NOT_SENT
    ]


@dataclass(frozen=True)
class FieldRule:
    """A string field of a request body with a pattern or an enum."""

    operation_id: str
    path: Path
    schema: Mapping[str, Any]

    @property
    def label(self) -> str:
        return f"{self.operation_id}:{openapi.field_name(list(self.path))}"


def _rules(
    document: Mapping[str, Any], schema: Mapping[str, Any], path: Path
) -> Iterator[tuple[Path, Mapping[str, Any]]]:
    schema = openapi.resolve(document, schema)
    if "pattern" in schema or "enum" in schema:
        yield path, schema
    for name, sub in schema.get("properties", {}).items():
        yield from _rules(document, sub, (*path, name))
    if isinstance(schema.get("items"), Mapping):
        yield from _rules(document, schema["items"], (*path, 0))


def get_at(body: Any, path: Path) -> Any:
    for part in path:
        body = body[part]
    return body


def set_at(body: Any, path: Path, value: Any) -> Any:
    changed = copy.deepcopy(body)
    node = changed
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = value
    return changed


def _string_rules(document: Mapping[str, Any], keyword: str) -> Iterator[tuple[str, Path, Mapping[str, Any]]]:
    """Every string field of every request body whose schema has `keyword`, SHOP_BOUND left out."""
    for operation_id, operation in openapi.operations(document).items():
        if operation.body is None:
            continue
        for path, schema in _rules(document, operation.body, ()):
            if (
                keyword in schema
                and schema.get("type", "string") == "string"
                and (operation_id, path) not in SHOP_BOUND
            ):
                yield operation_id, path, schema


def field_rules(document: Mapping[str, Any], bodies: Mapping[str, Any], keyword: str) -> list[FieldRule]:
    """Every field of the valid bodies whose schema has `keyword` ("pattern" or "enum")."""
    found = []
    for operation_id, path, schema in _string_rules(document, keyword):
        try:
            get_at(bodies[operation_id], path)
        except (KeyError, IndexError):
            continue
        found.append(FieldRule(operation_id, path, schema))
    return found
