"""A client library for accessing imoje API"""

from ._spec_hash import SPEC_SHA256
from .api import AsyncImoje, Imoje
from .client import AuthenticatedClient, Client
from .environments import DEFAULT_TIMEOUT, PRODUCTION_BASE_URL, SANDBOX_BASE_URL
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
    OutcomeUnknownError,
    OutcomeUnknownServerError,
    PermissionDeniedError,
    RequestValidationError,
    ResponseContractError,
    ResponseTooLargeError,
    UnexpectedStatus,
    UnprocessableEntityError,
)

# This package's version (imoje-contract's), the imoje API version of the spec it was
# generated from, and that spec's SHA-256: what a vendored copy says about itself.
__version__ = "0.3.0"
API_VERSION = "1.5.0"

__all__ = (
    "API_VERSION",
    "DEFAULT_TIMEOUT",
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
    "Imoje",
    "ImojeClientError",
    "InternalServerError",
    "NotFoundError",
    "OutcomeUnknownError",
    "OutcomeUnknownServerError",
    "PermissionDeniedError",
    "RequestValidationError",
    "ResponseContractError",
    "ResponseTooLargeError",
    "UnexpectedStatus",
    "UnprocessableEntityError",
)
