from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from .._ids import uuid as _uuid
from ..models.currency import Currency
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice import Invoice
    from ..models.transaction_data import TransactionData


T = TypeVar("T", bound="ChargeProfileRequest")


@_attrs_define
class ChargeProfileRequest:
    """
    Attributes:
        service_id (UUID): Identifier as UUID v4, lowercase.
        payment_profile_id (UUID): Identifier as UUID v4, lowercase.
        amount (int): Amount in the smallest currency unit, e.g. grosze. Positive (imoje's own plugin validates `amount
            > 0`).
        currency (Currency): Currency in ISO 4217.
        order_id (str): Order ID.
        title (str | Unset): Transaction title.
        notification_url (str | Unset): Dynamic notification address for a single transaction. imoje rejects addresses
            containing localhost and ports.
        invoice (Invoice | Unset): Invoice data, required with the ING Księgowość service and with Split payment; not
            allowed when the shop charges a service fee. Its fields are not documented in what was seen, so the object is
            open.
        data (TransactionData | Unset): Extra transaction data, known in part (`multipayout`).
    """

    service_id: UUID
    payment_profile_id: UUID
    amount: int
    currency: Currency
    order_id: str
    title: str | Unset = UNSET
    notification_url: str | Unset = UNSET
    invoice: Invoice | Unset = UNSET
    data: TransactionData | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        service_id = str(self.service_id)

        payment_profile_id = str(self.payment_profile_id)

        amount = self.amount

        currency = self.currency.value

        order_id = self.order_id

        title = self.title

        notification_url = self.notification_url

        invoice: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice, Unset):
            invoice = self.invoice.to_dict()

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "serviceId": service_id,
                "paymentProfileId": payment_profile_id,
                "amount": amount,
                "currency": currency,
                "orderId": order_id,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if notification_url is not UNSET:
            field_dict["notificationUrl"] = notification_url
        if invoice is not UNSET:
            field_dict["invoice"] = invoice
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        service_id = _uuid(d.pop("serviceId"))

        payment_profile_id = _uuid(d.pop("paymentProfileId"))

        amount = d.pop("amount")

        currency = Currency.from_value(d.pop("currency"))

        order_id = d.pop("orderId")

        title = d.pop("title", UNSET)

        notification_url = d.pop("notificationUrl", UNSET)

        _invoice = d.pop("invoice", UNSET)
        invoice: Invoice | Unset
        if isinstance(_invoice, Unset):
            invoice = UNSET
        else:
            invoice = Invoice.from_dict(_invoice)

        _data = d.pop("data", UNSET)
        data: TransactionData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = TransactionData.from_dict(_data)

        charge_profile_request = cls(
            service_id=service_id,
            payment_profile_id=payment_profile_id,
            amount=amount,
            currency=currency,
            order_id=order_id,
            title=title,
            notification_url=notification_url,
            invoice=invoice,
            data=data,
        )

        return charge_profile_request


# This project's change to the template: the models this one refers to are imported here,
# once, not by an import statement inside to_dict/from_dict run on every call (profiled:
# 12 µs a transaction, half of parsing a link with 20). At the bottom, not the top: a model
# may refer back to this one, and by now this one's class exists.
from ..models.invoice import Invoice
from ..models.transaction_data import TransactionData
