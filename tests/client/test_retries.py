"""No request that may have reached imoje is ever sent twice; a failed connect is retried.

These run the client's default transport against real sockets on loopback.
"""

import socket
import time
from collections.abc import Iterator
from typing import Any

import httpcore
import httpx
import pytest
from imoje_client import AuthenticatedClient
from imoje_client.api.payments import get_payment
from imoje_client.api.transactions import charge_profile
from imoje_client.environments import CONNECT_RETRIES
from imoje_client.errors import ApiConnectionError, ApiTimeoutError

from tests.client.conftest import MERCHANT, TOKEN
from tests.client.examples import PAYMENT_ID, charge_request
from tests.client.loopback import LoopbackServer


def close_without_answer(connection: socket.socket) -> None:
    connection.shutdown(socket.SHUT_RDWR)


def stall(connection: socket.socket) -> None:
    time.sleep(0.6)


def answer_503(connection: socket.socket) -> None:
    connection.sendall(b"HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")


def client_for(base_url: str) -> AuthenticatedClient:
    return AuthenticatedClient(base_url=base_url, token=TOKEN, timeout=httpx.Timeout(0.3, connect=0.3))


@pytest.mark.parametrize(
    ("behaviour", "raised"),
    [(close_without_answer, ApiConnectionError), (stall, ApiTimeoutError), (answer_503, None)],
)
def test_a_charge_that_reached_the_server_is_sent_once(behaviour: Any, raised: type[Exception] | None) -> None:
    with LoopbackServer(behaviour) as server, client_for(server.base_url) as client:
        if raised is None:
            response = charge_profile.sync_detailed(MERCHANT, client=client, body=charge_request())
            assert response.status_code == 503
        else:
            with pytest.raises(raised) as caught:
                charge_profile.sync_detailed(MERCHANT, client=client, body=charge_request())
            assert "may have" in str(caught.value)
            assert getattr(caught.value, "may_have_reached_imoje", True) is True
        time.sleep(0.3)  # room for a (wrong) second attempt to arrive
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
    with client_for("http://127.0.0.1:9/v1/merchant") as client, pytest.raises(ApiConnectionError) as caught:
        if call == "charge":
            charge_profile.sync_detailed(MERCHANT, client=client, body=charge_request())
        else:
            get_payment.sync_detailed(MERCHANT, PAYMENT_ID, client=client)
    assert len(failing_connects) == 1 + CONNECT_RETRIES == 3
    assert caught.value.may_have_reached_imoje is False
