from typing import Any
from urllib.parse import quote

import httpx

from ... import _contract, _http, _outcome, errors
from ...client import AuthenticatedClient, Client
from ...models.charge_blik_profile_request import ChargeBlikProfileRequest
from ...models.create_transaction_response import CreateTransactionResponse
from ...models.error_response import ErrorResponse
from ...types import Response

# The spec's operation this module sends: found by method and path on first use, then kept.
ROUTE = _contract.Route("POST", "/{merchant_id}/transaction/profile/blik")


def _get_kwargs(
    merchant_id: str,
    *,
    body: ChargeBlikProfileRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/{merchant_id}/transaction/profile/blik".format(
            merchant_id=quote(str(merchant_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    _contract.check_request(
        ROUTE,
        path={
            "merchantId": merchant_id,
        },
        body=_kwargs.get("json"),
    )
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response, document: Any
) -> CreateTransactionResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CreateTransactionResponse.from_dict(document)

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(document)

        return response_400

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
) -> Response[CreateTransactionResponse | ErrorResponse]:
    return _contract.build_response(
        ROUTE,
        response,
        lambda document: _parse_response(
            client=client, response=response, document=document
        ),
    )


def sync_detailed(
    merchant_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ChargeBlikProfileRequest,
) -> Response[CreateTransactionResponse | ErrorResponse]:
    """Charge a BLIK OneClick profile

     Debits a customer's BLIK OneClick profile with one of its aliases (`blikKey`), or with a `blikCode`
    when the bank asks for one. Answers like a BLIK transaction: `pending`, and a failure carries a
    `BLK-ERROR-2100xx` `statusCode`. Not on imoje's documentation pages: imoje's own shop plugin uses
    it. Never retry it automatically.

    Args:
        merchant_id (str):
        body (ChargeBlikProfileRequest): What imoje's plugin sends (always the first seven
            fields). Known only from that code, so the object stays open.

    Raises:
        errors.RequestValidationError: The request breaks the spec; nothing was sent.
        errors.ApiConnectionError: The connection failed before the request left.
        errors.ApiTimeoutError: No complete answer in time, and nothing was sent.
        errors.OutcomeUnknownError: The request may have been executed: do not
            resend it; reconcile by reading the resource or waiting for the notification.
        errors.ResponseTooLargeError: The answer passed Client.max_response_bytes.
        errors.ResponseContractError: A documented answer the models cannot absorb.
        errors.UnexpectedStatus: An undocumented status, with Client.raise_on_unexpected_status.

    Returns:
        Response[CreateTransactionResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        merchant_id=merchant_id,
        body=body,
    )

    response = _http.send(client, ROUTE, kwargs)

    return _build_response(client=client, response=response)


def sync(
    merchant_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ChargeBlikProfileRequest,
) -> CreateTransactionResponse:
    """Charge a BLIK OneClick profile

     Debits a customer's BLIK OneClick profile with one of its aliases (`blikKey`), or with a `blikCode`
    when the bank asks for one. Answers like a BLIK transaction: `pending`, and a failure carries a
    `BLK-ERROR-2100xx` `statusCode`. Not on imoje's documentation pages: imoje's own shop plugin uses
    it. Never retry it automatically.

    Args:
        merchant_id (str):
        body (ChargeBlikProfileRequest): What imoje's plugin sends (always the first seven
            fields). Known only from that code, so the object stays open.

    Raises:
        errors.RequestValidationError: The request breaks the spec; nothing was sent.
        errors.ApiConnectionError: The connection failed before the request left.
        errors.ApiTimeoutError: No complete answer in time, and nothing was sent.
        errors.OutcomeUnknownError: The request may have been executed (for a
            5xx: an OutcomeUnknownServerError, also an InternalServerError): do not
            resend it; reconcile by reading the resource or waiting for the notification.
        errors.ApiStatusError: imoje answered an error status: BadRequestError (400),
            AuthenticationError (401), PermissionDeniedError (403), NotFoundError (404),
            UnprocessableEntityError (422), InternalServerError (5xx).
        errors.ResponseTooLargeError: The answer passed Client.max_response_bytes.
        errors.ResponseContractError: A documented answer the models cannot absorb.
        errors.UnexpectedStatus: A 2xx answer the spec does not document.

    Returns:
        CreateTransactionResponse
    """

    kwargs = _get_kwargs(
        merchant_id=merchant_id,
        body=body,
    )

    response = _http.send(client, ROUTE, kwargs)
    _outcome.raise_for_status(ROUTE, response)
    return _outcome.expect(
        _build_response(client=client, response=response),
        CreateTransactionResponse,
        ROUTE,
    )


async def asyncio_detailed(
    merchant_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ChargeBlikProfileRequest,
) -> Response[CreateTransactionResponse | ErrorResponse]:
    """Charge a BLIK OneClick profile

     Debits a customer's BLIK OneClick profile with one of its aliases (`blikKey`), or with a `blikCode`
    when the bank asks for one. Answers like a BLIK transaction: `pending`, and a failure carries a
    `BLK-ERROR-2100xx` `statusCode`. Not on imoje's documentation pages: imoje's own shop plugin uses
    it. Never retry it automatically.

    Args:
        merchant_id (str):
        body (ChargeBlikProfileRequest): What imoje's plugin sends (always the first seven
            fields). Known only from that code, so the object stays open.

    Raises:
        errors.RequestValidationError: The request breaks the spec; nothing was sent.
        errors.ApiConnectionError: The connection failed before the request left.
        errors.ApiTimeoutError: No complete answer in time, and nothing was sent.
        errors.OutcomeUnknownError: The request may have been executed: do not
            resend it; reconcile by reading the resource or waiting for the notification.
        errors.ResponseTooLargeError: The answer passed Client.max_response_bytes.
        errors.ResponseContractError: A documented answer the models cannot absorb.
        errors.UnexpectedStatus: An undocumented status, with Client.raise_on_unexpected_status.

    Returns:
        Response[CreateTransactionResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        merchant_id=merchant_id,
        body=body,
    )

    response = await _http.send_async(client, ROUTE, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    merchant_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ChargeBlikProfileRequest,
) -> CreateTransactionResponse:
    """Charge a BLIK OneClick profile

     Debits a customer's BLIK OneClick profile with one of its aliases (`blikKey`), or with a `blikCode`
    when the bank asks for one. Answers like a BLIK transaction: `pending`, and a failure carries a
    `BLK-ERROR-2100xx` `statusCode`. Not on imoje's documentation pages: imoje's own shop plugin uses
    it. Never retry it automatically.

    Args:
        merchant_id (str):
        body (ChargeBlikProfileRequest): What imoje's plugin sends (always the first seven
            fields). Known only from that code, so the object stays open.

    Raises:
        errors.RequestValidationError: The request breaks the spec; nothing was sent.
        errors.ApiConnectionError: The connection failed before the request left.
        errors.ApiTimeoutError: No complete answer in time, and nothing was sent.
        errors.OutcomeUnknownError: The request may have been executed (for a
            5xx: an OutcomeUnknownServerError, also an InternalServerError): do not
            resend it; reconcile by reading the resource or waiting for the notification.
        errors.ApiStatusError: imoje answered an error status: BadRequestError (400),
            AuthenticationError (401), PermissionDeniedError (403), NotFoundError (404),
            UnprocessableEntityError (422), InternalServerError (5xx).
        errors.ResponseTooLargeError: The answer passed Client.max_response_bytes.
        errors.ResponseContractError: A documented answer the models cannot absorb.
        errors.UnexpectedStatus: A 2xx answer the spec does not document.

    Returns:
        CreateTransactionResponse
    """

    kwargs = _get_kwargs(
        merchant_id=merchant_id,
        body=body,
    )

    response = await _http.send_async(client, ROUTE, kwargs)
    _outcome.raise_for_status(ROUTE, response)
    return _outcome.expect(
        _build_response(client=client, response=response),
        CreateTransactionResponse,
        ROUTE,
    )
