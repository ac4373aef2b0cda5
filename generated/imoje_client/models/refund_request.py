from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from .._ids import uuid as _uuid
from ..models.refund_request_type import RefundRequestType
from ..types import UNSET, Unset

T = TypeVar("T", bound="RefundRequest")


@_attrs_define
class RefundRequest:
    """
    Attributes:
        type_ (RefundRequestType): Always `refund`.
        service_id (UUID): Identifier as UUID v4, lowercase.
        amount (int): Amount in the smallest currency unit, e.g. grosze. Positive (imoje's own plugin validates `amount
            > 0`).
        title (str | Unset): Transaction title.
        send_refund_confirmation_email (bool | Unset): E-mail the payer once the refund is settled, to the address given
            with the order.
    """

    type_: RefundRequestType
    service_id: UUID
    amount: int
    title: str | Unset = UNSET
    send_refund_confirmation_email: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        service_id = str(self.service_id)

        amount = self.amount

        title = self.title

        send_refund_confirmation_email = self.send_refund_confirmation_email

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "serviceId": service_id,
                "amount": amount,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if send_refund_confirmation_email is not UNSET:
            field_dict["sendRefundConfirmationEmail"] = send_refund_confirmation_email

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = RefundRequestType.from_value(d.pop("type"))

        service_id = _uuid(d.pop("serviceId"))

        amount = d.pop("amount")

        title = d.pop("title", UNSET)

        send_refund_confirmation_email = d.pop("sendRefundConfirmationEmail", UNSET)

        refund_request = cls(
            type_=type_,
            service_id=service_id,
            amount=amount,
            title=title,
            send_refund_confirmation_email=send_refund_confirmation_email,
        )

        return refund_request
