"""The only ways the suite's requests leave the process, each re-checking every URL: a
requests session (schemathesis) and the generated client (scenario tests)."""

from typing import Any

import httpx
import requests
from imoje_client import AuthenticatedClient

from contract_tests.target import Target


class GuardedSession(requests.Session):
    """A requests session that refuses, before sending, any URL off the checked target."""

    def __init__(self, target: Target) -> None:
        super().__init__()
        self.target = target
        # The suite checks what imoje answers; a redirect is an answer, never followed.
        self.max_redirects = 0

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:
        self.target.check_request_url(str(request.url))
        kwargs["allow_redirects"] = False
        return super().send(request, **kwargs)


def guarded_client(target: Target) -> AuthenticatedClient:
    """The generated client for the target, refusing any request off the checked host."""
    guard = {"request": [lambda request: target.check_request_url(str(request.url))]}
    return AuthenticatedClient(
        base_url=target.base_url, token=target.token, timeout=httpx.Timeout(15.0), httpx_args={"event_hooks": guard}
    )
