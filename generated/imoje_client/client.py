import re
import ssl
import threading
from types import TracebackType
from typing import Any, Self

import httpx
from attrs import define, evolve, field

from . import _http
from .environments import (
    DEFAULT_DEADLINE,
    DEFAULT_TIMEOUT,
    MAX_RESPONSE_BYTES,
    READ_RETRIES,
    RETRY_BACKOFF,
)
from .errors import ClientConfigurationError

# RFC 6750's b64token: what a bearer token may hold. Anything else (a newline read from a
# secret file, a non-ASCII character) cannot go into a header, and httpx's error for it
# would print the whole header, token included.
_B64TOKEN = re.compile(r"[A-Za-z0-9\-._~+/]+=*")
_TOKEN_CHAR = re.compile(r"[A-Za-z0-9\-._~+/=]")
_HEADER_NAME = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")


def _describe(value: str) -> str:
    """Where and what the first character a token may not hold is, without showing the token."""
    for position, character in enumerate(value):
        if not _TOKEN_CHAR.fullmatch(character):
            kind = {
                "\n": "a line break",
                "\r": "a carriage return",
                " ": "a space",
                "\t": "a tab",
            }.get(character, f"U+{ord(character):04X}")
            return f"{kind} at position {position} of {len(value)}"
    return "'=' before the end"


def _check_token(instance: Any, attribute: Any, value: Any) -> None:
    if not isinstance(value, str) or not value:
        raise ClientConfigurationError(
            'token: must be a non-empty string (imoje\'s "Authorization token")'
        )
    if not _B64TOKEN.fullmatch(value):
        raise ClientConfigurationError(
            f"token: a bearer token holds only letters, digits and -._~+/ (then =), but this one has "
            f"{_describe(value)}; strip the line break or spaces read from a secret file"
        )


def _check_header_word(instance: Any, attribute: Any, value: Any) -> None:
    if not isinstance(value, str) or (value and not _HEADER_NAME.fullmatch(value)):
        raise ClientConfigurationError(
            f"{attribute.name}: {value!r} cannot be sent in an HTTP header"
        )


def _check_base_url(instance: Any, attribute: Any, value: Any) -> None:
    try:
        url = httpx.URL(value)
    except (httpx.InvalidURL, TypeError) as exc:
        raise ClientConfigurationError(
            f"base_url: {value!r} is not a URL: {exc}"
        ) from None
    if url.scheme not in ("http", "https") or not url.host:
        raise ClientConfigurationError(
            f"base_url: {value!r} is not an http(s) URL with a host"
        )


def _check_positive(instance: Any, attribute: Any, value: Any) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
        raise ClientConfigurationError(
            f"{attribute.name}: must be a positive number, not {value!r}"
        )


def _check_count(instance: Any, attribute: Any, value: Any) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ClientConfigurationError(
            f"{attribute.name}: must be a whole number >= 0, not {value!r}"
        )


def _check_not_negative(instance: Any, attribute: Any, value: Any) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not value >= 0:
        raise ClientConfigurationError(
            f"{attribute.name}: must be a number >= 0, not {value!r}"
        )


@define
class Client:
    """A client for the operations that need no authentication.

    Keyword arguments, used to build the httpx clients:

        ``base_url``: e.g. ``environments.SANDBOX_BASE_URL``
        ``cookies``, ``headers``: sent with every request (kept out of repr())
        ``timeout``: defaults to ``environments.DEFAULT_TIMEOUT``, never "no timeout"
        ``deadline``: seconds for a whole call, connect to last byte (``DEFAULT_DEADLINE``)
        ``max_response_bytes``: the largest answer read, on the wire and decompressed
            (``MAX_RESPONSE_BYTES``); a larger one raises ``ResponseTooLargeError``
        ``max_retries``: how often a read (GET) is attempted again after a failed
            connection, a timeout, a 429 or a 502/503/504 (``READ_RETRIES``; 0 turns it off).
            Nothing that moves money or state is ever sent twice.
        ``retry_backoff``: seconds before the first retry, doubling after each
            (``RETRY_BACKOFF``, with jitter, never past the deadline)
        ``verify_ssl``, ``follow_redirects`` (default False)
        ``httpx_args``: extra arguments of ``httpx.Client`` / ``httpx.AsyncClient``. The
            transport options among them (``limits``, ``http2``, ``cert``, ``proxy``,
            ``local_address``, ...) configure the client's own transport; a ``transport``
            given here replaces it (then the deadline is checked between body chunks only).
            Proxies named in the environment (HTTP_PROXY, HTTPS_PROXY, ALL_PROXY, NO_PROXY)
            are used as plain httpx uses them, unless ``httpx_args`` has ``trust_env=False``
            or names a ``proxy``, ``mounts`` or ``transport``.

    Attributes:
        raise_on_unexpected_status: raise errors.UnexpectedStatus for a status the spec does
            not document, instead of returning None as ``parsed``.
    """

    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    _base_url: str = field(alias="base_url", validator=_check_base_url)
    # Cookies and headers may carry credentials: kept out of repr().
    _cookies: dict[str, str] = field(
        factory=dict, kw_only=True, alias="cookies", repr=False
    )
    _headers: dict[str, str] = field(
        factory=dict, kw_only=True, alias="headers", repr=False
    )
    _timeout: httpx.Timeout = field(
        default=DEFAULT_TIMEOUT, kw_only=True, alias="timeout"
    )
    _verify_ssl: str | bool | ssl.SSLContext = field(
        default=True, kw_only=True, alias="verify_ssl"
    )
    _follow_redirects: bool = field(
        default=False, kw_only=True, alias="follow_redirects"
    )
    _httpx_args: dict[str, Any] = field(
        factory=dict, kw_only=True, alias="httpx_args", repr=False
    )
    deadline: float = field(
        default=DEFAULT_DEADLINE, kw_only=True, validator=_check_positive
    )
    max_response_bytes: int = field(
        default=MAX_RESPONSE_BYTES, kw_only=True, validator=_check_positive
    )
    max_retries: int = field(default=READ_RETRIES, kw_only=True, validator=_check_count)
    retry_backoff: float = field(
        default=RETRY_BACKOFF, kw_only=True, validator=_check_not_negative
    )
    _client: httpx.Client | None = field(default=None, init=False, repr=False)
    _async_client: httpx.AsyncClient | None = field(
        default=None, init=False, repr=False
    )
    # Threads sharing one client must not each build (and leak) an httpx client of their own.
    _building: threading.Lock = field(
        factory=threading.Lock, init=False, repr=False, eq=False
    )
    # Set on a bound_copy(): whose httpx clients it uses, and the timeout each request carries.
    _pool_owner: Any = field(default=None, init=False, repr=False, eq=False)
    _request_timeout: httpx.Timeout | None = field(default=None, init=False, repr=False)

    def _all_headers(self) -> dict[str, str]:
        return dict(self._headers)

    def bound_copy(
        self, *, request_timeout: httpx.Timeout | None = None, **settings: Any
    ) -> "Client":
        """A copy with other call settings (``deadline``, ``max_retries``, ``retry_backoff``,
        ``max_response_bytes``; ``request_timeout`` sent with each of its requests) that uses
        this client's httpx clients, however many copies deep: one connection pool."""
        bound = evolve(self, **settings)
        bound._pool_owner = self._pool_owner or self
        bound._request_timeout = request_timeout or self._request_timeout
        return bound

    def with_headers(self, headers: dict[str, str]) -> "Client":
        """Get a new client matching this one with additional headers"""
        if self._client is not None:
            self._client.headers.update(headers)
        if self._async_client is not None:
            self._async_client.headers.update(headers)
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> "Client":
        """Get a new client matching this one with additional cookies"""
        if self._client is not None:
            self._client.cookies.update(cookies)
        if self._async_client is not None:
            self._async_client.cookies.update(cookies)
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> "Client":
        """Get a new client matching this one with a new timeout configuration"""
        if self._client is not None:
            self._client.timeout = timeout
        if self._async_client is not None:
            self._async_client.timeout = timeout
        return evolve(self, timeout=timeout)

    def _client_kwargs(self, *, asynchronous: bool) -> dict[str, Any]:
        # The transport retries only the connect phase (httpcore's `retries`): a request
        # that never reached imoje is safe to resend, any other one is not. It is built
        # from the transport options in httpx_args, unless httpx_args names a transport.
        transport = self._httpx_args.get("transport") or _http.build_transport(
            self._verify_ssl, self._httpx_args, asynchronous=asynchronous
        )
        mounts = _http.environment_mounts(
            self._verify_ssl, self._httpx_args, asynchronous=asynchronous
        )
        return {
            "base_url": self._base_url,
            "cookies": self._cookies,
            "headers": {
                "Accept-Encoding": _http.ACCEPT_ENCODING,
                **self._all_headers(),
            },
            "timeout": self._timeout,
            "verify": self._verify_ssl,
            "follow_redirects": self._follow_redirects,
            **_http.client_args(self._httpx_args),
            "transport": transport,
            **({"mounts": mounts} if mounts else {}),
        }

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Manually set the underlying httpx.Client

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """Get the underlying httpx.Client, constructing a new one if not previously set"""
        if self._pool_owner is not None:
            return self._pool_owner.get_httpx_client()  # type: ignore[no-any-return]
        if self._client is None:
            with self._building:
                if self._client is None:
                    self._client = httpx.Client(
                        **self._client_kwargs(asynchronous=False)
                    )
        return self._client

    def __enter__(self) -> Self:
        """Enter a context manager for self.client—you cannot enter twice (see httpx docs)"""
        self.get_httpx_client().__enter__()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None = None,
        exc_value: BaseException | None = None,
        traceback: TracebackType | None = None,
    ) -> None:
        """Exit a context manager for internal httpx.Client (see httpx docs)"""
        self.get_httpx_client().__exit__(exc_type, exc_value, traceback)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Manually set the underlying httpx.AsyncClient

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """Get the underlying httpx.AsyncClient, constructing a new one if not previously set"""
        if self._pool_owner is not None:
            return self._pool_owner.get_async_httpx_client()  # type: ignore[no-any-return]
        if self._async_client is None:
            with self._building:
                if self._async_client is None:
                    self._async_client = httpx.AsyncClient(
                        **self._client_kwargs(asynchronous=True)
                    )
        return self._async_client

    async def __aenter__(self) -> Self:
        """Enter a context manager for underlying httpx.AsyncClient—you cannot enter twice (see httpx docs)"""
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None = None,
        exc_value: BaseException | None = None,
        traceback: TracebackType | None = None,
    ) -> None:
        """Exit a context manager for underlying httpx.AsyncClient (see httpx docs)"""
        await self.get_async_httpx_client().__aexit__(exc_type, exc_value, traceback)


@define
class AuthenticatedClient:
    """A client that sends imoje's bearer token ("Authorization token" in the imoje panel).

    Takes the keyword arguments of ``Client`` and:

        ``token``: the bearer token; it never appears in repr() or in exception text, and is
            refused (ClientConfigurationError, the token not shown) unless it is RFC 6750's
            b64token: letters, digits, -._~+/ and trailing =
        ``prefix``: the scheme before the token, "Bearer" by default
        ``auth_header_name``: "Authorization" by default
    """

    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    _base_url: str = field(alias="base_url", validator=_check_base_url)
    # Cookies and headers may carry credentials: kept out of repr().
    _cookies: dict[str, str] = field(
        factory=dict, kw_only=True, alias="cookies", repr=False
    )
    _headers: dict[str, str] = field(
        factory=dict, kw_only=True, alias="headers", repr=False
    )
    _timeout: httpx.Timeout = field(
        default=DEFAULT_TIMEOUT, kw_only=True, alias="timeout"
    )
    _verify_ssl: str | bool | ssl.SSLContext = field(
        default=True, kw_only=True, alias="verify_ssl"
    )
    _follow_redirects: bool = field(
        default=False, kw_only=True, alias="follow_redirects"
    )
    _httpx_args: dict[str, Any] = field(
        factory=dict, kw_only=True, alias="httpx_args", repr=False
    )
    deadline: float = field(
        default=DEFAULT_DEADLINE, kw_only=True, validator=_check_positive
    )
    max_response_bytes: int = field(
        default=MAX_RESPONSE_BYTES, kw_only=True, validator=_check_positive
    )
    max_retries: int = field(default=READ_RETRIES, kw_only=True, validator=_check_count)
    retry_backoff: float = field(
        default=RETRY_BACKOFF, kw_only=True, validator=_check_not_negative
    )
    _client: httpx.Client | None = field(default=None, init=False, repr=False)
    _async_client: httpx.AsyncClient | None = field(
        default=None, init=False, repr=False
    )
    # Threads sharing one client must not each build (and leak) an httpx client of their own.
    _building: threading.Lock = field(
        factory=threading.Lock, init=False, repr=False, eq=False
    )
    # Set on a bound_copy(): whose httpx clients it uses, and the timeout each request carries.
    _pool_owner: Any = field(default=None, init=False, repr=False, eq=False)
    _request_timeout: httpx.Timeout | None = field(default=None, init=False, repr=False)

    token: str = field(repr=False, kw_only=True, validator=_check_token)
    prefix: str = field(default="Bearer", kw_only=True, validator=_check_header_word)
    auth_header_name: str = field(
        default="Authorization", kw_only=True, validator=_check_header_word
    )

    def _all_headers(self) -> dict[str, str]:
        # Built per httpx client rather than stored in _headers, which evolve() copies around.
        credential = f"{self.prefix} {self.token}" if self.prefix else self.token
        return {**self._headers, self.auth_header_name: credential}

    def bound_copy(
        self, *, request_timeout: httpx.Timeout | None = None, **settings: Any
    ) -> "AuthenticatedClient":
        """A copy with other call settings (``deadline``, ``max_retries``, ``retry_backoff``,
        ``max_response_bytes``; ``request_timeout`` sent with each of its requests) that uses
        this client's httpx clients, however many copies deep: one connection pool."""
        bound = evolve(self, **settings)
        bound._pool_owner = self._pool_owner or self
        bound._request_timeout = request_timeout or self._request_timeout
        return bound

    def with_headers(self, headers: dict[str, str]) -> "AuthenticatedClient":
        """Get a new client matching this one with additional headers"""
        if self._client is not None:
            self._client.headers.update(headers)
        if self._async_client is not None:
            self._async_client.headers.update(headers)
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> "AuthenticatedClient":
        """Get a new client matching this one with additional cookies"""
        if self._client is not None:
            self._client.cookies.update(cookies)
        if self._async_client is not None:
            self._async_client.cookies.update(cookies)
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> "AuthenticatedClient":
        """Get a new client matching this one with a new timeout configuration"""
        if self._client is not None:
            self._client.timeout = timeout
        if self._async_client is not None:
            self._async_client.timeout = timeout
        return evolve(self, timeout=timeout)

    def _client_kwargs(self, *, asynchronous: bool) -> dict[str, Any]:
        # The transport retries only the connect phase (httpcore's `retries`): a request
        # that never reached imoje is safe to resend, any other one is not. It is built
        # from the transport options in httpx_args, unless httpx_args names a transport.
        transport = self._httpx_args.get("transport") or _http.build_transport(
            self._verify_ssl, self._httpx_args, asynchronous=asynchronous
        )
        mounts = _http.environment_mounts(
            self._verify_ssl, self._httpx_args, asynchronous=asynchronous
        )
        return {
            "base_url": self._base_url,
            "cookies": self._cookies,
            "headers": {
                "Accept-Encoding": _http.ACCEPT_ENCODING,
                **self._all_headers(),
            },
            "timeout": self._timeout,
            "verify": self._verify_ssl,
            "follow_redirects": self._follow_redirects,
            **_http.client_args(self._httpx_args),
            "transport": transport,
            **({"mounts": mounts} if mounts else {}),
        }

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Manually set the underlying httpx.Client

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """Get the underlying httpx.Client, constructing a new one if not previously set"""
        if self._pool_owner is not None:
            return self._pool_owner.get_httpx_client()  # type: ignore[no-any-return]
        if self._client is None:
            with self._building:
                if self._client is None:
                    self._client = httpx.Client(
                        **self._client_kwargs(asynchronous=False)
                    )
        return self._client

    def __enter__(self) -> Self:
        """Enter a context manager for self.client—you cannot enter twice (see httpx docs)"""
        self.get_httpx_client().__enter__()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None = None,
        exc_value: BaseException | None = None,
        traceback: TracebackType | None = None,
    ) -> None:
        """Exit a context manager for internal httpx.Client (see httpx docs)"""
        self.get_httpx_client().__exit__(exc_type, exc_value, traceback)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Manually set the underlying httpx.AsyncClient

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """Get the underlying httpx.AsyncClient, constructing a new one if not previously set"""
        if self._pool_owner is not None:
            return self._pool_owner.get_async_httpx_client()  # type: ignore[no-any-return]
        if self._async_client is None:
            with self._building:
                if self._async_client is None:
                    self._async_client = httpx.AsyncClient(
                        **self._client_kwargs(asynchronous=True)
                    )
        return self._async_client

    async def __aenter__(self) -> Self:
        """Enter a context manager for underlying httpx.AsyncClient—you cannot enter twice (see httpx docs)"""
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None = None,
        exc_value: BaseException | None = None,
        traceback: TracebackType | None = None,
    ) -> None:
        """Exit a context manager for underlying httpx.AsyncClient (see httpx docs)"""
        await self.get_async_httpx_client().__aexit__(exc_type, exc_value, traceback)
