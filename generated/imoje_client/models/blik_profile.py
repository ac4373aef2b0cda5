from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.blik_alias import BlikAlias


T = TypeVar("T", bound="BlikProfile")


@_attrs_define
class BlikProfile:
    """A customer's BLIK OneClick profile: its remembered aliases (one per banking app). Known only from imoje's plugin,
    which reads `id`, `isActive`, `label` and `aliasList[].label`.

        Attributes:
            id (str): A BLIK OneClick profile's identifier (its format is not documented).
            is_active (bool):
            label (str | Unset):
            alias_list (list[BlikAlias] | Unset):
    """

    id: str
    is_active: bool
    label: str | Unset = UNSET
    alias_list: list[BlikAlias] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        is_active = self.is_active

        label = self.label

        alias_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.alias_list, Unset):
            alias_list = []
            for alias_list_item_data in self.alias_list:
                alias_list_item = alias_list_item_data.to_dict()
                alias_list.append(alias_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "isActive": is_active,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label
        if alias_list is not UNSET:
            field_dict["aliasList"] = alias_list
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
                    "label",
                    "aliasList",
                )
                if key in d and d[key] is None
            )
            if None in d.values()
            else ()
        )
        id = d.pop("id")

        is_active = d.pop("isActive")

        label = d.pop("label", UNSET)

        _alias_list = d.pop("aliasList", UNSET)
        alias_list: list[BlikAlias] | Unset = UNSET
        if _alias_list is not UNSET:
            alias_list = []
            for alias_list_item_data in _alias_list:
                alias_list_item = BlikAlias.from_dict(alias_list_item_data)

                alias_list.append(alias_list_item)

        blik_profile = cls(
            id=id,
            is_active=is_active,
            label=label,
            alias_list=alias_list,
        )

        blik_profile.additional_properties = d
        if nulls:
            blik_profile._nulls = nulls
        return blik_profile

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
from ..models.blik_alias import BlikAlias
