"""Reading a JSON request body without trusting it: type, size, encoding, syntax."""

import json
import math
from typing import Any, NoReturn

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
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _malformed(f"The body is not valid UTF-8 (byte {exc.start})", "encoding") from None
    try:
        return json.loads(text, parse_constant=_reject_constant, parse_float=_finite_float)
    except RecursionError:
        raise _malformed("The body is nested too deeply", "syntax") from None
    except ValueError as exc:
        raise _malformed(f"The body is not valid JSON: {exc}", "syntax") from None
