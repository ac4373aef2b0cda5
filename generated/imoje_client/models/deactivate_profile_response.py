from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_profile import PaymentProfile


T = TypeVar("T", bound="DeactivateProfileResponse")


@_attrs_define
class DeactivateProfileResponse:
    """Not captured from the vendor; every field is optional.

    Attributes:
        payment_profile (PaymentProfile | Unset): A OneClick or recurring card profile; only `id`, `profile` and
            `isActive` are always present.
    """

    payment_profile: PaymentProfile | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        payment_profile: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_profile, Unset):
            payment_profile = self.payment_profile.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payment_profile is not UNSET:
            field_dict["paymentProfile"] = payment_profile
        for key in self._nulls:
            field_dict.setdefault(key, None)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        nulls = (
            tuple(key for key in ("paymentProfile",) if key in d and d[key] is None)
            if None in d.values()
            else ()
        )
        _payment_profile = d.pop("paymentProfile", UNSET)
        payment_profile: PaymentProfile | Unset
        if isinstance(_payment_profile, Unset):
            payment_profile = UNSET
        else:
            payment_profile = PaymentProfile.from_dict(_payment_profile)

        deactivate_profile_response = cls(
            payment_profile=payment_profile,
        )

        deactivate_profile_response.additional_properties = d
        if nulls:
            deactivate_profile_response._nulls = nulls
        return deactivate_profile_response

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
from ..models.payment_profile import PaymentProfile
