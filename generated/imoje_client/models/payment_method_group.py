from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image import Image
    from ..models.payment_channel import PaymentChannel


T = TypeVar("T", bound="PaymentMethodGroup")


@_attrs_define
class PaymentMethodGroup:
    """A payment method and its channels: get-payment-methods answers a list of them.

    Attributes:
        label (str): Payment method name.
        is_online (bool):
        image (list[Image]):
        channels (list[PaymentChannel]):
        priority (int | Unset): Display order (routegroup's get-payment-methods fixture; DEVIATIONS 57).
    """

    label: str
    is_online: bool
    image: list[Image]
    channels: list[PaymentChannel]
    priority: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        is_online = self.is_online

        image = []
        for image_item_data in self.image:
            image_item = image_item_data.to_dict()
            image.append(image_item)

        channels = []
        for channels_item_data in self.channels:
            channels_item = channels_item_data.to_dict()
            channels.append(channels_item)

        priority = self.priority

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "isOnline": is_online,
                "image": image,
                "channels": channels,
            }
        )
        if priority is not UNSET:
            field_dict["priority"] = priority
        for key in self._nulls:
            field_dict.setdefault(key, None)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        nulls = (
            tuple(key for key in ("priority",) if key in d and d[key] is None)
            if None in d.values()
            else ()
        )
        label = d.pop("label")

        is_online = d.pop("isOnline")

        image = []
        _image = d.pop("image")
        for image_item_data in _image:
            image_item = Image.from_dict(image_item_data)

            image.append(image_item)

        channels = []
        _channels = d.pop("channels")
        for channels_item_data in _channels:
            channels_item = PaymentChannel.from_dict(channels_item_data)

            channels.append(channels_item)

        priority = d.pop("priority", UNSET)

        payment_method_group = cls(
            label=label,
            is_online=is_online,
            image=image,
            channels=channels,
            priority=priority,
        )

        payment_method_group.additional_properties = d
        if nulls:
            payment_method_group._nulls = nulls
        return payment_method_group

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
from ..models.payment_channel import PaymentChannel
