from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._ids import uuid as _uuid
from ..models.profile_activity import ProfileActivity
from ..models.profile_type import ProfileType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentProfile")


@_attrs_define
class PaymentProfile:
    """A OneClick or recurring card profile; only `id`, `profile` and `isActive` are always present.

    Attributes:
        id (UUID): Identifier as UUID v4, lowercase.
        profile (ProfileType): Kind of card profile.
        is_active (ProfileActivity): Whether the card profile can be charged (1) or not (0).
        merchant_mid (str | Unset):
        merchant_customer_id (str | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
        email (str | Unset):
        masked_number (str | Unset):
        month (str | Unset): Card expiry month, e.g. "12".
        year (str | Unset): Card expiry year, e.g. "2029".
        organization (str | Unset): Card scheme, e.g. MASTERCARD.
        first_transaction_id (str | Unset):
    """

    id: UUID
    profile: ProfileType
    is_active: ProfileActivity
    merchant_mid: str | Unset = UNSET
    merchant_customer_id: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    email: str | Unset = UNSET
    masked_number: str | Unset = UNSET
    month: str | Unset = UNSET
    year: str | Unset = UNSET
    organization: str | Unset = UNSET
    first_transaction_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        profile = self.profile.value

        is_active = self.is_active.value

        merchant_mid = self.merchant_mid

        merchant_customer_id = self.merchant_customer_id

        first_name = self.first_name

        last_name = self.last_name

        email = self.email

        masked_number = self.masked_number

        month = self.month

        year = self.year

        organization = self.organization

        first_transaction_id = self.first_transaction_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "profile": profile,
                "isActive": is_active,
            }
        )
        if merchant_mid is not UNSET:
            field_dict["merchantMid"] = merchant_mid
        if merchant_customer_id is not UNSET:
            field_dict["merchantCustomerId"] = merchant_customer_id
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if email is not UNSET:
            field_dict["email"] = email
        if masked_number is not UNSET:
            field_dict["maskedNumber"] = masked_number
        if month is not UNSET:
            field_dict["month"] = month
        if year is not UNSET:
            field_dict["year"] = year
        if organization is not UNSET:
            field_dict["organization"] = organization
        if first_transaction_id is not UNSET:
            field_dict["firstTransactionId"] = first_transaction_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = _uuid(d.pop("id"))

        profile = ProfileType.from_value(d.pop("profile"))

        is_active = ProfileActivity.from_value(d.pop("isActive"))

        merchant_mid = d.pop("merchantMid", UNSET)

        merchant_customer_id = d.pop("merchantCustomerId", UNSET)

        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        email = d.pop("email", UNSET)

        masked_number = d.pop("maskedNumber", UNSET)

        month = d.pop("month", UNSET)

        year = d.pop("year", UNSET)

        organization = d.pop("organization", UNSET)

        first_transaction_id = d.pop("firstTransactionId", UNSET)

        payment_profile = cls(
            id=id,
            profile=profile,
            is_active=is_active,
            merchant_mid=merchant_mid,
            merchant_customer_id=merchant_customer_id,
            first_name=first_name,
            last_name=last_name,
            email=email,
            masked_number=masked_number,
            month=month,
            year=year,
            organization=organization,
            first_transaction_id=first_transaction_id,
        )

        payment_profile.additional_properties = d
        return payment_profile

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
