from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.blik_profile import BlikProfile


T = TypeVar("T", bound="DeactivateBlikProfileResponse")


@_attrs_define
class DeactivateBlikProfileResponse:
    """Not known; every field is optional.

    Attributes:
        blik_profile (BlikProfile | Unset): A customer's BLIK OneClick profile: its remembered aliases (one per banking
            app). Known only from imoje's plugin, which reads `id`, `isActive`, `label` and `aliasList[].label`.
    """

    blik_profile: BlikProfile | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        blik_profile: dict[str, Any] | Unset = UNSET
        if not isinstance(self.blik_profile, Unset):
            blik_profile = self.blik_profile.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if blik_profile is not UNSET:
            field_dict["blikProfile"] = blik_profile
        for key in self._nulls:
            field_dict.setdefault(key, None)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        nulls = (
            tuple(key for key in ("blikProfile",) if key in d and d[key] is None)
            if None in d.values()
            else ()
        )
        _blik_profile = d.pop("blikProfile", UNSET)
        blik_profile: BlikProfile | Unset
        if isinstance(_blik_profile, Unset):
            blik_profile = UNSET
        else:
            blik_profile = BlikProfile.from_dict(_blik_profile)

        deactivate_blik_profile_response = cls(
            blik_profile=blik_profile,
        )

        deactivate_blik_profile_response.additional_properties = d
        if nulls:
            deactivate_blik_profile_response._nulls = nulls
        return deactivate_blik_profile_response

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
