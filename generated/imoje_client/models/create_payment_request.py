from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._ids import uuid as _uuid
from ..models.currency import Currency
from ..models.payment_method_code import PaymentMethodCode
from ..models.visible_method import VisibleMethod
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice import Invoice
    from ..models.link_customer_input import LinkCustomerInput


T = TypeVar("T", bound="CreatePaymentRequest")


@_attrs_define
class CreatePaymentRequest:
    """Known in part: imoje accepts further objects than those listed here, so this object stays open.

    Attributes:
        service_id (UUID): Identifier as UUID v4, lowercase.
        amount (int): Amount in the smallest currency unit, e.g. grosze. Positive (imoje's own plugin validates `amount
            > 0`).
        currency (Currency): Currency in ISO 4217.
        order_id (str): Order ID.
        customer (LinkCustomerInput): Payer data sent when creating a payment link; `email` may be left out (DEVIATIONS
            48).
        title (str | Unset): Transaction title.
        additional_description (str | Unset): Additional description of a payment link.
        visible_method (list[VisibleMethod] | Unset):
        preselect_method_code (PaymentMethodCode | Unset): Payment channel.
        return_url (str | Unset): An address that complies with RFC 3986.
        success_return_url (str | Unset): An address that complies with RFC 3986.
        failure_return_url (str | Unset): An address that complies with RFC 3986.
        notification_url (str | Unset): Dynamic notification address for a single transaction. imoje rejects addresses
            containing localhost and ports.
        valid_to (int | None | Unset): Unix timestamp in seconds, or null.
        invoice (Invoice | Unset): Invoice data, required with the ING Księgowość service and with Split payment; not
            allowed when the shop charges a service fee. Its fields are not documented in what was seen, so the object is
            open.
        version (str | Unset): What integration sends the request, as imoje's own plugin names itself (`<plugin
            version>;woocommerce_<version>`, or empty); imoje's pages do not name it (DEVIATIONS 65).
    """

    service_id: UUID
    amount: int
    currency: Currency
    order_id: str
    customer: LinkCustomerInput
    title: str | Unset = UNSET
    additional_description: str | Unset = UNSET
    visible_method: list[VisibleMethod] | Unset = UNSET
    preselect_method_code: PaymentMethodCode | Unset = UNSET
    return_url: str | Unset = UNSET
    success_return_url: str | Unset = UNSET
    failure_return_url: str | Unset = UNSET
    notification_url: str | Unset = UNSET
    valid_to: int | None | Unset = UNSET
    invoice: Invoice | Unset = UNSET
    version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        service_id = str(self.service_id)

        amount = self.amount

        currency = self.currency.value

        order_id = self.order_id

        customer = self.customer.to_dict()

        title = self.title

        additional_description = self.additional_description

        visible_method: list[str] | Unset = UNSET
        if not isinstance(self.visible_method, Unset):
            visible_method = []
            for visible_method_item_data in self.visible_method:
                visible_method_item = visible_method_item_data.value
                visible_method.append(visible_method_item)

        preselect_method_code: str | Unset = UNSET
        if not isinstance(self.preselect_method_code, Unset):
            preselect_method_code = self.preselect_method_code.value

        return_url = self.return_url

        success_return_url = self.success_return_url

        failure_return_url = self.failure_return_url

        notification_url = self.notification_url

        valid_to: int | None | Unset
        if isinstance(self.valid_to, Unset):
            valid_to = UNSET
        else:
            valid_to = self.valid_to

        invoice: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice, Unset):
            invoice = self.invoice.to_dict()

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "serviceId": service_id,
                "amount": amount,
                "currency": currency,
                "orderId": order_id,
                "customer": customer,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if additional_description is not UNSET:
            field_dict["additionalDescription"] = additional_description
        if visible_method is not UNSET:
            field_dict["visibleMethod"] = visible_method
        if preselect_method_code is not UNSET:
            field_dict["preselectMethodCode"] = preselect_method_code
        if return_url is not UNSET:
            field_dict["returnUrl"] = return_url
        if success_return_url is not UNSET:
            field_dict["successReturnUrl"] = success_return_url
        if failure_return_url is not UNSET:
            field_dict["failureReturnUrl"] = failure_return_url
        if notification_url is not UNSET:
            field_dict["notificationUrl"] = notification_url
        if valid_to is not UNSET:
            field_dict["validTo"] = valid_to
        if invoice is not UNSET:
            field_dict["invoice"] = invoice
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
                    "title",
                    "additionalDescription",
                    "visibleMethod",
                    "preselectMethodCode",
                    "returnUrl",
                    "successReturnUrl",
                    "failureReturnUrl",
                    "notificationUrl",
                    "validTo",
                    "invoice",
                    "version",
                )
                if key in d and d[key] is None
            )
            if None in d.values()
            else ()
        )
        service_id = _uuid(d.pop("serviceId"))

        amount = d.pop("amount")

        currency = Currency.from_value(d.pop("currency"))

        order_id = d.pop("orderId")

        customer = LinkCustomerInput.from_dict(d.pop("customer"))

        title = d.pop("title", UNSET)

        additional_description = d.pop("additionalDescription", UNSET)

        _visible_method = d.pop("visibleMethod", UNSET)
        visible_method: list[VisibleMethod] | Unset = UNSET
        if _visible_method is not UNSET:
            visible_method = []
            for visible_method_item_data in _visible_method:
                visible_method_item = VisibleMethod.from_value(visible_method_item_data)

                visible_method.append(visible_method_item)

        _preselect_method_code = d.pop("preselectMethodCode", UNSET)
        preselect_method_code: PaymentMethodCode | Unset
        if isinstance(_preselect_method_code, Unset):
            preselect_method_code = UNSET
        else:
            preselect_method_code = PaymentMethodCode.from_value(_preselect_method_code)

        return_url = d.pop("returnUrl", UNSET)

        success_return_url = d.pop("successReturnUrl", UNSET)

        failure_return_url = d.pop("failureReturnUrl", UNSET)

        notification_url = d.pop("notificationUrl", UNSET)

        def _parse_valid_to(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        valid_to = _parse_valid_to(d.pop("validTo", UNSET))

        _invoice = d.pop("invoice", UNSET)
        invoice: Invoice | Unset
        if isinstance(_invoice, Unset):
            invoice = UNSET
        else:
            invoice = Invoice.from_dict(_invoice)

        version = d.pop("version", UNSET)

        create_payment_request = cls(
            service_id=service_id,
            amount=amount,
            currency=currency,
            order_id=order_id,
            customer=customer,
            title=title,
            additional_description=additional_description,
            visible_method=visible_method,
            preselect_method_code=preselect_method_code,
            return_url=return_url,
            success_return_url=success_return_url,
            failure_return_url=failure_return_url,
            notification_url=notification_url,
            valid_to=valid_to,
            invoice=invoice,
            version=version,
        )

        create_payment_request.additional_properties = d
        if nulls:
            create_payment_request._nulls = nulls
        return create_payment_request

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
from ..models.invoice import Invoice
from ..models.link_customer_input import LinkCustomerInput
