"""What a sandbox is started with: the credentials it accepts and its limits."""

import re
from dataclasses import dataclass, field

from imoje_sandbox.services import DEFAULT_CHANNELS, Channel

# The docs' cancellation example names this shop; it is the default one.
DEFAULT_SERVICE_ID = "2a249f52-d29c-46e7-9575-e65a889c7d38"
DEFAULT_MERCHANT_ID = "imojesandboxmerchant"
DEFAULT_TOKEN = "sandbox-token"
DEFAULT_NOTIFICATION_URL = "https://merchant.example/imoje/notification"
DEFAULT_SERVICE_KEY = "sandbox-service-key"
API_PREFIX = "/v1/merchant"
# RFC 6750's b64token: what a bearer token may hold (the client refuses anything else too).
_B64TOKEN = re.compile(r"[A-Za-z0-9\-._~+/]+=*")


@dataclass(frozen=True)
class SandboxConfig:
    """The merchant the sandbox stands in for, and the knobs of its behaviour."""

    token: str = DEFAULT_TOKEN
    merchant_id: str = DEFAULT_MERCHANT_ID
    service_id: str = DEFAULT_SERVICE_ID
    # None: real UUIDs and the wall clock. A number: ids and timestamps replay exactly.
    seed: int | None = None
    max_body_bytes: int = 64 * 1024
    notification_url: str = DEFAULT_NOTIFICATION_URL
    # Where payment links' `url` point, up to the short code. None: the sandbox's own payer
    # pages (`/s/<code>` on the origin it serves), so that a browser following a link stays
    # on this machine; a URL: that paywall instead.
    paywall_url: str | None = None
    extra_service_ids: tuple[str, ...] = field(default=())
    # Names from imoje_sandbox.faults: deliberate misbehaviour for testing the contract suite.
    faults: frozenset[str] = field(default=frozenset())
    # Notifications: signed with the shop key, sent only when a notify URL is given, and only
    # to that URL's host (a fuzzed notificationUrl never makes the sandbox call anyone else).
    service_key: str = DEFAULT_SERVICE_KEY
    notify_url: str | None = None
    notify_time_scale: float = 1.0
    allow_loopback_notifications: bool = False
    # The shop's pre-authorisation (imoje turns it on on request): a payment that goes through
    # waits as `authorized` until captured or voided.
    pre_authorisation: bool = False
    # The payment channels of every shop, with their limits (imoje_sandbox.services).
    channels: tuple[Channel, ...] = DEFAULT_CHANNELS
    # Set only by the contract suite's runner for the sandbox it starts (no command-line
    # option, no environment variable): POST /_sandbox/prove answers HMAC(run_key, nonce),
    # so the suite can tell its own sandbox from any other one on loopback.
    run_key: str | None = field(default=None, repr=False)
    # Whether notify_to may name a host off this machine (a receiver on another test host).
    # imoje's own hosts and link-local addresses (cloud metadata) are refused regardless.
    allow_remote_receivers: bool = False
    # Notify a payment link's creation: this sandbox's old convention, not imoje's (no page
    # or witness shows it). Off unless asked for.
    notify_link_created: bool = False
    # Refunds answered `new` and settled this many sandbox seconds later, notified then (imoje's
    # plugin handles both answers: DEVIATIONS 50). None: settled at once, as the refund page's
    # example answers.
    refunds_settle_after: int | None = None

    def __post_init__(self) -> None:
        # An empty token would let "Authorization: Bearer " in; an empty shop key would sign
        # with HASH(body) alone, which anyone can compute.
        for name in ("token", "service_key"):
            value = getattr(self, name)
            if not isinstance(value, str) or not value.strip():
                raise ValueError(f"{name.replace('_', '-')}: must be a non-empty string")
        if not _B64TOKEN.fullmatch(self.token):
            raise ValueError("token: a bearer token holds only letters, digits and -._~+/ (then =)")

    @property
    def default_notification_url(self) -> str:
        """What answers carry as `notificationUrl` when a request names none."""
        return self.notify_url or self.notification_url

    def __repr__(self) -> str:
        # The token is a sandbox credential, but reprs end up in logs all the same.
        shown = f"merchant_id={self.merchant_id!r}, service_id={self.service_id!r}, seed={self.seed!r}"
        return f"SandboxConfig({shown}, faults={sorted(self.faults)!r})"
