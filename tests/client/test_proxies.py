"""The client honours the environment's proxies as plain httpx does, through its own transport."""

import asyncio
import time
from typing import Any

import pytest
from imoje_client import AsyncImoje, Imoje
from imoje_client.errors import ApiTimeoutError

from imoje_sandbox import SandboxConfig, SandboxServer, seeds
from tests.client.loopback import LoopbackServer
from tests.forward_proxy import RecordingProxy, recording_proxy

CONFIG = SandboxConfig(seed=31)


def imoje(server: SandboxServer, **options: Any) -> Imoje:
    return Imoje(
        token=CONFIG.token, merchant_id=CONFIG.merchant_id, service_id=CONFIG.service_id,
        base_url=server.base_url, **options,
    )  # fmt: skip


def read_profile(server: SandboxServer, **options: Any) -> None:
    with imoje(server, **options) as client:
        assert str(client.profiles.get(seeds.ONE_CLICK_PROFILE_ID).payment_profile.id) == seeds.ONE_CLICK_PROFILE_ID


def through(proxy: RecordingProxy) -> list[str]:
    return [path for _, path in proxy.seen]


@pytest.fixture
def server() -> Any:
    with SandboxServer(CONFIG) as running:
        yield running


@pytest.mark.parametrize("name", ["HTTP_PROXY", "http_proxy", "ALL_PROXY"])
def test_a_proxy_named_in_the_environment_carries_the_calls(
    name: str, server: SandboxServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    for other in ("HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy", "NO_PROXY", "no_proxy"):
        monkeypatch.delenv(other, raising=False)
    with recording_proxy() as proxy:
        monkeypatch.setenv(name, proxy.url)
        read_profile(server)
    assert through(proxy) == [f"{server.base_url}/{CONFIG.merchant_id}/profile/id/{seeds.ONE_CLICK_PROFILE_ID}"]


def test_the_async_client_too(server: SandboxServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)

    async def read() -> None:
        async with AsyncImoje(
            token=CONFIG.token, merchant_id=CONFIG.merchant_id, service_id=CONFIG.service_id, base_url=server.base_url
        ) as client:
            await client.profiles.get(seeds.ONE_CLICK_PROFILE_ID)

    with recording_proxy() as proxy:
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        asyncio.run(read())
    assert len(through(proxy)) == 1


@pytest.mark.parametrize(
    ("setting", "options"),
    [
        ({"NO_PROXY": "127.0.0.1"}, {}),
        ({"NO_PROXY": "*"}, {}),
        ({}, {"httpx_args": {"trust_env": False}}),
    ],
)
def test_no_proxy_and_trust_env_false_bypass_it(
    setting: dict[str, str], options: dict[str, Any], server: SandboxServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("no_proxy", raising=False)
    monkeypatch.delenv("NO_PROXY", raising=False)
    with recording_proxy() as proxy:
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        for name, value in setting.items():
            monkeypatch.setenv(name, value)
        read_profile(server, **options)
    assert through(proxy) == []


def test_the_deadline_still_holds_through_a_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    # A proxy that takes the request and never answers: the proxied transport is the client's
    # own, so its sockets get what is left of the deadline (the read timeout is 30 s).
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    with LoopbackServer(lambda connection: time.sleep(1.5)) as stalling:
        monkeypatch.setenv("HTTP_PROXY", stalling.base_url.removesuffix("/v1/merchant"))
        client = Imoje(
            token=CONFIG.token, merchant_id=CONFIG.merchant_id, service_id=CONFIG.service_id,
            base_url="http://127.0.0.1:9/v1/merchant", deadline=0.5, max_retries=0,
        )  # fmt: skip
        started = time.monotonic()
        with client, pytest.raises(ApiTimeoutError):
            client.profiles.get(seeds.ONE_CLICK_PROFILE_ID)
        elapsed = time.monotonic() - started
    assert stalling.requests == 1
    assert elapsed < 2.5
