"""The blik resource: one method per operation, bound to a merchant.

Generated from the spec's `blik` tag (method names from `x-method-name`).
"""

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any
from uuid import UUID

from ... import _resource
from ...models.blik_profiles_response import BlikProfilesResponse
from ...models.charge_blik_profile_request import ChargeBlikProfileRequest
from ...models.create_transaction_response import CreateTransactionResponse
from ...models.currency import Currency
from ...models.deactivate_blik_profile_request import DeactivateBlikProfileRequest
from ...models.deactivate_blik_profile_response import DeactivateBlikProfileResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset
from . import charge_blik_profile, deactivate_blik_profile, get_blik_profiles


class Blik(_resource.Resource):
    """Blik."""

    @cached_property
    def with_raw_response(self) -> "BlikWithRawResponse":
        """The same methods, returning every answer (errors too) as a `Response`."""
        return BlikWithRawResponse(self._owner)

    def list_profiles(
        self,
        cid: str,
        /,
        *,
        service_id: str | UUID | None = None,
    ) -> BlikProfilesResponse:
        """List a customer's BLIK OneClick profiles

        Answers the customer's BLIK OneClick profiles (remembered BLIK aliases) in the shop.
        Not on imoje's documentation pages: imoje's own shop plugin uses it.

        Raises the ApiStatusError of any status outside 2xx (see imoje_client.errors).
        `service_id` defaults to the client's.
        """
        return get_blik_profiles.sync(
            self._owner.merchant_id,
            _resource.identifier(
                get_blik_profiles.ROUTE, "serviceId", self._owner.service(service_id)
            ),
            cid,
            client=self._owner.use(),
        )

    def charge(
        self,
        blik_profile_id: str,
        /,
        *,
        service_id: str | UUID | None = None,
        amount: int,
        currency: Currency | str,
        order_id: str,
        title: str,
        client_ip: str,
        blik_key: str | Unset = UNSET,
        blik_code: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CreateTransactionResponse:
        """Charge a BLIK OneClick profile

        Debits a customer's BLIK OneClick profile with one of its aliases (`blikKey`), or
        with a `blikCode` when the bank asks for one. Answers like a BLIK transaction:
        `pending`, and a failure carries a `BLK-ERROR-2100xx` `statusCode`. Not on imoje's
        documentation pages: imoje's own shop plugin uses it. Never retry it automatically.

        Raises the ApiStatusError of any status outside 2xx (see imoje_client.errors). It
        moves money or state: after an OutcomeUnknownError do not resend it; reconcile.
        `service_id` defaults to the client's. `extra_body` adds fields the spec does not
        list.
        """
        request_body = _resource.body(
            ChargeBlikProfileRequest.from_dict,
            charge_blik_profile.ROUTE,
            {
                "serviceId": self._owner.service(service_id),
                "blikProfileId": blik_profile_id,
                "amount": amount,
                "currency": currency,
                "orderId": order_id,
                "title": title,
                "clientIp": client_ip,
                "blikKey": blik_key,
                "blikCode": blik_code,
            },
            extra_body,
        )
        return charge_blik_profile.sync(
            self._owner.merchant_id,
            client=self._owner.use(),
            body=request_body,
        )

    def deactivate(
        self,
        blik_profile_id: str,
        blik_key: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
    ) -> DeactivateBlikProfileResponse:
        """Deactivate a BLIK OneClick alias

        Removes one alias (`blikKey`) of a customer's BLIK OneClick profile; a profile
        without aliases is inactive. Not on imoje's documentation pages: imoje's own shop
        plugin uses it. Every field of the answer is optional: its shape is not known.

        Raises the ApiStatusError of any status outside 2xx (see imoje_client.errors). It
        moves money or state: after an OutcomeUnknownError do not resend it; reconcile.
        `extra_body` adds fields the spec does not list.
        """
        request_body = _resource.body(
            DeactivateBlikProfileRequest.from_dict,
            deactivate_blik_profile.ROUTE,
            {
                "blikProfileId": blik_profile_id,
                "blikKey": blik_key,
            },
            extra_body,
        )
        return deactivate_blik_profile.sync(
            self._owner.merchant_id,
            client=self._owner.use(),
            body=request_body,
        )


class BlikWithRawResponse(_resource.Resource):
    """Blik: every answer as a value."""

    def list_profiles(
        self,
        cid: str,
        /,
        *,
        service_id: str | UUID | None = None,
    ) -> Response[BlikProfilesResponse | ErrorResponse]:
        """List a customer's BLIK OneClick profiles

        Answers the customer's BLIK OneClick profiles (remembered BLIK aliases) in the shop.
        Not on imoje's documentation pages: imoje's own shop plugin uses it.

        Returns every answer as a `Response` (status, headers, raw bytes, parsed body).
        `service_id` defaults to the client's.
        """
        return get_blik_profiles.sync_detailed(
            self._owner.merchant_id,
            _resource.identifier(
                get_blik_profiles.ROUTE, "serviceId", self._owner.service(service_id)
            ),
            cid,
            client=self._owner.use(),
        )

    def charge(
        self,
        blik_profile_id: str,
        /,
        *,
        service_id: str | UUID | None = None,
        amount: int,
        currency: Currency | str,
        order_id: str,
        title: str,
        client_ip: str,
        blik_key: str | Unset = UNSET,
        blik_code: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[CreateTransactionResponse | ErrorResponse]:
        """Charge a BLIK OneClick profile

        Debits a customer's BLIK OneClick profile with one of its aliases (`blikKey`), or
        with a `blikCode` when the bank asks for one. Answers like a BLIK transaction:
        `pending`, and a failure carries a `BLK-ERROR-2100xx` `statusCode`. Not on imoje's
        documentation pages: imoje's own shop plugin uses it. Never retry it automatically.

        Returns every answer as a `Response` (status, headers, raw bytes, parsed body). It
        moves money or state: after an OutcomeUnknownError do not resend it; reconcile.
        `service_id` defaults to the client's. `extra_body` adds fields the spec does not
        list.
        """
        request_body = _resource.body(
            ChargeBlikProfileRequest.from_dict,
            charge_blik_profile.ROUTE,
            {
                "serviceId": self._owner.service(service_id),
                "blikProfileId": blik_profile_id,
                "amount": amount,
                "currency": currency,
                "orderId": order_id,
                "title": title,
                "clientIp": client_ip,
                "blikKey": blik_key,
                "blikCode": blik_code,
            },
            extra_body,
        )
        return charge_blik_profile.sync_detailed(
            self._owner.merchant_id,
            client=self._owner.use(),
            body=request_body,
        )

    def deactivate(
        self,
        blik_profile_id: str,
        blik_key: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[DeactivateBlikProfileResponse | ErrorResponse]:
        """Deactivate a BLIK OneClick alias

        Removes one alias (`blikKey`) of a customer's BLIK OneClick profile; a profile
        without aliases is inactive. Not on imoje's documentation pages: imoje's own shop
        plugin uses it. Every field of the answer is optional: its shape is not known.

        Returns every answer as a `Response` (status, headers, raw bytes, parsed body). It
        moves money or state: after an OutcomeUnknownError do not resend it; reconcile.
        `extra_body` adds fields the spec does not list.
        """
        request_body = _resource.body(
            DeactivateBlikProfileRequest.from_dict,
            deactivate_blik_profile.ROUTE,
            {
                "blikProfileId": blik_profile_id,
                "blikKey": blik_key,
            },
            extra_body,
        )
        return deactivate_blik_profile.sync_detailed(
            self._owner.merchant_id,
            client=self._owner.use(),
            body=request_body,
        )


class AsyncBlik(_resource.Resource):
    """Blik (async)."""

    @cached_property
    def with_raw_response(self) -> "AsyncBlikWithRawResponse":
        """The same methods, returning every answer (errors too) as a `Response`."""
        return AsyncBlikWithRawResponse(self._owner)

    async def list_profiles(
        self,
        cid: str,
        /,
        *,
        service_id: str | UUID | None = None,
    ) -> BlikProfilesResponse:
        """List a customer's BLIK OneClick profiles

        Answers the customer's BLIK OneClick profiles (remembered BLIK aliases) in the shop.
        Not on imoje's documentation pages: imoje's own shop plugin uses it.

        Raises the ApiStatusError of any status outside 2xx (see imoje_client.errors).
        `service_id` defaults to the client's.
        """
        return await get_blik_profiles.asyncio(
            self._owner.merchant_id,
            _resource.identifier(
                get_blik_profiles.ROUTE, "serviceId", self._owner.service(service_id)
            ),
            cid,
            client=self._owner.use(),
        )

    async def charge(
        self,
        blik_profile_id: str,
        /,
        *,
        service_id: str | UUID | None = None,
        amount: int,
        currency: Currency | str,
        order_id: str,
        title: str,
        client_ip: str,
        blik_key: str | Unset = UNSET,
        blik_code: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CreateTransactionResponse:
        """Charge a BLIK OneClick profile

        Debits a customer's BLIK OneClick profile with one of its aliases (`blikKey`), or
        with a `blikCode` when the bank asks for one. Answers like a BLIK transaction:
        `pending`, and a failure carries a `BLK-ERROR-2100xx` `statusCode`. Not on imoje's
        documentation pages: imoje's own shop plugin uses it. Never retry it automatically.

        Raises the ApiStatusError of any status outside 2xx (see imoje_client.errors). It
        moves money or state: after an OutcomeUnknownError do not resend it; reconcile.
        `service_id` defaults to the client's. `extra_body` adds fields the spec does not
        list.
        """
        request_body = _resource.body(
            ChargeBlikProfileRequest.from_dict,
            charge_blik_profile.ROUTE,
            {
                "serviceId": self._owner.service(service_id),
                "blikProfileId": blik_profile_id,
                "amount": amount,
                "currency": currency,
                "orderId": order_id,
                "title": title,
                "clientIp": client_ip,
                "blikKey": blik_key,
                "blikCode": blik_code,
            },
            extra_body,
        )
        return await charge_blik_profile.asyncio(
            self._owner.merchant_id,
            client=self._owner.use(),
            body=request_body,
        )

    async def deactivate(
        self,
        blik_profile_id: str,
        blik_key: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
    ) -> DeactivateBlikProfileResponse:
        """Deactivate a BLIK OneClick alias

        Removes one alias (`blikKey`) of a customer's BLIK OneClick profile; a profile
        without aliases is inactive. Not on imoje's documentation pages: imoje's own shop
        plugin uses it. Every field of the answer is optional: its shape is not known.

        Raises the ApiStatusError of any status outside 2xx (see imoje_client.errors). It
        moves money or state: after an OutcomeUnknownError do not resend it; reconcile.
        `extra_body` adds fields the spec does not list.
        """
        request_body = _resource.body(
            DeactivateBlikProfileRequest.from_dict,
            deactivate_blik_profile.ROUTE,
            {
                "blikProfileId": blik_profile_id,
                "blikKey": blik_key,
            },
            extra_body,
        )
        return await deactivate_blik_profile.asyncio(
            self._owner.merchant_id,
            client=self._owner.use(),
            body=request_body,
        )


class AsyncBlikWithRawResponse(_resource.Resource):
    """Blik (async): every answer as a value."""

    async def list_profiles(
        self,
        cid: str,
        /,
        *,
        service_id: str | UUID | None = None,
    ) -> Response[BlikProfilesResponse | ErrorResponse]:
        """List a customer's BLIK OneClick profiles

        Answers the customer's BLIK OneClick profiles (remembered BLIK aliases) in the shop.
        Not on imoje's documentation pages: imoje's own shop plugin uses it.

        Returns every answer as a `Response` (status, headers, raw bytes, parsed body).
        `service_id` defaults to the client's.
        """
        return await get_blik_profiles.asyncio_detailed(
            self._owner.merchant_id,
            _resource.identifier(
                get_blik_profiles.ROUTE, "serviceId", self._owner.service(service_id)
            ),
            cid,
            client=self._owner.use(),
        )

    async def charge(
        self,
        blik_profile_id: str,
        /,
        *,
        service_id: str | UUID | None = None,
        amount: int,
        currency: Currency | str,
        order_id: str,
        title: str,
        client_ip: str,
        blik_key: str | Unset = UNSET,
        blik_code: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[CreateTransactionResponse | ErrorResponse]:
        """Charge a BLIK OneClick profile

        Debits a customer's BLIK OneClick profile with one of its aliases (`blikKey`), or
        with a `blikCode` when the bank asks for one. Answers like a BLIK transaction:
        `pending`, and a failure carries a `BLK-ERROR-2100xx` `statusCode`. Not on imoje's
        documentation pages: imoje's own shop plugin uses it. Never retry it automatically.

        Returns every answer as a `Response` (status, headers, raw bytes, parsed body). It
        moves money or state: after an OutcomeUnknownError do not resend it; reconcile.
        `service_id` defaults to the client's. `extra_body` adds fields the spec does not
        list.
        """
        request_body = _resource.body(
            ChargeBlikProfileRequest.from_dict,
            charge_blik_profile.ROUTE,
            {
                "serviceId": self._owner.service(service_id),
                "blikProfileId": blik_profile_id,
                "amount": amount,
                "currency": currency,
                "orderId": order_id,
                "title": title,
                "clientIp": client_ip,
                "blikKey": blik_key,
                "blikCode": blik_code,
            },
            extra_body,
        )
        return await charge_blik_profile.asyncio_detailed(
            self._owner.merchant_id,
            client=self._owner.use(),
            body=request_body,
        )

    async def deactivate(
        self,
        blik_profile_id: str,
        blik_key: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[DeactivateBlikProfileResponse | ErrorResponse]:
        """Deactivate a BLIK OneClick alias

        Removes one alias (`blikKey`) of a customer's BLIK OneClick profile; a profile
        without aliases is inactive. Not on imoje's documentation pages: imoje's own shop
        plugin uses it. Every field of the answer is optional: its shape is not known.

        Returns every answer as a `Response` (status, headers, raw bytes, parsed body). It
        moves money or state: after an OutcomeUnknownError do not resend it; reconcile.
        `extra_body` adds fields the spec does not list.
        """
        request_body = _resource.body(
            DeactivateBlikProfileRequest.from_dict,
            deactivate_blik_profile.ROUTE,
            {
                "blikProfileId": blik_profile_id,
                "blikKey": blik_key,
            },
            extra_body,
        )
        return await deactivate_blik_profile.asyncio_detailed(
            self._owner.merchant_id,
            client=self._owner.use(),
            body=request_body,
        )


__all__ = [
    "AsyncBlik",
    "AsyncBlikWithRawResponse",
    "Blik",
    "BlikWithRawResponse",
]
