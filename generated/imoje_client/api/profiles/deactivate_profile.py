from typing import Any
from urllib.parse import quote

import httpx

from ... import _contract, errors
from ...client import AuthenticatedClient, Client
from ...models.deactivate_profile_request import DeactivateProfileRequest
from ...models.deactivate_profile_response import DeactivateProfileResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    merchant_id: str,
    *,
    body: DeactivateProfileRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/{merchant_id}/profile/deactivate".format(
            merchant_id=quote(str(merchant_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    _contract.check_request(
        "deactivate_profile",
        path={
            "merchantId": merchant_id,
        },
        body=_kwargs.get("json"),
    )
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeactivateProfileResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DeactivateProfileResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeactivateProfileResponse | ErrorResponse]:
    return _contract.build_response(
        "deactivate_profile",
        response,
        lambda: _parse_response(client=client, response=response),
    )


def sync_detailed(
    merchant_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DeactivateProfileRequest,
) -> Response[DeactivateProfileResponse | ErrorResponse]:
    """Deactivate a card profile

     Later charges of a deactivated profile fail with `TRX-ERROR-120301`. The vendor's response body was
    not captured (api-facts §3.9), so every field of it is optional.

    Args:
        merchant_id (str):
        body (DeactivateProfileRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeactivateProfileResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        merchant_id=merchant_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    merchant_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DeactivateProfileRequest,
) -> DeactivateProfileResponse | ErrorResponse | None:
    """Deactivate a card profile

     Later charges of a deactivated profile fail with `TRX-ERROR-120301`. The vendor's response body was
    not captured (api-facts §3.9), so every field of it is optional.

    Args:
        merchant_id (str):
        body (DeactivateProfileRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeactivateProfileResponse | ErrorResponse
    """

    return sync_detailed(
        merchant_id=merchant_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    merchant_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DeactivateProfileRequest,
) -> Response[DeactivateProfileResponse | ErrorResponse]:
    """Deactivate a card profile

     Later charges of a deactivated profile fail with `TRX-ERROR-120301`. The vendor's response body was
    not captured (api-facts §3.9), so every field of it is optional.

    Args:
        merchant_id (str):
        body (DeactivateProfileRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeactivateProfileResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        merchant_id=merchant_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    merchant_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DeactivateProfileRequest,
) -> DeactivateProfileResponse | ErrorResponse | None:
    """Deactivate a card profile

     Later charges of a deactivated profile fail with `TRX-ERROR-120301`. The vendor's response body was
    not captured (api-facts §3.9), so every field of it is optional.

    Args:
        merchant_id (str):
        body (DeactivateProfileRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeactivateProfileResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            merchant_id=merchant_id,
            client=client,
            body=body,
        )
    ).parsed
