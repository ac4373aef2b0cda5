"""`python -m benchmarks.serve sandbox [LINKS] | client-calls | reference`: one app on a free
loopback port, for load tests (the sandbox with LINKS payment links stored beside its seeded
records; the sandbox as the client-call benchmark configures it).

Both use the same server setup (imoje_sandbox.server): uvicorn, one worker, TCP_NODELAY.
It prints the port, then serves until killed.
"""

import sys

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from imoje_sandbox import create_app, server

CONSTANT = {"status": "ok"}


async def constant(request: Request) -> Response:
    return JSONResponse(CONSTANT)


def reference_app() -> Starlette:
    return Starlette(routes=[Route("/constant", constant)])


if __name__ == "__main__":
    if sys.argv[1] == "sandbox":
        from benchmarks.scale import CONFIG, fill

        app = create_app(CONFIG)
        fill(app.state.sandbox.store, int(sys.argv[2]) if len(sys.argv) > 2 else 0)
    elif sys.argv[1] == "client-calls":
        from benchmarks.client_call import CONFIG as CALLS

        app = create_app(CALLS)
    else:
        app = reference_app()
    listener = server.listen("127.0.0.1", 0)
    print(listener.getsockname()[1], flush=True)
    server.uvicorn_server(app).run(sockets=[listener])
