from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from .._ids import uuid as _uuid

T = TypeVar("T", bound="CancelPaymentRequest")


@_attrs_define
class CancelPaymentRequest:
    """
    Attributes:
        service_id (UUID): Identifier as UUID v4, lowercase.
        payment_id (UUID): Identifier as UUID v4, lowercase.
    """

    service_id: UUID
    payment_id: UUID

    def to_dict(self) -> dict[str, Any]:
        service_id = str(self.service_id)

        payment_id = str(self.payment_id)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "serviceId": service_id,
                "paymentId": payment_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        service_id = _uuid(d.pop("serviceId"))

        payment_id = _uuid(d.pop("paymentId"))

        cancel_payment_request = cls(
            service_id=service_id,
            payment_id=payment_id,
        )

        return cancel_payment_request
