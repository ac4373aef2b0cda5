"""The only way the suite's requests leave the process: a session that re-checks each URL."""

from typing import Any

import requests

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
