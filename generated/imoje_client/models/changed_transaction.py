from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._ids import uuid as _uuid
from ..models.currency import Currency
from ..models.status import Status
from ..models.transaction_source import TransactionSource
from ..models.transaction_type import TransactionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChangedTransaction")


@_attrs_define
class ChangedTransaction:
    """A transaction as an undocumented answer (capture, void) may show it: the fields of `Transaction`, none promised.

    Attributes:
        id (UUID | Unset): Identifier as UUID v4, lowercase.
        type_ (TransactionType | Unset):
        status (Status | Unset): Status of a transaction or payment link.
        source (TransactionSource | Unset):
        created (int | None | Unset): Unix timestamp in seconds, or null.
        modified (int | None | Unset): Unix timestamp in seconds, or null.
        service_id (UUID | Unset): Identifier as UUID v4, lowercase.
        amount (int | Unset): Amount in the smallest currency unit, e.g. grosze.
        currency (Currency | Unset): Currency in ISO 4217.
        order_id (str | Unset): Order ID.
    """

    id: UUID | Unset = UNSET
    type_: TransactionType | Unset = UNSET
    status: Status | Unset = UNSET
    source: TransactionSource | Unset = UNSET
    created: int | None | Unset = UNSET
    modified: int | None | Unset = UNSET
    service_id: UUID | Unset = UNSET
    amount: int | Unset = UNSET
    currency: Currency | Unset = UNSET
    order_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.value

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

        service_id: str | Unset = UNSET
        if not isinstance(self.service_id, Unset):
            service_id = str(self.service_id)

        amount = self.amount

        currency: str | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.value

        order_id = self.order_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status
        if source is not UNSET:
            field_dict["source"] = source
        if created is not UNSET:
            field_dict["created"] = created
        if modified is not UNSET:
            field_dict["modified"] = modified
        if service_id is not UNSET:
            field_dict["serviceId"] = service_id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
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
                    "id",
                    "type",
                    "status",
                    "source",
                    "created",
                    "modified",
                    "serviceId",
                    "amount",
                    "currency",
                    "orderId",
                )
                if key in d and d[key] is None
            )
            if None in d.values()
            else ()
        )
        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = _uuid(_id)

        _type_ = d.pop("type", UNSET)
        type_: TransactionType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = TransactionType.from_value(_type_)

        _status = d.pop("status", UNSET)
        status: Status | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = Status.from_value(_status)

        _source = d.pop("source", UNSET)
        source: TransactionSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = TransactionSource.from_value(_source)

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

        _service_id = d.pop("serviceId", UNSET)
        service_id: UUID | Unset
        if isinstance(_service_id, Unset):
            service_id = UNSET
        else:
            service_id = _uuid(_service_id)

        amount = d.pop("amount", UNSET)

        _currency = d.pop("currency", UNSET)
        currency: Currency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = Currency.from_value(_currency)

        order_id = d.pop("orderId", UNSET)

        changed_transaction = cls(
            id=id,
            type_=type_,
            status=status,
            source=source,
            created=created,
            modified=modified,
            service_id=service_id,
            amount=amount,
            currency=currency,
            order_id=order_id,
        )

        changed_transaction.additional_properties = d
        if nulls:
            changed_transaction._nulls = nulls
        return changed_transaction

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
