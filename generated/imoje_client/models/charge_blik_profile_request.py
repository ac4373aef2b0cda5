from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._ids import uuid as _uuid
from ..models.currency import Currency
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChargeBlikProfileRequest")


@_attrs_define
class ChargeBlikProfileRequest:
    """What imoje's plugin sends (always the first seven fields). Known only from that code, so the object stays open.

    Attributes:
        service_id (UUID): Identifier as UUID v4, lowercase.
        blik_profile_id (str): A BLIK OneClick profile's identifier (its format is not documented).
        amount (int): Amount in the smallest currency unit, e.g. grosze. Positive (imoje's own plugin validates `amount
            > 0`).
        currency (Currency): Currency in ISO 4217.
        order_id (str): Order ID.
        title (str): Transaction title.
        client_ip (str): The payer's IP address (v4 or v6).
        blik_key (str | Unset): The alias to charge (`aliasList[].key` of the profile).
        blik_code (str | Unset): A 6-digit BLIK code, when the bank asks the payer for one.
    """

    service_id: UUID
    blik_profile_id: str
    amount: int
    currency: Currency
    order_id: str
    title: str
    client_ip: str
    blik_key: str | Unset = UNSET
    blik_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        service_id = str(self.service_id)

        blik_profile_id = self.blik_profile_id

        amount = self.amount

        currency = self.currency.value

        order_id = self.order_id

        title = self.title

        client_ip: str
        client_ip = self.client_ip

        blik_key = self.blik_key

        blik_code = self.blik_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "serviceId": service_id,
                "blikProfileId": blik_profile_id,
                "amount": amount,
                "currency": currency,
                "orderId": order_id,
                "title": title,
                "clientIp": client_ip,
            }
        )
        if blik_key is not UNSET:
            field_dict["blikKey"] = blik_key
        if blik_code is not UNSET:
            field_dict["blikCode"] = blik_code
        for key in self._nulls:
            field_dict.setdefault(key, None)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        nulls = (
            tuple(
                key
                for key in (
                    "blikKey",
                    "blikCode",
                )
                if key in d and d[key] is None
            )
            if None in d.values()
            else ()
        )
        service_id = _uuid(d.pop("serviceId"))

        blik_profile_id = d.pop("blikProfileId")

        amount = d.pop("amount")

        currency = Currency.from_value(d.pop("currency"))

        order_id = d.pop("orderId")

        title = d.pop("title")

        def _parse_client_ip(data: object) -> str:
            return cast(str, data)

        client_ip = _parse_client_ip(d.pop("clientIp"))

        blik_key = d.pop("blikKey", UNSET)

        blik_code = d.pop("blikCode", UNSET)

        charge_blik_profile_request = cls(
            service_id=service_id,
            blik_profile_id=blik_profile_id,
            amount=amount,
            currency=currency,
            order_id=order_id,
            title=title,
            client_ip=client_ip,
            blik_key=blik_key,
            blik_code=blik_code,
        )

        charge_blik_profile_request.additional_properties = d
        if nulls:
            charge_blik_profile_request._nulls = nulls
        return charge_blik_profile_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
