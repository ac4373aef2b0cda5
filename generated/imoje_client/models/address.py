from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Address")


@_attrs_define
class Address:
    """A billing or shipping address. Known in part (from imoje's plugin), so the object is open and every field optional.

    Attributes:
        first_name (str | Unset): Payer's first or last name.
        last_name (str | Unset): Payer's first or last name.
        company (str | Unset): Payer's company name.
        street (str | Unset):
        city (str | Unset):
        region (str | Unset):
        postal_code (str | Unset):
        country_code_alpha_2 (str | Unset): ISO 3166-1 alpha-2 country code.
    """

    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    company: str | Unset = UNSET
    street: str | Unset = UNSET
    city: str | Unset = UNSET
    region: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    country_code_alpha_2: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        company = self.company

        street = self.street

        city = self.city

        region = self.region

        postal_code = self.postal_code

        country_code_alpha_2 = self.country_code_alpha_2

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if company is not UNSET:
            field_dict["company"] = company
        if street is not UNSET:
            field_dict["street"] = street
        if city is not UNSET:
            field_dict["city"] = city
        if region is not UNSET:
            field_dict["region"] = region
        if postal_code is not UNSET:
            field_dict["postalCode"] = postal_code
        if country_code_alpha_2 is not UNSET:
            field_dict["countryCodeAlpha2"] = country_code_alpha_2
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
                    "firstName",
                    "lastName",
                    "company",
                    "street",
                    "city",
                    "region",
                    "postalCode",
                    "countryCodeAlpha2",
                )
                if key in d and d[key] is None
            )
            if None in d.values()
            else ()
        )
        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        company = d.pop("company", UNSET)

        street = d.pop("street", UNSET)

        city = d.pop("city", UNSET)

        region = d.pop("region", UNSET)

        postal_code = d.pop("postalCode", UNSET)

        country_code_alpha_2 = d.pop("countryCodeAlpha2", UNSET)

        address = cls(
            first_name=first_name,
            last_name=last_name,
            company=company,
            street=street,
            city=city,
            region=region,
            postal_code=postal_code,
            country_code_alpha_2=country_code_alpha_2,
        )

        address.additional_properties = d
        if nulls:
            address._nulls = nulls
        return address

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
