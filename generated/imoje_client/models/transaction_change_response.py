from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.changed_transaction import ChangedTransaction


T = TypeVar("T", bound="TransactionChangeResponse")


@_attrs_define
class TransactionChangeResponse:
    """The answer to a capture or a void: not documented by the vendor, so every field is optional, and an empty body or a
    204 reads as this object, empty (DEVIATIONS 51). The sandbox answers the transaction.

        Attributes:
            transaction (ChangedTransaction | Unset): A transaction as an undocumented answer (capture, void) may show it:
                the fields of `Transaction`, none promised.
    """

    transaction: ChangedTransaction | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        transaction: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transaction, Unset):
            transaction = self.transaction.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if transaction is not UNSET:
            field_dict["transaction"] = transaction
        for key in self._nulls:
            field_dict.setdefault(key, None)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        nulls = (
            tuple(key for key in ("transaction",) if key in d and d[key] is None)
            if None in d.values()
            else ()
        )
        _transaction = d.pop("transaction", UNSET)
        transaction: ChangedTransaction | Unset
        if isinstance(_transaction, Unset):
            transaction = UNSET
        else:
            transaction = ChangedTransaction.from_dict(_transaction)

        transaction_change_response = cls(
            transaction=transaction,
        )

        transaction_change_response.additional_properties = d
        if nulls:
            transaction_change_response._nulls = nulls
        return transaction_change_response

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
from ..models.changed_transaction import ChangedTransaction
