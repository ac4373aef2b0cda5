from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.notification_acknowledgement_status import (
    NotificationAcknowledgementStatus,
)

T = TypeVar("T", bound="NotificationAcknowledgement")


@_attrs_define
class NotificationAcknowledgement:
    """The answer imoje expects to a notification.

    Attributes:
        status (NotificationAcknowledgementStatus):
    """

    status: NotificationAcknowledgementStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = NotificationAcknowledgementStatus.from_value(d.pop("status"))

        notification_acknowledgement = cls(
            status=status,
        )

        notification_acknowledgement.additional_properties = d
        return notification_acknowledgement

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
