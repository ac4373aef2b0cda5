"""What the contract suite runs against, read from the environment, and where it may not go.

The production guard lives here: a target is checked before the first request, and every
request is checked again before it leaves (see `conftest.py`). Fuzzed requests charge
cards and cancel links; imoje's production host is never a target, whatever the settings.
"""

import ipaddress
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit

SANDBOX_HOST = "sandbox.api.imoje.pl"
# imoje's and ING's own domains: anything there but a sandbox host is production.
VENDOR_DOMAINS = ("imoje.pl", "ing.pl")


class TargetRefused(Exception):
    """The target is not one the suite may send fuzzed requests to; nothing was sent."""


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _is_production(host: str) -> bool:
    vendor = any(host == domain or host.endswith("." + domain) for domain in VENDOR_DOMAINS)
    return vendor and not host.startswith("sandbox.")


def allowed_hosts(env: Mapping[str, str]) -> frozenset[str]:
    """Hosts named in IMOJE_ALLOWED_HOSTS (comma-separated), besides loopback and the sandbox."""
    return frozenset(name.strip().lower() for name in env.get("IMOJE_ALLOWED_HOSTS", "").split(",") if name.strip())


def check_url(url: str, extra_hosts: frozenset[str] = frozenset()) -> str:
    """The URL's host if the suite may send requests there; TargetRefused, naming why, if not."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if parts.scheme not in ("http", "https") or not host:
        raise TargetRefused(f"{url!r} is not an http(s) URL")
    if _is_production(host):
        raise TargetRefused(
            f"{host} is imoje's production host family: the contract suite sends fuzzed requests "
            f"(charges, cancellations) and never runs against production. Use {SANDBOX_HOST}."
        )
    if _is_loopback(host):
        return host
    if host != SANDBOX_HOST and host not in extra_hosts:
        raise TargetRefused(
            f"{host} is neither loopback nor {SANDBOX_HOST}; name it in IMOJE_ALLOWED_HOSTS to allow it"
        )
    if parts.scheme != "https":
        raise TargetRefused(f"{url!r} would send the token unencrypted: use https for {host}")
    return host


@dataclass(frozen=True)
class Target:
    base_url: str
    token: str = field(repr=False)
    merchant_id: str
    service_id: str
    payment_profile_id: str | None
    host: str
    allowed: frozenset[str] = frozenset()
    # Set when the target is the embedded sandbox: its state may be reset between runs.
    control_url: str | None = None

    @property
    def is_embedded_sandbox(self) -> bool:
        return self.control_url is not None

    def check_request_url(self, url: str) -> None:
        """Every request's URL must stay on the checked target host."""
        host = check_url(url, self.allowed)
        if host != self.host:
            raise TargetRefused(f"a request to {host} left the target {self.host}; nothing was sent")


REQUIRED = ("IMOJE_BASE_URL", "IMOJE_TOKEN", "IMOJE_MERCHANT_ID", "IMOJE_SERVICE_ID")


def from_env(env: Mapping[str, str] | None = None) -> Target:
    env = os.environ if env is None else env
    missing = [name for name in REQUIRED if not env.get(name)]
    if missing:
        raise TargetRefused(f"set {', '.join(missing)} (or leave IMOJE_BASE_URL unset to use the embedded sandbox)")
    extra = allowed_hosts(env)
    base_url = env["IMOJE_BASE_URL"].rstrip("/")
    host = check_url(base_url, extra)
    control_url = env.get("IMOJE_SANDBOX_CONTROL_URL") or None
    if control_url is not None and check_url(control_url, extra) != host:
        raise TargetRefused("IMOJE_SANDBOX_CONTROL_URL must be on the target's own host")
    return Target(
        base_url=base_url,
        token=env["IMOJE_TOKEN"],
        merchant_id=env["IMOJE_MERCHANT_ID"],
        service_id=env["IMOJE_SERVICE_ID"],
        payment_profile_id=env.get("IMOJE_PAYMENT_PROFILE_ID") or None,
        host=host,
        allowed=extra,
        control_url=control_url,
    )
