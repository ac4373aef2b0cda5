"""The payments resource: one method per operation, bound to a merchant.

Generated from the spec's `payments` tag (method names from `x-method-name`).
"""

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any
from uuid import UUID

from ... import _resource
from ...models.cancel_payment_request import CancelPaymentRequest
from ...models.create_payment_request import CreatePaymentRequest
from ...models.create_payment_response import CreatePaymentResponse
from ...models.currency import Currency
from ...models.error_response import ErrorResponse
from ...models.invoice import Invoice
from ...models.link_customer_input import LinkCustomerInput
from ...models.payment_link import PaymentLink
from ...models.payment_method_code import PaymentMethodCode
from ...models.visible_method import VisibleMethod
from ...types import UNSET, Response, Unset
from . import cancel_payment, create_payment, get_payment


class Payments(_resource.Resource):
    """Payments."""

    @cached_property
    def with_raw_response(self) -> "PaymentsWithRawResponse":
        """The same methods, returning every answer (errors too) as a `Response`."""
        return PaymentsWithRawResponse(self._owner)

    def create(
        self,
        *,
        service_id: str | UUID | None = None,
        amount: int,
        currency: Currency | str,
        order_id: str,
        customer: LinkCustomerInput | Mapping[str, Any],
        title: str | Unset = UNSET,
        additional_description: str | Unset = UNSET,
        visible_method: Sequence[VisibleMethod | str] | Unset = UNSET,
        preselect_method_code: PaymentMethodCode | str | Unset = UNSET,
        return_url: str | Unset = UNSET,
        success_return_url: str | Unset = UNSET,
        failure_return_url: str | Unset = UNSET,
        notification_url: str | Unset = UNSET,
        valid_to: int | None | Unset = UNSET,
        invoice: Invoice | Mapping[str, Any] | Unset = UNSET,
        version: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CreatePaymentResponse:
        """Create a payment link

        Creates a payment link and answers with its paywall `url`.

        Raises the ApiStatusError of any status outside 2xx (see imoje_client.errors). It
        moves money or state: after an OutcomeUnknownError do not resend it; reconcile.
        `service_id` defaults to the client's. `extra_body` adds fields the spec does not
        list.
        """
        request_body = _resource.body(
            CreatePaymentRequest.from_dict,
            create_payment.ROUTE,
            {
                "serviceId": self._owner.service(service_id),
                "amount": amount,
                "currency": currency,
                "orderId": order_id,
                "customer": customer,
                "title": title,
                "additionalDescription": additional_description,
                "visibleMethod": visible_method,
                "preselectMethodCode": preselect_method_code,
                "returnUrl": return_url,
                "successReturnUrl": success_return_url,
                "failureReturnUrl": failure_return_url,
                "notificationUrl": notification_url,
                "validTo": valid_to,
                "invoice": invoice,
                "version": version,
            },
            extra_body,
        )
        return create_payment.sync(
            self._owner.merchant_id,
            client=self._owner.use(),
            body=request_body,
        )

    def get(
        self,
        payment_id: str | UUID,
        /,
    ) -> PaymentLink:
        """Read a payment link

        Answers with the flat payment-link object, the same shape as the cancellation's 200
        body.

        Raises the ApiStatusError of any status outside 2xx (see imoje_client.errors).
        """
        return get_payment.sync(
            self._owner.merchant_id,
            _resource.identifier(get_payment.ROUTE, "paymentId", payment_id),
            client=self._owner.use(),
        )

    def cancel(
        self,
        payment_id: str | UUID,
        /,
        *,
        service_id: str | UUID | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> PaymentLink:
        """Cancel a payment link

        Cancels a new or pending payment link and answers with the whole link. A link that
        is already cancelled, used or settled cannot be cancelled (400).

        Raises the ApiStatusError of any status outside 2xx (see imoje_client.errors). It
        moves money or state: after an OutcomeUnknownError do not resend it; reconcile.
        `service_id` defaults to the client's. `extra_body` adds fields the spec does not
        list.
        """
        request_body = _resource.body(
            CancelPaymentRequest.from_dict,
            cancel_payment.ROUTE,
            {
                "serviceId": self._owner.service(service_id),
                "paymentId": payment_id,
            },
            extra_body,
        )
        return cancel_payment.sync(
            self._owner.merchant_id,
            client=self._owner.use(),
            body=request_body,
        )


class PaymentsWithRawResponse(_resource.Resource):
    """Payments: every answer as a value."""

    def create(
        self,
        *,
        service_id: str | UUID | None = None,
        amount: int,
        currency: Currency | str,
        order_id: str,
        customer: LinkCustomerInput | Mapping[str, Any],
        title: str | Unset = UNSET,
        additional_description: str | Unset = UNSET,
        visible_method: Sequence[VisibleMethod | str] | Unset = UNSET,
        preselect_method_code: PaymentMethodCode | str | Unset = UNSET,
        return_url: str | Unset = UNSET,
        success_return_url: str | Unset = UNSET,
        failure_return_url: str | Unset = UNSET,
        notification_url: str | Unset = UNSET,
        valid_to: int | None | Unset = UNSET,
        invoice: Invoice | Mapping[str, Any] | Unset = UNSET,
        version: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[CreatePaymentResponse | ErrorResponse]:
        """Create a payment link

        Creates a payment link and answers with its paywall `url`.

        Returns every answer as a `Response` (status, headers, raw bytes, parsed body). It
        moves money or state: after an OutcomeUnknownError do not resend it; reconcile.
        `service_id` defaults to the client's. `extra_body` adds fields the spec does not
        list.
        """
        request_body = _resource.body(
            CreatePaymentRequest.from_dict,
            create_payment.ROUTE,
            {
                "serviceId": self._owner.service(service_id),
                "amount": amount,
                "currency": currency,
                "orderId": order_id,
                "customer": customer,
                "title": title,
                "additionalDescription": additional_description,
                "visibleMethod": visible_method,
                "preselectMethodCode": preselect_method_code,
                "returnUrl": return_url,
                "successReturnUrl": success_return_url,
                "failureReturnUrl": failure_return_url,
                "notificationUrl": notification_url,
                "validTo": valid_to,
                "invoice": invoice,
                "version": version,
            },
            extra_body,
        )
        return create_payment.sync_detailed(
            self._owner.merchant_id,
            client=self._owner.use(),
            body=request_body,
        )

    def get(
        self,
        payment_id: str | UUID,
        /,
    ) -> Response[ErrorResponse | PaymentLink]:
        """Read a payment link

        Answers with the flat payment-link object, the same shape as the cancellation's 200
        body.

        Returns every answer as a `Response` (status, headers, raw bytes, parsed body).
        """
        return get_payment.sync_detailed(
            self._owner.merchant_id,
            _resource.identifier(get_payment.ROUTE, "paymentId", payment_id),
            client=self._owner.use(),
        )

    def cancel(
        self,
        payment_id: str | UUID,
        /,
        *,
        service_id: str | UUID | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | PaymentLink]:
        """Cancel a payment link

        Cancels a new or pending payment link and answers with the whole link. A link that
        is already cancelled, used or settled cannot be cancelled (400).

        Returns every answer as a `Response` (status, headers, raw bytes, parsed body). It
        moves money or state: after an OutcomeUnknownError do not resend it; reconcile.
        `service_id` defaults to the client's. `extra_body` adds fields the spec does not
        list.
        """
        request_body = _resource.body(
            CancelPaymentRequest.from_dict,
            cancel_payment.ROUTE,
            {
                "serviceId": self._owner.service(service_id),
                "paymentId": payment_id,
            },
            extra_body,
        )
        return cancel_payment.sync_detailed(
            self._owner.merchant_id,
            client=self._owner.use(),
            body=request_body,
        )


class AsyncPayments(_resource.Resource):
    """Payments (async)."""

    @cached_property
    def with_raw_response(self) -> "AsyncPaymentsWithRawResponse":
        """The same methods, returning every answer (errors too) as a `Response`."""
        return AsyncPaymentsWithRawResponse(self._owner)

    async def create(
        self,
        *,
        service_id: str | UUID | None = None,
        amount: int,
        currency: Currency | str,
        order_id: str,
        customer: LinkCustomerInput | Mapping[str, Any],
        title: str | Unset = UNSET,
        additional_description: str | Unset = UNSET,
        visible_method: Sequence[VisibleMethod | str] | Unset = UNSET,
        preselect_method_code: PaymentMethodCode | str | Unset = UNSET,
        return_url: str | Unset = UNSET,
        success_return_url: str | Unset = UNSET,
        failure_return_url: str | Unset = UNSET,
        notification_url: str | Unset = UNSET,
        valid_to: int | None | Unset = UNSET,
        invoice: Invoice | Mapping[str, Any] | Unset = UNSET,
        version: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CreatePaymentResponse:
        """Create a payment link

        Creates a payment link and answers with its paywall `url`.

        Raises the ApiStatusError of any status outside 2xx (see imoje_client.errors). It
        moves money or state: after an OutcomeUnknownError do not resend it; reconcile.
        `service_id` defaults to the client's. `extra_body` adds fields the spec does not
        list.
        """
        request_body = _resource.body(
            CreatePaymentRequest.from_dict,
            create_payment.ROUTE,
            {
                "serviceId": self._owner.service(service_id),
                "amount": amount,
                "currency": currency,
                "orderId": order_id,
                "customer": customer,
                "title": title,
                "additionalDescription": additional_description,
                "visibleMethod": visible_method,
                "preselectMethodCode": preselect_method_code,
                "returnUrl": return_url,
                "successReturnUrl": success_return_url,
                "failureReturnUrl": failure_return_url,
                "notificationUrl": notification_url,
                "validTo": valid_to,
                "invoice": invoice,
                "version": version,
            },
            extra_body,
        )
        return await create_payment.asyncio(
            self._owner.merchant_id,
            client=self._owner.use(),
            body=request_body,
        )

    async def get(
        self,
        payment_id: str | UUID,
        /,
    ) -> PaymentLink:
        """Read a payment link

        Answers with the flat payment-link object, the same shape as the cancellation's 200
        body.

        Raises the ApiStatusError of any status outside 2xx (see imoje_client.errors).
        """
        return await get_payment.asyncio(
            self._owner.merchant_id,
            _resource.identifier(get_payment.ROUTE, "paymentId", payment_id),
            client=self._owner.use(),
        )

    async def cancel(
        self,
        payment_id: str | UUID,
        /,
        *,
        service_id: str | UUID | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> PaymentLink:
        """Cancel a payment link

        Cancels a new or pending payment link and answers with the whole link. A link that
        is already cancelled, used or settled cannot be cancelled (400).

        Raises the ApiStatusError of any status outside 2xx (see imoje_client.errors). It
        moves money or state: after an OutcomeUnknownError do not resend it; reconcile.
        `service_id` defaults to the client's. `extra_body` adds fields the spec does not
        list.
        """
        request_body = _resource.body(
            CancelPaymentRequest.from_dict,
            cancel_payment.ROUTE,
            {
                "serviceId": self._owner.service(service_id),
                "paymentId": payment_id,
            },
            extra_body,
        )
        return await cancel_payment.asyncio(
            self._owner.merchant_id,
            client=self._owner.use(),
            body=request_body,
        )


class AsyncPaymentsWithRawResponse(_resource.Resource):
    """Payments (async): every answer as a value."""

    async def create(
        self,
        *,
        service_id: str | UUID | None = None,
        amount: int,
        currency: Currency | str,
        order_id: str,
        customer: LinkCustomerInput | Mapping[str, Any],
        title: str | Unset = UNSET,
        additional_description: str | Unset = UNSET,
        visible_method: Sequence[VisibleMethod | str] | Unset = UNSET,
        preselect_method_code: PaymentMethodCode | str | Unset = UNSET,
        return_url: str | Unset = UNSET,
        success_return_url: str | Unset = UNSET,
        failure_return_url: str | Unset = UNSET,
        notification_url: str | Unset = UNSET,
        valid_to: int | None | Unset = UNSET,
        invoice: Invoice | Mapping[str, Any] | Unset = UNSET,
        version: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[CreatePaymentResponse | ErrorResponse]:
        """Create a payment link

        Creates a payment link and answers with its paywall `url`.

        Returns every answer as a `Response` (status, headers, raw bytes, parsed body). It
        moves money or state: after an OutcomeUnknownError do not resend it; reconcile.
        `service_id` defaults to the client's. `extra_body` adds fields the spec does not
        list.
        """
        request_body = _resource.body(
            CreatePaymentRequest.from_dict,
            create_payment.ROUTE,
            {
                "serviceId": self._owner.service(service_id),
                "amount": amount,
                "currency": currency,
                "orderId": order_id,
                "customer": customer,
                "title": title,
                "additionalDescription": additional_description,
                "visibleMethod": visible_method,
                "preselectMethodCode": preselect_method_code,
                "returnUrl": return_url,
                "successReturnUrl": success_return_url,
                "failureReturnUrl": failure_return_url,
                "notificationUrl": notification_url,
                "validTo": valid_to,
                "invoice": invoice,
                "version": version,
            },
            extra_body,
        )
        return await create_payment.asyncio_detailed(
            self._owner.merchant_id,
            client=self._owner.use(),
            body=request_body,
        )

    async def get(
        self,
        payment_id: str | UUID,
        /,
    ) -> Response[ErrorResponse | PaymentLink]:
        """Read a payment link

        Answers with the flat payment-link object, the same shape as the cancellation's 200
        body.

        Returns every answer as a `Response` (status, headers, raw bytes, parsed body).
        """
        return await get_payment.asyncio_detailed(
            self._owner.merchant_id,
            _resource.identifier(get_payment.ROUTE, "paymentId", payment_id),
            client=self._owner.use(),
        )

    async def cancel(
        self,
        payment_id: str | UUID,
        /,
        *,
        service_id: str | UUID | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | PaymentLink]:
        """Cancel a payment link

        Cancels a new or pending payment link and answers with the whole link. A link that
        is already cancelled, used or settled cannot be cancelled (400).

        Returns every answer as a `Response` (status, headers, raw bytes, parsed body). It
        moves money or state: after an OutcomeUnknownError do not resend it; reconcile.
        `service_id` defaults to the client's. `extra_body` adds fields the spec does not
        list.
        """
        request_body = _resource.body(
            CancelPaymentRequest.from_dict,
            cancel_payment.ROUTE,
            {
                "serviceId": self._owner.service(service_id),
                "paymentId": payment_id,
            },
            extra_body,
        )
        return await cancel_payment.asyncio_detailed(
            self._owner.merchant_id,
            client=self._owner.use(),
            body=request_body,
        )


__all__ = [
    "AsyncPayments",
    "AsyncPaymentsWithRawResponse",
    "Payments",
    "PaymentsWithRawResponse",
]
