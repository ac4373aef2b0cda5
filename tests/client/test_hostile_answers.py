"""What a hostile or broken server (or a careless caller) can do to the client: every failure
is an ImojeClientError, memory and time stay bounded, and the token never shows."""

import gzip
import json
import time
import traceback
import tracemalloc
import zlib
from typing import Any
from uuid import UUID

import httpx
import pytest
from imoje_client import AuthenticatedClient, ImojeClientError
from imoje_client.api.payments import cancel_payment, create_payment, get_payment
from imoje_client.errors import (
    ApiConnectionError,
    ApiTimeoutError,
    ClientConfigurationError,
    OutcomeUnknownError,
    RequestValidationError,
    ResponseContractError,
    ResponseTooLargeError,
    UnexpectedStatus,
)
from imoje_client.models import PaymentLink

from tests.client.conftest import MERCHANT
from tests.client.examples import PAYMENT_ID, cancel_request, create_request, payment_link
from tests.client.loopback import LoopbackServer, answering

# A realistic token: 64 characters of the b64token alphabet.
TOKEN = "imoje7Qx9ZkL2mN4pR6sT8vW0yB3dF5hJ7kM9nP1qS3uV5xZ7aC9eG1iK3mO5qU7"
MiB = 1024 * 1024


def client_for(base_url: str, **settings: Any) -> AuthenticatedClient:
    settings.setdefault("timeout", httpx.Timeout(5.0))
    return AuthenticatedClient(base_url=base_url, token=TOKEN, **settings)


def mock_client(handler: Any, **settings: Any) -> AuthenticatedClient:
    return AuthenticatedClient(
        base_url="https://sandbox.api.imoje.pl/v1/merchant",
        token=TOKEN,
        httpx_args={"transport": httpx.MockTransport(handler)},
        **settings,
    )


def rendered(error: BaseException) -> str:
    """Everything a log would show of an exception: its text, repr, args and traceback."""
    return "".join(traceback.format_exception(error)) + repr(error) + repr(error.args)


# ---- the token ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("token", "named"),
    [
        (TOKEN + "\n", "a line break at position 64 of 65"),
        (TOKEN + "\r\n", "a carriage return at position 64"),
        (" " + TOKEN, "a space at position 0"),
        (TOKEN[:10] + "ł" + TOKEN[10:], "U+0142 at position 10"),
        (TOKEN[:5] + "\x00" + TOKEN[5:], "U+0000 at position 5"),
        ("", "non-empty"),
    ],
)
def test_a_token_no_header_can_carry_is_refused_when_the_client_is_built(token: str, named: str) -> None:
    with pytest.raises(ClientConfigurationError) as caught:
        AuthenticatedClient(base_url="https://sandbox.api.imoje.pl/v1/merchant", token=token)
    assert named in str(caught.value)
    assert isinstance(caught.value, ImojeClientError)
    if token:
        assert TOKEN not in rendered(caught.value) and TOKEN[:20] not in rendered(caught.value)


def test_a_server_echoing_the_whole_token_never_puts_it_in_an_exception() -> None:
    def echo(status: int) -> Any:
        def handler(request: httpx.Request) -> httpx.Response:
            headers = dict(request.headers)
            # Both plain and with PHP's escaped slashes.
            body = json.dumps({"echo": headers, "php": headers["authorization"].replace("/", "\\/")})
            return httpx.Response(status, content=body.encode())

        return handler

    # An undocumented status, raised: UnexpectedStatus.
    with mock_client(echo(503), raise_on_unexpected_status=True) as client, pytest.raises(UnexpectedStatus) as caught:
        get_payment.sync_detailed(MERCHANT, PAYMENT_ID, client=client)
    assert TOKEN.encode() not in caught.value.content and TOKEN not in rendered(caught.value)
    assert b"[REDACTED]" in caught.value.content
    # A documented status whose body breaks the contract: ResponseContractError.
    with mock_client(echo(200)) as client, pytest.raises(ResponseContractError) as broken:
        get_payment.sync_detailed(MERCHANT, PAYMENT_ID, client=client)
    assert TOKEN.encode() not in broken.value.content and TOKEN not in rendered(broken.value)
    # And a detailed response handed back keeps no copy either.
    with mock_client(echo(502)) as client:
        answer = get_payment.sync_detailed(MERCHANT, PAYMENT_ID, client=client)
    assert TOKEN.encode() not in answer.content and TOKEN.replace("/", "\\/").encode() not in answer.content


# ---- size and time ----------------------------------------------------------------------------


def test_a_body_past_the_cap_stops_reading_there() -> None:
    body = b'{"pad": "' + b"x" * (12 * MiB) + b'"}'
    with LoopbackServer(answering(200, body)) as server, client_for(server.base_url) as client:
        tracemalloc.start()
        with pytest.raises(ResponseTooLargeError) as caught:
            get_payment.sync_detailed(MERCHANT, PAYMENT_ID, client=client)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert caught.value.limit == 4 * MiB and caught.value.status_code == 200
    assert peak < 8 * MiB, f"peak {peak / MiB:.1f} MiB while refusing a 12 MiB body"


def test_an_endless_chunked_stream_stops_at_the_cap() -> None:
    chunk = b"10000\r\n" + b"x" * 0x10000 + b"\r\n"

    def endless(connection: Any) -> None:
        connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
        for _ in range(10_000):  # 640 MiB at most, bounded so that the server stops by itself
            connection.sendall(chunk)

    with LoopbackServer(endless) as server, client_for(server.base_url) as client:
        started = time.monotonic()
        tracemalloc.start()
        with pytest.raises(ResponseTooLargeError):
            get_payment.sync_detailed(MERCHANT, PAYMENT_ID, client=client)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert time.monotonic() - started < 5
    assert peak < 10 * MiB, f"peak {peak / MiB:.1f} MiB for a 4 MiB cap"


def test_a_gzip_bomb_stops_at_the_cap_while_decompressing() -> None:
    bomb = gzip.compress(b"\x00" * (512 * MiB), compresslevel=9)  # ~0.5 MB on the wire
    assert len(bomb) < MiB
    with (
        LoopbackServer(answering(200, bomb, {"Content-Encoding": "gzip"})) as server,
        client_for(server.base_url) as client,
    ):
        tracemalloc.start()
        with pytest.raises(ResponseTooLargeError):
            get_payment.sync_detailed(MERCHANT, PAYMENT_ID, client=client)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert peak < 16 * MiB, f"peak {peak / MiB:.1f} MiB while refusing a 512 MiB bomb"


@pytest.mark.parametrize("encoding", ["gzip", "deflate"])
def test_compressed_answers_within_the_cap_are_read(encoding: str) -> None:
    raw = json.dumps(payment_link()).encode()
    packed = gzip.compress(raw) if encoding == "gzip" else zlib.compress(raw)
    with (
        LoopbackServer(answering(200, packed, {"Content-Encoding": encoding})) as server,
        client_for(server.base_url) as client,
    ):
        answer = get_payment.sync(MERCHANT, PAYMENT_ID, client=client)
    assert isinstance(answer, PaymentLink) and answer.id == PAYMENT_ID
    assert b"accept-encoding: gzip, deflate" in server.received[0].lower()


def test_a_trickled_body_ends_at_the_calls_deadline() -> None:
    def trickle(connection: Any) -> None:
        connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{")
        for _ in range(200):  # each byte well within the read timeout, 20 s in all
            time.sleep(0.1)
            connection.sendall(b" ")

    with LoopbackServer(trickle) as server, client_for(server.base_url, deadline=1.0) as client:
        started = time.monotonic()
        with pytest.raises(ApiTimeoutError) as caught:
            get_payment.sync_detailed(MERCHANT, PAYMENT_ID, client=client)
        took = time.monotonic() - started
    assert took < 2.0, f"took {took:.1f} s with a 1 s deadline"
    assert "deadline" in str(caught.value)


def test_a_trickled_answer_to_a_cancellation_leaves_its_outcome_unknown() -> None:
    # A transport of the caller's own: the deadline is checked between body chunks only.
    def trickle(connection: Any) -> None:
        connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{")
        for _ in range(200):
            time.sleep(0.1)
            connection.sendall(b" ")

    with LoopbackServer(trickle) as server:
        own = {"transport": httpx.HTTPTransport()}
        with (
            AuthenticatedClient(base_url=server.base_url, token=TOKEN, deadline=1.0, httpx_args=own) as client,
            pytest.raises(OutcomeUnknownError) as caught,
        ):
            cancel_payment.sync_detailed(MERCHANT, client=client, body=cancel_request())
    assert "HTTP 200 answer did not arrive in full" in caught.value.reason
    assert server.requests == 1


def test_trickled_headers_end_at_the_calls_deadline() -> None:
    def trickle(connection: Any) -> None:
        connection.sendall(b"HTTP/1.1 200 OK\r\n")
        for index in range(200):
            time.sleep(0.1)
            connection.sendall(f"X-Slow-{index}: 1\r\n".encode())

    with LoopbackServer(trickle) as server, client_for(server.base_url, deadline=1.0) as client:
        started = time.monotonic()
        with pytest.raises(ApiTimeoutError):
            get_payment.sync_detailed(MERCHANT, PAYMENT_ID, client=client)
    assert time.monotonic() - started < 2.0


@pytest.mark.anyio
async def test_the_async_client_has_the_same_bounds() -> None:
    def trickle(connection: Any) -> None:
        connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n{")
        for _ in range(200):
            time.sleep(0.1)
            connection.sendall(b" ")

    with LoopbackServer(trickle) as server:
        async with client_for(server.base_url, deadline=1.0) as client:
            started = time.monotonic()
            with pytest.raises(ApiTimeoutError):
                await get_payment.asyncio_detailed(MERCHANT, PAYMENT_ID, client=client)
    assert time.monotonic() - started < 2.0
    with LoopbackServer(answering(200, b"x" * (2 * MiB))) as server:
        async with client_for(server.base_url, max_response_bytes=MiB) as client:
            with pytest.raises(ResponseTooLargeError):
                await get_payment.asyncio_detailed(MERCHANT, PAYMENT_ID, client=client)


@pytest.mark.parametrize("setting", [{"deadline": 0}, {"deadline": -1.0}, {"max_response_bytes": 0}])
def test_bounds_must_be_positive(setting: dict[str, float]) -> None:
    with pytest.raises(ClientConfigurationError):
        AuthenticatedClient(base_url="http://127.0.0.1:9", token=TOKEN, **setting)  # type: ignore[arg-type]


# ---- nothing escapes but ImojeClientError ----------------------------------------------------


@pytest.mark.parametrize(
    ("content", "rule"),
    [
        (b"[" * 100_000 + b"]" * 100_000, "json"),  # RecursionError in json.loads
        (b'{"apiErrorResponse": {"message": "\\ud800"}}', "encoding"),
    ],
)
def test_hostile_json_is_a_contract_error(content: bytes, rule: str) -> None:
    with (
        mock_client(lambda request: httpx.Response(400, content=content)) as client,
        pytest.raises(ResponseContractError) as caught,
    ):
        cancel_payment.sync_detailed(MERCHANT, client=client, body=cancel_request())
    assert caught.value.rule in (rule, "parse", "depth"), caught.value


def test_deep_nesting_in_a_broken_answer_is_a_contract_error() -> None:
    # jsonschema-rs raises ValueError("Recursion limit reached") reporting errors of an
    # instance nested ~300 deep; valid deep answers pass (extra keys are kept as they are).
    link = payment_link()
    del link["url"]
    node: dict[str, Any] = link
    for _ in range(600):
        node["x"] = {}
        node = node["x"]
    content = json.dumps(link).encode()
    with (
        mock_client(lambda request: httpx.Response(200, content=content)) as client,
        pytest.raises(ResponseContractError) as caught,
    ):
        get_payment.sync_detailed(MERCHANT, PAYMENT_ID, client=client)
    assert caught.value.rule in ("depth", "required")


def test_a_lone_surrogate_in_a_request_is_a_request_validation_error() -> None:
    request = create_request()
    request.title = "Order \ud800"
    with mock_client(lambda request: httpx.Response(500)) as client, pytest.raises(RequestValidationError) as caught:
        create_payment.sync_detailed(MERCHANT, client=client, body=request)
    assert [(problem.field, problem.rule) for problem in caught.value.problems] == [("title", "encoding")]


@pytest.mark.parametrize("merchant", ["..", "."])
def test_a_dot_segment_path_parameter_is_refused_before_sending(merchant: str) -> None:
    sent: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(404)

    with (
        mock_client(record) as client,
        pytest.raises(RequestValidationError) as caught,
    ):
        get_payment.sync_detailed(merchant, PAYMENT_ID, client=client)
    assert [(problem.field, problem.rule) for problem in caught.value.problems] == [("merchantId", "pathSegment")]
    assert sent == []


def test_unexpected_status_text_is_capped() -> None:
    with (
        mock_client(lambda request: httpx.Response(502, content=b"y" * MiB), raise_on_unexpected_status=True) as client,
        pytest.raises(UnexpectedStatus) as caught,
    ):
        get_payment.sync_detailed(MERCHANT, PAYMENT_ID, client=client)
    assert len(caught.value.content) == MiB and len(str(caught.value)) < 2200


def test_a_status_outside_http_is_an_unexpected_status() -> None:
    with (
        mock_client(lambda request: httpx.Response(520, content=b"origin error")) as client,
        pytest.raises(UnexpectedStatus) as caught,
    ):
        get_payment.sync_detailed(MERCHANT, PAYMENT_ID, client=client)
    assert caught.value.status_code == 520


# ---- absorbing what other clients report -----------------------------------------------------


def test_an_integer_valued_string_in_an_integer_field_is_absorbed_as_an_int() -> None:
    link = payment_link()
    link["amount"] = "10000"
    link["transactions"][0]["amount"] = "-5"
    with mock_client(lambda request: httpx.Response(200, json=link)) as client:
        answer = get_payment.sync(MERCHANT, PAYMENT_ID, client=client)
    assert isinstance(answer, PaymentLink)
    assert answer.amount == 10000 and type(answer.amount) is int
    assert isinstance(answer.transactions, list) and answer.transactions[0].amount == -5


# ---- transport options ------------------------------------------------------------------------


def test_transport_options_in_httpx_args_configure_the_clients_own_transport() -> None:
    with LoopbackServer(answering(200, json.dumps(payment_link()).encode())) as server:
        settings = {"local_address": "127.0.0.2", "limits": httpx.Limits(max_connections=1)}
        with client_for(server.base_url, httpx_args=settings) as client:
            answer = get_payment.sync(MERCHANT, PAYMENT_ID, client=client)
    assert isinstance(answer, PaymentLink)
    assert server.peers == ["127.0.0.2"]


def test_a_charge_answered_slowly_still_reaches_the_service_once() -> None:
    # The deadline covers the whole call; it never causes a second attempt.
    def slow(connection: Any) -> None:
        time.sleep(0.5)
        answering(200, json.dumps(payment_link()).encode())(connection)

    with (
        LoopbackServer(slow) as server,
        client_for(server.base_url, deadline=0.2) as client,
        pytest.raises(OutcomeUnknownError),
    ):
        cancel_payment.sync_detailed(MERCHANT, client=client, body=cancel_request())
        time.sleep(0.6)
    assert server.requests == 1
    assert UUID(str(PAYMENT_ID))


def test_too_many_redirects_is_a_connection_error_and_a_bad_base_url_a_configuration_error() -> None:
    def redirect(request: httpx.Request) -> httpx.Response:
        return httpx.Response(302, headers={"Location": str(request.url)})

    with mock_client(redirect, follow_redirects=True) as client, pytest.raises(ApiConnectionError):
        get_payment.sync_detailed(MERCHANT, PAYMENT_ID, client=client)
    for base_url in ("http://[::1:x/v1", "ftp://sandbox.api.imoje.pl/v1", "sandbox.api.imoje.pl/v1"):
        with pytest.raises(ClientConfigurationError, match="base_url"):
            AuthenticatedClient(base_url=base_url, token=TOKEN)
