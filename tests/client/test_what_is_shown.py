"""Issue 19's client findings, each reproduced: what the client shows (never the token), what
it parses (the answer as it came), what it says happened, and where redirects may go."""

import gzip
import json
import socket
import traceback
from typing import Any

import httpx
import pytest
from imoje_client import AuthenticatedClient, Imoje, ImojeClientError
from imoje_client.api.payments import cancel_payment, create_payment, get_payment
from imoje_client.api.profiles import charge_profile, deactivate_profile
from imoje_client.api.transactions import capture_transaction
from imoje_client.errors import (
    ApiConnectionError,
    ApiStatusError,
    ApiTimeoutError,
    InternalServerError,
    OutcomeUnknownContractError,
    OutcomeUnknownError,
    RequestValidationError,
    ResponseContractError,
    UnexpectedStatus,
)
from imoje_client.models import DeactivateProfileRequest, DeactivateProfileResponse, TransactionChangeResponse

from tests.client.conftest import MERCHANT
from tests.client.examples import PAYMENT_ID, cancel_request, charge_request, create_request, payment_link
from tests.client.loopback import LoopbackServer

TOKEN = "imoje7Qx9ZkL2mN4pR6sT8vW0yB3dF5hJ7kM9nP1qS3uV5xZ7aC9eG1iK3mO5qU7"
SHOP = "2a249f52-d29c-46e7-9575-e65a889c7d38"


def mock(handler: Any, token: str = TOKEN, **settings: Any) -> AuthenticatedClient:
    return AuthenticatedClient(
        base_url="https://sandbox.api.imoje.pl/v1/merchant",
        token=token,
        httpx_args={"transport": httpx.MockTransport(handler)},
        **settings,
    )


def rendered(error: BaseException) -> str:
    """Everything a log would show: text, repr, args, traceback (causes included), attributes."""
    shown = "".join(traceback.format_exception(error)) + repr(error) + repr(error.args)
    for name in ("content", "headers", "message", "problems", "reason"):
        shown += repr(getattr(error, name, ""))
    return shown


def escaped(token: str, every: int) -> str:
    """The token with every `every`-th character written as a JSON \\u escape."""
    return "".join(f"\\u{ord(c):04x}" if i % every == 0 else c for i, c in enumerate(token))


# ---- the token is redacted in what is shown -------------------------------------------------


@pytest.mark.parametrize(
    "echo",
    [TOKEN, TOKEN.replace("/", "\\/"), escaped(TOKEN, 3), escaped(TOKEN, 1).upper().replace("\\U", "\\u")],
)
def test_an_echoed_token_in_any_json_spelling_is_never_shown(echo: str) -> None:
    body = json.dumps({"apiErrorResponse": {"message": "placeholder", "code": "x"}}).replace("placeholder", echo)

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(400, content=body.encode(), headers={"X-Echo": f"Bearer {TOKEN}"})

    with pytest.raises(ApiStatusError) as caught:
        get_payment.sync(MERCHANT, PAYMENT_ID, client=mock(handler))
    assert TOKEN not in rendered(caught.value)
    assert json.loads(caught.value.content) == {"apiErrorResponse": {"message": "[REDACTED]", "code": "x"}}
    assert caught.value.headers["x-echo"] == "Bearer [REDACTED]"


def test_a_token_echoed_in_a_broken_response_head_is_not_in_the_exception() -> None:
    # h11 quotes the malformed head in its error: that text reaches ApiConnectionError.
    head = f"HTTP/1.1 200 OK\r\nX-Echo {TOKEN}\r\n\r\n".encode()
    with LoopbackServer(lambda connection: connection.sendall(head)) as server:
        client = AuthenticatedClient(base_url=server.base_url, token=TOKEN, max_retries=0)
        with pytest.raises(ImojeClientError) as caught:
            get_payment.sync(MERCHANT, PAYMENT_ID, client=client)
    assert TOKEN not in rendered(caught.value)


def test_what_is_parsed_is_the_answer_as_it_came_even_with_a_one_letter_token() -> None:
    # "t" is in "status", "transactions", "url"...: redacting it before parsing broke answers.
    link = payment_link()

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=link)

    parsed = get_payment.sync(MERCHANT, PAYMENT_ID, client=mock(handler, token="t"))
    assert parsed is not None and parsed.to_dict() == link
    detailed = get_payment.sync_detailed(MERCHANT, PAYMENT_ID, client=mock(handler, token="t"))
    assert detailed.parsed is not None and detailed.parsed.to_dict() == link
    # What it shows has the standalone "t" (the link's title) redacted, nothing else.
    assert json.loads(detailed.content) == json.loads(json.dumps(link).replace('"t"', '"[REDACTED]"'))


def test_a_short_token_is_redacted_where_it_stands_alone() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(401, json={"apiErrorResponse": {"message": "token t refused", "code": "auth"}})

    with pytest.raises(ApiStatusError) as caught:
        get_payment.sync(MERCHANT, PAYMENT_ID, client=mock(handler, token="t"))
    assert caught.value.message == "token [REDACTED] refused"


# ---- what the client says happened ----------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "retried"),
    [("\u00b2", True), ("\u0663", True), ("1e3", True), ("-1", True), ("99999999999999999999", False)],
)
def test_any_retry_after_is_read_without_a_bare_error(value: str, retried: bool) -> None:
    # Header bytes as a server sends them (UTF-8), not as httpx would encode a str.
    waiting = httpx.Response(503, headers=[(b"Retry-After", value.encode("utf-8"))])
    answers = iter([waiting, httpx.Response(200, json=payment_link())])

    def handler(request: httpx.Request) -> httpx.Response:
        return next(answers)

    client = mock(handler, retry_backoff=0.01, deadline=2.0)
    if retried:
        assert get_payment.sync(MERCHANT, PAYMENT_ID, client=client) is not None
    else:  # a wait past the deadline: no retry, the 503 raised as it came
        with pytest.raises(InternalServerError):
            get_payment.sync(MERCHANT, PAYMENT_ID, client=client)


@pytest.mark.parametrize(
    "answer",
    [
        httpx.Response(200, content=b"<html>proxy</html>"),
        httpx.Response(200, content=b""),
        httpx.Response(200, json={"transaction": {"id": "not-a-uuid"}}),
    ],
)
def test_an_executed_charge_answered_unreadably_is_outcome_unknown(answer: httpx.Response) -> None:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return answer

    with pytest.raises(OutcomeUnknownContractError) as caught:
        charge_profile.sync(MERCHANT, client=mock(handler), body=charge_request())
    assert isinstance(caught.value, OutcomeUnknownError) and isinstance(caught.value, ResponseContractError)
    assert caught.value.status_code == 200 and len(calls) == 1
    # A read answered unreadably is a contract break, nothing more: reading again is safe.
    with pytest.raises(ResponseContractError) as read:
        get_payment.sync(MERCHANT, PAYMENT_ID, client=mock(lambda request: answer))
    assert not isinstance(read.value, OutcomeUnknownError)


def test_a_connect_timeout_says_nothing_was_sent_and_a_failed_read_says_reading_is_safe() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectTimeout("connect timed out", request=request)

    with pytest.raises(ApiTimeoutError) as caught:
        charge_profile.sync(MERCHANT, client=mock(handler), body=charge_request())
    error = caught.value
    assert not isinstance(error, OutcomeUnknownError)
    assert error.was_sent is False and "never sent" in str(error) and "executed" not in str(error)
    with LoopbackServer(lambda connection: connection.shutdown(socket.SHUT_RDWR)) as server:
        reader = AuthenticatedClient(base_url=server.base_url, token=TOKEN, max_retries=0)
        with pytest.raises(ApiConnectionError) as read:
            get_payment.sync(MERCHANT, PAYMENT_ID, client=reader)
    assert read.value.may_have_reached_imoje and "resend" not in str(read.value)


def test_a_path_parameter_of_none_is_refused_before_sending() -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=[])

    imoje = Imoje(
        token=TOKEN, merchant_id=MERCHANT, service_id=SHOP, httpx_args={"transport": httpx.MockTransport(handler)}
    )
    with pytest.raises(RequestValidationError) as caught:
        imoje.profiles.list(None)  # type: ignore[arg-type]
    assert [(problem.field, problem.rule) for problem in caught.value.problems] == [("cid", "required")]
    assert sent == []


# ---- redirects ------------------------------------------------------------------------------


def test_a_followed_redirect_to_another_origin_carries_no_credentials_and_its_body_is_never_read() -> None:
    bomb = gzip.compress(b"\0" * (64 * 1024 * 1024))
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.host == "sandbox.api.imoje.pl":
            return httpx.Response(
                307,
                headers={"Location": "https://elsewhere.example/v1/merchant/x", "Content-Encoding": "gzip"},
                content=bomb,
            )
        return httpx.Response(200, json=payment_link())

    client = AuthenticatedClient(
        base_url="https://sandbox.api.imoje.pl/v1/merchant",
        token=TOKEN,
        auth_header_name="X-Imoje-Key",
        prefix="",
        follow_redirects=True,
        max_response_bytes=1024 * 1024,
        httpx_args={"transport": httpx.MockTransport(handler)},
    )
    assert get_payment.sync(MERCHANT, PAYMENT_ID, client=client) is not None
    assert [request.url.host for request in seen] == ["sandbox.api.imoje.pl", "elsewhere.example"]
    assert "x-imoje-key" in seen[0].headers
    assert "x-imoje-key" not in seen[1].headers and "authorization" not in seen[1].headers


def test_a_same_origin_redirect_keeps_the_credentials() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if len(seen) == 1:
            return httpx.Response(308, headers={"Location": "/v1/merchant/moved"})
        return httpx.Response(200, json=payment_link())

    client = AuthenticatedClient(
        base_url="https://sandbox.api.imoje.pl/v1/merchant",
        token=TOKEN,
        follow_redirects=True,
        httpx_args={"transport": httpx.MockTransport(handler)},
    )
    assert get_payment.sync(MERCHANT, PAYMENT_ID, client=client) is not None
    assert seen[1].headers["authorization"] == f"Bearer {TOKEN}"


def test_redirects_are_not_followed_by_default() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(302, headers={"Location": "https://elsewhere.example/"})

    response = cancel_payment.sync_detailed(MERCHANT, client=mock(handler), body=cancel_request())
    assert response.status_code == 302
    assert create_payment is not None and create_request is not None


# ---- undocumented answers (DEVIATIONS 51) ------------------------------------------------------


@pytest.mark.parametrize("answer", [httpx.Response(200, content=b""), httpx.Response(204)])
def test_a_capture_answered_with_no_body_is_its_answer_empty(answer: httpx.Response) -> None:
    # The money moved; the vendor documents no answer: nothing to read is not an error.
    captured = capture_transaction.sync(MERCHANT, PAYMENT_ID, client=mock(lambda request: answer))
    assert isinstance(captured, TransactionChangeResponse) and captured.to_dict() == {}
    deactivated = deactivate_profile.sync(
        MERCHANT, client=mock(lambda request: answer), body=DeactivateProfileRequest(payment_profile_id=PAYMENT_ID)
    )
    assert isinstance(deactivated, DeactivateProfileResponse) and deactivated.to_dict() == {}


def test_an_answer_that_promises_fields_is_never_read_from_nothing() -> None:
    with pytest.raises(OutcomeUnknownContractError):
        create_payment.sync(MERCHANT, client=mock(lambda request: httpx.Response(200)), body=create_request())
    with pytest.raises(UnexpectedStatus):
        create_payment.sync(MERCHANT, client=mock(lambda request: httpx.Response(204)), body=create_request())
