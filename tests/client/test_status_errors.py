"""sync()/asyncio() return the success model or raise the ApiStatusError its status calls for."""

import asyncio
import json

import httpx
import pytest
from imoje_client import SANDBOX_BASE_URL, AuthenticatedClient, errors
from imoje_client.api.payments import cancel_payment, get_payment
from imoje_client.api.profiles import charge_profile
from imoje_client.types import UNSET

from tests.client.conftest import MERCHANT, TOKEN, Recorder
from tests.client.examples import PAYMENT_ID, cancel_request, charge_request

STATUS_CLASSES = [
    (400, errors.BadRequestError),
    (401, errors.AuthenticationError),
    (403, errors.PermissionDeniedError),
    (404, errors.NotFoundError),
    (422, errors.UnprocessableEntityError),
    (409, errors.ApiStatusError),
    (429, errors.RateLimitedError),
    (302, errors.ApiStatusError),
    (500, errors.InternalServerError),
    (503, errors.InternalServerError),
    (599, errors.InternalServerError),
]


def raising_client(recorder: Recorder) -> AuthenticatedClient:
    # No read retries: each status is seen once.
    transport = httpx.MockTransport(recorder)
    return AuthenticatedClient(
        base_url=SANDBOX_BASE_URL, token=TOKEN, max_retries=0, httpx_args={"transport": transport}
    )


@pytest.mark.parametrize(("status", "kind"), STATUS_CLASSES)
def test_each_status_raises_its_class_from_a_read(
    status: int, kind: type[errors.ApiStatusError], recorder: Recorder
) -> None:
    recorder.status = status
    recorder.body = {"apiErrorResponse": {"message": "nope", "code": f"E-{status}", "errors": []}}
    with raising_client(recorder) as client, pytest.raises(errors.ApiStatusError) as caught:
        get_payment.sync(MERCHANT, PAYMENT_ID, client=client)
    error = caught.value
    assert type(error) is kind
    assert isinstance(error, errors.ImojeClientError)
    assert not isinstance(error, errors.OutcomeUnknownError)  # a read changes nothing
    assert (error.status_code, error.code, error.message, error.errors) == (status, f"E-{status}", "nope", ())
    assert error.operation == "getPayment"
    assert json.loads(error.content) == recorder.body
    assert error.headers["content-type"] == "application/json"
    assert error.body is not None and error.body.api_error_response.message == "nope"


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_a_5xx_to_a_call_that_moves_money_is_both_a_server_error_and_outcome_unknown(
    status: int, recorder: Recorder
) -> None:
    recorder.status, recorder.content = status, b"<html>upstream</html>"
    with raising_client(recorder) as client, pytest.raises(errors.OutcomeUnknownServerError) as caught:
        charge_profile.sync(MERCHANT, client=client, body=charge_request())
    error = caught.value
    assert isinstance(error, errors.InternalServerError) and isinstance(error, errors.OutcomeUnknownError)
    assert (error.status_code, error.body, error.content, error.operation) == (
        status,
        None,
        b"<html>upstream</html>",
        "chargeProfile",
    )
    assert error.reason == f"imoje answered HTTP {status}"
    # Facts, not advice: what happened and what is not known (the advice is docs/client.md's).
    assert f"imoje answered HTTP {status}; {errors.NOT_KNOWN}" in str(error)
    assert errors.OUTCOME_UNKNOWN_ADVICE not in str(error)
    assert len(recorder.requests) == 1


def test_the_items_of_a_422_are_kept_and_named(recorder: Recorder) -> None:
    recorder.status = 422
    recorder.body = {
        "apiErrorResponse": {
            "message": "Invalid request",
            "errors": [{"property": "amount", "message": "must be positive"}, {"message": "odd"}],
        }
    }
    with raising_client(recorder) as client, pytest.raises(errors.UnprocessableEntityError) as caught:
        cancel_payment.sync(MERCHANT, client=client, body=cancel_request())
    assert [(item.property_, item.message) for item in caught.value.errors] == [
        ("amount", "must be positive"),
        (UNSET, "odd"),
    ]
    assert "amount: must be positive" in str(caught.value).splitlines()[1]


def test_an_echoed_token_is_redacted_in_status_errors(recorder: Recorder) -> None:
    recorder.status = 401
    recorder.body = {"apiErrorResponse": {"message": f"bad token Bearer {TOKEN}"}, "echo": TOKEN}
    with raising_client(recorder) as client, pytest.raises(errors.AuthenticationError) as caught:
        get_payment.sync(MERCHANT, PAYMENT_ID, client=client)
    assert TOKEN not in str(caught.value) and TOKEN.encode() not in caught.value.content
    assert caught.value.message == "bad token Bearer [REDACTED]"


def test_asyncio_raises_as_sync_does(recorder: Recorder) -> None:
    recorder.status = 404

    async def read() -> None:
        async with raising_client(recorder) as client:
            await get_payment.asyncio(MERCHANT, PAYMENT_ID, client=client)

    with pytest.raises(errors.NotFoundError):
        asyncio.run(read())


def test_detailed_calls_still_return_error_answers_as_values(recorder: Recorder) -> None:
    recorder.status = 404
    with raising_client(recorder) as client:
        response = get_payment.sync_detailed(MERCHANT, PAYMENT_ID, client=client)
    assert response.status_code == 404
    assert response.parsed is not None and not isinstance(response.parsed, BaseException)
