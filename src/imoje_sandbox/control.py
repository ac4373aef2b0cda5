"""Test-only routes under /_sandbox, outside imoje's API: reset, and playing the payer.

They take the same bearer token as the API.
"""

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from imoje_sandbox.errors import ApiProblem
from imoje_sandbox.pipeline import Sandbox, authenticate

PREFIX = "/_sandbox"
LINK_ACTIONS = ("start", "settle")


def routes(sandbox: Sandbox) -> list[BaseRoute]:
    async def reset(request: Request) -> Response:
        authenticate(request, sandbox.config)
        sandbox.store.reset()
        return JSONResponse({"status": "ok"})

    async def advance(request: Request) -> Response:
        authenticate(request, sandbox.config)
        action = request.path_params["action"]
        if action not in LINK_ACTIONS:
            raise ApiProblem(404, f"Unknown action {action!r}; known: {', '.join(LINK_ACTIONS)}")
        return JSONResponse(sandbox.store.advance_link(request.path_params["paymentId"], action))

    return [
        Route("/reset", reset, methods=["POST"]),
        Route("/payments/{paymentId}/{action}", advance, methods=["POST"]),
    ]
