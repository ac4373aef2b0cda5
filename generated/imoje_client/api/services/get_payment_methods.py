from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import _contract, _http, _outcome, errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.payment_method_group import PaymentMethodGroup
from ...models.payment_methods_request import PaymentMethodsRequest
from ...types import Response

# The spec's operation this module sends: found by method and path on first use, then kept.
ROUTE = _contract.Route(
    "POST", "/{merchant_id}/service/{service_id}/get-payment-methods"
)


def _get_kwargs(
    merchant_id: str,
    service_id: UUID,
    *,
    body: PaymentMethodsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/{merchant_id}/service/{service_id}/get-payment-methods".format(
            merchant_id=quote(str(merchant_id), safe=""),
            service_id=quote(str(service_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    _contract.check_request(
        ROUTE,
        path={
            "merchantId": merchant_id,
            "serviceId": service_id,
        },
        body=_kwargs.get("json"),
    )
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response, document: Any
) -> ErrorResponse | list[PaymentMethodGroup] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = document
        for response_200_item_data in _response_200:
            response_200_item = PaymentMethodGroup.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[ErrorResponse | list[PaymentMethodGroup]]:
    return _contract.build_response(
        ROUTE,
        response,
        lambda document: _parse_response(
            client=client, response=response, document=document
        ),
    )


def sync_detailed(
    merchant_id: str,
    service_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: PaymentMethodsRequest,
) -> Response[ErrorResponse | list[PaymentMethodGroup]]:
    """List the payment methods a payer may use for an amount

     Answers the payment methods available for `amount` in `currency`, each with its channels; a channel
    whose transaction limits exclude the amount is left out. It changes nothing.

    Args:
        merchant_id (str):
        service_id (UUID): Identifier as UUID v4, lowercase.
        body (PaymentMethodsRequest):

    Raises:
        errors.RequestValidationError: The request breaks the spec; nothing was sent.
        errors.ApiConnectionError: The connection failed.
        errors.ApiTimeoutError: No complete answer in time.
        errors.ResponseTooLargeError: The answer passed Client.max_response_bytes.
        errors.ResponseContractError: A documented answer the models cannot absorb.
        errors.UnexpectedStatus: An undocumented status, with Client.raise_on_unexpected_status.

    Returns:
        Response[ErrorResponse | list[PaymentMethodGroup]]
    """

    kwargs = _get_kwargs(
        merchant_id=merchant_id,
        service_id=service_id,
        body=body,
    )

    response = _http.send(client, ROUTE, kwargs)

    return _build_response(client=client, response=response)


def sync(
    merchant_id: str,
    service_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: PaymentMethodsRequest,
) -> list[PaymentMethodGroup]:
    """List the payment methods a payer may use for an amount

     Answers the payment methods available for `amount` in `currency`, each with its channels; a channel
    whose transaction limits exclude the amount is left out. It changes nothing.

    Args:
        merchant_id (str):
        service_id (UUID): Identifier as UUID v4, lowercase.
        body (PaymentMethodsRequest):

    Raises:
        errors.RequestValidationError: The request breaks the spec; nothing was sent.
        errors.ApiConnectionError: The connection failed.
        errors.ApiTimeoutError: No complete answer in time.
        errors.ApiStatusError: imoje answered an error status: BadRequestError (400),
            AuthenticationError (401), PermissionDeniedError (403), NotFoundError (404),
            UnprocessableEntityError (422), InternalServerError (5xx).
        errors.ResponseTooLargeError: The answer passed Client.max_response_bytes.
        errors.ResponseContractError: A documented answer the models cannot absorb.
        errors.UnexpectedStatus: A 2xx answer the spec does not document.

    Returns:
        list[PaymentMethodGroup]
    """

    kwargs = _get_kwargs(
        merchant_id=merchant_id,
        service_id=service_id,
        body=body,
    )

    response = _http.send(client, ROUTE, kwargs)
    _outcome.raise_for_status(ROUTE, response)
    return _outcome.expect(
        _build_response(client=client, response=response),
        list[PaymentMethodGroup],
        ROUTE,
    )


async def asyncio_detailed(
    merchant_id: str,
    service_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: PaymentMethodsRequest,
) -> Response[ErrorResponse | list[PaymentMethodGroup]]:
    """List the payment methods a payer may use for an amount

     Answers the payment methods available for `amount` in `currency`, each with its channels; a channel
    whose transaction limits exclude the amount is left out. It changes nothing.

    Args:
        merchant_id (str):
        service_id (UUID): Identifier as UUID v4, lowercase.
        body (PaymentMethodsRequest):

    Raises:
        errors.RequestValidationError: The request breaks the spec; nothing was sent.
        errors.ApiConnectionError: The connection failed.
        errors.ApiTimeoutError: No complete answer in time.
        errors.ResponseTooLargeError: The answer passed Client.max_response_bytes.
        errors.ResponseContractError: A documented answer the models cannot absorb.
        errors.UnexpectedStatus: An undocumented status, with Client.raise_on_unexpected_status.

    Returns:
        Response[ErrorResponse | list[PaymentMethodGroup]]
    """

    kwargs = _get_kwargs(
        merchant_id=merchant_id,
        service_id=service_id,
        body=body,
    )

    response = await _http.send_async(client, ROUTE, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    merchant_id: str,
    service_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: PaymentMethodsRequest,
) -> list[PaymentMethodGroup]:
    """List the payment methods a payer may use for an amount

     Answers the payment methods available for `amount` in `currency`, each with its channels; a channel
    whose transaction limits exclude the amount is left out. It changes nothing.

    Args:
        merchant_id (str):
        service_id (UUID): Identifier as UUID v4, lowercase.
        body (PaymentMethodsRequest):

    Raises:
        errors.RequestValidationError: The request breaks the spec; nothing was sent.
        errors.ApiConnectionError: The connection failed.
        errors.ApiTimeoutError: No complete answer in time.
        errors.ApiStatusError: imoje answered an error status: BadRequestError (400),
            AuthenticationError (401), PermissionDeniedError (403), NotFoundError (404),
            UnprocessableEntityError (422), InternalServerError (5xx).
        errors.ResponseTooLargeError: The answer passed Client.max_response_bytes.
        errors.ResponseContractError: A documented answer the models cannot absorb.
        errors.UnexpectedStatus: A 2xx answer the spec does not document.

    Returns:
        list[PaymentMethodGroup]
    """

    kwargs = _get_kwargs(
        merchant_id=merchant_id,
        service_id=service_id,
        body=body,
    )

    response = await _http.send_async(client, ROUTE, kwargs)
    _outcome.raise_for_status(ROUTE, response)
    return _outcome.expect(
        _build_response(client=client, response=response),
        list[PaymentMethodGroup],
        ROUTE,
    )
