from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from .._ids import uuid as _uuid

T = TypeVar("T", bound="DeactivateProfileRequest")


@_attrs_define
class DeactivateProfileRequest:
    """
    Attributes:
        payment_profile_id (UUID): Identifier as UUID v4, lowercase.
    """

    payment_profile_id: UUID

    def to_dict(self) -> dict[str, Any]:
        payment_profile_id = str(self.payment_profile_id)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "paymentProfileId": payment_profile_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        payment_profile_id = _uuid(d.pop("paymentProfileId"))

        deactivate_profile_request = cls(
            payment_profile_id=payment_profile_id,
        )

        return deactivate_profile_request
