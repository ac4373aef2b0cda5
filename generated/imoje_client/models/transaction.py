from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._ids import uuid as _uuid
from ..models.currency import Currency
from ..models.payment_method import PaymentMethod
from ..models.payment_method_code import PaymentMethodCode
from ..models.status import Status
from ..models.transaction_source import TransactionSource
from ..models.transaction_type import TransactionType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fee import Fee
    from ..models.payment_profile import PaymentProfile
    from ..models.transaction_payment import TransactionPayment


T = TypeVar("T", bound="Transaction")


@_attrs_define
class Transaction:
    """
    Attributes:
        id (UUID): Identifier as UUID v4, lowercase.
        type_ (TransactionType):
        status (Status): Status of a transaction or payment link.
        source (TransactionSource):
        created (int | None): Unix timestamp in seconds, or null.
        modified (int | None): Unix timestamp in seconds, or null.
        service_id (UUID): Identifier as UUID v4, lowercase.
        amount (int): Amount in the smallest currency unit, e.g. grosze.
        currency (Currency): Currency in ISO 4217.
        order_id (str): Order ID.
        payment_method (PaymentMethod): Payment method.
        payment_method_code (PaymentMethodCode): Payment channel.
        notification_url (None | str | Unset): A transaction's notification address as imoje answers it, or null
            (SoftifyDev's model types it `?string`: DEVIATIONS 66). What is sent stays `NotificationUrl`.
        title (None | str | Unset): A title as imoje answers it: the request pattern, empty when the payment or
            transaction was created without a title, or null (SoftifyDev's model of a payment link types it `?string`:
            DEVIATIONS 66).
        payment (TransactionPayment | Unset): The payment link a transaction belongs to.
        payment_profile (PaymentProfile | Unset): A OneClick or recurring card profile; only `id`, `profile` and
            `isActive` are always present.
        paid_amount (int | Unset): Amount in the smallest currency unit, e.g. grosze.
        fee (Fee | Unset): A transaction's fees in the smallest currency unit, as routegroup's client reads them
            (DEVIATIONS 57).
        status_code (str | Unset): Why a BLIK or card transaction failed: `BLK-ERROR-2100xx` for BLIK, `CODE_xx` for
            cards (as `TransactionDetails`: a charge's answer and a link's transactions carry it too).
        status_code_description (str | Unset):
    """

    id: UUID
    type_: TransactionType
    status: Status
    source: TransactionSource
    created: int | None
    modified: int | None
    service_id: UUID
    amount: int
    currency: Currency
    order_id: str
    payment_method: PaymentMethod
    payment_method_code: PaymentMethodCode
    notification_url: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    payment: TransactionPayment | Unset = UNSET
    payment_profile: PaymentProfile | Unset = UNSET
    paid_amount: int | Unset = UNSET
    fee: Fee | Unset = UNSET
    status_code: str | Unset = UNSET
    status_code_description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        type_ = self.type_.value

        status = self.status.value

        source = self.source.value

        created: int | None
        created = self.created

        modified: int | None
        modified = self.modified

        service_id = str(self.service_id)

        amount = self.amount

        currency = self.currency.value

        order_id = self.order_id

        payment_method = self.payment_method.value

        payment_method_code = self.payment_method_code.value

        notification_url: None | str | Unset
        if isinstance(self.notification_url, Unset):
            notification_url = UNSET
        else:
            notification_url = self.notification_url

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        payment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment, Unset):
            payment = self.payment.to_dict()

        payment_profile: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_profile, Unset):
            payment_profile = self.payment_profile.to_dict()

        paid_amount = self.paid_amount

        fee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fee, Unset):
            fee = self.fee.to_dict()

        status_code = self.status_code

        status_code_description = self.status_code_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "status": status,
                "source": source,
                "created": created,
                "modified": modified,
                "serviceId": service_id,
                "amount": amount,
                "currency": currency,
                "orderId": order_id,
                "paymentMethod": payment_method,
                "paymentMethodCode": payment_method_code,
            }
        )
        if notification_url is not UNSET:
            field_dict["notificationUrl"] = notification_url
        if title is not UNSET:
            field_dict["title"] = title
        if payment is not UNSET:
            field_dict["payment"] = payment
        if payment_profile is not UNSET:
            field_dict["paymentProfile"] = payment_profile
        if paid_amount is not UNSET:
            field_dict["paidAmount"] = paid_amount
        if fee is not UNSET:
            field_dict["fee"] = fee
        if status_code is not UNSET:
            field_dict["statusCode"] = status_code
        if status_code_description is not UNSET:
            field_dict["statusCodeDescription"] = status_code_description
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
                    "notificationUrl",
                    "title",
                    "payment",
                    "paymentProfile",
                    "paidAmount",
                    "fee",
                    "statusCode",
                    "statusCodeDescription",
                )
                if key in d and d[key] is None
            )
            if None in d.values()
            else ()
        )
        id = _uuid(d.pop("id"))

        type_ = TransactionType.from_value(d.pop("type"))

        status = Status.from_value(d.pop("status"))

        source = TransactionSource.from_value(d.pop("source"))

        def _parse_created(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        created = _parse_created(d.pop("created"))

        def _parse_modified(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        modified = _parse_modified(d.pop("modified"))

        service_id = _uuid(d.pop("serviceId"))

        amount = d.pop("amount")

        currency = Currency.from_value(d.pop("currency"))

        order_id = d.pop("orderId")

        payment_method = PaymentMethod.from_value(d.pop("paymentMethod"))

        payment_method_code = PaymentMethodCode.from_value(d.pop("paymentMethodCode"))

        def _parse_notification_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notification_url = _parse_notification_url(d.pop("notificationUrl", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        _payment = d.pop("payment", UNSET)
        payment: TransactionPayment | Unset
        if isinstance(_payment, Unset):
            payment = UNSET
        else:
            payment = TransactionPayment.from_dict(_payment)

        _payment_profile = d.pop("paymentProfile", UNSET)
        payment_profile: PaymentProfile | Unset
        if isinstance(_payment_profile, Unset):
            payment_profile = UNSET
        else:
            payment_profile = PaymentProfile.from_dict(_payment_profile)

        paid_amount = d.pop("paidAmount", UNSET)

        _fee = d.pop("fee", UNSET)
        fee: Fee | Unset
        if isinstance(_fee, Unset):
            fee = UNSET
        else:
            fee = Fee.from_dict(_fee)

        status_code = d.pop("statusCode", UNSET)

        status_code_description = d.pop("statusCodeDescription", UNSET)

        transaction = cls(
            id=id,
            type_=type_,
            status=status,
            source=source,
            created=created,
            modified=modified,
            service_id=service_id,
            amount=amount,
            currency=currency,
            order_id=order_id,
            payment_method=payment_method,
            payment_method_code=payment_method_code,
            notification_url=notification_url,
            title=title,
            payment=payment,
            payment_profile=payment_profile,
            paid_amount=paid_amount,
            fee=fee,
            status_code=status_code,
            status_code_description=status_code_description,
        )

        transaction.additional_properties = d
        if nulls:
            transaction._nulls = nulls
        return transaction

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
from ..models.fee import Fee
from ..models.payment_profile import PaymentProfile
from ..models.transaction_payment import TransactionPayment
