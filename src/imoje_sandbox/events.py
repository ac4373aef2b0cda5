"""What changed in the sandbox, as the notifier hears of it.

API handlers and control routes both return events; `Sandbox.publish` hands them to the
notifier, its one subscriber. Nothing else decides what gets notified.
"""

from dataclasses import dataclass
from typing import Any, Literal

Record = dict[str, Any]

# What each notification is about, as the sandbox's notification log and its pytest fixture
# name it: stable, a test may compare them.
EventName = Literal[
    "payment link created",
    "payment link cancelled",
    "payment link expired",
    "payment started",
    "payment settled",
    "payment rejected",
    "transaction settled",
    "transaction rejected",
    "transaction authorized",
    "transaction captured",
    "transaction voided",
    "transaction refunded",
    "transaction expired",
    "refund settled",
    "card profile charged",
    "card profile deactivated",
    "BLIK transaction answered",
    "BLIK profile charged",
]


@dataclass(frozen=True)
class LinkChanged:
    """A payment link was created, cancelled (or expired): imoje sends `{payment}`."""

    event: EventName
    link: Record


@dataclass(frozen=True)
class TransactionChanged:
    """A transaction moved: imoje sends `{transaction, payment[, paymentProfile]}`; `link`
    is the payment link it belongs to, None for a transaction made without one."""

    event: EventName
    transaction: Record
    link: Record | None = None


@dataclass(frozen=True)
class ProfileChanged:
    """A card profile changed (deactivated): imoje sends `{paymentProfile}`."""

    event: EventName
    profile: Record


Event = LinkChanged | TransactionChanged | ProfileChanged
