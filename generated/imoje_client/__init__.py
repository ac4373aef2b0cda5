"""A client library for accessing imoje API"""

from .client import AuthenticatedClient, Client
from .environments import DEFAULT_TIMEOUT, PRODUCTION_BASE_URL, SANDBOX_BASE_URL
from .errors import (
    ImojeClientError,
    RequestValidationError,
    ResponseContractError,
    UnexpectedStatus,
)

__all__ = (
    "DEFAULT_TIMEOUT",
    "PRODUCTION_BASE_URL",
    "SANDBOX_BASE_URL",
    "AuthenticatedClient",
    "Client",
    "ImojeClientError",
    "RequestValidationError",
    "ResponseContractError",
    "UnexpectedStatus",
)
