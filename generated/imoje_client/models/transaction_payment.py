from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._ids import uuid as _uuid
from ..models.status import Status

T = TypeVar("T", bound="TransactionPayment")


@_attrs_define
class TransactionPayment:
    """The payment link a transaction belongs to.

    Attributes:
        id (UUID): Identifier as UUID v4, lowercase.
        status (Status): Status of a transaction or payment link.
    """

    id: UUID
    status: Status
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = _uuid(d.pop("id"))

        status = Status.from_value(d.pop("status"))

        transaction_payment = cls(
            id=id,
            status=status,
        )

        transaction_payment.additional_properties = d
        return transaction_payment

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
