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


T = TypeVar("T", bound="NotificationTransaction")


@_attrs_define
class NotificationTransaction:
    """A transaction as notified: the API's transaction fields, with the payment link beside it rather than inside. A
    OneClick or recurring charge carries its card profile inside.

        Attributes:
            type_ (TransactionType):
            status (Status): Status of a transaction or payment link.
            service_id (UUID): Identifier as UUID v4, lowercase.
            amount (int): Amount in the smallest currency unit, e.g. grosze.
            currency (Currency): Currency in ISO 4217.
            order_id (str): Order ID.
            id (UUID | Unset): Identifier as UUID v4, lowercase.
            source (TransactionSource | Unset):
            created (int | None | Unset): Unix timestamp in seconds, or null.
            modified (int | None | Unset): Unix timestamp in seconds, or null.
            notification_url (str | Unset): Dynamic notification address for a single transaction. imoje rejects addresses
                containing localhost and ports.
            title (None | str | Unset): A title as imoje answers it: the request pattern, empty when the payment or
                transaction was created without a title, or null (SoftifyDev's model of a payment link types it `?string`:
                DEVIATIONS 66).
            payment_method (PaymentMethod | Unset): Payment method.
            payment_method_code (PaymentMethodCode | Unset): Payment channel.
            payment_profile (PaymentProfile | Unset): A OneClick or recurring card profile; only `id`, `profile` and
                `isActive` are always present.
            paid_amount (int | Unset): Amount in the smallest currency unit, e.g. grosze.
            fee (Fee | Unset): A transaction's fees in the smallest currency unit, as routegroup's client reads them
                (DEVIATIONS 57).
            status_code (str | Unset): Why a BLIK or card transaction failed: `BLK-ERROR-2100xx` for BLIK, `CODE_xx` for
                cards.
            status_code_description (str | Unset):
    """

    type_: TransactionType
    status: Status
    service_id: UUID
    amount: int
    currency: Currency
    order_id: str
    id: UUID | Unset = UNSET
    source: TransactionSource | Unset = UNSET
    created: int | None | Unset = UNSET
    modified: int | None | Unset = UNSET
    notification_url: str | Unset = UNSET
    title: None | str | Unset = UNSET
    payment_method: PaymentMethod | Unset = UNSET
    payment_method_code: PaymentMethodCode | Unset = UNSET
    payment_profile: PaymentProfile | Unset = UNSET
    paid_amount: int | Unset = UNSET
    fee: Fee | Unset = UNSET
    status_code: str | Unset = UNSET
    status_code_description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        status = self.status.value

        service_id = str(self.service_id)

        amount = self.amount

        currency = self.currency.value

        order_id = self.order_id

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.value

        created: int | None | Unset
        if isinstance(self.created, Unset):
            created = UNSET
        else:
            created = self.created

        modified: int | None | Unset
        if isinstance(self.modified, Unset):
            modified = UNSET
        else:
            modified = self.modified

        notification_url = self.notification_url

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        payment_method: str | Unset = UNSET
        if not isinstance(self.payment_method, Unset):
            payment_method = self.payment_method.value

        payment_method_code: str | Unset = UNSET
        if not isinstance(self.payment_method_code, Unset):
            payment_method_code = self.payment_method_code.value

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
                "type": type_,
                "status": status,
                "serviceId": service_id,
                "amount": amount,
                "currency": currency,
                "orderId": order_id,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if source is not UNSET:
            field_dict["source"] = source
        if created is not UNSET:
            field_dict["created"] = created
        if modified is not UNSET:
            field_dict["modified"] = modified
        if notification_url is not UNSET:
            field_dict["notificationUrl"] = notification_url
        if title is not UNSET:
            field_dict["title"] = title
        if payment_method is not UNSET:
            field_dict["paymentMethod"] = payment_method
        if payment_method_code is not UNSET:
            field_dict["paymentMethodCode"] = payment_method_code
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
                    "id",
                    "source",
                    "created",
                    "modified",
                    "notificationUrl",
                    "title",
                    "paymentMethod",
                    "paymentMethodCode",
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
        type_ = TransactionType.from_value(d.pop("type"))

        status = Status.from_value(d.pop("status"))

        service_id = _uuid(d.pop("serviceId"))

        amount = d.pop("amount")

        currency = Currency.from_value(d.pop("currency"))

        order_id = d.pop("orderId")

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = _uuid(_id)

        _source = d.pop("source", UNSET)
        source: TransactionSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = TransactionSource.from_value(_source)

        def _parse_created(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        created = _parse_created(d.pop("created", UNSET))

        def _parse_modified(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        modified = _parse_modified(d.pop("modified", UNSET))

        notification_url = d.pop("notificationUrl", UNSET)

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        _payment_method = d.pop("paymentMethod", UNSET)
        payment_method: PaymentMethod | Unset
        if isinstance(_payment_method, Unset):
            payment_method = UNSET
        else:
            payment_method = PaymentMethod.from_value(_payment_method)

        _payment_method_code = d.pop("paymentMethodCode", UNSET)
        payment_method_code: PaymentMethodCode | Unset
        if isinstance(_payment_method_code, Unset):
            payment_method_code = UNSET
        else:
            payment_method_code = PaymentMethodCode.from_value(_payment_method_code)

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

        notification_transaction = cls(
            type_=type_,
            status=status,
            service_id=service_id,
            amount=amount,
            currency=currency,
            order_id=order_id,
            id=id,
            source=source,
            created=created,
            modified=modified,
            notification_url=notification_url,
            title=title,
            payment_method=payment_method,
            payment_method_code=payment_method_code,
            payment_profile=payment_profile,
            paid_amount=paid_amount,
            fee=fee,
            status_code=status_code,
            status_code_description=status_code_description,
        )

        notification_transaction.additional_properties = d
        if nulls:
            notification_transaction._nulls = nulls
        return notification_transaction

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
