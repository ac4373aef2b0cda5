"""What changed in the sandbox, as the notifier hears of it.

API handlers and control routes both return events; `Sandbox.publish` hands them to the
notifier, its one subscriber. Nothing else decides what gets notified.
"""

from dataclasses import dataclass
from typing import Any

Record = dict[str, Any]


@dataclass(frozen=True)
class LinkChanged:
    """A payment link was created, cancelled (or expired): imoje sends `{payment}`."""

    event: str
    link: Record


@dataclass(frozen=True)
class TransactionChanged:
    """A transaction moved: imoje sends `{transaction, payment[, paymentProfile]}`; `link`
    is the payment link it belongs to, None for a transaction made without one."""

    event: str
    transaction: Record
    link: Record | None = None


@dataclass(frozen=True)
class ProfileChanged:
    """A card profile changed (deactivated): imoje sends `{paymentProfile}`."""

    event: str
    profile: Record


Event = LinkChanged | TransactionChanged | ProfileChanged
