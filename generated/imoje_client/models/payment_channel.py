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


T = TypeVar("T", bound="PaymentChannel")


@_attrs_define
class PaymentChannel:
    """A channel of a payment method. Known up to `paymentMethodCode`.

    Attributes:
        payment_method (PaymentMethod): Payment method.
        payment_method_code (PaymentMethodCode): Payment channel.
        label (str | Unset):
        priority (int | Unset): Display order (routegroup's get-payment-methods fixture).
        is_online (bool | Unset):
        image (list[Image] | Unset):
    """

    payment_method: PaymentMethod
    payment_method_code: PaymentMethodCode
    label: str | Unset = UNSET
    priority: int | Unset = UNSET
    is_online: bool | Unset = UNSET
    image: list[Image] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        payment_method = self.payment_method.value

        payment_method_code = self.payment_method_code.value

        label = self.label

        priority = self.priority

        is_online = self.is_online

        image: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.image, Unset):
            image = []
            for image_item_data in self.image:
                image_item = image_item_data.to_dict()
                image.append(image_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "paymentMethod": payment_method,
                "paymentMethodCode": payment_method_code,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label
        if priority is not UNSET:
            field_dict["priority"] = priority
        if is_online is not UNSET:
            field_dict["isOnline"] = is_online
        if image is not UNSET:
            field_dict["image"] = image
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
                    "priority",
                    "isOnline",
                    "image",
                )
                if key in d and d[key] is None
            )
            if None in d.values()
            else ()
        )
        payment_method = PaymentMethod.from_value(d.pop("paymentMethod"))

        payment_method_code = PaymentMethodCode.from_value(d.pop("paymentMethodCode"))

        label = d.pop("label", UNSET)

        priority = d.pop("priority", UNSET)

        is_online = d.pop("isOnline", UNSET)

        _image = d.pop("image", UNSET)
        image: list[Image] | Unset = UNSET
        if _image is not UNSET:
            image = []
            for image_item_data in _image:
                image_item = Image.from_dict(image_item_data)

                image.append(image_item)

        payment_channel = cls(
            payment_method=payment_method,
            payment_method_code=payment_method_code,
            label=label,
            priority=priority,
            is_online=is_online,
            image=image,
        )

        payment_channel.additional_properties = d
        if nulls:
            payment_channel._nulls = nulls
        return payment_channel

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
