from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transaction_limit import TransactionLimit


T = TypeVar("T", bound="TransactionLimits")


@_attrs_define
class TransactionLimits:
    """The smallest and largest amount a channel takes.

    Attributes:
        min_transaction (TransactionLimit | Unset):
        max_transaction (TransactionLimit | Unset):
    """

    min_transaction: TransactionLimit | Unset = UNSET
    max_transaction: TransactionLimit | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        min_transaction: dict[str, Any] | Unset = UNSET
        if not isinstance(self.min_transaction, Unset):
            min_transaction = self.min_transaction.to_dict()

        max_transaction: dict[str, Any] | Unset = UNSET
        if not isinstance(self.max_transaction, Unset):
            max_transaction = self.max_transaction.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if min_transaction is not UNSET:
            field_dict["minTransaction"] = min_transaction
        if max_transaction is not UNSET:
            field_dict["maxTransaction"] = max_transaction
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
                    "minTransaction",
                    "maxTransaction",
                )
                if key in d and d[key] is None
            )
            if None in d.values()
            else ()
        )
        _min_transaction = d.pop("minTransaction", UNSET)
        min_transaction: TransactionLimit | Unset
        if isinstance(_min_transaction, Unset):
            min_transaction = UNSET
        else:
            min_transaction = TransactionLimit.from_dict(_min_transaction)

        _max_transaction = d.pop("maxTransaction", UNSET)
        max_transaction: TransactionLimit | Unset
        if isinstance(_max_transaction, Unset):
            max_transaction = UNSET
        else:
            max_transaction = TransactionLimit.from_dict(_max_transaction)

        transaction_limits = cls(
            min_transaction=min_transaction,
            max_transaction=max_transaction,
        )

        transaction_limits.additional_properties = d
        if nulls:
            transaction_limits._nulls = nulls
        return transaction_limits

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
from ..models.transaction_limit import TransactionLimit
