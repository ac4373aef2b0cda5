from collections.abc import Callable, Iterator

import httpx
import pytest
from imoje_client import SANDBOX_BASE_URL, AuthenticatedClient

TOKEN = "canary-token-7f3c1e9a"
MERCHANT = "wh7blvxerihcfs852bsd"

Handler = Callable[[httpx.Request], httpx.Response]


class Recorder:
    """Answers every request with a fixed response and keeps what was sent."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        # A well-formed "not found" unless a test says otherwise.
        self.status = 404
        self.body: object = {"apiErrorResponse": {"message": "Not found"}}
        self.content: bytes | None = None

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if self.content is not None:
            return httpx.Response(self.status, content=self.content)
        return httpx.Response(self.status, json=self.body)


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def client(recorder: Recorder) -> Iterator[AuthenticatedClient]:
    with AuthenticatedClient(
        base_url=SANDBOX_BASE_URL, token=TOKEN, httpx_args={"transport": httpx.MockTransport(recorder)}
    ) as built:
        yield built
