from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Fee")


@_attrs_define
class Fee:
    """A transaction's fees in the smallest currency unit, as routegroup's client reads them (DEVIATIONS 57).

    Attributes:
        merchant (int | Unset): Amount in the smallest currency unit, e.g. grosze.
        surcharge (int | Unset): Amount in the smallest currency unit, e.g. grosze.
    """

    merchant: int | Unset = UNSET
    surcharge: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        merchant = self.merchant

        surcharge = self.surcharge

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if merchant is not UNSET:
            field_dict["merchant"] = merchant
        if surcharge is not UNSET:
            field_dict["surcharge"] = surcharge
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
                    "merchant",
                    "surcharge",
                )
                if key in d and d[key] is None
            )
            if None in d.values()
            else ()
        )
        merchant = d.pop("merchant", UNSET)

        surcharge = d.pop("surcharge", UNSET)

        fee = cls(
            merchant=merchant,
            surcharge=surcharge,
        )

        fee.additional_properties = d
        if nulls:
            fee._nulls = nulls
        return fee

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
