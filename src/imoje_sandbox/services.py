"""Shops (services) and their payment channels: what getService and get-payment-methods
answer, and what createTransaction may use.

A shop's channels come from `SandboxConfig.channels`: each says whether it is active in the
shop, whether it is online, which currencies it takes and its transaction limits. A channel
can take a transaction when it is active and online, takes the currency, and the amount is
within its limits; get-payment-methods lists exactly those channels.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from imoje_sandbox.errors import ApiProblem

Record = dict[str, Any]


@dataclass(frozen=True)
class Channel:
    """One payment channel (`paymentMethod` + `paymentMethodCode`) of the sandbox's shops."""

    method: str
    code: str
    label: str
    active: bool = True
    online: bool = True
    currencies: frozenset[str] = field(default=frozenset({"PLN"}))
    # Smallest and largest amount, in grosze.
    minimum: int = 1
    maximum: int = 5_000_000

    def takes(self, amount: int, currency: str) -> bool:
        return self.active and self.online and currency in self.currencies and self.minimum <= amount <= self.maximum


# Method labels, as the paywall groups channels.
METHOD_LABELS = {
    "blik": "BLIK",
    "pbl": "Przelew online",
    "card": "Karta płatnicza",
    "wt": "Przelew tradycyjny",
    "imoje_paylater": "imoje płacę później",
}

# What every sandbox shop offers unless configured otherwise: BLIK, a few banks' online
# transfers (one of them offline, one inactive), a wire transfer, cards and pay-later with
# the limits imoje's pages mention for them (pay later from 50 zł).
DEFAULT_CHANNELS: tuple[Channel, ...] = (
    Channel("blik", "blik", "BLIK", maximum=5_000_000),
    Channel("pbl", "ing", "ING", currencies=frozenset({"PLN", "EUR"})),
    Channel("pbl", "mtransfer", "mTransfer"),
    Channel("pbl", "ipko", "PKO BP", online=False),
    Channel("pbl", "pekao24", "Pekao", active=False),
    Channel("wt", "wt", "Przelew tradycyjny", maximum=99_999_999),
    Channel("card", "ecom3ds", "Karta", currencies=frozenset({"PLN", "EUR", "USD", "GBP"})),
    Channel("imoje_paylater", "paypo", "PayPo", minimum=5_000, maximum=300_000),
)


def service(service_id: str, created: int, channels: Iterable[Channel]) -> Record:
    """The shop as getService answers it."""
    return {
        "id": service_id,
        "created": created,
        "isActive": True,
        "paymentMethods": [
            {
                "paymentMethod": channel.method,
                "paymentMethodCode": channel.code,
                "isActive": channel.active,
                "isOnline": channel.online,
                "description": channel.label,
                "currency": ",".join(sorted(channel.currencies)),
                "transactionLimits": {
                    "minTransaction": {"type": "number", "value": channel.minimum},
                    "maxTransaction": {"type": "number", "value": channel.maximum},
                },
            }
            for channel in channels
        ],
    }


def payment_methods(channels: Iterable[Channel], amount: int, currency: str) -> list[Record]:
    """The methods a payer may use for `amount` in `currency`, each with the channels that
    take it; a method none of whose channels does is left out."""
    return every_method(channel for channel in channels if channel.takes(amount, currency))


def every_method(channels: Iterable[Channel]) -> list[Record]:
    """`channels` grouped by payment method, as get-payment-methods answers."""
    groups: dict[str, Record] = {}
    for channel in channels:
        group = groups.setdefault(
            channel.method,
            {
                "label": METHOD_LABELS.get(channel.method, channel.method),
                "isOnline": True,
                "image": [{"png": f"https://data.imoje.pl/img/logo/{channel.method}.png"}],
                "channels": [],
            },
        )
        group["channels"].append(
            {
                "paymentMethod": channel.method,
                "paymentMethodCode": channel.code,
                "label": channel.label,
                "isOnline": channel.online,
                "image": [{"png": f"https://data.imoje.pl/img/logo/{channel.code}.png"}],
            }
        )
    return list(groups.values())


def channel_for(channels: Iterable[Channel], method: str, code: str, amount: int, currency: str) -> Channel:
    """The channel a createTransaction names, or a 400 saying why it cannot take it."""
    channel = next((each for each in channels if (each.method, each.code) == (method, code)), None)
    if channel is None:
        raise _refused("paymentMethodCode", "enum", f"the shop has no channel {method}/{code}")
    if not (channel.active and channel.online):
        state = "inactive in the shop" if not channel.active else "offline"
        raise _refused("paymentMethodCode", "enum", f"channel {method}/{code} is {state}")
    if currency not in channel.currencies:
        raise _refused("currency", "enum", f"channel {method}/{code} takes {', '.join(sorted(channel.currencies))}")
    if amount < channel.minimum:
        raise _refused("amount", "minimum", f"must be at least {channel.minimum} for {method}/{code}")
    if amount > channel.maximum:
        raise _refused("amount", "maximum", f"must be at most {channel.maximum} for {method}/{code}")
    return channel


def _refused(field_name: str, rule: str, message: str) -> ApiProblem:
    # 400, not 422: the value is valid by the spec; this shop's configuration refuses it.
    return ApiProblem.naming(400, field_name, rule, message)
