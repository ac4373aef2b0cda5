from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import _contract, _http, _outcome, errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.payment_profile_response import PaymentProfileResponse
from ...types import Response

# The spec's operation this module sends: found by method and path on first use, then kept.
ROUTE = _contract.Route("GET", "/{merchant_id}/profile/id/{payment_profile_id}")


def _get_kwargs(
    merchant_id: str,
    payment_profile_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{merchant_id}/profile/id/{payment_profile_id}".format(
            merchant_id=quote(str(merchant_id), safe=""),
            payment_profile_id=quote(str(payment_profile_id), safe=""),
        ),
    }

    _contract.check_request(
        ROUTE,
        path={
            "merchantId": merchant_id,
            "paymentProfileId": payment_profile_id,
        },
        body=_kwargs.get("json"),
    )
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response, document: Any
) -> ErrorResponse | PaymentProfileResponse | None:
    if response.status_code == 200:
        response_200 = PaymentProfileResponse.from_dict(document)

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(document)

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(document)

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(document)

        return response_404

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(document)

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | PaymentProfileResponse]:
    return _contract.build_response(
        ROUTE,
        response,
        lambda document: _parse_response(
            client=client, response=response, document=document
        ),
    )


def sync_detailed(
    merchant_id: str,
    payment_profile_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | PaymentProfileResponse]:
    """Read a card profile by its id

     One saved card (OneClick or recurring) by the profile id imoje gave it: its card's masked number,
    expiry, organisation and whether it can still be charged.

    Args:
        merchant_id (str):
        payment_profile_id (UUID): Identifier as UUID v4, lowercase.

    Raises:
        errors.RequestValidationError: The request breaks the spec; nothing was sent.
        errors.ApiConnectionError: The connection failed, after the read's retries.
        errors.ApiTimeoutError: No complete answer in time, after the read's retries.
        errors.ResponseTooLargeError: The answer passed Client.max_response_bytes.
        errors.ResponseContractError: A documented answer the models cannot absorb.
        errors.UnexpectedStatus: An undocumented status, with Client.raise_on_unexpected_status.

    Returns:
        Response[ErrorResponse | PaymentProfileResponse]
    """

    kwargs = _get_kwargs(
        merchant_id=merchant_id,
        payment_profile_id=payment_profile_id,
    )

    response = _http.send(client, ROUTE, kwargs)

    return _build_response(client=client, response=response)


def sync(
    merchant_id: str,
    payment_profile_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> PaymentProfileResponse:
    """Read a card profile by its id

     One saved card (OneClick or recurring) by the profile id imoje gave it: its card's masked number,
    expiry, organisation and whether it can still be charged.

    Args:
        merchant_id (str):
        payment_profile_id (UUID): Identifier as UUID v4, lowercase.

    Raises:
        errors.RequestValidationError: The request breaks the spec; nothing was sent.
        errors.ApiConnectionError: The connection failed, after the read's retries.
        errors.ApiTimeoutError: No complete answer in time, after the read's retries.
        errors.ApiStatusError: imoje answered an error status: BadRequestError (400),
            AuthenticationError (401), PermissionDeniedError (403), NotFoundError (404),
            UnprocessableEntityError (422), InternalServerError (5xx).
        errors.ResponseTooLargeError: The answer passed Client.max_response_bytes.
        errors.ResponseContractError: A documented answer the models cannot absorb.
        errors.UnexpectedStatus: A 2xx answer the spec does not document.

    Returns:
        PaymentProfileResponse
    """

    kwargs = _get_kwargs(
        merchant_id=merchant_id,
        payment_profile_id=payment_profile_id,
    )

    response = _http.send(client, ROUTE, kwargs)
    _outcome.raise_for_status(ROUTE, response)
    return _outcome.expect(
        _build_response(client=client, response=response), PaymentProfileResponse, ROUTE
    )


async def asyncio_detailed(
    merchant_id: str,
    payment_profile_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | PaymentProfileResponse]:
    """Read a card profile by its id

     One saved card (OneClick or recurring) by the profile id imoje gave it: its card's masked number,
    expiry, organisation and whether it can still be charged.

    Args:
        merchant_id (str):
        payment_profile_id (UUID): Identifier as UUID v4, lowercase.

    Raises:
        errors.RequestValidationError: The request breaks the spec; nothing was sent.
        errors.ApiConnectionError: The connection failed, after the read's retries.
        errors.ApiTimeoutError: No complete answer in time, after the read's retries.
        errors.ResponseTooLargeError: The answer passed Client.max_response_bytes.
        errors.ResponseContractError: A documented answer the models cannot absorb.
        errors.UnexpectedStatus: An undocumented status, with Client.raise_on_unexpected_status.

    Returns:
        Response[ErrorResponse | PaymentProfileResponse]
    """

    kwargs = _get_kwargs(
        merchant_id=merchant_id,
        payment_profile_id=payment_profile_id,
    )

    response = await _http.send_async(client, ROUTE, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    merchant_id: str,
    payment_profile_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> PaymentProfileResponse:
    """Read a card profile by its id

     One saved card (OneClick or recurring) by the profile id imoje gave it: its card's masked number,
    expiry, organisation and whether it can still be charged.

    Args:
        merchant_id (str):
        payment_profile_id (UUID): Identifier as UUID v4, lowercase.

    Raises:
        errors.RequestValidationError: The request breaks the spec; nothing was sent.
        errors.ApiConnectionError: The connection failed, after the read's retries.
        errors.ApiTimeoutError: No complete answer in time, after the read's retries.
        errors.ApiStatusError: imoje answered an error status: BadRequestError (400),
            AuthenticationError (401), PermissionDeniedError (403), NotFoundError (404),
            UnprocessableEntityError (422), InternalServerError (5xx).
        errors.ResponseTooLargeError: The answer passed Client.max_response_bytes.
        errors.ResponseContractError: A documented answer the models cannot absorb.
        errors.UnexpectedStatus: A 2xx answer the spec does not document.

    Returns:
        PaymentProfileResponse
    """

    kwargs = _get_kwargs(
        merchant_id=merchant_id,
        payment_profile_id=payment_profile_id,
    )

    response = await _http.send_async(client, ROUTE, kwargs)
    _outcome.raise_for_status(ROUTE, response)
    return _outcome.expect(
        _build_response(client=client, response=response), PaymentProfileResponse, ROUTE
    )
