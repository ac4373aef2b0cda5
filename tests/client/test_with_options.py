"""Per-call options: `Imoje.with_options(...)` is a copy with other call settings that shares
the client's connection pool, as openai-python's is."""

import asyncio
import socket
import time
from collections.abc import Iterator
from uuid import UUID

import httpx
import pytest
from imoje_client import AsyncImoje, Imoje
from imoje_client.environments import READ_RETRIES
from imoje_client.errors import (
    ApiTimeoutError,
    ClientConfigurationError,
    ClientStateError,
    InternalServerError,
    NotFoundError,
)

from imoje_sandbox import SandboxConfig, SandboxServer, seeds
from tests.client.loopback import LoopbackServer, answering

CONFIG = SandboxConfig(seed=21)
LINK = UUID(seeds.DOCS_PENDING_LINK_ID)


@pytest.fixture(scope="module")
def server() -> Iterator[SandboxServer]:
    with SandboxServer(CONFIG) as running:
        yield running


def imoje_for(base_url: str, **settings: object) -> Imoje:
    return Imoje(token=CONFIG.token, merchant_id=CONFIG.merchant_id, service_id=CONFIG.service_id, base_url=base_url,
                 **settings)  # type: ignore[arg-type]  # fmt: skip


def test_a_copy_shares_the_connection_pool_and_keeps_its_own_settings(server: SandboxServer) -> None:
    with imoje_for(server.base_url, deadline=30.0) as imoje:
        quick = imoje.with_options(deadline=2.5, max_retries=0, retry_backoff=0.1)
        assert quick.payments.get(LINK).id == LINK
        assert imoje.payments.get(LINK).id == LINK
        assert quick.client.get_httpx_client() is imoje.client.get_httpx_client()
        assert (quick.client.deadline, quick.client.max_retries, quick.client.retry_backoff) == (2.5, 0, 0.1)
        assert (imoje.client.deadline, imoje.client.max_retries) == (30.0, READ_RETRIES)
        # Copies of copies use the same pool and keep what they did not change.
        deeper = quick.with_options(max_retries=1)
        assert deeper.client.get_httpx_client() is imoje.client.get_httpx_client()
        assert (deeper.client.deadline, deeper.client.max_retries) == (2.5, 1)


def stall_then_answer(seconds: float) -> object:
    answer = answering(404, b'{"apiErrorResponse": {"message": "Not found"}}')

    def behaviour(connection: socket.socket) -> None:
        time.sleep(seconds)
        answer(connection)

    return behaviour


def test_the_copys_deadline_bounds_its_call_while_the_client_waits_on() -> None:
    with LoopbackServer(stall_then_answer(0.8)) as slow, imoje_for(slow.base_url, deadline=5.0) as imoje:  # type: ignore[arg-type]
        short = imoje.with_options(deadline=0.3)
        started = time.monotonic()
        with pytest.raises(ApiTimeoutError):
            short.payments.get(LINK)
        assert time.monotonic() - started < 0.75
        with pytest.raises(NotFoundError):  # the client's own deadline (5 s) is unchanged
            imoje.payments.get(LINK)


def test_the_copys_timeout_travels_with_each_of_its_requests() -> None:
    seen: list[dict[str, float | None]] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["timeout"])
        return httpx.Response(404, json={"apiErrorResponse": {"message": "Not found"}})

    transport = httpx.MockTransport(answer)
    with imoje_for(seeds.SHOP_URL, httpx_args={"transport": transport}, timeout=httpx.Timeout(7.0)) as imoje:
        for client in (imoje.with_options(timeout=1.5), imoje):
            with pytest.raises(NotFoundError):
                client.payments.get(LINK)
    assert [entry["read"] for entry in seen] == [1.5, 7.0]


def test_the_copys_retry_count_is_its_own() -> None:
    unavailable = answering(503, b'{"apiErrorResponse": {"message": "down"}}')
    with LoopbackServer(unavailable) as down, imoje_for(down.base_url, max_retries=2, retry_backoff=0.01) as imoje:
        with pytest.raises(InternalServerError):
            imoje.with_options(max_retries=0).payments.get(LINK)
        assert down.requests == 1
        with pytest.raises(InternalServerError):
            imoje.payments.get(LINK)
        assert down.requests == 1 + 3


def test_closing_the_copy_leaves_the_pool_open_and_closing_the_client_closes_the_copy(server: SandboxServer) -> None:
    imoje = imoje_for(server.base_url)
    with imoje.with_options(deadline=3.0) as copy:
        assert copy.payments.get(LINK).id == LINK
    assert imoje.payments.get(LINK).id == LINK, "leaving the copy's `with` block closed nothing of the pool"
    other = imoje.with_options(max_retries=0)
    imoje.close()
    with pytest.raises(ClientStateError, match=r"made from \(with_options\) is closed"):
        other.payments.get(LINK)


@pytest.mark.parametrize(
    ("option", "value"), [("deadline", 0), ("max_retries", -1), ("retry_backoff", -0.5), ("max_response_bytes", 0)]
)
def test_a_wrong_option_is_named(option: str, value: float) -> None:
    with imoje_for(seeds.SHOP_URL) as imoje, pytest.raises(ClientConfigurationError, match=option):
        imoje.with_options(**{option: value})  # type: ignore[arg-type]


def test_a_copy_names_another_shop_for_its_bodies(server: SandboxServer) -> None:
    with imoje_for(server.base_url) as imoje:
        assert imoje.with_options(service_id=seeds.DOCS_CANCEL_SERVICE_ID).service_id == seeds.DOCS_CANCEL_SERVICE_ID
        assert imoje.service_id == CONFIG.service_id


def test_the_async_copy_shares_the_pool_and_its_clients_event_loop(server: SandboxServer) -> None:
    async def run() -> None:
        async with AsyncImoje(
            token=CONFIG.token, merchant_id=CONFIG.merchant_id, service_id=CONFIG.service_id, base_url=server.base_url
        ) as imoje:
            quick = imoje.with_options(deadline=2.0)
            assert (await quick.payments.get(LINK)).id == LINK
            assert quick.client.get_async_httpx_client() is imoje.client.get_async_httpx_client()

    asyncio.run(run())
