"""Test-only routes under /_sandbox, outside imoje's API: reset, playing the payer, and the
notifications sent so far.

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
        sandbox.notifier.reset()
        return JSONResponse({"status": "ok"})

    async def notifications(request: Request) -> Response:
        authenticate(request, sandbox.config)
        return JSONResponse(sandbox.notifier.recorded())

    async def advance(request: Request) -> Response:
        authenticate(request, sandbox.config)
        action = request.path_params["action"]
        if action not in LINK_ACTIONS:
            raise ApiProblem(404, f"Unknown action {action!r}; known: {', '.join(LINK_ACTIONS)}")
        link = sandbox.store.advance_link(request.path_params["paymentId"], action)
        for transaction in link["transactions"]:
            sandbox.notifier.transaction_changed(f"payment {action}", transaction, link)
        return JSONResponse(link)

    return [
        Route("/reset", reset, methods=["POST"]),
        Route("/notifications", notifications, methods=["GET"]),
        Route("/payments/{paymentId}/{action}", advance, methods=["POST"]),
    ]
