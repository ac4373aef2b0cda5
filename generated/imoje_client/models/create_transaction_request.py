from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._ids import uuid as _uuid
from ..models.create_transaction_request_type import CreateTransactionRequestType
from ..models.currency import Currency
from ..models.payment_method import PaymentMethod
from ..models.payment_method_code import PaymentMethodCode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.customer_input import CustomerInput
    from ..models.installment import Installment
    from ..models.invoice import Invoice


T = TypeVar("T", bound="CreateTransactionRequest")


@_attrs_define
class CreateTransactionRequest:
    """Known in part: imoje accepts further fields and objects than those listed here (card data, invoices, installments),
    so this object stays open.

        Attributes:
            type_ (CreateTransactionRequestType): Always `sale`.
            service_id (UUID): Identifier as UUID v4, lowercase.
            amount (int): Amount in the smallest currency unit, e.g. grosze. Positive (imoje's own plugin validates `amount
                > 0`).
            currency (Currency): Currency in ISO 4217.
            order_id (str): Order ID.
            payment_method (PaymentMethod): Payment method.
            payment_method_code (PaymentMethodCode): Payment channel.
            success_return_url (str): An address that complies with RFC 3986.
            failure_return_url (str): An address that complies with RFC 3986.
            customer (CustomerInput): Payer data sent when creating a direct transaction (e-mail required).
            notification_url (str | Unset): Dynamic notification address for a single transaction. imoje rejects addresses
                containing localhost and ports.
            title (str | Unset): Transaction title.
            valid_to (int | None | Unset): Unix timestamp in seconds, or null.
            blik_code (str | Unset): The payer's 6-digit BLIK code (paymentMethod `blik`).
            client_ip (str | Unset): The payer's IP address (v4 or v6).
            billing (Address | Unset): A billing or shipping address. Known in part (from imoje's plugin), so the object is
                open and every field optional.
            shipping (Address | Unset): A billing or shipping address. Known in part (from imoje's plugin), so the object is
                open and every field optional.
            invoice (Invoice | Unset): Invoice data, required with the ING Księgowość service and with Split payment; not
                allowed when the shop charges a service fee. Its fields are not documented in what was seen, so the object is
                open.
            installment (Installment | Unset): An instalment transaction's terms: `period`, the number of monthly
                instalments the payer chose (imoje's plugin, DEVIATIONS 65).
            version (str | Unset): What integration sends the request, as imoje's own plugin names itself (`<plugin
                version>;woocommerce_<version>`, or empty); imoje's pages do not name it (DEVIATIONS 65).
    """

    type_: CreateTransactionRequestType
    service_id: UUID
    amount: int
    currency: Currency
    order_id: str
    payment_method: PaymentMethod
    payment_method_code: PaymentMethodCode
    success_return_url: str
    failure_return_url: str
    customer: CustomerInput
    notification_url: str | Unset = UNSET
    title: str | Unset = UNSET
    valid_to: int | None | Unset = UNSET
    blik_code: str | Unset = UNSET
    client_ip: str | Unset = UNSET
    billing: Address | Unset = UNSET
    shipping: Address | Unset = UNSET
    invoice: Invoice | Unset = UNSET
    installment: Installment | Unset = UNSET
    version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        service_id = str(self.service_id)

        amount = self.amount

        currency = self.currency.value

        order_id = self.order_id

        payment_method = self.payment_method.value

        payment_method_code = self.payment_method_code.value

        success_return_url = self.success_return_url

        failure_return_url = self.failure_return_url

        customer = self.customer.to_dict()

        notification_url = self.notification_url

        title = self.title

        valid_to: int | None | Unset
        if isinstance(self.valid_to, Unset):
            valid_to = UNSET
        else:
            valid_to = self.valid_to

        blik_code = self.blik_code

        client_ip: str | Unset
        if isinstance(self.client_ip, Unset):
            client_ip = UNSET
        else:
            client_ip = self.client_ip

        billing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing, Unset):
            billing = self.billing.to_dict()

        shipping: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping, Unset):
            shipping = self.shipping.to_dict()

        invoice: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice, Unset):
            invoice = self.invoice.to_dict()

        installment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.installment, Unset):
            installment = self.installment.to_dict()

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "serviceId": service_id,
                "amount": amount,
                "currency": currency,
                "orderId": order_id,
                "paymentMethod": payment_method,
                "paymentMethodCode": payment_method_code,
                "successReturnUrl": success_return_url,
                "failureReturnUrl": failure_return_url,
                "customer": customer,
            }
        )
        if notification_url is not UNSET:
            field_dict["notificationUrl"] = notification_url
        if title is not UNSET:
            field_dict["title"] = title
        if valid_to is not UNSET:
            field_dict["validTo"] = valid_to
        if blik_code is not UNSET:
            field_dict["blikCode"] = blik_code
        if client_ip is not UNSET:
            field_dict["clientIp"] = client_ip
        if billing is not UNSET:
            field_dict["billing"] = billing
        if shipping is not UNSET:
            field_dict["shipping"] = shipping
        if invoice is not UNSET:
            field_dict["invoice"] = invoice
        if installment is not UNSET:
            field_dict["installment"] = installment
        if version is not UNSET:
            field_dict["version"] = version
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
                    "validTo",
                    "blikCode",
                    "clientIp",
                    "billing",
                    "shipping",
                    "invoice",
                    "installment",
                    "version",
                )
                if key in d and d[key] is None
            )
            if None in d.values()
            else ()
        )
        type_ = CreateTransactionRequestType.from_value(d.pop("type"))

        service_id = _uuid(d.pop("serviceId"))

        amount = d.pop("amount")

        currency = Currency.from_value(d.pop("currency"))

        order_id = d.pop("orderId")

        payment_method = PaymentMethod.from_value(d.pop("paymentMethod"))

        payment_method_code = PaymentMethodCode.from_value(d.pop("paymentMethodCode"))

        success_return_url = d.pop("successReturnUrl")

        failure_return_url = d.pop("failureReturnUrl")

        customer = CustomerInput.from_dict(d.pop("customer"))

        notification_url = d.pop("notificationUrl", UNSET)

        title = d.pop("title", UNSET)

        def _parse_valid_to(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        valid_to = _parse_valid_to(d.pop("validTo", UNSET))

        blik_code = d.pop("blikCode", UNSET)

        def _parse_client_ip(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        client_ip = _parse_client_ip(d.pop("clientIp", UNSET))

        _billing = d.pop("billing", UNSET)
        billing: Address | Unset
        if isinstance(_billing, Unset):
            billing = UNSET
        else:
            billing = Address.from_dict(_billing)

        _shipping = d.pop("shipping", UNSET)
        shipping: Address | Unset
        if isinstance(_shipping, Unset):
            shipping = UNSET
        else:
            shipping = Address.from_dict(_shipping)

        _invoice = d.pop("invoice", UNSET)
        invoice: Invoice | Unset
        if isinstance(_invoice, Unset):
            invoice = UNSET
        else:
            invoice = Invoice.from_dict(_invoice)

        _installment = d.pop("installment", UNSET)
        installment: Installment | Unset
        if isinstance(_installment, Unset):
            installment = UNSET
        else:
            installment = Installment.from_dict(_installment)

        version = d.pop("version", UNSET)

        create_transaction_request = cls(
            type_=type_,
            service_id=service_id,
            amount=amount,
            currency=currency,
            order_id=order_id,
            payment_method=payment_method,
            payment_method_code=payment_method_code,
            success_return_url=success_return_url,
            failure_return_url=failure_return_url,
            customer=customer,
            notification_url=notification_url,
            title=title,
            valid_to=valid_to,
            blik_code=blik_code,
            client_ip=client_ip,
            billing=billing,
            shipping=shipping,
            invoice=invoice,
            installment=installment,
            version=version,
        )

        create_transaction_request.additional_properties = d
        if nulls:
            create_transaction_request._nulls = nulls
        return create_transaction_request

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
from ..models.address import Address
from ..models.customer_input import CustomerInput
from ..models.installment import Installment
from ..models.invoice import Invoice
