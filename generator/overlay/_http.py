"""Sending one request within the client's bounds, and nothing escaping but ImojeClientError.

Every generated operation sends through `send` / `send_async`:

- the body is read as a stream and decompressed here, in slices, so that neither the wire
  nor the decompressed size may pass `max_response_bytes` (a gzip bomb stops at the cap);
- the whole call, connect to last byte, has `deadline` seconds: each socket read and write
  is given only what is left of it (a body trickled a byte a second stops on time);
- the token is replaced (`_redact`) in what the answer shows, its `.content` and headers,
  which exceptions and `Response` carry, and in transport errors' text; the models parse
  the body as it came (`_redact.raw_content`);
- httpx's transport errors become `ApiConnectionError` / `ApiTimeoutError`, or, for an
  operation that moves money or state (`x-changes-state`) once its request may have left,
  `OutcomeUnknownError`: such a request is never sent twice;
- a read (GET) is attempted again, within the same deadline, after a failed connection,
  a timeout, a 429 or a 502/503/504 (`max_retries` times, backing off from `retry_backoff`).

The deadline reaches the sockets through a wrapper around httpcore's network backend,
installed on the transports this client builds (`build_transport`). A transport passed in
`httpx_args` is used as given: there the deadline is checked between body chunks only.
"""

import asyncio
import contextvars
import random
import time
import zlib
from typing import Any

import httpcore
import httpx

from . import _log, _redact
from ._contract import changes_state, operation_id
from .environments import CONNECT_RETRIES, RETRIED_STATUSES, RETRY_MAX_WAIT
from .errors import (
    ApiConnectionError,
    ApiTimeoutError,
    ImojeClientError,
    OutcomeUnknownError,
    Problem,
    ResponseContractError,
    ResponseTooLargeError,
)

# What this client can decompress within bounds: asked for explicitly, so that a server
# never picks an encoding (br, zstd) merely because a package happens to be installed.
ACCEPT_ENCODING = "gzip, deflate"
# Arguments of httpx.Client that configure its transport: they build the transport here.
TRANSPORT_ARGS = ("cert", "http1", "http2", "limits", "proxy", "local_address", "uds", "socket_options", "trust_env")
# Compressed bytes fed to zlib at a time: one slice inflates to at most ~1 MB.
_SLICE = 1024

_deadline: contextvars.ContextVar[float | None] = contextvars.ContextVar("imoje_client_deadline", default=None)


# ---- the deadline, at the sockets ----------------------------------------------------------


def _clamp(timeout: float | None) -> float | None:
    """`timeout`, shortened to what is left of the current call's deadline."""
    deadline = _deadline.get()
    if deadline is None:
        return timeout
    left = max(deadline - time.monotonic(), 0.001)
    return left if timeout is None else min(timeout, left)


class _Stream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _clamp(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _clamp(timeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None) -> Any:
        return _Stream(self._inner.start_tls(ssl_context, server_hostname, _clamp(timeout)))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _Backend(httpcore.NetworkBackend):
    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> httpcore.NetworkStream:
        return _Stream(self._inner.connect_tcp(host, port, _clamp(timeout), local_address, socket_options))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Any = None
    ) -> httpcore.NetworkStream:
        return _Stream(self._inner.connect_unix_socket(path, _clamp(timeout), socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class _AsyncStream(httpcore.AsyncNetworkStream):
    def __init__(self, inner: httpcore.AsyncNetworkStream) -> None:
        self._inner = inner

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await self._inner.read(max_bytes, _clamp(timeout))

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._inner.write(buffer, _clamp(timeout))

    async def aclose(self) -> None:
        await self._inner.aclose()

    async def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> Any:
        return _AsyncStream(await self._inner.start_tls(ssl_context, server_hostname, _clamp(timeout)))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _AsyncBackend(httpcore.AsyncNetworkBackend):
    def __init__(self, inner: httpcore.AsyncNetworkBackend) -> None:
        self._inner = inner

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> httpcore.AsyncNetworkStream:
        return _AsyncStream(await self._inner.connect_tcp(host, port, _clamp(timeout), local_address, socket_options))

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Any = None
    ) -> httpcore.AsyncNetworkStream:
        return _AsyncStream(await self._inner.connect_unix_socket(path, _clamp(timeout), socket_options))

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


def build_transport(verify: Any, httpx_args: dict[str, Any], *, asynchronous: bool) -> Any:
    """The client's transport: connect-only retries, the deadline at the sockets, and the
    transport options given in `httpx_args` (limits, http2, cert, proxy, ...)."""
    options = {name: httpx_args[name] for name in TRANSPORT_ARGS if name in httpx_args}
    if asynchronous:
        transport: Any = httpx.AsyncHTTPTransport(verify=verify, retries=CONNECT_RETRIES, **options)
        pool = transport._pool  # httpcore's pool: its network backend is public API of httpcore
        pool._network_backend = _AsyncBackend(pool._network_backend)
    else:
        transport = httpx.HTTPTransport(verify=verify, retries=CONNECT_RETRIES, **options)
        pool = transport._pool
        pool._network_backend = _Backend(pool._network_backend)
    return transport


def environment_mounts(verify: Any, httpx_args: dict[str, Any], *, asynchronous: bool) -> dict[str, Any]:
    """The proxies the environment names (HTTP_PROXY, HTTPS_PROXY, ALL_PROXY, NO_PROXY), mounted
    as plain httpx mounts them, each through a transport of this client's own.

    httpx reads them only when it builds its transport itself; this client builds its own (for
    the deadline), so it reads them the same way here. Not when `trust_env` is False, or when
    `httpx_args` names a proxy, mounts or a transport of its own.
    """
    given = ("proxy", "proxies", "mounts", "transport")
    if not httpx_args.get("trust_env", True) or any(name in httpx_args for name in given):
        return {}
    from httpx._utils import get_environment_proxies  # what httpx.Client itself reads

    return {
        pattern: None
        if url is None
        else build_transport(verify, {**httpx_args, "proxy": httpx.Proxy(url)}, asynchronous=asynchronous)
        for pattern, url in get_environment_proxies().items()
    }


def client_args(httpx_args: dict[str, Any]) -> dict[str, Any]:
    """`httpx_args` less those the transport took (trust_env serves both)."""
    return {name: value for name, value in httpx_args.items() if name not in TRANSPORT_ARGS or name == "trust_env"}


# ---- reading the body within bounds --------------------------------------------------------


class _Inflater:
    """gzip or deflate (zlib-wrapped or raw, as servers differ), never past `room` bytes out."""

    def __init__(self) -> None:
        self._zlib = zlib.decompressobj(zlib.MAX_WBITS | 32)
        self._raw: bool | None = None

    def feed(self, data: bytes, room: int) -> bytes:
        if self._raw is None:
            self._raw = False
            try:
                return self._feed(data, room)
            except zlib.error:
                self._zlib, self._raw = zlib.decompressobj(-zlib.MAX_WBITS), True
        return self._feed(data, room)

    def _feed(self, data: bytes, room: int) -> bytes:
        out = b""
        for start in range(0, max(len(data), 1), _SLICE):
            out += self._zlib.decompress(data[start : start + _SLICE], room - len(out) + 1)
            if len(out) > room or self._zlib.unconsumed_tail:
                raise OverflowError
        return out


class _Body:
    """The decoded body of one answer, grown chunk by chunk within the call's bounds."""

    def __init__(self, operation: str, response: httpx.Response, limit: int, deadline: float, unsafe: bool) -> None:
        self.operation, self.response, self.limit, self.deadline = operation, response, limit, deadline
        self.unsafe = unsafe
        encodings = [part.strip().lower() for part in response.headers.get("content-encoding", "").split(",")]
        encodings = [part for part in encodings if part and part != "identity"]
        unknown = [part for part in encodings if part not in ("gzip", "x-gzip", "deflate")]
        if unknown:
            raise ResponseContractError(
                operation,
                response.status_code,
                b"",
                [Problem("", "content-encoding", f"{unknown[0]!r} was not asked for (Accept-Encoding: gzip, deflate)")],
            )
        self.decoders = [_Inflater() for _ in encodings]
        self.raw = 0
        self.parts: list[bytes] = []
        self.size = 0

    def feed(self, chunk: bytes) -> None:
        self.raw += len(chunk)
        try:
            for decoder in self.decoders:
                chunk = decoder.feed(chunk, self.limit - self.size)
        except OverflowError:
            raise self.too_large() from None
        except zlib.error as exc:
            raise ResponseContractError(
                self.operation, self.response.status_code, b"", [Problem("", "content-encoding", str(exc))]
            ) from None
        self.size += len(chunk)
        if self.size > self.limit or self.raw > self.limit:
            raise self.too_large()
        self.parts.append(chunk)
        if time.monotonic() > self.deadline:
            reason = f"the HTTP {self.response.status_code} answer did not arrive in full within the call's deadline"
            if self.unsafe:
                raise OutcomeUnknownError(self.operation, reason)
            raise ApiTimeoutError(self.operation, reason)

    def feed_decoded(self, content: bytes) -> None:
        if len(content) > self.limit:
            raise self.too_large()
        self.parts.append(content)

    def too_large(self) -> ResponseTooLargeError:
        return ResponseTooLargeError(self.operation, self.response.status_code, self.limit)

    def content(self) -> bytes:
        return b"".join(self.parts)


def _declared_too_large(response: httpx.Response, limit: int) -> bool:
    declared = response.headers.get("content-length", "")
    return declared.isdigit() and int(declared) > limit


# Failures after which the request provably never left: reporting them as they are is
# safe for every operation (the transport has already retried the connect).
_NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)


def _shown(error: Exception, token: str | None) -> Exception:
    """`error` with the token redacted from its message and its text attributes (`reason`:
    an echoed response head reaches httpx's own error text)."""
    if not token:
        return error
    error.args = tuple(_redact.text(arg, token) if isinstance(arg, str) else arg for arg in error.args)
    for name, value in vars(error).items():
        if isinstance(value, str):
            setattr(error, name, _redact.text(value, token))
    return error


def _transport_error(operation: str, exc: httpx.HTTPError, deadline: float, unsafe: bool) -> Exception:
    # A dropped connection, a read timeout, a protocol error: the request may have been read
    # and executed, which for a call that moves money or state leaves its outcome unknown.
    unknown = unsafe and not isinstance(exc, _NEVER_SENT)
    if isinstance(exc, httpx.TimeoutException):
        if time.monotonic() >= deadline - 0.01:
            reason = "no complete answer within the call's deadline"
        else:
            reason = f"{type(exc).__name__}: the {_phase(exc)} took longer than its timeout"
        if unknown:
            return OutcomeUnknownError(operation, reason)
        return ApiTimeoutError(operation, reason, was_sent=not isinstance(exc, _NEVER_SENT))
    if unknown:
        return OutcomeUnknownError(operation, f"{type(exc).__name__}: {exc}")
    return ApiConnectionError(operation, exc)


def _phase(exc: httpx.TimeoutException) -> str:
    return {
        httpx.ConnectTimeout: "connect",
        httpx.ReadTimeout: "read",
        httpx.WriteTimeout: "write",
        httpx.PoolTimeout: "wait for a connection",
    }.get(type(exc), "request")


def _begin(client: Any, operation: str, response: httpx.Response, deadline: float, unsafe: bool) -> _Body:
    """The answer's body reader, once its head passed the checks a head can fail."""
    if _declared_too_large(response, client.max_response_bytes):
        raise ResponseTooLargeError(operation, response.status_code, client.max_response_bytes)
    body = _Body(operation, response, client.max_response_bytes, deadline, unsafe)
    if response.is_stream_consumed:  # a transport that answered from memory (MockTransport)
        body.feed_decoded(response.content)
    return body


def _finish(call: "_Call", response: httpx.Response, body: _Body) -> httpx.Response:
    """The answer with what it shows redacted (`.content`, headers: what exceptions and
    `Response` carry) and the bytes as they came kept for parsing (`raw_content`)."""
    token = call.token
    raw = body.content()
    response.extensions[_redact.RAW_CONTENT] = raw
    response._content = _redact.content(raw, token)

    def redact(text: str) -> str:  # a closure: its repr names no token
        return _redact.text(text, token)

    response.extensions[_redact.REDACTOR] = redact
    response.headers = _redact.headers(response.headers, token)
    return response


class _Call:
    """One call's bounds and retry rule: its deadline covers every attempt; only a read
    (GET) is ever attempted again, and only after a failure that answers nothing."""

    def __init__(self, client: Any, route: tuple[str, str]) -> None:
        self.client = client
        self.route = (route[0].upper(), route[1])
        self.operation = operation_id(route)
        self.unsafe = changes_state(route)
        self.reads = self.route[0] == "GET"
        self.deadline = time.monotonic() + client.deadline
        self.attempts = 0
        self.token: str | None = getattr(client, "token", None)
        self.auth_header: str = getattr(client, "auth_header_name", "Authorization")

    def after_answer(self, response: httpx.Response, started: float) -> float | None:
        """Log the answer; the seconds to wait before trying again, or None."""
        sent = _redact.content(response.request.content, self.token) if _log.bodies_wanted() else None
        elapsed = time.monotonic() - started
        _log.answered(
            self.operation, self.route, response.status_code, elapsed, self.attempts, response.headers,
            sent, response.content,
        )  # fmt: skip
        # Which attempt this answer came to: what a record logged once it is read carries.
        response.extensions["imoje_attempt"] = self.attempts
        wait = self.wait_before_retry(response)
        if wait is not None:
            _log.retrying(self.operation, f"answered HTTP {response.status_code}", wait, self.attempts)
        return wait

    def after_failure(self, error: ImojeClientError, started: float) -> float | None:
        """Log the failure; the seconds to wait before trying again, or None (then it is raised)."""
        _log.failed(self.operation, self.route, error, time.monotonic() - started, self.attempts)
        if isinstance(error, OutcomeUnknownError):
            _log.outcome_unknown(error, self.attempts)
        if not isinstance(error, ApiConnectionError | ApiTimeoutError):
            return None
        wait = self.wait_before_retry(None)
        if wait is not None:
            _log.retrying(self.operation, f"failed ({type(error).__name__})", wait, self.attempts)
        return wait

    def wait_before_retry(self, response: httpx.Response | None) -> float | None:
        """Seconds to wait before the next attempt, or None when there is none."""
        if not self.reads or self.unsafe or self.attempts > self.client.max_retries:
            return None
        if response is not None and response.status_code not in RETRIED_STATUSES:
            return None
        wait = min(RETRY_MAX_WAIT, float(self.client.retry_backoff) * 2.0 ** (self.attempts - 1))
        wait *= random.uniform(0.5, 1.0)  # jitter: many clients must not retry in step
        after = response.headers.get("retry-after", "") if response is not None else ""
        # Delay-seconds is ASCII digits (RFC 9110); str.isdigit() also takes "²", which float() refuses.
        if after.isascii() and after.isdigit():
            wait = max(wait, min(float(after), RETRY_MAX_WAIT))
        if time.monotonic() + wait >= self.deadline:
            return None
        return wait


def _failed(call: "_Call", exc: httpx.HTTPError) -> Exception:
    return _shown(_transport_error(call.operation, exc, call.deadline, call.unsafe), call.token)


def _cause(call: "_Call", exc: httpx.HTTPError) -> httpx.HTTPError | None:
    """httpx's error as the cause, unless its text holds the token (a traceback prints it)."""
    return None if call.token and _redact.text(str(exc), call.token) != str(exc) else exc


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    return url.scheme, url.host, url.port


def _next_hop(
    call: "_Call", follow: bool, request: httpx.Request, response: httpx.Response, hop: int, most: int
) -> httpx.Request | None:
    """The request a redirect leads to, when the client follows redirects (off by default).

    Followed here rather than by httpx, which reads (and decompresses, past any cap) each
    redirect's body, and drops only `Authorization` on the way to another origin: the
    client's own auth header goes no further than its origin either."""
    if not follow or not response.is_redirect or response.next_request is None:
        return None
    if hop >= most:
        raise httpx.TooManyRedirects("Exceeded maximum allowed redirects.", request=request)
    following = response.next_request
    if _origin(following.url) != _origin(request.url):
        for name in ("Authorization", call.auth_header):
            following.headers.pop(name, None)
    return following


def _timeout_of(client: Any) -> dict[str, Any]:
    """The timeout a bound copy (with_options) sends with each request; its pool's otherwise."""
    timeout = getattr(client, "_request_timeout", None)
    return {} if timeout is None else {"timeout": timeout}


def _attempt(call: _Call, kwargs: dict[str, Any]) -> httpx.Response:
    call.attempts += 1
    client = call.client
    http: httpx.Client = client.get_httpx_client()
    reset = _deadline.set(call.deadline)
    try:
        request = http.build_request(**kwargs, **_timeout_of(client))
        for hop in range(http.max_redirects + 1):
            response = http.send(request, stream=True, follow_redirects=False)
            following = _next_hop(call, http.follow_redirects, request, response, hop, http.max_redirects)
            if following is None:
                break
            response.close()  # a redirect's body is never read (nor inflated)
            request = following
        try:
            body = _begin(client, call.operation, response, call.deadline, call.unsafe)
            if not response.is_stream_consumed:
                for chunk in response.iter_raw():
                    body.feed(chunk)
        finally:
            response.close()
    except httpx.HTTPError as exc:
        raise _failed(call, exc) from _cause(call, exc)
    finally:
        _deadline.reset(reset)
    return _finish(call, response, body)


async def _attempt_async(call: _Call, kwargs: dict[str, Any]) -> httpx.Response:
    call.attempts += 1
    client = call.client
    http: httpx.AsyncClient = client.get_async_httpx_client()
    reset = _deadline.set(call.deadline)
    try:
        request = http.build_request(**kwargs, **_timeout_of(client))
        for hop in range(http.max_redirects + 1):
            response = await http.send(request, stream=True, follow_redirects=False)
            following = _next_hop(call, http.follow_redirects, request, response, hop, http.max_redirects)
            if following is None:
                break
            await response.aclose()  # a redirect's body is never read (nor inflated)
            request = following
        try:
            body = _begin(client, call.operation, response, call.deadline, call.unsafe)
            if not response.is_stream_consumed:
                async for chunk in response.aiter_raw():
                    body.feed(chunk)
        finally:
            await response.aclose()
    except httpx.HTTPError as exc:
        raise _failed(call, exc) from _cause(call, exc)
    finally:
        _deadline.reset(reset)
    return _finish(call, response, body)


def send(client: Any, route: tuple[str, str], kwargs: dict[str, Any]) -> httpx.Response:
    """Send the request built from `kwargs` and read its answer within the client's bounds;
    a read (GET) is retried after a failed connection, a timeout, a 429 or a 502/503/504."""
    call = _Call(client, route)
    while True:
        started = time.monotonic()
        try:
            response = _attempt(call, kwargs)
        except ImojeClientError as error:
            wait = call.after_failure(error, started)
            if wait is None:
                raise
        else:
            wait = call.after_answer(response, started)
            if wait is None:
                return response
        time.sleep(wait)


async def send_async(client: Any, route: tuple[str, str], kwargs: dict[str, Any]) -> httpx.Response:
    """`send`, for the async client."""
    call = _Call(client, route)
    while True:
        started = time.monotonic()
        try:
            response = await _attempt_async(call, kwargs)
        except ImojeClientError as error:
            wait = call.after_failure(error, started)
            if wait is None:
                raise
        else:
            wait = call.after_answer(response, started)
            if wait is None:
                return response
        await asyncio.sleep(wait)


__all__ = [
    "ACCEPT_ENCODING",
    "build_transport",
    "client_args",
    "environment_mounts",
    "send",
    "send_async",
]
