"""HTTP/1.1 as uvicorn speaks it, but with imoje's error shape for requests rejected before
they reach the app (a malformed request line or header): uvicorn's own answer is plain text.

Each request's scope also carries its connection (`scope["state"][CONNECTION_STATE]`), so
that the `drop` fault can close it after executing the request: ASGI has no way to say
"no answer"."""

import asyncio
import json
from typing import Any

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

CONNECTION_STATE = "imoje_sandbox.connection"


class ImojeH11Protocol(H11Protocol):
    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        # uvicorn copies app_state into every request's scope["state"]: this connection's own.
        self.app_state: dict[str, Any] = {**self.app_state, CONNECTION_STATE: transport}

    def send_400_response(self, msg: str) -> None:
        body = json.dumps(
            {
                "apiErrorResponse": {
                    "message": msg,
                    "errors": [{"property": "(request)", "rule": "http", "message": msg}],
                }
            }
        ).encode("utf-8")
        headers = [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(body)).encode()),
            (b"connection", b"close"),
        ]
        self.transport.write(self.conn.send(h11.Response(status_code=400, headers=headers, reason=b"Bad Request")))
        self.transport.write(self.conn.send(h11.Data(data=body)))
        self.transport.write(self.conn.send(h11.EndOfMessage()))
        self.transport.close()
