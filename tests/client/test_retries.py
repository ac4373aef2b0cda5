"""No request that may have moved money is ever sent twice; reads are retried within bounds.

These run the client's default transport against real sockets on loopback.
"""

import json
import socket
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpcore
import httpx
import pytest
from imoje_client import AuthenticatedClient, Imoje, openapi
from imoje_client.api.payments import get_payment
from imoje_client.api.profiles import charge_profile
from imoje_client.environments import CONNECT_RETRIES
from imoje_client.errors import (
    ApiConnectionError,
    ApiTimeoutError,
    InternalServerError,
    NotFoundError,
    OutcomeUnknownError,
    OutcomeUnknownServerError,
)

from tests.client.conftest import MERCHANT, TOKEN
from tests.client.examples import PAYMENT_ID, SERVICE_ID, charge_request, payment_link
from tests.client.loopback import LoopbackServer, answering


def close_without_answer(connection: socket.socket) -> None:
    connection.shutdown(socket.SHUT_RDWR)


def stall(connection: socket.socket) -> None:
    time.sleep(0.6)


def answer_503(connection: socket.socket) -> None:
    connection.sendall(b"HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")


def client_for(base_url: str, **settings: Any) -> AuthenticatedClient:
    return AuthenticatedClient(
        base_url=base_url, token=TOKEN, timeout=httpx.Timeout(0.3, connect=0.3), retry_backoff=0.01, **settings
    )


def in_turn(*behaviours: Callable[[socket.socket], None]) -> Callable[[socket.socket], None]:
    """The n-th request gets the n-th behaviour; the last one repeats."""
    served = iter(behaviours)
    last = behaviours[-1]

    def behaviour(connection: socket.socket) -> None:
        next(served, last)(connection)

    return behaviour


LINK = json.dumps(payment_link()).encode()


@pytest.mark.parametrize("behaviour", [close_without_answer, stall])
def test_a_charge_that_reached_the_server_is_sent_once_and_its_outcome_is_unknown(behaviour: Any) -> None:
    with LoopbackServer(behaviour) as server, client_for(server.base_url) as client:
        with pytest.raises(OutcomeUnknownError) as caught:
            charge_profile.sync_detailed(MERCHANT, client=client, body=charge_request())
        assert not isinstance(caught.value, ApiConnectionError | ApiTimeoutError)
        assert caught.value.operation == "chargeProfile"
        assert "whether imoje executed it is not known" in str(caught.value)
        time.sleep(0.3)  # room for a (wrong) second attempt to arrive
    assert server.requests == 1


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_a_5xx_to_a_charge_is_sent_once_and_raises_outcome_unknown(status: int) -> None:
    with LoopbackServer(answering(status)) as server, client_for(server.base_url) as client:
        detailed = charge_profile.sync_detailed(MERCHANT, client=client, body=charge_request())
        assert detailed.status_code == status
        with pytest.raises(OutcomeUnknownServerError) as caught:
            charge_profile.sync(MERCHANT, client=client, body=charge_request())
        time.sleep(0.3)
    assert server.requests == 2  # one per call, none resent
    assert isinstance(caught.value, InternalServerError) and isinstance(caught.value, OutcomeUnknownError)
    assert caught.value.status_code == status


@pytest.mark.parametrize("failure", [answering(502), answering(503), answering(504), close_without_answer])
def test_a_read_is_retried_after_a_failure_that_answers_nothing(failure: Any) -> None:
    with (
        LoopbackServer(in_turn(failure, failure, answering(200, LINK))) as server,
        client_for(server.base_url) as client,
    ):
        link = get_payment.sync(MERCHANT, PAYMENT_ID, client=client)
    assert link.id == PAYMENT_ID
    assert server.requests == 3


def test_a_read_is_retried_after_a_timeout() -> None:
    # The server reads one connection at a time: the retry is answered once the stall ends,
    # within the retry's own read timeout.
    slow = httpx.Timeout(0.5, connect=0.5)
    with LoopbackServer(in_turn(stall, answering(200, LINK))) as server:
        client = AuthenticatedClient(base_url=server.base_url, token=TOKEN, retry_backoff=0.01, timeout=slow)
        with client:
            assert get_payment.sync(MERCHANT, PAYMENT_ID, client=client).id == PAYMENT_ID
    assert server.requests == 2


def test_a_read_gives_up_after_max_retries() -> None:
    with (
        LoopbackServer(answering(503)) as server,
        client_for(server.base_url, max_retries=1) as client,
        pytest.raises(InternalServerError) as caught,
    ):
        get_payment.sync(MERCHANT, PAYMENT_ID, client=client)
    assert server.requests == 2
    assert caught.value.status_code == 503 and not isinstance(caught.value, OutcomeUnknownError)


@pytest.mark.parametrize("status", [400, 404, 500])
def test_a_read_is_not_retried_after_an_answer_that_means_what_it_says(status: int) -> None:
    error = json.dumps({"apiErrorResponse": {"message": "no"}}).encode()
    with LoopbackServer(answering(status, error)) as server, client_for(server.base_url) as client:
        response = get_payment.sync_detailed(MERCHANT, PAYMENT_ID, client=client)
    assert response.status_code == status
    assert server.requests == 1


def test_max_retries_0_turns_read_retries_off() -> None:
    with LoopbackServer(answering(503)) as server, client_for(server.base_url, max_retries=0) as client:
        assert get_payment.sync_detailed(MERCHANT, PAYMENT_ID, client=client).status_code == 503
    assert server.requests == 1


def test_retries_stay_within_the_calls_deadline() -> None:
    settings: dict[str, Any] = {"max_retries": 50, "deadline": 1.0}
    with LoopbackServer(answering(503)) as server, client_for(server.base_url, **settings) as client:
        client.retry_backoff = 0.2
        started = time.monotonic()
        with pytest.raises(InternalServerError):
            get_payment.sync(MERCHANT, PAYMENT_ID, client=client)
        elapsed = time.monotonic() - started
    # The deadline bounds the transport, connect to last byte; raising the last answer's
    # error after it takes a few ms (1.003 s seen on a loaded machine).
    assert elapsed < 1.1
    assert 2 <= server.requests < 10


def test_retry_after_is_honoured_up_to_the_deadline() -> None:
    busy = answering(503, b"", {"Retry-After": "1"})

    with LoopbackServer(in_turn(busy, answering(200, LINK))) as server, client_for(server.base_url) as client:
        started = time.monotonic()
        get_payment.sync(MERCHANT, PAYMENT_ID, client=client)
        assert time.monotonic() - started >= 1.0
    assert server.requests == 2


def test_a_404_read_raises_not_found_once() -> None:
    body = json.dumps({"apiErrorResponse": {"message": "Not found", "code": "X-404"}}).encode()
    with (
        LoopbackServer(answering(404, body)) as server,
        client_for(server.base_url) as client,
        pytest.raises(NotFoundError) as caught,
    ):
        get_payment.sync(MERCHANT, PAYMENT_ID, client=client)
    assert (caught.value.status_code, caught.value.code, caught.value.message) == (404, "X-404", "Not found")
    assert server.requests == 1


@pytest.fixture
def failing_connects(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[str, int]]]:
    """Every TCP connect fails as a refused one does, and is counted."""
    attempts: list[tuple[str, int]] = []

    def refuse(self: object, host: str, port: int, *args: object, **kwargs: object) -> None:
        attempts.append((host, port))
        raise httpcore.ConnectError("[Errno 111] Connection refused")

    monkeypatch.setattr(httpcore.SyncBackend, "connect_tcp", refuse)
    yield attempts


@pytest.mark.parametrize("call", ["charge", "get"])
def test_a_failed_connect_is_retried_for_every_method(call: str, failing_connects: list[tuple[str, int]]) -> None:
    # Read retries off: this counts the transport's connect retries alone.
    with (
        client_for("http://127.0.0.1:9/v1/merchant", max_retries=0) as client,
        pytest.raises(ApiConnectionError) as caught,
    ):
        if call == "charge":
            charge_profile.sync_detailed(MERCHANT, client=client, body=charge_request())
        else:
            get_payment.sync_detailed(MERCHANT, PAYMENT_ID, client=client)
    assert len(failing_connects) == 1 + CONNECT_RETRIES == 3
    assert caught.value.may_have_reached_imoje is False


def test_a_read_retries_a_failed_connect_again_after_the_transports_own_attempts(
    failing_connects: list[tuple[str, int]],
) -> None:
    with client_for("http://127.0.0.1:9/v1/merchant", max_retries=2) as client, pytest.raises(ApiConnectionError):
        get_payment.sync(MERCHANT, PAYMENT_ID, client=client)
    assert len(failing_connects) == (1 + CONNECT_RETRIES) * 3


UUID_TEXT = str(PAYMENT_ID)
CUSTOMER = {"firstName": "Jan", "lastName": "Kowalski", "email": "jan@example.com"}
# One call of every operation that moves money or state, through the resource client.
STATE_CHANGING: dict[str, Callable[[Imoje], object]] = {
    "createPayment": lambda i: i.payments.create(amount=1, currency="PLN", order_id="o-1", customer=CUSTOMER),
    "cancelPayment": lambda i: i.payments.cancel(UUID_TEXT),
    "chargeProfile": lambda i: i.profiles.charge(UUID_TEXT, amount=1, currency="PLN", order_id="o-1"),
    "deactivateProfile": lambda i: i.profiles.deactivate(UUID_TEXT),
    "createTransaction": lambda i: i.transactions.create(
        amount=1,
        currency="PLN",
        order_id="o-1",
        payment_method="blik",
        payment_method_code="blik",
        blik_code="777123",
        success_return_url="https://shop.example/ok",
        failure_return_url="https://shop.example/ko",
        customer=CUSTOMER,
    ),
    "refundTransaction": lambda i: i.transactions.refund(UUID_TEXT, amount=1),
    "captureTransaction": lambda i: i.transactions.capture(UUID_TEXT),
    "voidTransaction": lambda i: i.transactions.void(UUID_TEXT),
    "chargeBlikProfile": lambda i: i.blik.charge(
        "blik-profile-1", amount=1, currency="PLN", order_id="o-1", title="T", client_ip="192.0.2.1", blik_key="k"
    ),
    "deactivateBlikProfile": lambda i: i.blik.deactivate("blik-profile-1", "k"),
}


def test_every_state_changing_operation_is_covered() -> None:
    marked = {op_id for op_id, op in openapi.operations(openapi.bundled()).items() if op.changes_state}
    assert set(STATE_CHANGING) == marked


@pytest.mark.parametrize("operation_id", sorted(STATE_CHANGING))
def test_every_state_changing_call_is_sent_once_and_a_lost_answer_leaves_its_outcome_unknown(
    operation_id: str,
) -> None:
    with LoopbackServer(close_without_answer) as server:
        imoje = Imoje(
            token=TOKEN, merchant_id=MERCHANT, service_id=UUID_TEXT, base_url=server.base_url, retry_backoff=0.01
        )
        with imoje, pytest.raises(OutcomeUnknownError) as caught:
            STATE_CHANGING[operation_id](imoje)
        time.sleep(0.2)  # room for a (wrong) second attempt to arrive
    assert caught.value.operation == operation_id
    assert server.requests == 1


@pytest.mark.parametrize("operation", ["canRefundTransaction", "getPaymentMethods"])
def test_a_post_that_only_reads_is_not_retried_either(operation: str) -> None:
    # docs/client.md: reads (GET) are the only requests sent again. can-refund and
    # get-payment-methods change nothing, but they are POSTs: one attempt, as documented.
    from imoje_client.api.services import get_payment_methods
    from imoje_client.api.transactions import can_refund_transaction
    from imoje_client.models import CanRefundRequest, PaymentMethodsRequest

    with LoopbackServer(answering(503)) as server, client_for(server.base_url, max_retries=2) as client:
        if operation == "canRefundTransaction":
            body = CanRefundRequest.from_dict({"type": "refund", "serviceId": str(SERVICE_ID), "amount": 100})
            status = can_refund_transaction.sync_detailed(MERCHANT, PAYMENT_ID, client=client, body=body).status_code
        else:
            methods = PaymentMethodsRequest.from_dict({"amount": 100, "currency": "PLN"})
            status = get_payment_methods.sync_detailed(MERCHANT, SERVICE_ID, client=client, body=methods).status_code
    assert status == 503 and server.requests == 1
