from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CanRefundRequest")


@_attrs_define
class CanRefundRequest:
    """
    Attributes:
        amount (int): Amount in the smallest currency unit, e.g. grosze. Positive (imoje's own plugin validates `amount
            > 0`).
    """

    amount: int

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "amount": amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        amount = d.pop("amount")

        can_refund_request = cls(
            amount=amount,
        )

        return can_refund_request
