"""One client shared by threads builds one httpx client (a second one would leak its sockets)."""

import threading
import time
from typing import Any

import pytest
from imoje_client import AuthenticatedClient

from tests.client.conftest import TOKEN


@pytest.mark.parametrize("asynchronous", [False, True])
def test_threads_sharing_a_client_build_one_httpx_client(asynchronous: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    client = AuthenticatedClient(base_url="http://127.0.0.1:9/v1/merchant", token=TOKEN)
    built = AuthenticatedClient._client_kwargs

    def slow(self: AuthenticatedClient, **kwargs: Any) -> dict[str, Any]:
        time.sleep(0.05)  # widen the window in which a second thread could start building
        return built(self, **kwargs)

    monkeypatch.setattr(AuthenticatedClient, "_client_kwargs", slow)
    seen: list[object] = []
    get = client.get_async_httpx_client if asynchronous else client.get_httpx_client
    threads = [threading.Thread(target=lambda: seen.append(get())) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(seen) == 8 and len({id(made) for made in seen}) == 1
