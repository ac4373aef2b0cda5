from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.locale import Locale
from ..types import UNSET, Unset

T = TypeVar("T", bound="LinkCustomerInput")


@_attrs_define
class LinkCustomerInput:
    """Payer data sent when creating a payment link; `email` may be left out (DEVIATIONS 48).

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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
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

        link_customer_input = cls(
            first_name=first_name,
            last_name=last_name,
            email=email,
            phone=phone,
            cid=cid,
            company=company,
            locale=locale,
        )

        return link_customer_input
