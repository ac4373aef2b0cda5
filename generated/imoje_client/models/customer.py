from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.locale import Locale
from ..types import UNSET, Unset

T = TypeVar("T", bound="Customer")


@_attrs_define
class Customer:
    """Payer data as answered in a payment link. `email` may be absent: links are created without it (DEVIATIONS 48).

    Attributes:
        first_name (str): Payer's first or last name.
        last_name (str): Payer's first or last name.
        email (str | Unset): The payer's e-mail address (RFC 5322 and RFC 6531, so internationalised addresses are
            valid: `idn-email`).
        phone (str | Unset): The payer's phone number, or empty when the order has none: imoje's own plugin sends `""`
            then on every link, and a link answers what it was sent (DEVIATIONS 65).
        cid (str | Unset): Payer ID (required for oneclick and recurring payments).
        company (str | Unset): Payer's company name.
        locale (Locale | Unset):
    """

    first_name: str
    last_name: str
    email: str | Unset = UNSET
    phone: str | Unset = UNSET
    cid: str | Unset = UNSET
    company: str | Unset = UNSET
    locale: Locale | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        email = self.email

        phone = self.phone

        cid = self.cid

        company = self.company

        locale: str | Unset = UNSET
        if not isinstance(self.locale, Unset):
            locale = self.locale.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "firstName": first_name,
                "lastName": last_name,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if cid is not UNSET:
            field_dict["cid"] = cid
        if company is not UNSET:
            field_dict["company"] = company
        if locale is not UNSET:
            field_dict["locale"] = locale
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
                    "email",
                    "phone",
                    "cid",
                    "company",
                    "locale",
                )
                if key in d and d[key] is None
            )
            if None in d.values()
            else ()
        )
        first_name = d.pop("firstName")

        last_name = d.pop("lastName")

        email = d.pop("email", UNSET)

        phone = d.pop("phone", UNSET)

        cid = d.pop("cid", UNSET)

        company = d.pop("company", UNSET)

        _locale = d.pop("locale", UNSET)
        locale: Locale | Unset
        if isinstance(_locale, Unset):
            locale = UNSET
        else:
            locale = Locale.from_value(_locale)

        customer = cls(
            first_name=first_name,
            last_name=last_name,
            email=email,
            phone=phone,
            cid=cid,
            company=company,
            locale=locale,
        )

        customer.additional_properties = d
        if nulls:
            customer._nulls = nulls
        return customer

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
