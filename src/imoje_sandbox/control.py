"""Test-only routes under /_sandbox, outside imoje's API. They take the API's bearer token.

POST   /reset                                   back to the seeded state, faults off
GET    /notifications                           every notification (raw body, signature)
POST   /notifications/hold    {orderId?, paymentId?, transactionId?, event?, status?}
                                                hold back every later notification the rule
                                                matches (none named: every one); DELETE: hold
                                                nothing more (what is held stays held)
GET    /notifications/held                      what is held, in the order it was sent
POST   /notifications/release {"numbers"?: [n]} send those held (in that order), or all: each
                                                one's first attempt answered before the next
POST   /notifications/{n}/again                 deliver notification n again (a duplicate)
POST   /notifications/{n}/drop                  never send held notification n
PUT    /notify-to             {"url": ...}      deliver every notification there
POST   /payments/{id}/{start|settle|reject}     play the payer of a payment link
POST   /transactions/{id}/{settle|reject|authorize}
                                                finish a new or pending transaction
POST   /clock                 {"advance": s}    move the sandbox clock forward (expiry)
GET    /requests                                every API request and its answer's status (the
                                                newest 10,000; 499: the client went away before
                                                its delayed request arrived, not executed)
GET    /faults, POST /faults {operation, kind, seconds?, status?, times?}, DELETE /faults
                                                run-time faults (imoje_sandbox.runtime_faults)
POST   /prove                 {"nonce": ...}    HMAC-SHA256(run_key, nonce), hex: this is the
                                                sandbox the contract runner started (404 without
                                                a run key)
"""

import hashlib
import hmac

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from imoje_sandbox import runtime_faults
from imoje_sandbox.errors import ApiProblem
from imoje_sandbox.events import EventName, TransactionChanged
from imoje_sandbox.holds import Hold
from imoje_sandbox.pipeline import Sandbox, authenticate
from imoje_sandbox.request_body import read_json

PREFIX = "/_sandbox"
# Each action, and the event its notification is named by.
LINK_ACTIONS: dict[str, EventName] = {
    "start": "payment started",
    "settle": "payment settled",
    "reject": "payment rejected",
}
TRANSACTION_ACTIONS: dict[str, EventName] = {
    "settle": "transaction settled",
    "reject": "transaction rejected",
    "authorize": "transaction authorized",
}


def proof(run_key: str, nonce: str) -> str:
    """HMAC-SHA256(run key, nonce), hex: what /prove answers and the contract suite expects."""
    return hmac.new(run_key.encode(), nonce.encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()


def routes(sandbox: Sandbox) -> list[BaseRoute]:
    async def reset(request: Request) -> Response:
        authenticate(request, sandbox.config)
        sandbox.reset()
        return JSONResponse({"status": "ok"})

    async def notifications(request: Request) -> Response:
        authenticate(request, sandbox.config)
        return JSONResponse(sandbox.notifier.recorded())

    async def notify_to(request: Request) -> Response:
        authenticate(request, sandbox.config)
        body = await read_json(request, sandbox.config.max_body_bytes)
        url = body.get("url") if isinstance(body, dict) else None
        try:
            sandbox.notifier.notify_to(url if isinstance(url, str) else "")
        except ValueError as exc:
            raise ApiProblem(
                422, str(exc), errors=[{"property": "url", "rule": "format", "message": str(exc)}]
            ) from None
        return JSONResponse({"url": url})

    async def advance(request: Request) -> Response:
        authenticate(request, sandbox.config)
        action = request.path_params["action"]
        if action not in LINK_ACTIONS:
            raise ApiProblem(404, f"Unknown action {action!r}; known: {', '.join(LINK_ACTIONS)}")
        with sandbox.step():
            link = sandbox.store.advance_link(request.path_params["paymentId"], action)
            event = LINK_ACTIONS[action]
            sandbox.publish(tuple(TransactionChanged(event, trx, link) for trx in link["transactions"]))
        return JSONResponse(link)

    async def finish(request: Request) -> Response:
        authenticate(request, sandbox.config)
        action = request.path_params["action"]
        if action not in TRANSACTION_ACTIONS:
            raise ApiProblem(404, f"Unknown action {action!r}; known: {', '.join(TRANSACTION_ACTIONS)}")
        with sandbox.step():
            transaction, link = sandbox.store.move_transaction(request.path_params["transactionId"], action)
            sandbox.publish((TransactionChanged(TRANSACTION_ACTIONS[action], transaction, link),))
        return JSONResponse(transaction)

    async def hold(request: Request) -> Response:
        authenticate(request, sandbox.config)
        if request.method == "DELETE":
            sandbox.notifier.unhold()
            return JSONResponse({"holds": []})
        body = await read_json(request, sandbox.config.max_body_bytes)
        try:
            rule = Hold.parse(body)
        except ValueError as bad:
            field, _, message = str(bad).partition(": ")
            raise ApiProblem.naming(422, field, "hold", message) from None
        return JSONResponse({"holds": sandbox.notifier.hold(rule)})

    async def held(request: Request) -> Response:
        authenticate(request, sandbox.config)
        return JSONResponse(sandbox.notifier.held())

    async def release(request: Request) -> Response:
        authenticate(request, sandbox.config)
        body = await read_json(request, sandbox.config.max_body_bytes)
        numbers = body.get("numbers") if isinstance(body, dict) else None
        if numbers is not None and not (
            isinstance(numbers, list) and all(isinstance(n, int) and not isinstance(n, bool) for n in numbers)
        ):
            raise ApiProblem.naming(422, "numbers", "type", "a list of notification numbers")
        try:
            return JSONResponse(await sandbox.notifier.release(numbers))
        except ValueError as bad:
            raise ApiProblem.naming(404, "numbers", "held", str(bad)) from None

    async def one(request: Request) -> Response:
        authenticate(request, sandbox.config)
        number, action = request.path_params["number"], request.path_params["action"]
        try:
            if action == "again":
                return JSONResponse(await sandbox.notifier.again(number))
            if action == "drop":
                return JSONResponse(sandbox.notifier.drop(number))
        except ValueError as bad:
            raise ApiProblem.naming(404, "number", "exists", str(bad)) from None
        raise ApiProblem(404, f"Unknown action {action!r}; known: again, drop")

    async def clock(request: Request) -> Response:
        authenticate(request, sandbox.config)
        body = await read_json(request, sandbox.config.max_body_bytes)
        seconds = body.get("advance") if isinstance(body, dict) else None
        if not isinstance(seconds, int) or isinstance(seconds, bool) or seconds < 0:
            raise ApiProblem.naming(422, "advance", "minimum", "must be a whole number of seconds, 0 or more")
        with sandbox.store.unit():
            try:
                sandbox.store.clock.advance(seconds)
            except ValueError as beyond:
                raise ApiProblem.naming(422, "advance", "maximum", str(beyond)) from None
            sandbox.publish(tuple(sandbox.store.expire_due()))
            now = sandbox.store.clock.current()
        return JSONResponse({"now": now})

    async def requests(request: Request) -> Response:
        authenticate(request, sandbox.config)
        with sandbox.requests_lock:
            return JSONResponse(list(sandbox.requests))

    async def faults(request: Request) -> Response:
        authenticate(request, sandbox.config)
        if request.method == "POST":
            body = await read_json(request, sandbox.config.max_body_bytes)
            sandbox.runtime_faults.set(runtime_faults.parse(body, sandbox.operations))
        elif request.method == "DELETE":
            sandbox.runtime_faults.clear(request.query_params.get("operation"))
        return JSONResponse(sandbox.runtime_faults.summary())

    async def prove(request: Request) -> Response:
        authenticate(request, sandbox.config)
        key = sandbox.config.run_key
        if not key:
            raise ApiProblem(404, "This sandbox was not started by the contract suite's runner")
        body = await read_json(request, sandbox.config.max_body_bytes)
        nonce = body.get("nonce") if isinstance(body, dict) else None
        if not isinstance(nonce, str) or not 16 <= len(nonce) <= 256:
            raise ApiProblem.naming(422, "nonce", "length", "must be a string of 16 to 256 characters")
        return JSONResponse({"proof": proof(key, nonce)})

    return [
        Route("/reset", reset, methods=["POST"]),
        Route("/prove", prove, methods=["POST"]),
        Route("/notifications", notifications, methods=["GET"]),
        Route("/notifications/hold", hold, methods=["POST", "DELETE"]),
        Route("/notifications/held", held, methods=["GET"]),
        Route("/notifications/release", release, methods=["POST"]),
        Route("/notifications/{number:int}/{action}", one, methods=["POST"]),
        Route("/notify-to", notify_to, methods=["PUT"]),
        Route("/payments/{paymentId}/{action}", advance, methods=["POST"]),
        Route("/transactions/{transactionId}/{action}", finish, methods=["POST"]),
        Route("/clock", clock, methods=["POST"]),
        Route("/requests", requests, methods=["GET"]),
        Route("/faults", faults, methods=["GET", "POST", "DELETE"]),
    ]
