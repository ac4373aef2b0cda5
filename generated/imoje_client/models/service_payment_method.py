from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_method import PaymentMethod
from ..models.payment_method_code import PaymentMethodCode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image import Image
    from ..models.transaction_limits import TransactionLimits


T = TypeVar("T", bound="ServicePaymentMethod")


@_attrs_define
class ServicePaymentMethod:
    """A payment channel of a shop: usable now when both `isActive` (in the shop) and `isOnline` (imoje-wide) are true.

    Attributes:
        payment_method (PaymentMethod): Payment method.
        payment_method_code (PaymentMethodCode): Payment channel.
        is_active (bool):
        is_online (bool):
        description (str | Unset):
        currency (str | Unset):
        transaction_limits (TransactionLimits | Unset): The smallest and largest amount a channel takes.
        payment_method_image (list[Image] | Unset):
        payment_method_code_image (list[Image] | Unset):
    """

    payment_method: PaymentMethod
    payment_method_code: PaymentMethodCode
    is_active: bool
    is_online: bool
    description: str | Unset = UNSET
    currency: str | Unset = UNSET
    transaction_limits: TransactionLimits | Unset = UNSET
    payment_method_image: list[Image] | Unset = UNSET
    payment_method_code_image: list[Image] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        payment_method = self.payment_method.value

        payment_method_code = self.payment_method_code.value

        is_active = self.is_active

        is_online = self.is_online

        description = self.description

        currency = self.currency

        transaction_limits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transaction_limits, Unset):
            transaction_limits = self.transaction_limits.to_dict()

        payment_method_image: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payment_method_image, Unset):
            payment_method_image = []
            for payment_method_image_item_data in self.payment_method_image:
                payment_method_image_item = payment_method_image_item_data.to_dict()
                payment_method_image.append(payment_method_image_item)

        payment_method_code_image: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payment_method_code_image, Unset):
            payment_method_code_image = []
            for payment_method_code_image_item_data in self.payment_method_code_image:
                payment_method_code_image_item = (
                    payment_method_code_image_item_data.to_dict()
                )
                payment_method_code_image.append(payment_method_code_image_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "paymentMethod": payment_method,
                "paymentMethodCode": payment_method_code,
                "isActive": is_active,
                "isOnline": is_online,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if currency is not UNSET:
            field_dict["currency"] = currency
        if transaction_limits is not UNSET:
            field_dict["transactionLimits"] = transaction_limits
        if payment_method_image is not UNSET:
            field_dict["paymentMethodImage"] = payment_method_image
        if payment_method_code_image is not UNSET:
            field_dict["paymentMethodCodeImage"] = payment_method_code_image
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
                    "description",
                    "currency",
                    "transactionLimits",
                    "paymentMethodImage",
                    "paymentMethodCodeImage",
                )
                if key in d and d[key] is None
            )
            if None in d.values()
            else ()
        )
        payment_method = PaymentMethod.from_value(d.pop("paymentMethod"))

        payment_method_code = PaymentMethodCode.from_value(d.pop("paymentMethodCode"))

        is_active = d.pop("isActive")

        is_online = d.pop("isOnline")

        description = d.pop("description", UNSET)

        currency = d.pop("currency", UNSET)

        _transaction_limits = d.pop("transactionLimits", UNSET)
        transaction_limits: TransactionLimits | Unset
        if isinstance(_transaction_limits, Unset):
            transaction_limits = UNSET
        else:
            transaction_limits = TransactionLimits.from_dict(_transaction_limits)

        _payment_method_image = d.pop("paymentMethodImage", UNSET)
        payment_method_image: list[Image] | Unset = UNSET
        if _payment_method_image is not UNSET:
            payment_method_image = []
            for payment_method_image_item_data in _payment_method_image:
                payment_method_image_item = Image.from_dict(
                    payment_method_image_item_data
                )

                payment_method_image.append(payment_method_image_item)

        _payment_method_code_image = d.pop("paymentMethodCodeImage", UNSET)
        payment_method_code_image: list[Image] | Unset = UNSET
        if _payment_method_code_image is not UNSET:
            payment_method_code_image = []
            for payment_method_code_image_item_data in _payment_method_code_image:
                payment_method_code_image_item = Image.from_dict(
                    payment_method_code_image_item_data
                )

                payment_method_code_image.append(payment_method_code_image_item)

        service_payment_method = cls(
            payment_method=payment_method,
            payment_method_code=payment_method_code,
            is_active=is_active,
            is_online=is_online,
            description=description,
            currency=currency,
            transaction_limits=transaction_limits,
            payment_method_image=payment_method_image,
            payment_method_code_image=payment_method_code_image,
        )

        service_payment_method.additional_properties = d
        if nulls:
            service_payment_method._nulls = nulls
        return service_payment_method

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
from ..models.image import Image
from ..models.transaction_limits import TransactionLimits
