"""Reading a JSON request body without trusting it: type, size, encoding, syntax."""

import json
import math
from typing import Any, NoReturn

from imoje_client import openapi
from starlette.requests import Request

from imoje_sandbox.errors import ApiProblem


def _malformed(message: str, rule: str, field: str = "(body)") -> ApiProblem:
    return ApiProblem(400, message, errors=[{"property": field, "rule": rule, "message": message}])


def _reject_constant(name: str) -> NoReturn:
    raise ValueError(f"{name} is not JSON")


def _finite_float(text: str) -> float:
    # 1e400 parses to infinity, which no JSON answer (nor the echo of the request) can carry.
    number = float(text)
    if math.isinf(number):
        raise ValueError(f"the number {text[:40]} is out of range")
    return number


# No imoje request nests deeper than 4 (invoice.items[].x); validators and the echo in
# error answers recurse, so a deeper body is refused before either sees it.
MAX_DEPTH = 32


def _field(path: list[str | int]) -> str:
    return openapi.field_name(path) or "(body)"


def encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def check_shape(document: Any) -> None:
    """A 400 naming the field if `document` nests deeper than MAX_DEPTH or holds a string
    (or key) that is no Unicode text (a lone surrogate escape such as \\ud800)."""
    stack: list[tuple[Any, list[str | int]]] = [(document, [])]
    while stack:
        node, path = stack.pop()
        if len(path) > MAX_DEPTH:
            raise _malformed(f"The body is nested deeper than {MAX_DEPTH} levels", "depth", _field(path[:MAX_DEPTH]))
        if isinstance(node, str):
            if not encodable(node):
                raise _malformed("The value holds a lone surrogate escape: not Unicode text", "encoding", _field(path))
        elif isinstance(node, dict):
            for key, inner in node.items():
                if not encodable(key):
                    raise _malformed("A key holds a lone surrogate escape: not Unicode text", "encoding", _field(path))
                stack.append((inner, [*path, key]))
        elif isinstance(node, list):
            stack.extend((inner, [*path, index]) for index, inner in enumerate(node))


async def read_json(request: Request, limit: int) -> Any:
    """The parsed body, or a 400 in imoje's shape naming what is wrong with it."""
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media_type != "application/json":
        shown = media_type or "none"
        raise _malformed(f"Content-Type must be application/json, not {shown}", "media type", "Content-Type")
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise _malformed(f"The body is larger than {limit} bytes", "size")
    raw = bytearray()
    async for chunk in request.stream():
        raw += chunk
        if len(raw) > limit:
            raise _malformed(f"The body is larger than {limit} bytes", "size")
    request._body = bytes(raw)  # Starlette's own cache: the request log reads it again
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _malformed(f"The body is not valid UTF-8 (byte {exc.start})", "encoding") from None
    try:
        document = json.loads(text, parse_constant=_reject_constant, parse_float=_finite_float)
    except RecursionError:
        raise _malformed("The body is nested too deeply", "syntax") from None
    except ValueError as exc:
        raise _malformed(f"The body is not valid JSON: {exc}", "syntax") from None
    check_shape(document)
    return document
