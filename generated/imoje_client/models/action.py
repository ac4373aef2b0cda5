from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action_method import ActionMethod
from ..models.action_type import ActionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Action")


@_attrs_define
class Action:
    """Where the payer goes next (redirect to a bank). Every field may be absent.

    Attributes:
        type_ (ActionType | Unset):
        url (str | Unset):
        method (ActionMethod | Unset):
        content_type (str | Unset):
        content_body_raw (str | Unset): Form fields of a POST action, URL-encoded.
        ban (str | Unset): The bank account to pay to (a wire transfer's `transfer` action).
    """

    type_: ActionType | Unset = UNSET
    url: str | Unset = UNSET
    method: ActionMethod | Unset = UNSET
    content_type: str | Unset = UNSET
    content_body_raw: str | Unset = UNSET
    ban: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        url = self.url

        method: str | Unset = UNSET
        if not isinstance(self.method, Unset):
            method = self.method.value

        content_type = self.content_type

        content_body_raw = self.content_body_raw

        ban = self.ban

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if url is not UNSET:
            field_dict["url"] = url
        if method is not UNSET:
            field_dict["method"] = method
        if content_type is not UNSET:
            field_dict["contentType"] = content_type
        if content_body_raw is not UNSET:
            field_dict["contentBodyRaw"] = content_body_raw
        if ban is not UNSET:
            field_dict["ban"] = ban
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
                    "type",
                    "url",
                    "method",
                    "contentType",
                    "contentBodyRaw",
                    "ban",
                )
                if key in d and d[key] is None
            )
            if None in d.values()
            else ()
        )
        _type_ = d.pop("type", UNSET)
        type_: ActionType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ActionType.from_value(_type_)

        url = d.pop("url", UNSET)

        _method = d.pop("method", UNSET)
        method: ActionMethod | Unset
        if isinstance(_method, Unset):
            method = UNSET
        else:
            method = ActionMethod.from_value(_method)

        content_type = d.pop("contentType", UNSET)

        content_body_raw = d.pop("contentBodyRaw", UNSET)

        ban = d.pop("ban", UNSET)

        action = cls(
            type_=type_,
            url=url,
            method=method,
            content_type=content_type,
            content_body_raw=content_body_raw,
            ban=ban,
        )

        action.additional_properties = d
        if nulls:
            action._nulls = nulls
        return action

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
