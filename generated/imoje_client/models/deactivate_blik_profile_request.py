from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DeactivateBlikProfileRequest")


@_attrs_define
class DeactivateBlikProfileRequest:
    """
    Attributes:
        blik_profile_id (str): A BLIK OneClick profile's identifier (its format is not documented).
        blik_key (str): The alias to remove (`aliasList[].key`).
    """

    blik_profile_id: str
    blik_key: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        blik_profile_id = self.blik_profile_id

        blik_key = self.blik_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "blikProfileId": blik_profile_id,
                "blikKey": blik_key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        blik_profile_id = d.pop("blikProfileId")

        blik_key = d.pop("blikKey")

        deactivate_blik_profile_request = cls(
            blik_profile_id=blik_profile_id,
            blik_key=blik_key,
        )

        deactivate_blik_profile_request.additional_properties = d
        return deactivate_blik_profile_request

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
