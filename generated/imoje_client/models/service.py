from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._ids import uuid as _uuid

if TYPE_CHECKING:
    from ..models.service_payment_method import ServicePaymentMethod


T = TypeVar("T", bound="Service")


@_attrs_define
class Service:
    """A shop. Known in part: the vendor's list stops inside `paymentMethods[]`; the fields after `isOnline` follow a
    community client.

        Attributes:
            id (UUID): Identifier as UUID v4, lowercase.
            created (int | None): Unix timestamp in seconds, or null.
            is_active (bool): Whether the shop is active in the imoje panel.
            payment_methods (list[ServicePaymentMethod]):
    """

    id: UUID
    created: int | None
    is_active: bool
    payment_methods: list[ServicePaymentMethod]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        created: int | None
        created = self.created

        is_active = self.is_active

        payment_methods = []
        for payment_methods_item_data in self.payment_methods:
            payment_methods_item = payment_methods_item_data.to_dict()
            payment_methods.append(payment_methods_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created": created,
                "isActive": is_active,
                "paymentMethods": payment_methods,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = _uuid(d.pop("id"))

        def _parse_created(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        created = _parse_created(d.pop("created"))

        is_active = d.pop("isActive")

        payment_methods = []
        _payment_methods = d.pop("paymentMethods")
        for payment_methods_item_data in _payment_methods:
            payment_methods_item = ServicePaymentMethod.from_dict(
                payment_methods_item_data
            )

            payment_methods.append(payment_methods_item)

        service = cls(
            id=id,
            created=created,
            is_active=is_active,
            payment_methods=payment_methods,
        )

        service.additional_properties = d
        return service

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


# This project's change to the template: the models this one refers to are imported here,
# once, not by an import statement inside to_dict/from_dict run on every call (profiled:
# 12 µs a transaction, half of parsing a link with 20). At the bottom, not the top: a model
# may refer back to this one, and by now this one's class exists.
from ..models.service_payment_method import ServicePaymentMethod
