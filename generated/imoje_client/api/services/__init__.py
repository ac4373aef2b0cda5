"""The services resource: one method per operation, bound to a merchant.

Generated from the spec's `services` tag (method names from `x-method-name`).
"""

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any
from uuid import UUID

from ... import _resource
from ...models.currency import Currency
from ...models.error_response import ErrorResponse
from ...models.locale import Locale
from ...models.payment_method_group import PaymentMethodGroup
from ...models.payment_methods_request import PaymentMethodsRequest
from ...models.payment_methods_request_device import PaymentMethodsRequestDevice
from ...models.service_response import ServiceResponse
from ...types import UNSET, Response, Unset
from . import get_payment_methods, get_service


class Services(_resource.Resource):
    """Services."""

    @cached_property
    def with_raw_response(self) -> "ServicesWithRawResponse":
        """The same methods, returning every answer (errors too) as a `Response`."""
        return ServicesWithRawResponse(self._owner)

    def get(
        self,
        *,
        service_id: str | UUID | None = None,
    ) -> ServiceResponse:
        """Read a shop (service) and its payment channels

        Answers the shop, whether it is active, and each payment channel with whether it is
        active in the shop and online, and its transaction limits.

        Raises the ApiStatusError of any status outside 2xx (see imoje_client.errors).
        `service_id` defaults to the client's.
        """
        return get_service.sync(
            self._owner.merchant_id,
            _resource.identifier(
                get_service.ROUTE, "serviceId", self._owner.service(service_id)
            ),
            client=self._owner.use(),
        )

    def payment_methods(
        self,
        amount: int,
        currency: Currency | str,
        /,
        *,
        service_id: str | UUID | None = None,
        device: PaymentMethodsRequestDevice | str | Unset = UNSET,
        locale: Locale | str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> list[PaymentMethodGroup]:
        """List the payment methods a payer may use for an amount

        Answers the payment methods available for `amount` in `currency`, each with its
        channels; a channel whose transaction limits exclude the amount is left out. It
        changes nothing.

        Raises the ApiStatusError of any status outside 2xx (see imoje_client.errors).
        `service_id` defaults to the client's. `extra_body` adds fields the spec does not
        list.
        """
        request_body = _resource.body(
            PaymentMethodsRequest.from_dict,
            get_payment_methods.ROUTE,
            {
                "amount": amount,
                "currency": currency,
                "device": device,
                "locale": locale,
            },
            extra_body,
        )
        return get_payment_methods.sync(
            self._owner.merchant_id,
            _resource.identifier(
                get_payment_methods.ROUTE, "serviceId", self._owner.service(service_id)
            ),
            client=self._owner.use(),
            body=request_body,
        )


class ServicesWithRawResponse(_resource.Resource):
    """Services: every answer as a value."""

    def get(
        self,
        *,
        service_id: str | UUID | None = None,
    ) -> Response[ErrorResponse | ServiceResponse]:
        """Read a shop (service) and its payment channels

        Answers the shop, whether it is active, and each payment channel with whether it is
        active in the shop and online, and its transaction limits.

        Returns every answer as a `Response` (status, headers, raw bytes, parsed body).
        `service_id` defaults to the client's.
        """
        return get_service.sync_detailed(
            self._owner.merchant_id,
            _resource.identifier(
                get_service.ROUTE, "serviceId", self._owner.service(service_id)
            ),
            client=self._owner.use(),
        )

    def payment_methods(
        self,
        amount: int,
        currency: Currency | str,
        /,
        *,
        service_id: str | UUID | None = None,
        device: PaymentMethodsRequestDevice | str | Unset = UNSET,
        locale: Locale | str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | list[PaymentMethodGroup]]:
        """List the payment methods a payer may use for an amount

        Answers the payment methods available for `amount` in `currency`, each with its
        channels; a channel whose transaction limits exclude the amount is left out. It
        changes nothing.

        Returns every answer as a `Response` (status, headers, raw bytes, parsed body).
        `service_id` defaults to the client's. `extra_body` adds fields the spec does not
        list.
        """
        request_body = _resource.body(
            PaymentMethodsRequest.from_dict,
            get_payment_methods.ROUTE,
            {
                "amount": amount,
                "currency": currency,
                "device": device,
                "locale": locale,
            },
            extra_body,
        )
        return get_payment_methods.sync_detailed(
            self._owner.merchant_id,
            _resource.identifier(
                get_payment_methods.ROUTE, "serviceId", self._owner.service(service_id)
            ),
            client=self._owner.use(),
            body=request_body,
        )


class AsyncServices(_resource.Resource):
    """Services (async)."""

    @cached_property
    def with_raw_response(self) -> "AsyncServicesWithRawResponse":
        """The same methods, returning every answer (errors too) as a `Response`."""
        return AsyncServicesWithRawResponse(self._owner)

    async def get(
        self,
        *,
        service_id: str | UUID | None = None,
    ) -> ServiceResponse:
        """Read a shop (service) and its payment channels

        Answers the shop, whether it is active, and each payment channel with whether it is
        active in the shop and online, and its transaction limits.

        Raises the ApiStatusError of any status outside 2xx (see imoje_client.errors).
        `service_id` defaults to the client's.
        """
        return await get_service.asyncio(
            self._owner.merchant_id,
            _resource.identifier(
                get_service.ROUTE, "serviceId", self._owner.service(service_id)
            ),
            client=self._owner.use(),
        )

    async def payment_methods(
        self,
        amount: int,
        currency: Currency | str,
        /,
        *,
        service_id: str | UUID | None = None,
        device: PaymentMethodsRequestDevice | str | Unset = UNSET,
        locale: Locale | str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> list[PaymentMethodGroup]:
        """List the payment methods a payer may use for an amount

        Answers the payment methods available for `amount` in `currency`, each with its
        channels; a channel whose transaction limits exclude the amount is left out. It
        changes nothing.

        Raises the ApiStatusError of any status outside 2xx (see imoje_client.errors).
        `service_id` defaults to the client's. `extra_body` adds fields the spec does not
        list.
        """
        request_body = _resource.body(
            PaymentMethodsRequest.from_dict,
            get_payment_methods.ROUTE,
            {
                "amount": amount,
                "currency": currency,
                "device": device,
                "locale": locale,
            },
            extra_body,
        )
        return await get_payment_methods.asyncio(
            self._owner.merchant_id,
            _resource.identifier(
                get_payment_methods.ROUTE, "serviceId", self._owner.service(service_id)
            ),
            client=self._owner.use(),
            body=request_body,
        )


class AsyncServicesWithRawResponse(_resource.Resource):
    """Services (async): every answer as a value."""

    async def get(
        self,
        *,
        service_id: str | UUID | None = None,
    ) -> Response[ErrorResponse | ServiceResponse]:
        """Read a shop (service) and its payment channels

        Answers the shop, whether it is active, and each payment channel with whether it is
        active in the shop and online, and its transaction limits.

        Returns every answer as a `Response` (status, headers, raw bytes, parsed body).
        `service_id` defaults to the client's.
        """
        return await get_service.asyncio_detailed(
            self._owner.merchant_id,
            _resource.identifier(
                get_service.ROUTE, "serviceId", self._owner.service(service_id)
            ),
            client=self._owner.use(),
        )

    async def payment_methods(
        self,
        amount: int,
        currency: Currency | str,
        /,
        *,
        service_id: str | UUID | None = None,
        device: PaymentMethodsRequestDevice | str | Unset = UNSET,
        locale: Locale | str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | list[PaymentMethodGroup]]:
        """List the payment methods a payer may use for an amount

        Answers the payment methods available for `amount` in `currency`, each with its
        channels; a channel whose transaction limits exclude the amount is left out. It
        changes nothing.

        Returns every answer as a `Response` (status, headers, raw bytes, parsed body).
        `service_id` defaults to the client's. `extra_body` adds fields the spec does not
        list.
        """
        request_body = _resource.body(
            PaymentMethodsRequest.from_dict,
            get_payment_methods.ROUTE,
            {
                "amount": amount,
                "currency": currency,
                "device": device,
                "locale": locale,
            },
            extra_body,
        )
        return await get_payment_methods.asyncio_detailed(
            self._owner.merchant_id,
            _resource.identifier(
                get_payment_methods.ROUTE, "serviceId", self._owner.service(service_id)
            ),
            client=self._owner.use(),
            body=request_body,
        )


__all__ = [
    "AsyncServices",
    "AsyncServicesWithRawResponse",
    "Services",
    "ServicesWithRawResponse",
]
