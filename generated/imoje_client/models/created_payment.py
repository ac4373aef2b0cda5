from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._ids import uuid as _uuid
from ..models.currency import Currency
from ..models.status import Status
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreatedPayment")


@_attrs_define
class CreatedPayment:
    """The link as answered by create. Known in part (imoje's plugin reads `payment.url`), so only `id` and `url` are
    required.

        Attributes:
            id (UUID): Identifier as UUID v4, lowercase.
            url (str):
            service_id (UUID | Unset): Identifier as UUID v4, lowercase.
            order_id (str | Unset): Order ID.
            title (None | str | Unset): A title as imoje answers it: the request pattern, empty when the payment or
                transaction was created without a title, or null (SoftifyDev's model of a payment link types it `?string`:
                DEVIATIONS 66).
            amount (int | Unset): Amount in the smallest currency unit, e.g. grosze.
            currency (Currency | Unset): Currency in ISO 4217.
            status (Status | Unset): Status of a transaction or payment link.
            valid_to (int | None | Unset): Unix timestamp in seconds, or null.
            created (int | None | Unset): Unix timestamp in seconds, or null.
            modified (int | None | Unset): Unix timestamp in seconds, or null.
    """

    id: UUID
    url: str
    service_id: UUID | Unset = UNSET
    order_id: str | Unset = UNSET
    title: None | str | Unset = UNSET
    amount: int | Unset = UNSET
    currency: Currency | Unset = UNSET
    status: Status | Unset = UNSET
    valid_to: int | None | Unset = UNSET
    created: int | None | Unset = UNSET
    modified: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        url = self.url

        service_id: str | Unset = UNSET
        if not isinstance(self.service_id, Unset):
            service_id = str(self.service_id)

        order_id = self.order_id

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        amount = self.amount

        currency: str | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        valid_to: int | None | Unset
        if isinstance(self.valid_to, Unset):
            valid_to = UNSET
        else:
            valid_to = self.valid_to

        created: int | None | Unset
        if isinstance(self.created, Unset):
            created = UNSET
        else:
            created = self.created

        modified: int | None | Unset
        if isinstance(self.modified, Unset):
            modified = UNSET
        else:
            modified = self.modified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "url": url,
            }
        )
        if service_id is not UNSET:
            field_dict["serviceId"] = service_id
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if title is not UNSET:
            field_dict["title"] = title
        if amount is not UNSET:
            field_dict["amount"] = amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if status is not UNSET:
            field_dict["status"] = status
        if valid_to is not UNSET:
            field_dict["validTo"] = valid_to
        if created is not UNSET:
            field_dict["created"] = created
        if modified is not UNSET:
            field_dict["modified"] = modified
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
                    "serviceId",
                    "orderId",
                    "title",
                    "amount",
                    "currency",
                    "status",
                    "validTo",
                    "created",
                    "modified",
                )
                if key in d and d[key] is None
            )
            if None in d.values()
            else ()
        )
        id = _uuid(d.pop("id"))

        url = d.pop("url")

        _service_id = d.pop("serviceId", UNSET)
        service_id: UUID | Unset
        if isinstance(_service_id, Unset):
            service_id = UNSET
        else:
            service_id = _uuid(_service_id)

        order_id = d.pop("orderId", UNSET)

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        amount = d.pop("amount", UNSET)

        _currency = d.pop("currency", UNSET)
        currency: Currency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = Currency.from_value(_currency)

        _status = d.pop("status", UNSET)
        status: Status | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = Status.from_value(_status)

        def _parse_valid_to(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        valid_to = _parse_valid_to(d.pop("validTo", UNSET))

        def _parse_created(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        created = _parse_created(d.pop("created", UNSET))

        def _parse_modified(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        modified = _parse_modified(d.pop("modified", UNSET))

        created_payment = cls(
            id=id,
            url=url,
            service_id=service_id,
            order_id=order_id,
            title=title,
            amount=amount,
            currency=currency,
            status=status,
            valid_to=valid_to,
            created=created,
            modified=modified,
        )

        created_payment.additional_properties = d
        if nulls:
            created_payment._nulls = nulls
        return created_payment

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
