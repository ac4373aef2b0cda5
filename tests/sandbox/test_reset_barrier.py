"""A reset is a barrier: a request that arrived before it never changes the state after it.
Reproduced without sleeps: the request's body is held back (half sent on a raw socket) while
the reset happens, then finished; it is answered 409, not executed, and nothing is notified."""

import json
import socket
import time
from urllib.parse import urlsplit

import httpx

from imoje_sandbox.pytest_plugin import ImojeSandbox


def test_a_request_whose_body_was_still_arriving_at_a_reset_is_not_executed(imoje_sandbox: ImojeSandbox) -> None:
    body = json.dumps({
        "serviceId": imoje_sandbox.service_id, "amount": 1999, "currency": "PLN", "orderId": "before-reset",
        "customer": {"firstName": "Jan", "lastName": "Kowalski"},
    }).encode()  # fmt: skip
    target = urlsplit(f"{imoje_sandbox.base_url}/{imoje_sandbox.merchant_id}/payment")
    head = (
        f"POST {target.path} HTTP/1.1\r\nHost: {target.netloc}\r\nAuthorization: Bearer {imoje_sandbox.token}\r\n"
        f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\nConnection: close\r\n\r\n"
    ).encode()
    with socket.create_connection((target.hostname, target.port), timeout=10) as raw:
        raw.sendall(head + body[:20])  # it arrives; its body does not, yet
        sandbox = imoje_sandbox.server.sandbox_app.state.sandbox
        deadline = time.monotonic() + 10
        while sandbox.in_flight == 0:  # until the sandbox is handling it (its own count)
            assert time.monotonic() < deadline, "the request never reached the sandbox"
            time.sleep(0.001)
        imoje_sandbox.reset()  # what the next test's fixture does
        raw.sendall(body[20:])
        answer = b""
        while chunk := raw.recv(65536):
            answer += chunk
    status = int(answer.split(b" ", 2)[1])
    assert status == 409, answer[:300]
    store = imoje_sandbox.server.sandbox_app.state.sandbox.store
    assert not [link for link in store.links.values() if link["orderId"] == "before-reset"]
    assert imoje_sandbox.notifications() == []
    # The sandbox serves the new state as usual.
    assert httpx.get(f"{imoje_sandbox.base_url}/{imoje_sandbox.merchant_id}/payment/{imoje_sandbox.seeded.new_link_id}",
                     headers={"Authorization": f"Bearer {imoje_sandbox.token}"}).status_code == 200  # fmt: skip
