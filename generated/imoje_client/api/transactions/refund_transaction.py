from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import _contract, _http, _outcome, errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.refund_request import RefundRequest
from ...models.refund_response import RefundResponse
from ...types import Response

# The spec's operation this module sends: found by method and path on first use, then kept.
ROUTE = _contract.Route("POST", "/{merchant_id}/transaction/{transaction_id}/refund")


def _get_kwargs(
    merchant_id: str,
    transaction_id: UUID,
    *,
    body: RefundRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/{merchant_id}/transaction/{transaction_id}/refund".format(
            merchant_id=quote(str(merchant_id), safe=""),
            transaction_id=quote(str(transaction_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    _contract.check_request(
        ROUTE,
        path={
            "merchantId": merchant_id,
            "transactionId": transaction_id,
        },
        body=_kwargs.get("json"),
    )
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response, document: Any
) -> ErrorResponse | RefundResponse | None:
    if response.status_code == 200:
        response_200 = RefundResponse.from_dict(document)

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
) -> Response[ErrorResponse | RefundResponse]:
    return _contract.build_response(
        ROUTE,
        response,
        lambda document: _parse_response(
            client=client, response=response, document=document
        ),
    )


def sync_detailed(
    merchant_id: str,
    transaction_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: RefundRequest,
) -> Response[ErrorResponse | RefundResponse]:
    """Refund a paid transaction

     Refunds all or part of a settled sale; several refunds may follow each other until the amount is
    used up. imoje asks for at least 5 seconds between simultaneous refunds. Refund windows: BLIK and
    imoje pay later 12 months, cards 3 years.

    Args:
        merchant_id (str):
        transaction_id (UUID): Identifier as UUID v4, lowercase.
        body (RefundRequest):

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
        Response[ErrorResponse | RefundResponse]
    """

    kwargs = _get_kwargs(
        merchant_id=merchant_id,
        transaction_id=transaction_id,
        body=body,
    )

    response = _http.send(client, ROUTE, kwargs)

    return _build_response(client=client, response=response)


def sync(
    merchant_id: str,
    transaction_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: RefundRequest,
) -> RefundResponse:
    """Refund a paid transaction

     Refunds all or part of a settled sale; several refunds may follow each other until the amount is
    used up. imoje asks for at least 5 seconds between simultaneous refunds. Refund windows: BLIK and
    imoje pay later 12 months, cards 3 years.

    Args:
        merchant_id (str):
        transaction_id (UUID): Identifier as UUID v4, lowercase.
        body (RefundRequest):

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
        RefundResponse
    """

    kwargs = _get_kwargs(
        merchant_id=merchant_id,
        transaction_id=transaction_id,
        body=body,
    )

    response = _http.send(client, ROUTE, kwargs)
    _outcome.raise_for_status(ROUTE, response)
    return _outcome.expect(
        _build_response(client=client, response=response), RefundResponse, ROUTE
    )


async def asyncio_detailed(
    merchant_id: str,
    transaction_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: RefundRequest,
) -> Response[ErrorResponse | RefundResponse]:
    """Refund a paid transaction

     Refunds all or part of a settled sale; several refunds may follow each other until the amount is
    used up. imoje asks for at least 5 seconds between simultaneous refunds. Refund windows: BLIK and
    imoje pay later 12 months, cards 3 years.

    Args:
        merchant_id (str):
        transaction_id (UUID): Identifier as UUID v4, lowercase.
        body (RefundRequest):

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
        Response[ErrorResponse | RefundResponse]
    """

    kwargs = _get_kwargs(
        merchant_id=merchant_id,
        transaction_id=transaction_id,
        body=body,
    )

    response = await _http.send_async(client, ROUTE, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    merchant_id: str,
    transaction_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: RefundRequest,
) -> RefundResponse:
    """Refund a paid transaction

     Refunds all or part of a settled sale; several refunds may follow each other until the amount is
    used up. imoje asks for at least 5 seconds between simultaneous refunds. Refund windows: BLIK and
    imoje pay later 12 months, cards 3 years.

    Args:
        merchant_id (str):
        transaction_id (UUID): Identifier as UUID v4, lowercase.
        body (RefundRequest):

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
        RefundResponse
    """

    kwargs = _get_kwargs(
        merchant_id=merchant_id,
        transaction_id=transaction_id,
        body=body,
    )

    response = await _http.send_async(client, ROUTE, kwargs)
    _outcome.raise_for_status(ROUTE, response)
    return _outcome.expect(
        _build_response(client=client, response=response), RefundResponse, ROUTE
    )
