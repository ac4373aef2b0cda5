"""A client library for accessing imoje API"""

import os
from typing import TYPE_CHECKING, Any

from . import _log
from ._spec_hash import SPEC_SHA256
from .client import AuthenticatedClient, Client
from .environments import (
    DEFAULT_TIMEOUT,
    ENVIRONMENTS,
    IMOJE_PRODUCTION,
    IMOJE_SANDBOX,
    ING_PAY_PRODUCTION,
    ING_PAY_SANDBOX,
    PRODUCTION_BASE_URL,
    SANDBOX_BASE_URL,
    Environment,
    environment,
)
from .errors import (
    ApiConnectionError,
    ApiStatusError,
    ApiTimeoutError,
    AuthenticationError,
    BadRequestError,
    ClientConfigurationError,
    ClientStateError,
    ImojeClientError,
    InternalServerError,
    NotFoundError,
    OutcomeUnknownContractError,
    OutcomeUnknownError,
    OutcomeUnknownServerError,
    PermissionDeniedError,
    RateLimitedError,
    RequestValidationError,
    ResponseContractError,
    ResponseTooLargeError,
    UnexpectedStatus,
    UnprocessableEntityError,
)

if TYPE_CHECKING:
    from .api import AsyncImoje, Imoje

# IMOJE_LOG=debug|info|warning: the "imoje_client" logger to stderr (imoje_client._log).
_log.configure_from(os.environ)


def __getattr__(name: str) -> Any:
    # The resource client imports every model: loaded on first use, so that importing the
    # package stays light and `python -m imoje_client.check` runs even in a copy that is
    # missing a file.
    if name in ("AsyncImoje", "Imoje"):
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# This package's version (imoje-contract's), the imoje API version of the spec it was
# generated from, and that spec's SHA-256: what a vendored copy says about itself.
__version__ = "0.6.0.dev0"
API_VERSION = "1.5.0"

__all__ = (
    "API_VERSION",
    "DEFAULT_TIMEOUT",
    "ENVIRONMENTS",
    "IMOJE_PRODUCTION",
    "IMOJE_SANDBOX",
    "ING_PAY_PRODUCTION",
    "ING_PAY_SANDBOX",
    "PRODUCTION_BASE_URL",
    "SANDBOX_BASE_URL",
    "SPEC_SHA256",
    "ApiConnectionError",
    "ApiStatusError",
    "ApiTimeoutError",
    "AsyncImoje",
    "AuthenticatedClient",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "ClientConfigurationError",
    "ClientStateError",
    "Environment",
    "Imoje",
    "ImojeClientError",
    "InternalServerError",
    "NotFoundError",
    "OutcomeUnknownContractError",
    "OutcomeUnknownError",
    "OutcomeUnknownServerError",
    "PermissionDeniedError",
    "RateLimitedError",
    "RequestValidationError",
    "ResponseContractError",
    "ResponseTooLargeError",
    "UnexpectedStatus",
    "UnprocessableEntityError",
    "environment",
)
