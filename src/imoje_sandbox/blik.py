"""BLIK OneClick profiles: a customer's remembered BLIK aliases in one shop.

Known only from imoje's own plugin (spec/DEVIATIONS.md 46), so the sandbox models what the
plugin relies on: a profile lists its aliases; charging one that is gone, or a profile with
none left, fails as BLIK does (`BLK-ERROR-210002`, "alias not found": pay with a code); a
deactivation removes one alias, and the last one's removal makes the profile inactive.
"""

from collections.abc import Mapping
from typing import Any

from imoje_sandbox.errors import ApiProblem

Record = dict[str, Any]

BLIK_PROFILE_ID = "5e0c3f0a-8d1b-4c2e-9f3a-6b7c8d9e0f1a"
BLIK_CUSTOMER_ID = "yourMerchantCustomerId"
ALIAS_NOT_FOUND = "BLK-ERROR-210002"


def seeded_aliases() -> tuple[str, ...]:
    """The keys of the seeded profile's aliases, in order."""
    return tuple(alias["key"] for alias in seeded("")[0]["aliasList"])


def seeded(service_id: str) -> list[Record]:
    return [
        {
            "id": BLIK_PROFILE_ID,
            "cid": BLIK_CUSTOMER_ID,
            "serviceId": service_id,
            "isActive": True,
            "label": "John's phone",
            "aliasList": [
                {"key": "alias-ing-0001", "label": "ING Bank Śląski"},
                {"key": "alias-mbank-0002", "label": "mBank"},
            ],
        }
    ]


def chargeable(profile: Record, blik_key: str | None) -> bool:
    """Whether a charge naming `blik_key` finds a live alias of `profile`."""
    keys = {alias["key"] for alias in profile["aliasList"]}
    return bool(profile["isActive"]) and blik_key in keys


def remove_alias(profile: Record, blik_key: str) -> None:
    """Deactivate the alias `blik_key`, or 404 naming it."""
    remaining = [alias for alias in profile["aliasList"] if alias["key"] != blik_key]
    if len(remaining) == len(profile["aliasList"]):
        message = f"the profile has no alias {blik_key!r}"
        raise ApiProblem.naming(404, "blikKey", "exists", message)
    profile["aliasList"] = remaining
    profile["isActive"] = bool(remaining)


def require_key_or_code(body: Mapping[str, Any]) -> None:
    """A charge names an alias (`blikKey`) or brings a code (`blikCode`): 400 otherwise."""
    if not body.get("blikKey") and not body.get("blikCode"):
        message = "a charge needs blikKey (an alias of the profile) or blikCode"
        raise ApiProblem.naming(400, "blikKey", "required", message)
