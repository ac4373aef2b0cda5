from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiErrorItem")


@_attrs_define
class ApiErrorItem:
    """One thing wrong with a request. Community clients model it as property plus message; the vendor's pages show only an
    empty list.

        Attributes:
            property_ (str | Unset): The field, as a dotted path (`customer.firstName`).
            message (str | Unset):
            rule (str | Unset): The rule the field breaks (a JSON Schema keyword: pattern, maxLength, enum...). Sent by this
                project's sandbox emulator; not seen in imoje's own answers.
    """

    property_: str | Unset = UNSET
    message: str | Unset = UNSET
    rule: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        property_ = self.property_

        message = self.message

        rule = self.rule

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if property_ is not UNSET:
            field_dict["property"] = property_
        if message is not UNSET:
            field_dict["message"] = message
        if rule is not UNSET:
            field_dict["rule"] = rule
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
                    "property",
                    "message",
                    "rule",
                )
                if key in d and d[key] is None
            )
            if None in d.values()
            else ()
        )
        property_ = d.pop("property", UNSET)

        message = d.pop("message", UNSET)

        rule = d.pop("rule", UNSET)

        api_error_item = cls(
            property_=property_,
            message=message,
            rule=rule,
        )

        api_error_item.additional_properties = d
        if nulls:
            api_error_item._nulls = nulls
        return api_error_item

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
