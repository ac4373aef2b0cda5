"""What the generated resource client (`Imoje`, `AsyncImoje`) stands on.

The classes in `api/` are generated from the spec, one resource per tag and one method per
operation. This module keeps the parts that are the same for all of them: the owner of the
HTTP client (its life cycle, and the misuse it refuses), and the building of a request body
from keyword arguments that may be plain values (`currency="PLN"`, `customer={...}`).
"""

import asyncio
import copy
import enum
from collections.abc import Callable, Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

import httpx

from . import _contract
from .client import AuthenticatedClient
from .environments import (
    DEFAULT_DEADLINE,
    DEFAULT_TIMEOUT,
    MAX_RESPONSE_BYTES,
    READ_RETRIES,
    RETRY_BACKOFF,
)
from .errors import (
    ClientConfigurationError,
    ClientStateError,
    Problem,
    RequestValidationError,
)
from .types import Unset

M = TypeVar("M")


def plain(value: object) -> object:
    """`value` as JSON: enum members by value, models by `to_dict()`, UUIDs as text."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, UUID):
        return str(value)
    if hasattr(value, "to_dict"):
        return plain(value.to_dict())
    if isinstance(value, Mapping):
        return {
            key: plain(inner)
            for key, inner in value.items()
            if not isinstance(inner, Unset)
        }
    if isinstance(value, list | tuple):
        return [plain(inner) for inner in value]
    return value


def body(
    from_dict: Callable[[Mapping[str, Any]], M],
    route: _contract.Route,
    fields: Mapping[str, object],
    extra: object,
) -> M:
    """The request body `model` built from keyword arguments: a plain "PLN" or dict is as good
    as a model. The operation checks the body it sends (once); a document the models cannot
    even take (a missing field, an id that is no UUID) is checked here instead, so that the
    error names the field and the rule rather than the model's KeyError or ValueError."""
    document = plain({**(extra if isinstance(extra, Mapping) else {}), **fields})
    assert isinstance(document, dict)
    try:
        return from_dict(document)
    except Exception:  # whatever the model raised, the spec's check says it better
        _contract.check_request(route, path={}, body=document)
        raise


def identifier(route: _contract.Route, name: str, value: object) -> UUID:
    """A path identifier given as `str` or `UUID`, as the UUID the operation takes."""
    if isinstance(value, UUID):
        return value
    if value is None:  # a shop left to the client's default, and the client has none
        problem = Problem(
            name, "required", "not given, and the client has no default service_id"
        )
        raise RequestValidationError(_contract.operation_id(route), [problem])
    try:
        return UUID(str(value))
    except ValueError:
        problem = Problem(name, "format", f"{str(value)[:60]!r} is not a UUID")
        raise RequestValidationError(_contract.operation_id(route), [problem]) from None


class _Owner:
    """The settings shared by `Imoje` and `AsyncImoje`, and the one client they own."""

    def __init__(
        self,
        *,
        token: str,
        merchant_id: str,
        service_id: str | UUID | None = None,
        base_url: str,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        deadline: float = DEFAULT_DEADLINE,
        max_retries: int = READ_RETRIES,
        retry_backoff: float = RETRY_BACKOFF,
        max_response_bytes: int = MAX_RESPONSE_BYTES,
        httpx_args: dict[str, Any] | None = None,
    ) -> None:
        if not isinstance(merchant_id, str) or not merchant_id:
            raise ClientConfigurationError(
                "merchant_id: must be the merchant's identifier from the imoje panel"
            )
        self.merchant_id = merchant_id
        self.service_id = None if service_id is None else str(service_id)
        self.client = AuthenticatedClient(
            base_url=base_url,
            token=token,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            retry_backoff=retry_backoff,
            max_response_bytes=max_response_bytes,
            httpx_args=dict(httpx_args or {}),
        )
        self._entered = False
        self._closed = False
        # A copy made by with_options() uses its parent's connections and lives as long as it.
        self._parent: _Owner | None = None

    def with_options(
        self,
        *,
        service_id: str | UUID | None = None,
        timeout: httpx.Timeout | float | None = None,
        deadline: float | None = None,
        max_retries: int | None = None,
        retry_backoff: float | None = None,
        max_response_bytes: int | None = None,
    ) -> Self:
        """A copy with other settings for its calls, sharing this client's connection pool:
        a short-deadline BLIK call from a web request and a patient reconcile job need one
        client, not two. Settings left out (None) stay as they are here.

        The copy lives as long as this client: closing this one closes the pool for both;
        closing the copy (or leaving its `with` block) closes nothing of the pool."""
        changes: dict[str, Any] = {
            "deadline": deadline,
            "max_retries": max_retries,
            "retry_backoff": retry_backoff,
            "max_response_bytes": max_response_bytes,
        }
        bound = copy.copy(self)
        bound.client = self.client.bound_copy(
            request_timeout=httpx.Timeout(timeout)
            if isinstance(timeout, int | float)
            else timeout,
            **{name: value for name, value in changes.items() if value is not None},
        )
        if service_id is not None:
            bound.service_id = str(service_id)
        bound._parent = self._parent or self
        bound._entered = bound._closed = False
        for name, value in vars(self).items():
            if isinstance(value, Resource):
                setattr(bound, name, type(value)(bound))
        return bound

    def service(self, given: str | UUID | None) -> str | None:
        """The shop a body names: the one given, else the client's default."""
        return self.service_id if given is None else str(given)

    def _check_open(self) -> None:
        if self._closed:
            raise ClientStateError(
                f"this {type(self).__name__} is closed; create a new one"
            )
        if self._parent is not None and self._parent._closed:
            raise ClientStateError(
                f"the {type(self).__name__} this copy was made from (with_options) is closed; create a new one"
            )

    def _enter(self) -> None:
        self._check_open()
        if self._entered:
            raise ClientStateError(
                f"this {type(self).__name__} is already open in a `with` block"
            )
        self._entered = True

    def __repr__(self) -> str:  # the token stays out
        return f"{type(self).__name__}(merchant_id={self.merchant_id!r}, service_id={self.service_id!r})"


class SyncOwner(_Owner):
    """Owns one httpx.Client, closed by `close()` or the `with` block."""

    def use(self) -> AuthenticatedClient:
        self._check_open()
        return self.client

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            if self._parent is None:
                self.client.get_httpx_client().close()

    def __enter__(self) -> Self:
        self._enter()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncOwner(_Owner):
    """Owns one httpx.AsyncClient, bound to the event loop that first uses it; closed by
    `aclose()` or the `async with` block."""

    _loop: asyncio.AbstractEventLoop | None = None

    def use(self) -> AuthenticatedClient:
        self._check_open()
        if isinstance(self._parent, AsyncOwner):
            self._parent.use()  # the parent's event loop is the copy's
            return self.client
        loop = asyncio.get_running_loop()
        if self._loop is None:
            self._loop = loop
        elif self._loop is not loop:
            # httpx's connections belong to the loop that opened them: reusing them from
            # another loop fails later and obscurely.
            raise ClientStateError(
                f"this {type(self).__name__} was first used in another event loop; create one per event loop"
            )
        return self.client

    async def aclose(self) -> None:
        if not self._closed:
            self._closed = True
            if self._parent is None:
                await self.client.get_async_httpx_client().aclose()

    async def __aenter__(self) -> Self:
        self._enter()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()


class Resource:
    """One tag's operations, bound to the owner's merchant, shop and client."""

    def __init__(self, owner: Any) -> None:
        self._owner = owner


__all__ = ["AsyncOwner", "Resource", "SyncOwner", "body", "identifier", "plain"]
