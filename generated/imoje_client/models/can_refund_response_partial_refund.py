from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CanRefundResponsePartialRefund")


@_attrs_define
class CanRefundResponsePartialRefund:
    """
    Attributes:
        max_refund_amount (int | Unset): Amount in the smallest currency unit, e.g. grosze.
        min_refund_amount (int | Unset): Amount in the smallest currency unit, e.g. grosze.
    """

    max_refund_amount: int | Unset = UNSET
    min_refund_amount: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        max_refund_amount = self.max_refund_amount

        min_refund_amount = self.min_refund_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if max_refund_amount is not UNSET:
            field_dict["maxRefundAmount"] = max_refund_amount
        if min_refund_amount is not UNSET:
            field_dict["minRefundAmount"] = min_refund_amount
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
                    "maxRefundAmount",
                    "minRefundAmount",
                )
                if key in d and d[key] is None
            )
            if None in d.values()
            else ()
        )
        max_refund_amount = d.pop("maxRefundAmount", UNSET)

        min_refund_amount = d.pop("minRefundAmount", UNSET)

        can_refund_response_partial_refund = cls(
            max_refund_amount=max_refund_amount,
            min_refund_amount=min_refund_amount,
        )

        can_refund_response_partial_refund.additional_properties = d
        if nulls:
            can_refund_response_partial_refund._nulls = nulls
        return can_refund_response_partial_refund

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
