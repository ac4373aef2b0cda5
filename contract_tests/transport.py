"""The only ways the suite's requests leave the process, each re-checking every URL and every
irreversible request: a requests session (schemathesis) and the generated client (scenario tests)."""

from typing import Any

import httpx
import hypothesis
import requests
from imoje_client import AuthenticatedClient

from contract_tests.invariants import Ledger
from contract_tests.irreversible import SCAN_LIMIT, IrreversibleGuard, IrreversibleRefused
from contract_tests.target import Target


def _judge(guard: IrreversibleGuard, method: str, url: str, content: bytes | None) -> None:
    """The guard's verdict on one request. A generated case that names a real record is not the
    target's fault: inside hypothesis it is rejected (counted, never sent, never a failure);
    anywhere else the refusal stands."""
    try:
        guard.check(method, url, content)
    except IrreversibleRefused:
        if not hypothesis.currently_in_test_context():
            raise
        guard.rejected += 1
        hypothesis.reject()


def _bytes(body: Any) -> bytes | None:
    if body is None or isinstance(body, bytes):
        return body
    return str(body).encode("utf-8")


# The largest answer the suite reads, decompressed: no answer of imoje's comes near it, and a
# hostile gzip answer once inflated to 2.26 GB in the suite's process.
MAX_ANSWER_BYTES = 16 * 1024 * 1024
# Compressed bytes read at a time: one read inflates to about a megabyte at most.
_READ = 1024


class AnswerTooLarge(requests.exceptions.RequestException):
    """The target's answer passed MAX_ANSWER_BYTES (on the wire or decompressed); reading stopped."""


def _read_within_cap(response: requests.Response) -> None:
    """Read the body in small slices, decompressed as it comes, never past the cap."""
    if response.raw is None:  # an adapter that answered from memory
        return
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_ANSWER_BYTES:
        response.close()
        raise AnswerTooLarge(f"the answer declares {declared} bytes, more than {MAX_ANSWER_BYTES}", response=response)
    body = bytearray()
    for chunk in response.raw.stream(_READ, decode_content=True):
        body += chunk
        if len(body) > MAX_ANSWER_BYTES:
            response.close()
            raise AnswerTooLarge(f"the answer passed {MAX_ANSWER_BYTES} bytes; reading stopped", response=response)
    response._content = bytes(body)
    response._content_consumed = True
    response.close()


class GuardedSession(requests.Session):
    """A requests session that refuses, before sending, any URL off the checked target and any
    irreversible request naming a real record; with a `ledger`, every answer is judged by the
    read-after-write invariants (contract_tests/invariants.py)."""

    def __init__(self, target: Target, guard: IrreversibleGuard, ledger: Ledger | None = None) -> None:
        super().__init__()
        self.target = target
        self.guard = guard
        self.ledger = ledger
        # The suite checks what imoje answers; a redirect is an answer, never followed.
        self.max_redirects = 0

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:
        self.target.check_request_url(str(request.url))
        _judge(self.guard, str(request.method), str(request.url), _bytes(request.body))
        kwargs["allow_redirects"] = False
        kwargs["stream"] = True
        response = super().send(request, **kwargs)
        _read_within_cap(response)
        self.guard.observe(response.status_code, response.content or b"")
        if self.ledger is not None:
            method, url, sent = str(request.method), str(request.url), _bytes(request.body)
            self.ledger.observe(method, url, sent, response.status_code, response.content or b"")
        return response


def guarded_client(target: Target, guard: IrreversibleGuard, ledger: Ledger | None = None) -> AuthenticatedClient:
    """The generated client for the target, with the same checks as `GuardedSession`."""

    def check(request: httpx.Request) -> None:
        target.check_request_url(str(request.url))
        _judge(guard, request.method, str(request.url), request.content)
        if ledger is not None:
            ledger.sending(request.method, str(request.url), request.content)

    def learn(response: httpx.Response) -> None:
        # The guard learns the target's records from this client's answers too (it learned
        # them only from schemathesis's: a refund of a transaction this client had just read
        # went through on an external target). Only a declared, scannable length is read
        # here; anything else stays with the client's bounded streaming read.
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) <= SCAN_LIMIT:
            response.read()
            guard.observe(response.status_code, response.content)
            if ledger is not None:
                request = response.request
                ledger.observe(
                    request.method, str(request.url), request.content, response.status_code, response.content
                )

    hooks = {"request": [check], "response": [learn]}
    return AuthenticatedClient(
        base_url=target.base_url, token=target.token, timeout=httpx.Timeout(15.0), httpx_args={"event_hooks": hooks}
    )
