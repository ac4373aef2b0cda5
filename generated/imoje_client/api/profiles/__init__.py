"""The profiles resource: one method per operation, bound to a merchant.

Generated from the spec's `profiles` tag (method names from `x-method-name`).
"""

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any
from uuid import UUID

from ... import _resource
from ...models.charge_profile_request import ChargeProfileRequest
from ...models.currency import Currency
from ...models.deactivate_profile_request import DeactivateProfileRequest
from ...models.deactivate_profile_response import DeactivateProfileResponse
from ...models.error_response import ErrorResponse
from ...models.invoice import Invoice
from ...models.payment_profile_response import PaymentProfileResponse
from ...models.payment_profiles_response import PaymentProfilesResponse
from ...models.transaction_data import TransactionData
from ...models.transaction_response import TransactionResponse
from ...types import UNSET, Response, Unset
from . import charge_profile, deactivate_profile, get_profile, get_profiles_by_cid


class Profiles(_resource.Resource):
    """Profiles."""

    @cached_property
    def with_raw_response(self) -> "ProfilesWithRawResponse":
        """The same methods, returning every answer (errors too) as a `Response`."""
        return ProfilesWithRawResponse(self._owner)

    def charge(
        self,
        payment_profile_id: str | UUID,
        /,
        *,
        service_id: str | UUID | None = None,
        amount: int,
        currency: Currency | str,
        order_id: str,
        title: str | Unset = UNSET,
        notification_url: str | Unset = UNSET,
        invoice: Invoice | Mapping[str, Any] | Unset = UNSET,
        data: TransactionData | Mapping[str, Any] | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> TransactionResponse:
        """Charge a OneClick or recurring card profile

        Debits an active card profile. Charging an inactive profile answers 400 with code
        `TRX-ERROR-120301`. This charges a customer: a client must never retry it
        automatically.

        Raises the ApiStatusError of any status outside 2xx (see imoje_client.errors). It
        moves money or state: after an OutcomeUnknownError do not resend it; reconcile.
        `service_id` defaults to the client's. `extra_body` adds fields the spec does not
        list.
        """
        request_body = _resource.body(
            ChargeProfileRequest.from_dict,
            charge_profile.ROUTE,
            {
                "serviceId": self._owner.service(service_id),
                "paymentProfileId": payment_profile_id,
                "amount": amount,
                "currency": currency,
                "orderId": order_id,
                "title": title,
                "notificationUrl": notification_url,
                "invoice": invoice,
                "data": data,
            },
            extra_body,
        )
        return charge_profile.sync(
            self._owner.merchant_id,
            client=self._owner.use(),
            body=request_body,
        )

    def get(
        self,
        payment_profile_id: str | UUID,
        /,
    ) -> PaymentProfileResponse:
        """Read a card profile by its id

        One saved card (OneClick or recurring) by the profile id imoje gave it: its card's
        masked number, expiry, organisation and whether it can still be charged.

        Raises the ApiStatusError of any status outside 2xx (see imoje_client.errors).
        """
        return get_profile.sync(
            self._owner.merchant_id,
            _resource.identifier(
                get_profile.ROUTE, "paymentProfileId", payment_profile_id
            ),
            client=self._owner.use(),
        )

    def list(
        self,
        cid: str,
        /,
    ) -> PaymentProfilesResponse:
        """List a customer's card profiles

        Answers every OneClick and recurring card profile saved for the customer, active or
        not (an unknown customer has an empty list).

        Raises the ApiStatusError of any status outside 2xx (see imoje_client.errors).
        """
        return get_profiles_by_cid.sync(
            self._owner.merchant_id,
            cid,
            client=self._owner.use(),
        )

    def deactivate(
        self,
        payment_profile_id: str | UUID,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
    ) -> DeactivateProfileResponse:
        """Deactivate a card profile

        Later charges of a deactivated profile fail with `TRX-ERROR-120301`. Every field of
        the answer is optional: its shape is not documented.

        Raises the ApiStatusError of any status outside 2xx (see imoje_client.errors). It
        moves money or state: after an OutcomeUnknownError do not resend it; reconcile.
        `extra_body` adds fields the spec does not list.
        """
        request_body = _resource.body(
            DeactivateProfileRequest.from_dict,
            deactivate_profile.ROUTE,
            {
                "paymentProfileId": payment_profile_id,
            },
            extra_body,
        )
        return deactivate_profile.sync(
            self._owner.merchant_id,
            client=self._owner.use(),
            body=request_body,
        )


class ProfilesWithRawResponse(_resource.Resource):
    """Profiles: every answer as a value."""

    def charge(
        self,
        payment_profile_id: str | UUID,
        /,
        *,
        service_id: str | UUID | None = None,
        amount: int,
        currency: Currency | str,
        order_id: str,
        title: str | Unset = UNSET,
        notification_url: str | Unset = UNSET,
        invoice: Invoice | Mapping[str, Any] | Unset = UNSET,
        data: TransactionData | Mapping[str, Any] | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | TransactionResponse]:
        """Charge a OneClick or recurring card profile

        Debits an active card profile. Charging an inactive profile answers 400 with code
        `TRX-ERROR-120301`. This charges a customer: a client must never retry it
        automatically.

        Returns every answer as a `Response` (status, headers, raw bytes, parsed body). It
        moves money or state: after an OutcomeUnknownError do not resend it; reconcile.
        `service_id` defaults to the client's. `extra_body` adds fields the spec does not
        list.
        """
        request_body = _resource.body(
            ChargeProfileRequest.from_dict,
            charge_profile.ROUTE,
            {
                "serviceId": self._owner.service(service_id),
                "paymentProfileId": payment_profile_id,
                "amount": amount,
                "currency": currency,
                "orderId": order_id,
                "title": title,
                "notificationUrl": notification_url,
                "invoice": invoice,
                "data": data,
            },
            extra_body,
        )
        return charge_profile.sync_detailed(
            self._owner.merchant_id,
            client=self._owner.use(),
            body=request_body,
        )

    def get(
        self,
        payment_profile_id: str | UUID,
        /,
    ) -> Response[ErrorResponse | PaymentProfileResponse]:
        """Read a card profile by its id

        One saved card (OneClick or recurring) by the profile id imoje gave it: its card's
        masked number, expiry, organisation and whether it can still be charged.

        Returns every answer as a `Response` (status, headers, raw bytes, parsed body).
        """
        return get_profile.sync_detailed(
            self._owner.merchant_id,
            _resource.identifier(
                get_profile.ROUTE, "paymentProfileId", payment_profile_id
            ),
            client=self._owner.use(),
        )

    def list(
        self,
        cid: str,
        /,
    ) -> Response[ErrorResponse | PaymentProfilesResponse]:
        """List a customer's card profiles

        Answers every OneClick and recurring card profile saved for the customer, active or
        not (an unknown customer has an empty list).

        Returns every answer as a `Response` (status, headers, raw bytes, parsed body).
        """
        return get_profiles_by_cid.sync_detailed(
            self._owner.merchant_id,
            cid,
            client=self._owner.use(),
        )

    def deactivate(
        self,
        payment_profile_id: str | UUID,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Any | DeactivateProfileResponse | ErrorResponse]:
        """Deactivate a card profile

        Later charges of a deactivated profile fail with `TRX-ERROR-120301`. Every field of
        the answer is optional: its shape is not documented.

        Returns every answer as a `Response` (status, headers, raw bytes, parsed body). It
        moves money or state: after an OutcomeUnknownError do not resend it; reconcile.
        `extra_body` adds fields the spec does not list.
        """
        request_body = _resource.body(
            DeactivateProfileRequest.from_dict,
            deactivate_profile.ROUTE,
            {
                "paymentProfileId": payment_profile_id,
            },
            extra_body,
        )
        return deactivate_profile.sync_detailed(
            self._owner.merchant_id,
            client=self._owner.use(),
            body=request_body,
        )


class AsyncProfiles(_resource.Resource):
    """Profiles (async)."""

    @cached_property
    def with_raw_response(self) -> "AsyncProfilesWithRawResponse":
        """The same methods, returning every answer (errors too) as a `Response`."""
        return AsyncProfilesWithRawResponse(self._owner)

    async def charge(
        self,
        payment_profile_id: str | UUID,
        /,
        *,
        service_id: str | UUID | None = None,
        amount: int,
        currency: Currency | str,
        order_id: str,
        title: str | Unset = UNSET,
        notification_url: str | Unset = UNSET,
        invoice: Invoice | Mapping[str, Any] | Unset = UNSET,
        data: TransactionData | Mapping[str, Any] | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> TransactionResponse:
        """Charge a OneClick or recurring card profile

        Debits an active card profile. Charging an inactive profile answers 400 with code
        `TRX-ERROR-120301`. This charges a customer: a client must never retry it
        automatically.

        Raises the ApiStatusError of any status outside 2xx (see imoje_client.errors). It
        moves money or state: after an OutcomeUnknownError do not resend it; reconcile.
        `service_id` defaults to the client's. `extra_body` adds fields the spec does not
        list.
        """
        request_body = _resource.body(
            ChargeProfileRequest.from_dict,
            charge_profile.ROUTE,
            {
                "serviceId": self._owner.service(service_id),
                "paymentProfileId": payment_profile_id,
                "amount": amount,
                "currency": currency,
                "orderId": order_id,
                "title": title,
                "notificationUrl": notification_url,
                "invoice": invoice,
                "data": data,
            },
            extra_body,
        )
        return await charge_profile.asyncio(
            self._owner.merchant_id,
            client=self._owner.use(),
            body=request_body,
        )

    async def get(
        self,
        payment_profile_id: str | UUID,
        /,
    ) -> PaymentProfileResponse:
        """Read a card profile by its id

        One saved card (OneClick or recurring) by the profile id imoje gave it: its card's
        masked number, expiry, organisation and whether it can still be charged.

        Raises the ApiStatusError of any status outside 2xx (see imoje_client.errors).
        """
        return await get_profile.asyncio(
            self._owner.merchant_id,
            _resource.identifier(
                get_profile.ROUTE, "paymentProfileId", payment_profile_id
            ),
            client=self._owner.use(),
        )

    async def list(
        self,
        cid: str,
        /,
    ) -> PaymentProfilesResponse:
        """List a customer's card profiles

        Answers every OneClick and recurring card profile saved for the customer, active or
        not (an unknown customer has an empty list).

        Raises the ApiStatusError of any status outside 2xx (see imoje_client.errors).
        """
        return await get_profiles_by_cid.asyncio(
            self._owner.merchant_id,
            cid,
            client=self._owner.use(),
        )

    async def deactivate(
        self,
        payment_profile_id: str | UUID,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
    ) -> DeactivateProfileResponse:
        """Deactivate a card profile

        Later charges of a deactivated profile fail with `TRX-ERROR-120301`. Every field of
        the answer is optional: its shape is not documented.

        Raises the ApiStatusError of any status outside 2xx (see imoje_client.errors). It
        moves money or state: after an OutcomeUnknownError do not resend it; reconcile.
        `extra_body` adds fields the spec does not list.
        """
        request_body = _resource.body(
            DeactivateProfileRequest.from_dict,
            deactivate_profile.ROUTE,
            {
                "paymentProfileId": payment_profile_id,
            },
            extra_body,
        )
        return await deactivate_profile.asyncio(
            self._owner.merchant_id,
            client=self._owner.use(),
            body=request_body,
        )


class AsyncProfilesWithRawResponse(_resource.Resource):
    """Profiles (async): every answer as a value."""

    async def charge(
        self,
        payment_profile_id: str | UUID,
        /,
        *,
        service_id: str | UUID | None = None,
        amount: int,
        currency: Currency | str,
        order_id: str,
        title: str | Unset = UNSET,
        notification_url: str | Unset = UNSET,
        invoice: Invoice | Mapping[str, Any] | Unset = UNSET,
        data: TransactionData | Mapping[str, Any] | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | TransactionResponse]:
        """Charge a OneClick or recurring card profile

        Debits an active card profile. Charging an inactive profile answers 400 with code
        `TRX-ERROR-120301`. This charges a customer: a client must never retry it
        automatically.

        Returns every answer as a `Response` (status, headers, raw bytes, parsed body). It
        moves money or state: after an OutcomeUnknownError do not resend it; reconcile.
        `service_id` defaults to the client's. `extra_body` adds fields the spec does not
        list.
        """
        request_body = _resource.body(
            ChargeProfileRequest.from_dict,
            charge_profile.ROUTE,
            {
                "serviceId": self._owner.service(service_id),
                "paymentProfileId": payment_profile_id,
                "amount": amount,
                "currency": currency,
                "orderId": order_id,
                "title": title,
                "notificationUrl": notification_url,
                "invoice": invoice,
                "data": data,
            },
            extra_body,
        )
        return await charge_profile.asyncio_detailed(
            self._owner.merchant_id,
            client=self._owner.use(),
            body=request_body,
        )

    async def get(
        self,
        payment_profile_id: str | UUID,
        /,
    ) -> Response[ErrorResponse | PaymentProfileResponse]:
        """Read a card profile by its id

        One saved card (OneClick or recurring) by the profile id imoje gave it: its card's
        masked number, expiry, organisation and whether it can still be charged.

        Returns every answer as a `Response` (status, headers, raw bytes, parsed body).
        """
        return await get_profile.asyncio_detailed(
            self._owner.merchant_id,
            _resource.identifier(
                get_profile.ROUTE, "paymentProfileId", payment_profile_id
            ),
            client=self._owner.use(),
        )

    async def list(
        self,
        cid: str,
        /,
    ) -> Response[ErrorResponse | PaymentProfilesResponse]:
        """List a customer's card profiles

        Answers every OneClick and recurring card profile saved for the customer, active or
        not (an unknown customer has an empty list).

        Returns every answer as a `Response` (status, headers, raw bytes, parsed body).
        """
        return await get_profiles_by_cid.asyncio_detailed(
            self._owner.merchant_id,
            cid,
            client=self._owner.use(),
        )

    async def deactivate(
        self,
        payment_profile_id: str | UUID,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Any | DeactivateProfileResponse | ErrorResponse]:
        """Deactivate a card profile

        Later charges of a deactivated profile fail with `TRX-ERROR-120301`. Every field of
        the answer is optional: its shape is not documented.

        Returns every answer as a `Response` (status, headers, raw bytes, parsed body). It
        moves money or state: after an OutcomeUnknownError do not resend it; reconcile.
        `extra_body` adds fields the spec does not list.
        """
        request_body = _resource.body(
            DeactivateProfileRequest.from_dict,
            deactivate_profile.ROUTE,
            {
                "paymentProfileId": payment_profile_id,
            },
            extra_body,
        )
        return await deactivate_profile.asyncio_detailed(
            self._owner.merchant_id,
            client=self._owner.use(),
            body=request_body,
        )


__all__ = [
    "AsyncProfiles",
    "AsyncProfilesWithRawResponse",
    "Profiles",
    "ProfilesWithRawResponse",
]
