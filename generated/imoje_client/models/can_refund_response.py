from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._ids import uuid as _uuid
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.can_refund_response_partial_refund import (
        CanRefundResponsePartialRefund,
    )


T = TypeVar("T", bound="CanRefundResponse")


@_attrs_define
class CanRefundResponse:
    """Every field is optional on the vendor's page.

    Attributes:
        id (UUID | Unset): Identifier as UUID v4, lowercase.
        refundable (bool | Unset): Whether a refund of the asked amount is possible.
        balance (bool | Unset): Whether the shop's balance covers the refund.
        full_refund (int | Unset): Amount in the smallest currency unit, e.g. grosze.
        partial_refund (CanRefundResponsePartialRefund | Unset):
    """

    id: UUID | Unset = UNSET
    refundable: bool | Unset = UNSET
    balance: bool | Unset = UNSET
    full_refund: int | Unset = UNSET
    partial_refund: CanRefundResponsePartialRefund | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        refundable = self.refundable

        balance = self.balance

        full_refund = self.full_refund

        partial_refund: dict[str, Any] | Unset = UNSET
        if not isinstance(self.partial_refund, Unset):
            partial_refund = self.partial_refund.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if refundable is not UNSET:
            field_dict["refundable"] = refundable
        if balance is not UNSET:
            field_dict["balance"] = balance
        if full_refund is not UNSET:
            field_dict["fullRefund"] = full_refund
        if partial_refund is not UNSET:
            field_dict["partialRefund"] = partial_refund
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
                    "refundable",
                    "balance",
                    "fullRefund",
                    "partialRefund",
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

        refundable = d.pop("refundable", UNSET)

        balance = d.pop("balance", UNSET)

        full_refund = d.pop("fullRefund", UNSET)

        _partial_refund = d.pop("partialRefund", UNSET)
        partial_refund: CanRefundResponsePartialRefund | Unset
        if isinstance(_partial_refund, Unset):
            partial_refund = UNSET
        else:
            partial_refund = CanRefundResponsePartialRefund.from_dict(_partial_refund)

        can_refund_response = cls(
            id=id,
            refundable=refundable,
            balance=balance,
            full_refund=full_refund,
            partial_refund=partial_refund,
        )

        can_refund_response.additional_properties = d
        if nulls:
            can_refund_response._nulls = nulls
        return can_refund_response

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
from ..models.can_refund_response_partial_refund import CanRefundResponsePartialRefund
