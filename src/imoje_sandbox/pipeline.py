"""One path for every API request: auth, merchant, body, spec validation, handler, answer."""

import hmac
from dataclasses import dataclass
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse

from imoje_sandbox.config import SandboxConfig
from imoje_sandbox.errors import INVALID_PAYLOAD, ApiProblem
from imoje_sandbox.operations import HANDLERS
from imoje_sandbox.request_body import read_json
from imoje_sandbox.spec import CompiledOperation
from imoje_sandbox.state import Store


@dataclass
class Sandbox:
    """Everything a request may touch, built once per app."""

    config: SandboxConfig
    store: Store
    document: dict[str, Any]
    operations: dict[str, CompiledOperation]


def authenticate(request: Request, config: SandboxConfig) -> None:
    given = request.headers.get("authorization", "")
    expected = f"Bearer {config.token}"
    if not hmac.compare_digest(given.encode(), expected.encode()):
        reason = "missing" if not given else "wrong"
        raise ApiProblem(401, f"Unauthorized: the bearer token is {reason}", headers={"WWW-Authenticate": "Bearer"})


async def handle(request: Request, sandbox: Sandbox, compiled: CompiledOperation) -> JSONResponse:
    authenticate(request, sandbox.config)
    path = {name: str(value) for name, value in request.path_params.items()}
    if path.get("merchantId") != sandbox.config.merchant_id:
        raise ApiProblem(403, "Forbidden: the token does not belong to this merchant")
    body = None
    if compiled.operation.body is not None:
        body = await read_json(request, sandbox.config.max_body_bytes)
    problems = compiled.problems(path, body)
    if problems:
        errors = [
            {"property": problem.field or "(body)", "rule": problem.rule, "message": problem.message}
            for problem in problems
        ]
        raise ApiProblem(422, INVALID_PAYLOAD, errors=errors, instance=body)
    answer = HANDLERS[compiled.operation.operation_id](sandbox.store, path, body)
    return JSONResponse(answer)
