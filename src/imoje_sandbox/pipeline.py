"""One path for every API request: auth, merchant, body, spec validation, handler, answer."""

import asyncio
import hmac
import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from imoje_client import openapi
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response

from imoje_sandbox import faults, records
from imoje_sandbox.config import SandboxConfig
from imoje_sandbox.errors import INVALID_PAYLOAD, ApiProblem
from imoje_sandbox.events import Event
from imoje_sandbox.notifier import Notifier, refuse_local_notification_url
from imoje_sandbox.operations import HANDLERS
from imoje_sandbox.protocol import CONNECTION_STATE
from imoje_sandbox.request_body import read_json
from imoje_sandbox.runtime_faults import RuntimeFault, RuntimeFaults
from imoje_sandbox.spec import CompiledOperation
from imoje_sandbox.state import Store


@dataclass
class Sandbox:
    """Everything a request may touch, built once per app."""

    config: SandboxConfig
    store: Store
    document: dict[str, Any]
    operations: dict[str, CompiledOperation]
    notifier: Notifier
    runtime_faults: RuntimeFaults = field(default_factory=RuntimeFaults)
    # Every API request and how it was answered: what a service's test asserts on ("the
    # sandbox saw exactly one charge").
    requests: list[dict[str, Any]] = field(default_factory=list)
    requests_lock: threading.Lock = field(default_factory=threading.Lock)
    # The most recent entries only: a long-lived sandbox (and a flood of 401s) must not grow
    # without bound; the oldest go first.
    max_logged: int = 10_000
    # Incremented by each reset.
    generation: int = 0
    # API requests being handled now (arrived, not yet answered): what a test waits on to
    # know a request is inside the sandbox.
    in_flight: int = 0

    def record(
        self,
        operation_id: str,
        status: int | None,
        fault: RuntimeFault | None,
        path: dict[str, str] | None = None,
        body: Any = None,
    ) -> None:
        entry = {
            "operation": operation_id,
            "status": status,
            "fault": fault.kind if fault else None,
            "path": path or {},
            "body": body,
        }
        with self.requests_lock:
            self.requests.append(entry)
            if len(self.requests) > self.max_logged:
                del self.requests[: len(self.requests) - self.max_logged]

    def publish(self, events: tuple[Event, ...]) -> None:
        self.notifier.publish(events)

    @contextmanager
    def step(self) -> Iterator[None]:
        """One step, as an API call, a control route and a payer's page each take it: the
        store's lock held throughout, and what expired since the last step published first,
        as it went first on imoje's side (a link past its validTo cannot be paid)."""
        with self.store.unit():
            self.publish(tuple(self.store.expire_due()))
            yield

    def reset(self) -> None:
        # A barrier: under the store's lock (no request executes meanwhile), a new generation,
        # and the state it starts from. A request that arrived before it, executed after it,
        # would change the new state: each checks its generation under the same lock (_answer).
        with self.store.unit():
            with self.requests_lock:
                self.generation += 1
            self.store.reset()
        self.notifier.reset()
        self.runtime_faults.clear()
        with self.requests_lock:
            self.requests.clear()

    def respond(
        self, operation: openapi.Operation | None, status: int, body: Any, headers: dict[str, str] | None = None
    ) -> Response:
        """An answer as the configured faults (usually none) shape it."""
        body = faults.apply(self.config.faults, self.document, operation, status, body)
        media_type = faults.media_type(self.config.faults)
        return JSONResponse(body, status_code=status, headers=headers, media_type=media_type)


def authenticate(request: Request, config: SandboxConfig) -> None:
    given = request.headers.get("authorization", "")
    # RFC 9110 §11.1: the scheme is case-insensitive ("bearer T" is "Bearer T").
    scheme, _, credential = given.strip().partition(" ")
    bearer = scheme.lower() == "bearer"
    if not (bearer and hmac.compare_digest(credential.strip().encode(), config.token.encode())):
        reason = "missing" if not given else "wrong"
        raise ApiProblem(401, f"Unauthorized: the bearer token is {reason}", headers={"WWW-Authenticate": "Bearer"})


async def handle(request: Request, sandbox: Sandbox, compiled: CompiledOperation) -> Response:
    with sandbox.requests_lock:
        sandbox.in_flight += 1
    try:
        return await _handle(request, sandbox, compiled, sandbox.generation)
    finally:
        with sandbox.requests_lock:
            sandbox.in_flight -= 1


async def _handle(request: Request, sandbox: Sandbox, compiled: CompiledOperation, arrived: int) -> Response:
    operation_id = compiled.operation.operation_id
    fault = sandbox.runtime_faults.take(operation_id)
    path = {name: str(value) for name, value in request.path_params.items()}

    def record(status: int | None, body: Any) -> None:
        sandbox.record(operation_id, status, fault, path, body)

    if fault is not None and not fault.executes:
        # Turned away before imoje looked at it: nothing was executed.
        record(fault.status, await _sent_body(request, compiled, sandbox.config.max_body_bytes))
        refused = ApiProblem(fault.status, "Refused (a fault switched on in the sandbox)")
        # A status fault's `seconds`, when given, is the wait its Retry-After asks for.
        wait = {"Retry-After": str(int(fault.seconds))} if fault.kind == "status" and fault.seconds else None
        return sandbox.respond(compiled.operation, fault.status, refused.body(), wait)
    if fault is not None and fault.kind == "delay":
        # imoje has the whole request before it is slow: a client that gives up during the
        # delay finds it executed all the same, and logged. One whose request never arrived
        # in full is logged as 499 (client closed request), not executed.
        generation = sandbox.generation
        try:
            await _receive_whole(request, sandbox.config.max_body_bytes)
        except ClientDisconnect:
            record(CLIENT_CLOSED, None)
            return Response(status_code=CLIENT_CLOSED)
        await asyncio.sleep(fault.seconds)
        if sandbox.generation != generation:
            # Reset while it waited: it belongs to the state that is gone (and to no test's log).
            gone = ApiProblem(409, "The sandbox was reset while this request was delayed; it was not executed")
            return sandbox.respond(compiled.operation, 409, gone.body())
    try:
        answer = sandbox.respond(compiled.operation, 200, await _answer(request, sandbox, compiled, path, arrived))
    except ApiProblem as problem:
        answer = sandbox.respond(compiled.operation, problem.status, problem.body(), problem.headers)
    except Exception:
        # A bug of the sandbox's own: the request log says so too (a test reads it to count
        # what was executed), then the server answers its 500.
        record(500, await _sent_body(request, compiled, sandbox.config.max_body_bytes))
        raise
    sent = await _sent_body(request, compiled, sandbox.config.max_body_bytes)
    if fault is None or fault.kind == "delay":
        record(answer.status_code, sent)
        return answer
    # The request has been executed: now imoje fails to say so.
    if fault.kind == "status":
        record(fault.status, sent)
        failure = ApiProblem(fault.status, "Internal error (a fault switched on in the sandbox)")
        return sandbox.respond(compiled.operation, fault.status, failure.body())
    record(None, sent)
    if fault.kind == "timeout":
        await _hold(request, fault.seconds)
        return answer
    _drop(request)
    return answer  # uvicorn sends nothing on a closed connection


# nginx's code for a request whose client went away before it was answered.
CLIENT_CLOSED = 499
# Where the operation leaves the body it parsed, for the request log.
BODY_KEY = "imoje_sandbox.body"


async def _sent_body(request: Request, compiled: CompiledOperation, limit: int) -> Any:
    """The request's JSON body as the request log keeps it: None for none, for one past
    `limit` bytes, or for one that is not JSON (the log never fails a request)."""
    if compiled.operation.body is None:
        return None  # a read: nothing to wait for on the hot path
    if BODY_KEY in request.scope:
        return request.scope[BODY_KEY]  # as the operation read it
    raw = getattr(request, "_body", None)  # Starlette's cache, kept by whatever read it
    if raw is None:
        try:
            await _receive_whole(request, limit)
        except (ClientDisconnect, RuntimeError):  # gone, or read elsewhere without a cache
            return None
        raw = request._body
    if not raw or len(raw) > limit:
        return None
    try:
        return json.loads(raw)
    except (ValueError, RecursionError):
        return None


async def _receive_whole(request: Request, limit: int) -> None:
    """Receive the body now (Starlette keeps it for read_json); past `limit` bytes stop, and
    read_json refuses it later."""
    raw = bytearray()
    async for chunk in request.stream():
        raw += chunk
        if len(raw) > limit:
            break
    request._body = bytes(raw)  # Starlette's own cache of the body, read by request.stream()


async def _hold(request: Request, seconds: float) -> None:
    """Wait `seconds`, or until the client hangs up (so that shutdown never waits on it)."""
    until = time.monotonic() + seconds
    while time.monotonic() < until:
        if await request.is_disconnected():
            return
        await asyncio.sleep(min(0.05, max(until - time.monotonic(), 0)))


def _drop(request: Request) -> None:
    transport = request.scope.get("state", {}).get(CONNECTION_STATE)
    if transport is None:  # served by something other than ImojeH11Protocol (an ASGI test client)
        raise RuntimeError("the drop fault needs the sandbox's own server (ImojeH11Protocol)")
    transport.abort()


async def _answer(
    request: Request, sandbox: Sandbox, compiled: CompiledOperation, path: dict[str, str], arrived: int
) -> Any:
    authenticate(request, sandbox.config)
    if path.get("merchantId") != sandbox.config.merchant_id:
        raise ApiProblem(403, "Forbidden: the token does not belong to this merchant")
    body = None
    if compiled.operation.body is not None:
        body = await read_json(request, sandbox.config.max_body_bytes)
        request.scope[BODY_KEY] = body
    problems = faults.accepted_problems(sandbox.config.faults, compiled.problems(path, body))
    if problems:
        errors = [
            {"property": problem.field or "(body)", "rule": problem.rule, "message": problem.message}
            for problem in problems
        ]
        raise ApiProblem(422, INVALID_PAYLOAD, errors=errors, instance=body)
    if not sandbox.config.allow_loopback_notifications:
        refuse_local_notification_url(body)
    # Requests with a body only: a read answered 500 would stop the suite at its pre-flight.
    if body is not None and faults.fails_valid_input(sandbox.config.faults):
        raise ApiProblem(500, "Internal error")
    operation_id = compiled.operation.operation_id
    # One step: the change, what it notifies and what it answers (no other request between).
    with sandbox.store.unit():
        if sandbox.generation != arrived:
            # Reset while it arrived (its body still coming): it belongs to the state that is gone.
            raise ApiProblem(409, "The sandbox was reset while this request arrived; it was not executed")
        with sandbox.step():
            outcome = HANDLERS[operation_id](sandbox.store, path, body)
            sandbox.publish(outcome.events)
    # Every answer is its documented schema's projection: no handler can answer a field the
    # spec does not name (a raw record's `refunds` in a link's transactions, say).
    documented = compiled.operation.response_schema(200)
    if documented is None or documented[1] is None:
        return outcome.answer
    return records.project(sandbox.store.renderer.document, documented[1], outcome.answer)
