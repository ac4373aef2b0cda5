from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._ids import uuid as _uuid
from ..models.currency import Currency
from ..models.status import Status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer import Customer
    from ..models.transaction import Transaction


T = TypeVar("T", bound="PaymentLink")


@_attrs_define
class PaymentLink:
    """A payment link, as answered by get and cancel.

    Attributes:
        id (UUID): Identifier as UUID v4, lowercase.
        url (str): Paywall address of the link.
        service_id (UUID): Identifier as UUID v4, lowercase.
        order_id (str): Order ID.
        title (None | str): A title as imoje answers it: the request pattern, empty when the payment or transaction was
            created without a title, or null (SoftifyDev's model of a payment link types it `?string`: DEVIATIONS 66).
        simp (str): SIMP account number when mass payments are enabled.
        amount (int): Amount in the smallest currency unit, e.g. grosze.
        currency (Currency): Currency in ISO 4217.
        is_active (bool):
        valid_to (int | None): Unix timestamp in seconds, or null.
        created (int | None): Unix timestamp in seconds, or null.
        modified (int | None): Unix timestamp in seconds, or null.
        is_generated (bool): Whether the link was generated in the imoje panel.
        is_used (bool):
        used_at (int | None): Unix timestamp in seconds, or null.
        is_confirm_visited (bool):
        confirm_visited_at (int | None): Unix timestamp in seconds, or null.
        return_url (str): An address that complies with RFC 3986.
        failure_return_url (str): An address that complies with RFC 3986.
        success_return_url (str): An address that complies with RFC 3986.
        customer (Customer): Payer data as answered in a payment link. `email` may be absent: links are created without
            it (DEVIATIONS 48).
        status (Status | Unset): Status of a transaction or payment link.
        notification_url (str | Unset): Dynamic notification address for a single transaction. imoje rejects addresses
            containing localhost and ports.
        transactions (list[Transaction] | Unset):
    """

    id: UUID
    url: str
    service_id: UUID
    order_id: str
    title: None | str
    simp: str
    amount: int
    currency: Currency
    is_active: bool
    valid_to: int | None
    created: int | None
    modified: int | None
    is_generated: bool
    is_used: bool
    used_at: int | None
    is_confirm_visited: bool
    confirm_visited_at: int | None
    return_url: str
    failure_return_url: str
    success_return_url: str
    customer: Customer
    status: Status | Unset = UNSET
    notification_url: str | Unset = UNSET
    transactions: list[Transaction] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        url = self.url

        service_id = str(self.service_id)

        order_id = self.order_id

        title: None | str
        title = self.title

        simp = self.simp

        amount = self.amount

        currency = self.currency.value

        is_active = self.is_active

        valid_to: int | None
        valid_to = self.valid_to

        created: int | None
        created = self.created

        modified: int | None
        modified = self.modified

        is_generated = self.is_generated

        is_used = self.is_used

        used_at: int | None
        used_at = self.used_at

        is_confirm_visited = self.is_confirm_visited

        confirm_visited_at: int | None
        confirm_visited_at = self.confirm_visited_at

        return_url = self.return_url

        failure_return_url = self.failure_return_url

        success_return_url = self.success_return_url

        customer = self.customer.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        notification_url = self.notification_url

        transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.transactions, Unset):
            transactions = []
            for transactions_item_data in self.transactions:
                transactions_item = transactions_item_data.to_dict()
                transactions.append(transactions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "url": url,
                "serviceId": service_id,
                "orderId": order_id,
                "title": title,
                "simp": simp,
                "amount": amount,
                "currency": currency,
                "isActive": is_active,
                "validTo": valid_to,
                "created": created,
                "modified": modified,
                "isGenerated": is_generated,
                "isUsed": is_used,
                "usedAt": used_at,
                "isConfirmVisited": is_confirm_visited,
                "confirmVisitedAt": confirm_visited_at,
                "returnUrl": return_url,
                "failureReturnUrl": failure_return_url,
                "successReturnUrl": success_return_url,
                "customer": customer,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if notification_url is not UNSET:
            field_dict["notificationUrl"] = notification_url
        if transactions is not UNSET:
            field_dict["transactions"] = transactions
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
                    "status",
                    "notificationUrl",
                    "transactions",
                )
                if key in d and d[key] is None
            )
            if None in d.values()
            else ()
        )
        id = _uuid(d.pop("id"))

        url = d.pop("url")

        service_id = _uuid(d.pop("serviceId"))

        order_id = d.pop("orderId")

        def _parse_title(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        title = _parse_title(d.pop("title"))

        simp = d.pop("simp")

        amount = d.pop("amount")

        currency = Currency.from_value(d.pop("currency"))

        is_active = d.pop("isActive")

        def _parse_valid_to(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        valid_to = _parse_valid_to(d.pop("validTo"))

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

        is_generated = d.pop("isGenerated")

        is_used = d.pop("isUsed")

        def _parse_used_at(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        used_at = _parse_used_at(d.pop("usedAt"))

        is_confirm_visited = d.pop("isConfirmVisited")

        def _parse_confirm_visited_at(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        confirm_visited_at = _parse_confirm_visited_at(d.pop("confirmVisitedAt"))

        return_url = d.pop("returnUrl")

        failure_return_url = d.pop("failureReturnUrl")

        success_return_url = d.pop("successReturnUrl")

        customer = Customer.from_dict(d.pop("customer"))

        _status = d.pop("status", UNSET)
        status: Status | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = Status.from_value(_status)

        notification_url = d.pop("notificationUrl", UNSET)

        _transactions = d.pop("transactions", UNSET)
        transactions: list[Transaction] | Unset = UNSET
        if _transactions is not UNSET:
            transactions = []
            for transactions_item_data in _transactions:
                transactions_item = Transaction.from_dict(transactions_item_data)

                transactions.append(transactions_item)

        payment_link = cls(
            id=id,
            url=url,
            service_id=service_id,
            order_id=order_id,
            title=title,
            simp=simp,
            amount=amount,
            currency=currency,
            is_active=is_active,
            valid_to=valid_to,
            created=created,
            modified=modified,
            is_generated=is_generated,
            is_used=is_used,
            used_at=used_at,
            is_confirm_visited=is_confirm_visited,
            confirm_visited_at=confirm_visited_at,
            return_url=return_url,
            failure_return_url=failure_return_url,
            success_return_url=success_return_url,
            customer=customer,
            status=status,
            notification_url=notification_url,
            transactions=transactions,
        )

        payment_link.additional_properties = d
        if nulls:
            payment_link._nulls = nulls
        return payment_link

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
from ..models.customer import Customer
from ..models.transaction import Transaction
