"""imoje's hosts, ING Pay's, and the client's safe defaults.

imoje is being rebranded "ING Pay". Integrations in the wild call both host families (the
imoje hosts of imoje's pages; `api(.sandbox).pay.ing.pl` and `paywall(.sandbox).pay.ing.pl`
in three independent integrations, spec/DEVIATIONS.md 63), so every base URL is a
setting: pick an `Environment` by name (a service's configuration names one) or pass any
`base_url`.

    from imoje_client import Imoje, environment
    env = environment(os.environ.get("PAYMENTS_ENV", "imoje-sandbox"))
    Imoje(token=..., merchant_id=..., base_url=env.api_base_url)
"""

from dataclasses import dataclass

import httpx


@dataclass(frozen=True)
class Environment:
    """One of the vendor's deployments: the REST API's base URL, the paywall's (the FRONT
    API: the payer's browser posts the signed form to `paywall_url + "/payment"`), and
    whether money moves there."""

    name: str
    api_base_url: str
    paywall_url: str
    production: bool

    @property
    def payment_form_url(self) -> str:
        return f"{self.paywall_url}/payment"


IMOJE_SANDBOX = Environment(
    "imoje-sandbox",
    "https://sandbox.api.imoje.pl/v1/merchant",
    "https://sandbox.paywall.imoje.pl",
    production=False,
)
IMOJE_PRODUCTION = Environment(
    "imoje",
    "https://api.imoje.pl/v1/merchant",
    "https://paywall.imoje.pl",
    production=True,
)
ING_PAY_SANDBOX = Environment(
    "ing-pay-sandbox",
    "https://api.sandbox.pay.ing.pl/v1/merchant",
    "https://paywall.sandbox.pay.ing.pl",
    production=False,
)
ING_PAY_PRODUCTION = Environment(
    "ing-pay",
    "https://api.pay.ing.pl/v1/merchant",
    "https://paywall.pay.ing.pl",
    production=True,
)

ENVIRONMENTS: dict[str, Environment] = {
    env.name: env
    for env in (IMOJE_SANDBOX, IMOJE_PRODUCTION, ING_PAY_SANDBOX, ING_PAY_PRODUCTION)
}


def environment(name: str) -> Environment:
    """The environment called `name` (`imoje-sandbox`, `imoje`, `ing-pay-sandbox`, `ing-pay`);
    ValueError naming the known ones otherwise."""
    try:
        return ENVIRONMENTS[name]
    except (KeyError, TypeError):
        raise ValueError(
            f"environment: {name!r} is none of {', '.join(ENVIRONMENTS)}"
        ) from None


SANDBOX_BASE_URL = IMOJE_SANDBOX.api_base_url
PRODUCTION_BASE_URL = IMOJE_PRODUCTION.api_base_url

# A charge that times out on read may still have gone through, so the read limit is
# generous; the connect limit is short because a connect failure is safe to retry.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)

# A whole call, connect to last byte: a server trickling its answer cannot hold a call
# longer than this, whatever the per-read timeout.
DEFAULT_DEADLINE = 60.0

# The largest answer read, on the wire and after decompression. imoje's largest documented
# answer (a payment link with its transactions) is a few kilobytes.
MAX_RESPONSE_BYTES = 4 * 1024 * 1024

# Attempts after a failed connect: the only failures after which a request provably
# never reached imoje. Nothing else is retried, POSTs least of all.
CONNECT_RETRIES = 2

# Reads (GET) only: attempts after a failed connection, a timeout, a 429 (not executed) or a
# 502/503/504, each after a wait doubling from RETRY_BACKOFF (with jitter; at least what
# Retry-After asks, up to RETRY_MAX_WAIT), never past the call's deadline.
# Client(max_retries=0) turns them off.
READ_RETRIES = 2
RETRY_BACKOFF = 0.5
RETRY_MAX_WAIT = 8.0
RETRIED_STATUSES = frozenset({429, 502, 503, 504})

__all__ = [
    "CONNECT_RETRIES",
    "DEFAULT_DEADLINE",
    "DEFAULT_TIMEOUT",
    "ENVIRONMENTS",
    "IMOJE_PRODUCTION",
    "IMOJE_SANDBOX",
    "ING_PAY_PRODUCTION",
    "ING_PAY_SANDBOX",
    "MAX_RESPONSE_BYTES",
    "PRODUCTION_BASE_URL",
    "READ_RETRIES",
    "RETRIED_STATUSES",
    "RETRY_BACKOFF",
    "RETRY_MAX_WAIT",
    "SANDBOX_BASE_URL",
    "Environment",
    "environment",
]
