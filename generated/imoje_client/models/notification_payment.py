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

T = TypeVar("T", bound="NotificationPayment")


@_attrs_define
class NotificationPayment:
    """The payment link as notified.

    Attributes:
        id (UUID): Identifier as UUID v4, lowercase.
        status (Status): Status of a transaction or payment link.
        title (None | str | Unset): A title as imoje answers it: the request pattern, empty when the payment or
            transaction was created without a title, or null (SoftifyDev's model of a payment link types it `?string`:
            DEVIATIONS 66).
        amount (int | Unset): Amount in the smallest currency unit, e.g. grosze.
        created (int | None | Unset): Unix timestamp in seconds, or null.
        order_id (str | Unset): Order ID.
        currency (Currency | Unset): Currency in ISO 4217.
        modified (int | None | Unset): Unix timestamp in seconds, or null.
        service_id (UUID | Unset): Identifier as UUID v4, lowercase.
        notification_url (str | Unset): Dynamic notification address for a single transaction. imoje rejects addresses
            containing localhost and ports.
    """

    id: UUID
    status: Status
    title: None | str | Unset = UNSET
    amount: int | Unset = UNSET
    created: int | None | Unset = UNSET
    order_id: str | Unset = UNSET
    currency: Currency | Unset = UNSET
    modified: int | None | Unset = UNSET
    service_id: UUID | Unset = UNSET
    notification_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        status = self.status.value

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        amount = self.amount

        created: int | None | Unset
        if isinstance(self.created, Unset):
            created = UNSET
        else:
            created = self.created

        order_id = self.order_id

        currency: str | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.value

        modified: int | None | Unset
        if isinstance(self.modified, Unset):
            modified = UNSET
        else:
            modified = self.modified

        service_id: str | Unset = UNSET
        if not isinstance(self.service_id, Unset):
            service_id = str(self.service_id)

        notification_url = self.notification_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if amount is not UNSET:
            field_dict["amount"] = amount
        if created is not UNSET:
            field_dict["created"] = created
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if currency is not UNSET:
            field_dict["currency"] = currency
        if modified is not UNSET:
            field_dict["modified"] = modified
        if service_id is not UNSET:
            field_dict["serviceId"] = service_id
        if notification_url is not UNSET:
            field_dict["notificationUrl"] = notification_url
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
                    "title",
                    "amount",
                    "created",
                    "orderId",
                    "currency",
                    "modified",
                    "serviceId",
                    "notificationUrl",
                )
                if key in d and d[key] is None
            )
            if None in d.values()
            else ()
        )
        id = _uuid(d.pop("id"))

        status = Status.from_value(d.pop("status"))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        amount = d.pop("amount", UNSET)

        def _parse_created(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        created = _parse_created(d.pop("created", UNSET))

        order_id = d.pop("orderId", UNSET)

        _currency = d.pop("currency", UNSET)
        currency: Currency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = Currency.from_value(_currency)

        def _parse_modified(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        modified = _parse_modified(d.pop("modified", UNSET))

        _service_id = d.pop("serviceId", UNSET)
        service_id: UUID | Unset
        if isinstance(_service_id, Unset):
            service_id = UNSET
        else:
            service_id = _uuid(_service_id)

        notification_url = d.pop("notificationUrl", UNSET)

        notification_payment = cls(
            id=id,
            status=status,
            title=title,
            amount=amount,
            created=created,
            order_id=order_id,
            currency=currency,
            modified=modified,
            service_id=service_id,
            notification_url=notification_url,
        )

        notification_payment.additional_properties = d
        if nulls:
            notification_payment._nulls = nulls
        return notification_payment

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
