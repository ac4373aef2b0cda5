from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
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
        is_active (bool | ProfileActivity): 1 or 0 on the vendor's page; true or false in routegroup's fixtures
            (DEVIATIONS 58).
        merchant_mid (None | str | Unset):
        merchant_customer_id (int | None | str | Unset): The shop's customer id; a number in routegroup's fixtures
            (DEVIATIONS 52).
        first_name (None | str | Unset):
        last_name (None | str | Unset):
        email (None | str | Unset):
        masked_number (None | str | Unset):
        month (int | None | str | Unset): Card expiry month, "12" on the vendor's page, 12 in routegroup's (DEVIATIONS
            52).
        year (int | None | str | Unset): Card expiry year, "2029" on the vendor's page, 2029 in routegroup's.
        organization (None | str | Unset): Card scheme, e.g. MASTERCARD.
        first_transaction_id (None | str | Unset):
    """

    id: UUID
    profile: ProfileType
    is_active: bool | ProfileActivity
    merchant_mid: None | str | Unset = UNSET
    merchant_customer_id: int | None | str | Unset = UNSET
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    masked_number: None | str | Unset = UNSET
    month: int | None | str | Unset = UNSET
    year: int | None | str | Unset = UNSET
    organization: None | str | Unset = UNSET
    first_transaction_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        profile = self.profile.value

        is_active: bool | int
        if isinstance(self.is_active, ProfileActivity):
            is_active = self.is_active.value
        else:
            is_active = self.is_active

        merchant_mid: None | str | Unset
        if isinstance(self.merchant_mid, Unset):
            merchant_mid = UNSET
        else:
            merchant_mid = self.merchant_mid

        merchant_customer_id: int | None | str | Unset
        if isinstance(self.merchant_customer_id, Unset):
            merchant_customer_id = UNSET
        else:
            merchant_customer_id = self.merchant_customer_id

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        masked_number: None | str | Unset
        if isinstance(self.masked_number, Unset):
            masked_number = UNSET
        else:
            masked_number = self.masked_number

        month: int | None | str | Unset
        if isinstance(self.month, Unset):
            month = UNSET
        else:
            month = self.month

        year: int | None | str | Unset
        if isinstance(self.year, Unset):
            year = UNSET
        else:
            year = self.year

        organization: None | str | Unset
        if isinstance(self.organization, Unset):
            organization = UNSET
        else:
            organization = self.organization

        first_transaction_id: None | str | Unset
        if isinstance(self.first_transaction_id, Unset):
            first_transaction_id = UNSET
        else:
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
                    "merchantMid",
                    "merchantCustomerId",
                    "firstName",
                    "lastName",
                    "email",
                    "maskedNumber",
                    "month",
                    "year",
                    "organization",
                    "firstTransactionId",
                )
                if key in d and d[key] is None
            )
            if None in d.values()
            else ()
        )
        id = _uuid(d.pop("id"))

        profile = ProfileType.from_value(d.pop("profile"))

        def _parse_is_active(data: object) -> bool | ProfileActivity:
            try:
                if not isinstance(data, int):
                    raise TypeError()
                is_active_type_0 = ProfileActivity.from_value(data)

                return is_active_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | ProfileActivity, data)

        is_active = _parse_is_active(d.pop("isActive"))

        def _parse_merchant_mid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        merchant_mid = _parse_merchant_mid(d.pop("merchantMid", UNSET))

        def _parse_merchant_customer_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        merchant_customer_id = _parse_merchant_customer_id(
            d.pop("merchantCustomerId", UNSET)
        )

        def _parse_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_name = _parse_first_name(d.pop("firstName", UNSET))

        def _parse_last_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_name = _parse_last_name(d.pop("lastName", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_masked_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        masked_number = _parse_masked_number(d.pop("maskedNumber", UNSET))

        def _parse_month(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        month = _parse_month(d.pop("month", UNSET))

        def _parse_year(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        year = _parse_year(d.pop("year", UNSET))

        def _parse_organization(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organization = _parse_organization(d.pop("organization", UNSET))

        def _parse_first_transaction_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_transaction_id = _parse_first_transaction_id(
            d.pop("firstTransactionId", UNSET)
        )

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
        if nulls:
            payment_profile._nulls = nulls
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
