"""The transactions resource: one method per operation, bound to a merchant.

Generated from the spec's `transactions` tag (method names from `x-method-name`).
"""

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any
from uuid import UUID

from ... import _resource
from ...models.address import Address
from ...models.can_refund_request import CanRefundRequest
from ...models.can_refund_response import CanRefundResponse
from ...models.create_transaction_request import CreateTransactionRequest
from ...models.create_transaction_request_type import CreateTransactionRequestType
from ...models.create_transaction_response import CreateTransactionResponse
from ...models.currency import Currency
from ...models.customer_input import CustomerInput
from ...models.error_response import ErrorResponse
from ...models.installment import Installment
from ...models.invoice import Invoice
from ...models.payment_method import PaymentMethod
from ...models.payment_method_code import PaymentMethodCode
from ...models.refund_request import RefundRequest
from ...models.refund_request_type import RefundRequestType
from ...models.refund_response import RefundResponse
from ...models.transaction_change_response import TransactionChangeResponse
from ...models.transaction_details_response import TransactionDetailsResponse
from ...types import UNSET, Response, Unset
from . import (
    can_refund_transaction,
    capture_transaction,
    create_transaction,
    get_transaction,
    refund_transaction,
    void_transaction,
)


class Transactions(_resource.Resource):
    """Transactions."""

    @cached_property
    def with_raw_response(self) -> "TransactionsWithRawResponse":
        """The same methods, returning every answer (errors too) as a `Response`."""
        return TransactionsWithRawResponse(self._owner)

    def create(
        self,
        *,
        service_id: str | UUID | None = None,
        amount: int,
        currency: Currency | str,
        order_id: str,
        payment_method: PaymentMethod | str,
        payment_method_code: PaymentMethodCode | str,
        success_return_url: str,
        failure_return_url: str,
        customer: CustomerInput | Mapping[str, Any],
        notification_url: str | Unset = UNSET,
        title: str | Unset = UNSET,
        valid_to: int | None | Unset = UNSET,
        blik_code: str | Unset = UNSET,
        client_ip: str | Unset = UNSET,
        billing: Address | Mapping[str, Any] | Unset = UNSET,
        shipping: Address | Mapping[str, Any] | Unset = UNSET,
        invoice: Invoice | Mapping[str, Any] | Unset = UNSET,
        installment: Installment | Mapping[str, Any] | Unset = UNSET,
        version: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CreateTransactionResponse:
        """Create a transaction in one payment channel

        Creates a transaction for one channel (`paymentMethod` + `paymentMethodCode`). Most
        channels answer `new` with an `action` sending the payer on (`redirect` to the bank,
        `transfer` data for a wire transfer); BLIK with a `blikCode` is paid at once after
        the payer confirms in the banking app: it answers `pending`, and a failure carries a
        `BLK-ERROR-2100xx` `statusCode`. Card transactions through the API are blocked
        unless the merchant holds a PCI DSS certificate. An unpaid transaction expires after
        15 months, or at `validTo`.

        Raises the ApiStatusError of any status outside 2xx (see imoje_client.errors). It
        moves money or state: after an OutcomeUnknownError do not resend it; reconcile.
        `service_id` defaults to the client's. `extra_body` adds fields the spec does not
        list.
        """
        request_body = _resource.body(
            CreateTransactionRequest.from_dict,
            create_transaction.ROUTE,
            {
                "type": "sale",
                "serviceId": self._owner.service(service_id),
                "amount": amount,
                "currency": currency,
                "orderId": order_id,
                "paymentMethod": payment_method,
                "paymentMethodCode": payment_method_code,
                "successReturnUrl": success_return_url,
                "failureReturnUrl": failure_return_url,
                "customer": customer,
                "notificationUrl": notification_url,
                "title": title,
                "validTo": valid_to,
                "blikCode": blik_code,
                "clientIp": client_ip,
                "billing": billing,
                "shipping": shipping,
                "invoice": invoice,
                "installment": installment,
                "version": version,
            },
            extra_body,
        )
        return create_transaction.sync(
            self._owner.merchant_id,
            client=self._owner.use(),
            body=request_body,
        )

    def get(
        self,
        transaction_id: str | UUID,
        /,
    ) -> TransactionDetailsResponse:
        """Read a transaction

        Answers with the transaction, wrapped in `transaction`, its refunds listed in
        `transaction.refunds`. The way to reconcile a charge or refund whose outcome is
        unknown.

        Raises the ApiStatusError of any status outside 2xx (see imoje_client.errors).
        """
        return get_transaction.sync(
            self._owner.merchant_id,
            _resource.identifier(
                get_transaction.ROUTE, "transactionId", transaction_id
            ),
            client=self._owner.use(),
        )

    def refund(
        self,
        transaction_id: str | UUID,
        /,
        *,
        service_id: str | UUID | None = None,
        amount: int,
        title: str | Unset = UNSET,
        send_refund_confirmation_email: bool | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RefundResponse:
        """Refund a paid transaction

        Refunds all or part of a settled sale; several refunds may follow each other until
        the amount is used up. imoje asks for at least 5 seconds between simultaneous
        refunds. Refund windows: BLIK and imoje pay later 12 months, cards 3 years.

        Raises the ApiStatusError of any status outside 2xx (see imoje_client.errors). It
        moves money or state: after an OutcomeUnknownError do not resend it; reconcile.
        `service_id` defaults to the client's. `extra_body` adds fields the spec does not
        list.
        """
        request_body = _resource.body(
            RefundRequest.from_dict,
            refund_transaction.ROUTE,
            {
                "type": "refund",
                "serviceId": self._owner.service(service_id),
                "amount": amount,
                "title": title,
                "sendRefundConfirmationEmail": send_refund_confirmation_email,
            },
            extra_body,
        )
        return refund_transaction.sync(
            self._owner.merchant_id,
            _resource.identifier(
                refund_transaction.ROUTE, "transactionId", transaction_id
            ),
            client=self._owner.use(),
            body=request_body,
        )

    def can_refund(
        self,
        transaction_id: str | UUID,
        /,
        *,
        amount: int,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CanRefundResponse:
        """Tell whether (and how much of) a transaction can be refunded

        Answers whether a refund of `amount` is possible, the full refund amount and the
        partial refund bounds. It changes nothing.

        Raises the ApiStatusError of any status outside 2xx (see imoje_client.errors).
        `extra_body` adds fields the spec does not list.
        """
        request_body = _resource.body(
            CanRefundRequest.from_dict,
            can_refund_transaction.ROUTE,
            {
                "amount": amount,
            },
            extra_body,
        )
        return can_refund_transaction.sync(
            self._owner.merchant_id,
            _resource.identifier(
                can_refund_transaction.ROUTE, "transactionId", transaction_id
            ),
            client=self._owner.use(),
            body=request_body,
        )

    def capture(
        self,
        transaction_id: str | UUID,
        /,
    ) -> TransactionChangeResponse:
        """Capture a pre-authorised transaction

        With pre-authorisation enabled for the shop, a paid transaction waits as
        `authorized`; capturing it makes it `settled`. Only an authorized transaction can be
        captured, and only once. The vendor documents no body and no answer: every field of
        the answer is optional.

        Raises the ApiStatusError of any status outside 2xx (see imoje_client.errors). It
        moves money or state: after an OutcomeUnknownError do not resend it; reconcile.
        """
        return capture_transaction.sync(
            self._owner.merchant_id,
            _resource.identifier(
                capture_transaction.ROUTE, "transactionId", transaction_id
            ),
            client=self._owner.use(),
        )

    def void(
        self,
        transaction_id: str | UUID,
        /,
    ) -> TransactionChangeResponse:
        """Reject (void) a pre-authorised transaction

        With pre-authorisation enabled for the shop, rejects a transaction waiting as
        `authorized`; it becomes `cancelled`. Only an authorized transaction can be voided,
        and only once. The vendor documents no body and no answer: every field of the answer
        is optional.

        Raises the ApiStatusError of any status outside 2xx (see imoje_client.errors). It
        moves money or state: after an OutcomeUnknownError do not resend it; reconcile.
        """
        return void_transaction.sync(
            self._owner.merchant_id,
            _resource.identifier(
                void_transaction.ROUTE, "transactionId", transaction_id
            ),
            client=self._owner.use(),
        )


class TransactionsWithRawResponse(_resource.Resource):
    """Transactions: every answer as a value."""

    def create(
        self,
        *,
        service_id: str | UUID | None = None,
        amount: int,
        currency: Currency | str,
        order_id: str,
        payment_method: PaymentMethod | str,
        payment_method_code: PaymentMethodCode | str,
        success_return_url: str,
        failure_return_url: str,
        customer: CustomerInput | Mapping[str, Any],
        notification_url: str | Unset = UNSET,
        title: str | Unset = UNSET,
        valid_to: int | None | Unset = UNSET,
        blik_code: str | Unset = UNSET,
        client_ip: str | Unset = UNSET,
        billing: Address | Mapping[str, Any] | Unset = UNSET,
        shipping: Address | Mapping[str, Any] | Unset = UNSET,
        invoice: Invoice | Mapping[str, Any] | Unset = UNSET,
        installment: Installment | Mapping[str, Any] | Unset = UNSET,
        version: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[CreateTransactionResponse | ErrorResponse]:
        """Create a transaction in one payment channel

        Creates a transaction for one channel (`paymentMethod` + `paymentMethodCode`). Most
        channels answer `new` with an `action` sending the payer on (`redirect` to the bank,
        `transfer` data for a wire transfer); BLIK with a `blikCode` is paid at once after
        the payer confirms in the banking app: it answers `pending`, and a failure carries a
        `BLK-ERROR-2100xx` `statusCode`. Card transactions through the API are blocked
        unless the merchant holds a PCI DSS certificate. An unpaid transaction expires after
        15 months, or at `validTo`.

        Returns every answer as a `Response` (status, headers, raw bytes, parsed body). It
        moves money or state: after an OutcomeUnknownError do not resend it; reconcile.
        `service_id` defaults to the client's. `extra_body` adds fields the spec does not
        list.
        """
        request_body = _resource.body(
            CreateTransactionRequest.from_dict,
            create_transaction.ROUTE,
            {
                "type": "sale",
                "serviceId": self._owner.service(service_id),
                "amount": amount,
                "currency": currency,
                "orderId": order_id,
                "paymentMethod": payment_method,
                "paymentMethodCode": payment_method_code,
                "successReturnUrl": success_return_url,
                "failureReturnUrl": failure_return_url,
                "customer": customer,
                "notificationUrl": notification_url,
                "title": title,
                "validTo": valid_to,
                "blikCode": blik_code,
                "clientIp": client_ip,
                "billing": billing,
                "shipping": shipping,
                "invoice": invoice,
                "installment": installment,
                "version": version,
            },
            extra_body,
        )
        return create_transaction.sync_detailed(
            self._owner.merchant_id,
            client=self._owner.use(),
            body=request_body,
        )

    def get(
        self,
        transaction_id: str | UUID,
        /,
    ) -> Response[ErrorResponse | TransactionDetailsResponse]:
        """Read a transaction

        Answers with the transaction, wrapped in `transaction`, its refunds listed in
        `transaction.refunds`. The way to reconcile a charge or refund whose outcome is
        unknown.

        Returns every answer as a `Response` (status, headers, raw bytes, parsed body).
        """
        return get_transaction.sync_detailed(
            self._owner.merchant_id,
            _resource.identifier(
                get_transaction.ROUTE, "transactionId", transaction_id
            ),
            client=self._owner.use(),
        )

    def refund(
        self,
        transaction_id: str | UUID,
        /,
        *,
        service_id: str | UUID | None = None,
        amount: int,
        title: str | Unset = UNSET,
        send_refund_confirmation_email: bool | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | RefundResponse]:
        """Refund a paid transaction

        Refunds all or part of a settled sale; several refunds may follow each other until
        the amount is used up. imoje asks for at least 5 seconds between simultaneous
        refunds. Refund windows: BLIK and imoje pay later 12 months, cards 3 years.

        Returns every answer as a `Response` (status, headers, raw bytes, parsed body). It
        moves money or state: after an OutcomeUnknownError do not resend it; reconcile.
        `service_id` defaults to the client's. `extra_body` adds fields the spec does not
        list.
        """
        request_body = _resource.body(
            RefundRequest.from_dict,
            refund_transaction.ROUTE,
            {
                "type": "refund",
                "serviceId": self._owner.service(service_id),
                "amount": amount,
                "title": title,
                "sendRefundConfirmationEmail": send_refund_confirmation_email,
            },
            extra_body,
        )
        return refund_transaction.sync_detailed(
            self._owner.merchant_id,
            _resource.identifier(
                refund_transaction.ROUTE, "transactionId", transaction_id
            ),
            client=self._owner.use(),
            body=request_body,
        )

    def can_refund(
        self,
        transaction_id: str | UUID,
        /,
        *,
        amount: int,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[CanRefundResponse | ErrorResponse]:
        """Tell whether (and how much of) a transaction can be refunded

        Answers whether a refund of `amount` is possible, the full refund amount and the
        partial refund bounds. It changes nothing.

        Returns every answer as a `Response` (status, headers, raw bytes, parsed body).
        `extra_body` adds fields the spec does not list.
        """
        request_body = _resource.body(
            CanRefundRequest.from_dict,
            can_refund_transaction.ROUTE,
            {
                "amount": amount,
            },
            extra_body,
        )
        return can_refund_transaction.sync_detailed(
            self._owner.merchant_id,
            _resource.identifier(
                can_refund_transaction.ROUTE, "transactionId", transaction_id
            ),
            client=self._owner.use(),
            body=request_body,
        )

    def capture(
        self,
        transaction_id: str | UUID,
        /,
    ) -> Response[Any | ErrorResponse | TransactionChangeResponse]:
        """Capture a pre-authorised transaction

        With pre-authorisation enabled for the shop, a paid transaction waits as
        `authorized`; capturing it makes it `settled`. Only an authorized transaction can be
        captured, and only once. The vendor documents no body and no answer: every field of
        the answer is optional.

        Returns every answer as a `Response` (status, headers, raw bytes, parsed body). It
        moves money or state: after an OutcomeUnknownError do not resend it; reconcile.
        """
        return capture_transaction.sync_detailed(
            self._owner.merchant_id,
            _resource.identifier(
                capture_transaction.ROUTE, "transactionId", transaction_id
            ),
            client=self._owner.use(),
        )

    def void(
        self,
        transaction_id: str | UUID,
        /,
    ) -> Response[Any | ErrorResponse | TransactionChangeResponse]:
        """Reject (void) a pre-authorised transaction

        With pre-authorisation enabled for the shop, rejects a transaction waiting as
        `authorized`; it becomes `cancelled`. Only an authorized transaction can be voided,
        and only once. The vendor documents no body and no answer: every field of the answer
        is optional.

        Returns every answer as a `Response` (status, headers, raw bytes, parsed body). It
        moves money or state: after an OutcomeUnknownError do not resend it; reconcile.
        """
        return void_transaction.sync_detailed(
            self._owner.merchant_id,
            _resource.identifier(
                void_transaction.ROUTE, "transactionId", transaction_id
            ),
            client=self._owner.use(),
        )


class AsyncTransactions(_resource.Resource):
    """Transactions (async)."""

    @cached_property
    def with_raw_response(self) -> "AsyncTransactionsWithRawResponse":
        """The same methods, returning every answer (errors too) as a `Response`."""
        return AsyncTransactionsWithRawResponse(self._owner)

    async def create(
        self,
        *,
        service_id: str | UUID | None = None,
        amount: int,
        currency: Currency | str,
        order_id: str,
        payment_method: PaymentMethod | str,
        payment_method_code: PaymentMethodCode | str,
        success_return_url: str,
        failure_return_url: str,
        customer: CustomerInput | Mapping[str, Any],
        notification_url: str | Unset = UNSET,
        title: str | Unset = UNSET,
        valid_to: int | None | Unset = UNSET,
        blik_code: str | Unset = UNSET,
        client_ip: str | Unset = UNSET,
        billing: Address | Mapping[str, Any] | Unset = UNSET,
        shipping: Address | Mapping[str, Any] | Unset = UNSET,
        invoice: Invoice | Mapping[str, Any] | Unset = UNSET,
        installment: Installment | Mapping[str, Any] | Unset = UNSET,
        version: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CreateTransactionResponse:
        """Create a transaction in one payment channel

        Creates a transaction for one channel (`paymentMethod` + `paymentMethodCode`). Most
        channels answer `new` with an `action` sending the payer on (`redirect` to the bank,
        `transfer` data for a wire transfer); BLIK with a `blikCode` is paid at once after
        the payer confirms in the banking app: it answers `pending`, and a failure carries a
        `BLK-ERROR-2100xx` `statusCode`. Card transactions through the API are blocked
        unless the merchant holds a PCI DSS certificate. An unpaid transaction expires after
        15 months, or at `validTo`.

        Raises the ApiStatusError of any status outside 2xx (see imoje_client.errors). It
        moves money or state: after an OutcomeUnknownError do not resend it; reconcile.
        `service_id` defaults to the client's. `extra_body` adds fields the spec does not
        list.
        """
        request_body = _resource.body(
            CreateTransactionRequest.from_dict,
            create_transaction.ROUTE,
            {
                "type": "sale",
                "serviceId": self._owner.service(service_id),
                "amount": amount,
                "currency": currency,
                "orderId": order_id,
                "paymentMethod": payment_method,
                "paymentMethodCode": payment_method_code,
                "successReturnUrl": success_return_url,
                "failureReturnUrl": failure_return_url,
                "customer": customer,
                "notificationUrl": notification_url,
                "title": title,
                "validTo": valid_to,
                "blikCode": blik_code,
                "clientIp": client_ip,
                "billing": billing,
                "shipping": shipping,
                "invoice": invoice,
                "installment": installment,
                "version": version,
            },
            extra_body,
        )
        return await create_transaction.asyncio(
            self._owner.merchant_id,
            client=self._owner.use(),
            body=request_body,
        )

    async def get(
        self,
        transaction_id: str | UUID,
        /,
    ) -> TransactionDetailsResponse:
        """Read a transaction

        Answers with the transaction, wrapped in `transaction`, its refunds listed in
        `transaction.refunds`. The way to reconcile a charge or refund whose outcome is
        unknown.

        Raises the ApiStatusError of any status outside 2xx (see imoje_client.errors).
        """
        return await get_transaction.asyncio(
            self._owner.merchant_id,
            _resource.identifier(
                get_transaction.ROUTE, "transactionId", transaction_id
            ),
            client=self._owner.use(),
        )

    async def refund(
        self,
        transaction_id: str | UUID,
        /,
        *,
        service_id: str | UUID | None = None,
        amount: int,
        title: str | Unset = UNSET,
        send_refund_confirmation_email: bool | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RefundResponse:
        """Refund a paid transaction

        Refunds all or part of a settled sale; several refunds may follow each other until
        the amount is used up. imoje asks for at least 5 seconds between simultaneous
        refunds. Refund windows: BLIK and imoje pay later 12 months, cards 3 years.

        Raises the ApiStatusError of any status outside 2xx (see imoje_client.errors). It
        moves money or state: after an OutcomeUnknownError do not resend it; reconcile.
        `service_id` defaults to the client's. `extra_body` adds fields the spec does not
        list.
        """
        request_body = _resource.body(
            RefundRequest.from_dict,
            refund_transaction.ROUTE,
            {
                "type": "refund",
                "serviceId": self._owner.service(service_id),
                "amount": amount,
                "title": title,
                "sendRefundConfirmationEmail": send_refund_confirmation_email,
            },
            extra_body,
        )
        return await refund_transaction.asyncio(
            self._owner.merchant_id,
            _resource.identifier(
                refund_transaction.ROUTE, "transactionId", transaction_id
            ),
            client=self._owner.use(),
            body=request_body,
        )

    async def can_refund(
        self,
        transaction_id: str | UUID,
        /,
        *,
        amount: int,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CanRefundResponse:
        """Tell whether (and how much of) a transaction can be refunded

        Answers whether a refund of `amount` is possible, the full refund amount and the
        partial refund bounds. It changes nothing.

        Raises the ApiStatusError of any status outside 2xx (see imoje_client.errors).
        `extra_body` adds fields the spec does not list.
        """
        request_body = _resource.body(
            CanRefundRequest.from_dict,
            can_refund_transaction.ROUTE,
            {
                "amount": amount,
            },
            extra_body,
        )
        return await can_refund_transaction.asyncio(
            self._owner.merchant_id,
            _resource.identifier(
                can_refund_transaction.ROUTE, "transactionId", transaction_id
            ),
            client=self._owner.use(),
            body=request_body,
        )

    async def capture(
        self,
        transaction_id: str | UUID,
        /,
    ) -> TransactionChangeResponse:
        """Capture a pre-authorised transaction

        With pre-authorisation enabled for the shop, a paid transaction waits as
        `authorized`; capturing it makes it `settled`. Only an authorized transaction can be
        captured, and only once. The vendor documents no body and no answer: every field of
        the answer is optional.

        Raises the ApiStatusError of any status outside 2xx (see imoje_client.errors). It
        moves money or state: after an OutcomeUnknownError do not resend it; reconcile.
        """
        return await capture_transaction.asyncio(
            self._owner.merchant_id,
            _resource.identifier(
                capture_transaction.ROUTE, "transactionId", transaction_id
            ),
            client=self._owner.use(),
        )

    async def void(
        self,
        transaction_id: str | UUID,
        /,
    ) -> TransactionChangeResponse:
        """Reject (void) a pre-authorised transaction

        With pre-authorisation enabled for the shop, rejects a transaction waiting as
        `authorized`; it becomes `cancelled`. Only an authorized transaction can be voided,
        and only once. The vendor documents no body and no answer: every field of the answer
        is optional.

        Raises the ApiStatusError of any status outside 2xx (see imoje_client.errors). It
        moves money or state: after an OutcomeUnknownError do not resend it; reconcile.
        """
        return await void_transaction.asyncio(
            self._owner.merchant_id,
            _resource.identifier(
                void_transaction.ROUTE, "transactionId", transaction_id
            ),
            client=self._owner.use(),
        )


class AsyncTransactionsWithRawResponse(_resource.Resource):
    """Transactions (async): every answer as a value."""

    async def create(
        self,
        *,
        service_id: str | UUID | None = None,
        amount: int,
        currency: Currency | str,
        order_id: str,
        payment_method: PaymentMethod | str,
        payment_method_code: PaymentMethodCode | str,
        success_return_url: str,
        failure_return_url: str,
        customer: CustomerInput | Mapping[str, Any],
        notification_url: str | Unset = UNSET,
        title: str | Unset = UNSET,
        valid_to: int | None | Unset = UNSET,
        blik_code: str | Unset = UNSET,
        client_ip: str | Unset = UNSET,
        billing: Address | Mapping[str, Any] | Unset = UNSET,
        shipping: Address | Mapping[str, Any] | Unset = UNSET,
        invoice: Invoice | Mapping[str, Any] | Unset = UNSET,
        installment: Installment | Mapping[str, Any] | Unset = UNSET,
        version: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[CreateTransactionResponse | ErrorResponse]:
        """Create a transaction in one payment channel

        Creates a transaction for one channel (`paymentMethod` + `paymentMethodCode`). Most
        channels answer `new` with an `action` sending the payer on (`redirect` to the bank,
        `transfer` data for a wire transfer); BLIK with a `blikCode` is paid at once after
        the payer confirms in the banking app: it answers `pending`, and a failure carries a
        `BLK-ERROR-2100xx` `statusCode`. Card transactions through the API are blocked
        unless the merchant holds a PCI DSS certificate. An unpaid transaction expires after
        15 months, or at `validTo`.

        Returns every answer as a `Response` (status, headers, raw bytes, parsed body). It
        moves money or state: after an OutcomeUnknownError do not resend it; reconcile.
        `service_id` defaults to the client's. `extra_body` adds fields the spec does not
        list.
        """
        request_body = _resource.body(
            CreateTransactionRequest.from_dict,
            create_transaction.ROUTE,
            {
                "type": "sale",
                "serviceId": self._owner.service(service_id),
                "amount": amount,
                "currency": currency,
                "orderId": order_id,
                "paymentMethod": payment_method,
                "paymentMethodCode": payment_method_code,
                "successReturnUrl": success_return_url,
                "failureReturnUrl": failure_return_url,
                "customer": customer,
                "notificationUrl": notification_url,
                "title": title,
                "validTo": valid_to,
                "blikCode": blik_code,
                "clientIp": client_ip,
                "billing": billing,
                "shipping": shipping,
                "invoice": invoice,
                "installment": installment,
                "version": version,
            },
            extra_body,
        )
        return await create_transaction.asyncio_detailed(
            self._owner.merchant_id,
            client=self._owner.use(),
            body=request_body,
        )

    async def get(
        self,
        transaction_id: str | UUID,
        /,
    ) -> Response[ErrorResponse | TransactionDetailsResponse]:
        """Read a transaction

        Answers with the transaction, wrapped in `transaction`, its refunds listed in
        `transaction.refunds`. The way to reconcile a charge or refund whose outcome is
        unknown.

        Returns every answer as a `Response` (status, headers, raw bytes, parsed body).
        """
        return await get_transaction.asyncio_detailed(
            self._owner.merchant_id,
            _resource.identifier(
                get_transaction.ROUTE, "transactionId", transaction_id
            ),
            client=self._owner.use(),
        )

    async def refund(
        self,
        transaction_id: str | UUID,
        /,
        *,
        service_id: str | UUID | None = None,
        amount: int,
        title: str | Unset = UNSET,
        send_refund_confirmation_email: bool | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | RefundResponse]:
        """Refund a paid transaction

        Refunds all or part of a settled sale; several refunds may follow each other until
        the amount is used up. imoje asks for at least 5 seconds between simultaneous
        refunds. Refund windows: BLIK and imoje pay later 12 months, cards 3 years.

        Returns every answer as a `Response` (status, headers, raw bytes, parsed body). It
        moves money or state: after an OutcomeUnknownError do not resend it; reconcile.
        `service_id` defaults to the client's. `extra_body` adds fields the spec does not
        list.
        """
        request_body = _resource.body(
            RefundRequest.from_dict,
            refund_transaction.ROUTE,
            {
                "type": "refund",
                "serviceId": self._owner.service(service_id),
                "amount": amount,
                "title": title,
                "sendRefundConfirmationEmail": send_refund_confirmation_email,
            },
            extra_body,
        )
        return await refund_transaction.asyncio_detailed(
            self._owner.merchant_id,
            _resource.identifier(
                refund_transaction.ROUTE, "transactionId", transaction_id
            ),
            client=self._owner.use(),
            body=request_body,
        )

    async def can_refund(
        self,
        transaction_id: str | UUID,
        /,
        *,
        amount: int,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[CanRefundResponse | ErrorResponse]:
        """Tell whether (and how much of) a transaction can be refunded

        Answers whether a refund of `amount` is possible, the full refund amount and the
        partial refund bounds. It changes nothing.

        Returns every answer as a `Response` (status, headers, raw bytes, parsed body).
        `extra_body` adds fields the spec does not list.
        """
        request_body = _resource.body(
            CanRefundRequest.from_dict,
            can_refund_transaction.ROUTE,
            {
                "amount": amount,
            },
            extra_body,
        )
        return await can_refund_transaction.asyncio_detailed(
            self._owner.merchant_id,
            _resource.identifier(
                can_refund_transaction.ROUTE, "transactionId", transaction_id
            ),
            client=self._owner.use(),
            body=request_body,
        )

    async def capture(
        self,
        transaction_id: str | UUID,
        /,
    ) -> Response[Any | ErrorResponse | TransactionChangeResponse]:
        """Capture a pre-authorised transaction

        With pre-authorisation enabled for the shop, a paid transaction waits as
        `authorized`; capturing it makes it `settled`. Only an authorized transaction can be
        captured, and only once. The vendor documents no body and no answer: every field of
        the answer is optional.

        Returns every answer as a `Response` (status, headers, raw bytes, parsed body). It
        moves money or state: after an OutcomeUnknownError do not resend it; reconcile.
        """
        return await capture_transaction.asyncio_detailed(
            self._owner.merchant_id,
            _resource.identifier(
                capture_transaction.ROUTE, "transactionId", transaction_id
            ),
            client=self._owner.use(),
        )

    async def void(
        self,
        transaction_id: str | UUID,
        /,
    ) -> Response[Any | ErrorResponse | TransactionChangeResponse]:
        """Reject (void) a pre-authorised transaction

        With pre-authorisation enabled for the shop, rejects a transaction waiting as
        `authorized`; it becomes `cancelled`. Only an authorized transaction can be voided,
        and only once. The vendor documents no body and no answer: every field of the answer
        is optional.

        Returns every answer as a `Response` (status, headers, raw bytes, parsed body). It
        moves money or state: after an OutcomeUnknownError do not resend it; reconcile.
        """
        return await void_transaction.asyncio_detailed(
            self._owner.merchant_id,
            _resource.identifier(
                void_transaction.ROUTE, "transactionId", transaction_id
            ),
            client=self._owner.use(),
        )


__all__ = [
    "AsyncTransactions",
    "AsyncTransactionsWithRawResponse",
    "Transactions",
    "TransactionsWithRawResponse",
]
