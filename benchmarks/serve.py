"""`python -m benchmarks.serve sandbox|reference`: one app on a free loopback port, for load tests.

Both use the same server setup (imoje_sandbox.server): uvicorn, one worker, TCP_NODELAY.
It prints the port, then serves until killed.
"""

import sys

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from imoje_sandbox import SandboxConfig, create_app, server

CONSTANT = {"status": "ok"}


async def constant(request: Request) -> Response:
    return JSONResponse(CONSTANT)


def reference_app() -> Starlette:
    return Starlette(routes=[Route("/constant", constant)])


if __name__ == "__main__":
    app = create_app(SandboxConfig(seed=1)) if sys.argv[1] == "sandbox" else reference_app()
    listener = server.listen("127.0.0.1", 0)
    print(listener.getsockname()[1], flush=True)
    server.uvicorn_server(app).run(sockets=[listener])
