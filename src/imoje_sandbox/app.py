"""The ASGI app: the spec's paths under /v1/merchant, a few control routes, imoje's error shape."""

from collections import defaultdict
from pathlib import Path

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Mount, Route, Router
from starlette.types import Receive, Scope, Send

from imoje_sandbox import control, faults, pages, spec
from imoje_sandbox.config import API_PREFIX, SandboxConfig
from imoje_sandbox.errors import ApiProblem
from imoje_sandbox.notifier import Notifier
from imoje_sandbox.operations import check_complete
from imoje_sandbox.pipeline import Sandbox, handle
from imoje_sandbox.state import DEFAULT_ORIGIN, Store

HTTP_MESSAGES = {404: "Not found", 405: "Method not allowed"}


class _PathEndpoint:
    """All methods of one spec path. An ASGI app rather than a function, so that Starlette
    routes every method here and the 405 (with its Allow) is this path's own."""

    def __init__(self, sandbox: Sandbox, operation_ids: dict[str, str]) -> None:
        self.sandbox = sandbox
        self.operation_ids = operation_ids
        methods = {*operation_ids, "HEAD"} if "GET" in operation_ids else set(operation_ids)
        self.allowed = ", ".join(sorted(methods))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        request = Request(scope, receive)
        method = "GET" if request.method == "HEAD" else request.method
        if method not in self.operation_ids:
            raise ApiProblem(405, "Method not allowed", headers={"Allow": self.allowed})
        response = await handle(request, self.sandbox, self.sandbox.operations[self.operation_ids[method]])
        await response(scope, receive, send)


def _api_routes(sandbox: Sandbox) -> list[BaseRoute]:
    by_path: dict[str, dict[str, str]] = defaultdict(dict)
    for operation_id, compiled in sandbox.operations.items():
        by_path[compiled.operation.path][compiled.operation.method.upper()] = operation_id
    # Literal segments before parameters, and every method routed to the first path that
    # matches: as OpenAPI says, GET /payment/cancel is POST-only /payment/cancel answering
    # 405, not /payment/{paymentId} with the id "cancel".
    ordered = sorted(by_path, key=lambda path: [part.startswith("{") for part in path.split("/")])
    return [Route(path, _PathEndpoint(sandbox, by_path[path])) for path in ordered]


async def _problem(request: Request, exc: Exception) -> Response:
    # Problems outside an operation: unknown routes, undeclared methods, control routes.
    assert isinstance(exc, ApiProblem)
    sandbox: Sandbox = request.app.state.sandbox
    return sandbox.respond(None, exc.status, exc.body(), exc.headers)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    message = HTTP_MESSAGES.get(exc.status_code, exc.detail)
    return await _problem(request, ApiProblem(exc.status_code, message, headers=dict(exc.headers or {})))


async def _server_error(request: Request, exc: Exception) -> Response:
    # Reached only through a bug in the sandbox: bad input has answers of its own.
    return JSONResponse({"apiErrorResponse": {"message": "Internal sandbox error"}}, status_code=500)


def create_app(
    config: SandboxConfig | None = None, *, spec_path: Path | None = None, public_url: str = DEFAULT_ORIGIN
) -> Starlette:
    """The sandbox as an ASGI app, with its own in-memory state; `public_url` is the origin it
    is served on (its payer pages' links name it)."""
    config = config or SandboxConfig()
    faults.check_names(config.faults)
    document = spec.load(spec_path)
    operations = spec.compile_operations(document)
    check_complete(operations)
    store = Store(config, document, public_url=public_url)
    sandbox = Sandbox(
        config=config,
        store=store,
        document=document,
        operations=operations,
        notifier=Notifier(config, store.renderer),
    )
    app = Starlette(
        routes=[
            Mount(API_PREFIX, routes=_api_routes(sandbox)),
            Mount(control.PREFIX, routes=control.routes(sandbox)),
            *pages.routes(sandbox),
            Route("/openapi.json", lambda request: JSONResponse(document), methods=["GET"]),
        ],
        exception_handlers={ApiProblem: _problem, HTTPException: _http_error, Exception: _server_error},
    )
    # A trailing slash is another path, answered 404 in imoje's shape: Starlette would
    # redirect it (307) to a Location built from the request's Host header.
    app.router.redirect_slashes = False
    for route in app.router.routes:
        if isinstance(route, Mount) and isinstance(route.app, Router):
            route.app.redirect_slashes = False
    app.state.sandbox = sandbox
    return app
