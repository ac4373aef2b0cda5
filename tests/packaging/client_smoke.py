"""Run inside a venv holding only the client wheel and its dependencies (at the versions under
test): the client's own paths that lean on httpx and httpcore, against a loopback server.

Exits non-zero, naming the step, on the first thing that does not hold.
"""

import gzip
import json
import os
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
from imoje_client import ApiTimeoutError, Imoje, OutcomeUnknownError, paywall

PROFILE = "46f095b4-be6f-4ea0-8052-475ac8fbf218"
STALLS = "0f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b"
SHOP = "2a249f52-d29c-46e7-9575-e65a889c7d38"
ANSWER = {"paymentProfile": {"id": PROFILE, "profile": "ONE_CLICK", "isActive": 1}}
TOKEN = "smoke-token-0123456789"


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        if self.path.endswith(STALLS):
            time.sleep(3)
        body = gzip.compress(json.dumps(ANSWER).encode())
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("content-length") or 0))
        # The charge was read, then the connection drops: its outcome is unknown.
        self.connection.shutdown(socket.SHUT_RDWR)


def main() -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/v1/merchant"
    print("httpx", httpx.__version__)
    with Imoje(token=TOKEN, merchant_id="m", service_id=SHOP, base_url=base) as imoje:
        assert str(imoje.profiles.get(PROFILE).payment_profile.id) == PROFILE, "a gzip answer over loopback"
        try:
            imoje.profiles.charge(PROFILE, amount=100, currency="PLN", order_id="o-1", title="t")
            raise AssertionError("a dropped charge raised nothing")
        except OutcomeUnknownError:
            pass
    with Imoje(token=TOKEN, merchant_id="m", service_id=SHOP, base_url=base, deadline=0.5, max_retries=0) as imoje:
        started = time.monotonic()
        try:
            imoje.profiles.get(STALLS)
            raise AssertionError("a stalled read raised nothing")
        except ApiTimeoutError:
            assert time.monotonic() - started < 2, "the deadline reached the socket"
    os.environ["HTTP_PROXY"] = "http://127.0.0.1:9"
    with Imoje(token=TOKEN, merchant_id="m", service_id=SHOP, base_url=base) as imoje:
        assert imoje.client.get_httpx_client()._mounts, "the environment's proxy is mounted"
    # The paywall's spec travels in the wheel (paywall.json): building a payment reads it.
    payment = paywall.build_payment(
        service_id=SHOP, merchant_id="m1", service_key="k" * 16, amount=100, currency="PLN",
        order_id="o-1", customer_first_name="Jan", customer_last_name="Kowalski",
    )  # fmt: skip
    assert paywall.verify(payment.fields, "k" * 16), "a paywall payment from the wheel"
    print("client smoke: ok")


if __name__ == "__main__":
    main()
