"""A merchant's notification endpoint for contract runs: keeps what arrives, answers as imoje expects.

The runner serves it on loopback and points the embedded sandbox at it; the suite reads back
what arrived from GET /received (bodies base64-encoded, so that their bytes stay exact).
"""

import base64
import threading

from imoje_client.notifications import HEADER, acknowledgement
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route


def receiver_app() -> Starlette:
    received: list[dict[str, str | None]] = []
    lock = threading.Lock()

    async def notify(request: Request) -> Response:
        body = await request.body()
        with lock:
            received.append({"body": base64.b64encode(body).decode(), "signature": request.headers.get(HEADER)})
        status, headers, content = acknowledgement()
        return Response(content, status_code=status, headers=headers)

    async def listing(request: Request) -> Response:
        with lock:
            return JSONResponse(list(received))

    return Starlette(routes=[Route("/notify", notify, methods=["POST"]), Route("/received", listing, methods=["GET"])])
