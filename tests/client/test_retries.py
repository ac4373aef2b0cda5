"""No request that may have reached imoje is ever sent twice; a failed connect is retried.

These run the client's default transport against real sockets on loopback.
"""

import socket
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpcore
import httpx
import pytest
from imoje_client import AuthenticatedClient
from imoje_client.api.payments import get_payment
from imoje_client.api.transactions import charge_profile
from imoje_client.environments import CONNECT_RETRIES

from tests.client.conftest import MERCHANT, TOKEN
from tests.client.examples import PAYMENT_ID, charge_request


class LoopbackServer:
    """Reads each request, counts it, then behaves as told: close, stall, or answer."""

    def __init__(self, behaviour: Callable[[socket.socket], None]) -> None:
        self.behaviour = behaviour
        self.requests = 0
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.listener.settimeout(0.2)
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.listener.getsockname()[1]}/v1/merchant"

    def _serve(self) -> None:
        while not self.stopping.is_set():
            try:
                connection, _ = self.listener.accept()
            except TimeoutError:
                continue
            with connection:
                connection.settimeout(2)
                data = b""
                while b"\r\n\r\n" not in data:
                    chunk = connection.recv(65536)
                    if not chunk:
                        break
                    data += chunk
                if data:
                    self.requests += 1
                    self.behaviour(connection)

    def __enter__(self) -> "LoopbackServer":
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stopping.set()
        self.thread.join(5)
        self.listener.close()


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
    [(close_without_answer, httpx.RemoteProtocolError), (stall, httpx.ReadTimeout), (answer_503, None)],
)
def test_a_charge_that_reached_the_server_is_sent_once(behaviour: Any, raised: type[Exception] | None) -> None:
    with LoopbackServer(behaviour) as server, client_for(server.base_url) as client:
        if raised is None:
            response = charge_profile.sync_detailed(MERCHANT, client=client, body=charge_request())
            assert response.status_code == 503
        else:
            with pytest.raises(raised):
                charge_profile.sync_detailed(MERCHANT, client=client, body=charge_request())
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
    with client_for("http://127.0.0.1:9/v1/merchant") as client, pytest.raises(httpx.ConnectError):
        if call == "charge":
            charge_profile.sync_detailed(MERCHANT, client=client, body=charge_request())
        else:
            get_payment.sync_detailed(MERCHANT, PAYMENT_ID, client=client)
    assert len(failing_connects) == 1 + CONNECT_RETRIES == 3
