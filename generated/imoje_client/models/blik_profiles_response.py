from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.blik_profile import BlikProfile


T = TypeVar("T", bound="BlikProfilesResponse")


@_attrs_define
class BlikProfilesResponse:
    """
    Attributes:
        blik_profiles (list[BlikProfile]):
    """

    blik_profiles: list[BlikProfile]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        blik_profiles = []
        for blik_profiles_item_data in self.blik_profiles:
            blik_profiles_item = blik_profiles_item_data.to_dict()
            blik_profiles.append(blik_profiles_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "blikProfiles": blik_profiles,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        blik_profiles = []
        _blik_profiles = d.pop("blikProfiles")
        for blik_profiles_item_data in _blik_profiles:
            blik_profiles_item = BlikProfile.from_dict(blik_profiles_item_data)

            blik_profiles.append(blik_profiles_item)

        blik_profiles_response = cls(
            blik_profiles=blik_profiles,
        )

        blik_profiles_response.additional_properties = d
        return blik_profiles_response

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
from ..models.blik_profile import BlikProfile
