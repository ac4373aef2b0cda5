"""The resource client: `Imoje` and `AsyncImoje`, one attribute per tag of the spec.

    from imoje_client import Imoje, SANDBOX_BASE_URL

    with Imoje(token=TOKEN, merchant_id=MERCHANT_ID, service_id=SERVICE_ID, base_url=SANDBOX_BASE_URL) as imoje:
        link = imoje.payments.create(amount=1000, currency="PLN", order_id="order-1", customer={...})
        imoje.payments.get(link.payment.id)

The modules under this package (`api.payments.create_payment`, ...) stay available: one
function per operation, for those who want to pass the merchant and the client each time.
"""

from typing import Any, Literal
from uuid import UUID

import httpx

from .. import _resource
from ..environments import (
    DEFAULT_DEADLINE,
    DEFAULT_TIMEOUT,
    MAX_RESPONSE_BYTES,
    READ_RETRIES,
    RETRY_BACKOFF,
    SANDBOX_BASE_URL,
)
from .blik import AsyncBlik, Blik
from .payments import AsyncPayments, Payments
from .profiles import AsyncProfiles, Profiles
from .services import AsyncServices, Services
from .transactions import AsyncTransactions, Transactions

# Every operation of the spec, by its operationId: what a test names an operation by
# (the sandbox fixture's `fault()` and `requests()`).
OperationId = Literal[
    "cancelPayment",
    "canRefundTransaction",
    "captureTransaction",
    "chargeBlikProfile",
    "chargeProfile",
    "createPayment",
    "createTransaction",
    "deactivateBlikProfile",
    "deactivateProfile",
    "getBlikProfiles",
    "getPayment",
    "getPaymentMethods",
    "getProfile",
    "getProfilesByCid",
    "getService",
    "getTransaction",
    "refundTransaction",
    "voidTransaction",
]


class Imoje(_resource.SyncOwner):
    """imoje's API for one merchant (and a default shop), over one httpx.Client.

    Keyword arguments:

        ``token``: the "Authorization token" of the imoje panel (never shown in repr() or errors)
        ``merchant_id``: the merchant's identifier; every call is made for it
        ``service_id``: the shop (service) bodies name unless a call gives its own
        ``base_url``: ``SANDBOX_BASE_URL`` by default; production only when given
        ``timeout``, ``deadline``, ``max_retries``, ``retry_backoff``, ``max_response_bytes``,
            ``httpx_args``: as for ``AuthenticatedClient``

    Use it in a `with` block, or call ``close()``; a closed one raises
    ClientStateError, as does entering it twice.

    ``with_options(deadline=..., timeout=..., max_retries=..., retry_backoff=...,
    max_response_bytes=..., service_id=...)`` gives a copy with other settings for its calls
    that shares this one's connection pool and lives as long as it.
    """

    def __init__(
        self,
        *,
        token: str,
        merchant_id: str,
        service_id: str | UUID | None = None,
        base_url: str = SANDBOX_BASE_URL,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        deadline: float = DEFAULT_DEADLINE,
        max_retries: int = READ_RETRIES,
        retry_backoff: float = RETRY_BACKOFF,
        max_response_bytes: int = MAX_RESPONSE_BYTES,
        httpx_args: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(
            token=token,
            merchant_id=merchant_id,
            service_id=service_id,
            base_url=base_url,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            retry_backoff=retry_backoff,
            max_response_bytes=max_response_bytes,
            httpx_args=httpx_args,
        )
        self.blik = Blik(self)
        self.payments = Payments(self)
        self.profiles = Profiles(self)
        self.services = Services(self)
        self.transactions = Transactions(self)


class AsyncImoje(_resource.AsyncOwner):
    """imoje's API for one merchant (and a default shop), over one httpx.AsyncClient.

    Keyword arguments:

        ``token``: the "Authorization token" of the imoje panel (never shown in repr() or errors)
        ``merchant_id``: the merchant's identifier; every call is made for it
        ``service_id``: the shop (service) bodies name unless a call gives its own
        ``base_url``: ``SANDBOX_BASE_URL`` by default; production only when given
        ``timeout``, ``deadline``, ``max_retries``, ``retry_backoff``, ``max_response_bytes``,
            ``httpx_args``: as for ``AuthenticatedClient``

    Use it in an `async with` block, or call ``aclose()``; a closed one raises
    ClientStateError, as does entering it twice or using it from a second event loop.

    ``with_options(deadline=..., timeout=..., max_retries=..., retry_backoff=...,
    max_response_bytes=..., service_id=...)`` gives a copy with other settings for its calls
    that shares this one's connection pool and lives as long as it.
    """

    def __init__(
        self,
        *,
        token: str,
        merchant_id: str,
        service_id: str | UUID | None = None,
        base_url: str = SANDBOX_BASE_URL,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        deadline: float = DEFAULT_DEADLINE,
        max_retries: int = READ_RETRIES,
        retry_backoff: float = RETRY_BACKOFF,
        max_response_bytes: int = MAX_RESPONSE_BYTES,
        httpx_args: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(
            token=token,
            merchant_id=merchant_id,
            service_id=service_id,
            base_url=base_url,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            retry_backoff=retry_backoff,
            max_response_bytes=max_response_bytes,
            httpx_args=httpx_args,
        )
        self.blik = AsyncBlik(self)
        self.payments = AsyncPayments(self)
        self.profiles = AsyncProfiles(self)
        self.services = AsyncServices(self)
        self.transactions = AsyncTransactions(self)


__all__ = ["AsyncImoje", "Imoje", "OperationId"]
