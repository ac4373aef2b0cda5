"""imoje's hosts and the client's safe defaults."""

import httpx

SANDBOX_BASE_URL = "https://sandbox.api.imoje.pl/v1/merchant"
PRODUCTION_BASE_URL = "https://api.imoje.pl/v1/merchant"

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

# Reads (GET) only: attempts after a failed connection, a timeout or a 502/503/504, each
# after a wait doubling from RETRY_BACKOFF (with jitter), never past RETRY_MAX_WAIT or the
# call's deadline. Client(max_retries=0) turns them off.
READ_RETRIES = 2
RETRY_BACKOFF = 0.5
RETRY_MAX_WAIT = 8.0
RETRIED_STATUSES = frozenset({502, 503, 504})

__all__ = [
    "CONNECT_RETRIES",
    "DEFAULT_DEADLINE",
    "DEFAULT_TIMEOUT",
    "MAX_RESPONSE_BYTES",
    "PRODUCTION_BASE_URL",
    "READ_RETRIES",
    "RETRIED_STATUSES",
    "RETRY_BACKOFF",
    "RETRY_MAX_WAIT",
    "SANDBOX_BASE_URL",
]
