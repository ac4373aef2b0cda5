"""What the contract suite runs against, read from the environment, and where it may not go.

The production guard lives here: a target is checked before the first request, and every
request is checked again before it leaves (see `conftest.py`). Fuzzed requests charge
cards and cancel links; imoje's production host is never a target, whatever the settings.
"""

import dataclasses
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from contract_tests import proxies
from contract_tests.hosts import (
    AMBIGUOUS,
    SANDBOX_API_HOSTS,
    VENDOR_DOMAINS,
    TargetRefused,
    hosts_as_parsed,
    is_loopback,
    normalise_host,
    production_host,
)

# imoje's sandbox; ING Pay's (api.sandbox.pay.ing.pl) is allowed as well (SANDBOX_API_HOSTS).
SANDBOX_HOST = "sandbox.api.imoje.pl"
_SANDBOXES = " or ".join(sorted(SANDBOX_API_HOSTS))


# The pytest option by which the runner, and only it, names the sandbox it started.
EMBEDDED_OPTION = "--imoje-embedded-sandbox"


def allowed_hosts(env: Mapping[str, str]) -> frozenset[str]:
    """Hosts named in IMOJE_ALLOWED_HOSTS (comma-separated), besides loopback and the sandbox."""
    names = (name.strip() for name in env.get("IMOJE_ALLOWED_HOSTS", "").split(","))
    return frozenset(normalise_host(name) for name in names if name)


def check_url(url: str, extra_hosts: frozenset[str] = frozenset()) -> str:
    """The URL's (normalised) host if the suite may send requests there; TargetRefused, naming
    why, if not."""
    if AMBIGUOUS.search(url):
        raise TargetRefused(f"{url!r} contains whitespace, a control character or a backslash")
    try:
        parts = urlsplit(url)
    except ValueError as unreadable:  # "Invalid IPv6 URL"
        raise TargetRefused(f"{url!r} is not a URL: {unreadable}") from None
    if parts.scheme not in ("http", "https"):
        raise TargetRefused(f"{url!r} is not an http(s) URL")
    if "@" in parts.netloc:
        raise TargetRefused(f"{url!r} carries user information (`user@host`): name the host alone")
    hosts, failures = hosts_as_parsed(url)
    # Every reading is judged: a URL that is production in one library's eyes is production.
    production = production_host(hosts)
    if production is not None:
        raise TargetRefused(
            f"{production} is in imoje's or ING Pay's production host family: the contract suite sends "
            f"fuzzed requests (charges, cancellations) and never runs against production. Use {_SANDBOXES}."
        )
    if failures:
        raise TargetRefused(f"{url!r} is not a URL every HTTP library reads: {failures[0]}")
    if len(hosts) > 1:
        raise TargetRefused(f"{url!r} is read as different hosts by different HTTP libraries: {sorted(hosts)}")
    (host,) = hosts
    if is_loopback(host):
        return host
    extra = frozenset(normalise_host(name) for name in extra_hosts)
    if host not in SANDBOX_API_HOSTS and host not in extra:
        raise TargetRefused(f"{host} is neither loopback nor {_SANDBOXES}; name it in IMOJE_ALLOWED_HOSTS to allow it")
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
    # A customer id (cid) with saved cards or BLIK aliases, for the list operations.
    customer_id: str | None = None
    allowed: frozenset[str] = frozenset()
    # Set only for the sandbox the runner itself started (see `embedded`): its state may be
    # reset, and irreversible operations may name its records.
    control_url: str | None = None

    @property
    def is_embedded_sandbox(self) -> bool:
        return self.control_url is not None

    def check_request_url(self, url: str) -> None:
        """Every request's URL must stay on the checked target host."""
        host = check_url(url, self.allowed)
        if host != self.host:
            raise TargetRefused(f"a request to {host} left the target {self.host}; nothing was sent")


class SettingMissing(ValueError):
    """A setting the named target needs is unset: a wrong setting (exit 12), not a refusal."""


REQUIRED = ("IMOJE_BASE_URL", "IMOJE_TOKEN", "IMOJE_MERCHANT_ID", "IMOJE_SERVICE_ID")


class SettingWrong(ValueError):
    """A setting's value cannot be what it names (exit 12, nothing sent)."""


_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
# What may stand in one path segment: these settings go into request paths, where "/", "?",
# "#" or a dot segment would send the request elsewhere (the pre-flight read among them).
_SEGMENT = re.compile(r"[A-Za-z0-9._~@:+=!$&'()*,;-]+")


def _check_path_settings(env: Mapping[str, str]) -> None:
    for name in ("IMOJE_SERVICE_ID", "IMOJE_PAYMENT_PROFILE_ID"):
        value = env.get(name) or ""
        if value and not _UUID.fullmatch(value):
            raise SettingWrong(f"{name}={value[:60]!r}: expected a UUID")
    for name in ("IMOJE_MERCHANT_ID", "IMOJE_CID"):
        value = env.get(name) or ""
        if value and (not _SEGMENT.fullmatch(value) or value in (".", "..")):
            raise SettingWrong(f"{name}={value[:60]!r}: expected one path segment (letters, digits, -._~)")


def from_env(env: Mapping[str, str] | None = None) -> Target:
    """The target the environment names. Never the embedded sandbox: that is a fact only the
    runner that started it knows (`embedded`), not a setting."""
    env = os.environ if env is None else env
    missing = [name for name in REQUIRED if not env.get(name)]
    if missing:
        raise SettingMissing(f"set {', '.join(missing)} (or leave IMOJE_BASE_URL unset to use the embedded sandbox)")
    extra = allowed_hosts(env)
    base_url = env["IMOJE_BASE_URL"].rstrip("/")
    host = check_url(base_url, extra)
    proxies.check(env, base_url, extra)
    _check_path_settings(env)
    return Target(
        base_url=base_url,
        token=env["IMOJE_TOKEN"],
        merchant_id=env["IMOJE_MERCHANT_ID"],
        service_id=env["IMOJE_SERVICE_ID"],
        payment_profile_id=env.get("IMOJE_PAYMENT_PROFILE_ID") or None,
        host=host,
        customer_id=env.get("IMOJE_CID") or None,
        allowed=extra,
    )


def embedded(target: Target, control_url: str) -> Target:
    """`target` marked as the sandbox the runner started, whose control routes are `control_url`.

    Only a loopback server on the target's own host and port qualifies: no setting can turn
    imoje's sandbox, or anything else off this machine, into something the suite may reset.
    """
    host = check_url(control_url)
    control, base = urlsplit(control_url), urlsplit(target.base_url)
    if not is_loopback(host) or (control.scheme, control.netloc) != (base.scheme, base.netloc):
        raise TargetRefused(
            f"the embedded sandbox's control URL {control_url!r} must be on loopback, on the target's own "
            f"host and port ({base.netloc})"
        )
    return dataclasses.replace(target, control_url=control_url.rstrip("/"))


__all__ = [
    "EMBEDDED_OPTION",
    "REQUIRED",
    "SANDBOX_API_HOSTS",
    "SANDBOX_HOST",
    "VENDOR_DOMAINS",
    "SettingMissing",
    "SettingWrong",
    "Target",
    "TargetRefused",
    "allowed_hosts",
    "check_url",
    "embedded",
    "from_env",
    "normalise_host",
]
