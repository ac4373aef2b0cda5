from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.currency import Currency
from ..models.locale import Locale
from ..models.payment_methods_request_device import PaymentMethodsRequestDevice
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentMethodsRequest")


@_attrs_define
class PaymentMethodsRequest:
    """
    Attributes:
        amount (int): Amount in the smallest currency unit, e.g. grosze. Positive (imoje's own plugin validates `amount
            > 0`).
        currency (Currency): Currency in ISO 4217.
        device (PaymentMethodsRequestDevice | Unset):
        locale (Locale | Unset):
    """

    amount: int
    currency: Currency
    device: PaymentMethodsRequestDevice | Unset = UNSET
    locale: Locale | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        currency = self.currency.value

        device: str | Unset = UNSET
        if not isinstance(self.device, Unset):
            device = self.device.value

        locale: str | Unset = UNSET
        if not isinstance(self.locale, Unset):
            locale = self.locale.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "amount": amount,
                "currency": currency,
            }
        )
        if device is not UNSET:
            field_dict["device"] = device
        if locale is not UNSET:
            field_dict["locale"] = locale

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        amount = d.pop("amount")

        currency = Currency.from_value(d.pop("currency"))

        _device = d.pop("device", UNSET)
        device: PaymentMethodsRequestDevice | Unset
        if isinstance(_device, Unset):
            device = UNSET
        else:
            device = PaymentMethodsRequestDevice.from_value(_device)

        _locale = d.pop("locale", UNSET)
        locale: Locale | Unset
        if isinstance(_locale, Unset):
            locale = UNSET
        else:
            locale = Locale.from_value(_locale)

        payment_methods_request = cls(
            amount=amount,
            currency=currency,
            device=device,
            locale=locale,
        )

        return payment_methods_request
