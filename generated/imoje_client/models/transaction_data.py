from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.multipayout import Multipayout


T = TypeVar("T", bound="TransactionData")


@_attrs_define
class TransactionData:
    """Extra transaction data, known in part (`multipayout`).

    Attributes:
        multipayout (list[Multipayout] | Unset):
    """

    multipayout: list[Multipayout] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        multipayout: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.multipayout, Unset):
            multipayout = []
            for multipayout_item_data in self.multipayout:
                multipayout_item = multipayout_item_data.to_dict()
                multipayout.append(multipayout_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if multipayout is not UNSET:
            field_dict["multipayout"] = multipayout
        for key in self._nulls:
            field_dict.setdefault(key, None)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        nulls = (
            tuple(key for key in ("multipayout",) if key in d and d[key] is None)
            if None in d.values()
            else ()
        )
        _multipayout = d.pop("multipayout", UNSET)
        multipayout: list[Multipayout] | Unset = UNSET
        if _multipayout is not UNSET:
            multipayout = []
            for multipayout_item_data in _multipayout:
                multipayout_item = Multipayout.from_dict(multipayout_item_data)

                multipayout.append(multipayout_item)

        transaction_data = cls(
            multipayout=multipayout,
        )

        transaction_data.additional_properties = d
        if nulls:
            transaction_data._nulls = nulls
        return transaction_data

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
from ..models.multipayout import Multipayout
