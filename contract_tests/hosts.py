"""What host a URL names, as every HTTP library the suite sends through reads it, and which
hosts are imoje's or ING Pay's production: the guard's vocabulary, shared by target and proxy
checks and the recorder."""

import ipaddress
import re
from collections.abc import Callable
from urllib.parse import unquote, urlsplit

import httpx
import idna
import urllib3
from imoje_client.environments import ENVIRONMENTS

# imoje's and ING's own domains: anything there but a sandbox host is production.
VENDOR_DOMAINS = ("imoje.pl", "ing.pl")
# Zones whose every host is a sandbox: imoje names its test hosts `sandbox.*`
# (sandbox.api.imoje.pl, sandbox.paywall.imoje.pl, sandbox.imoje.ing.pl); ING Pay keeps them
# under sandbox.pay.ing.pl (api., paywall., and the panel itself). Nothing else under
# VENDOR_DOMAINS is a sandbox: api.pay.ing.pl, paywall.pay.ing.pl, pay.ing.pl are production.
SANDBOX_ZONES = ("sandbox.pay.ing.pl",)
# The vendor's sandbox API hosts, from the client's environments: targets the suite may use
# without naming them in IMOJE_ALLOWED_HOSTS.
SANDBOX_API_HOSTS = frozenset(
    str(urlsplit(env.api_base_url).hostname) for env in ENVIRONMENTS.values() if not env.production
)
# Their sandbox paywalls, taken as the sandbox API hosts are (contract_tests/test_paywall.py).
SANDBOX_PAYWALL_HOSTS = frozenset(
    str(urlsplit(env.paywall_url).hostname) for env in ENVIRONMENTS.values() if not env.production
)
# Characters no target or proxy URL needs and that parsers read differently: whitespace and
# controls, backslashes (a path separator to browsers and urllib3, not to urlsplit).
AMBIGUOUS = re.compile(r"[\x00-\x20\x7f\\]")


class TargetRefused(Exception):
    """The target is not one the suite may send fuzzed requests to; nothing was sent."""


def normalise_host(host: str) -> str:
    """The host as DNS and TLS will see it: percent-decoded, lower-case, IDNA (A-labels),
    without the trailing dot of a fully qualified name. TargetRefused if it is no host."""
    host = unquote(host).strip("[]")
    try:
        return str(ipaddress.ip_address(host))
    except ValueError:
        pass
    try:
        ascii_host = host.lower() if host.isascii() else idna.encode(host, uts46=True).decode("ascii")
    except idna.IDNAError as exc:
        raise TargetRefused(f"{host!r} is not a valid host name: {exc}") from None
    ascii_host = ascii_host.rstrip(".")
    if not ascii_host or ".." in ascii_host:
        raise TargetRefused(f"{host!r} is not a valid host name")
    return ascii_host


def hosts_as_parsed(url: str) -> tuple[set[str], list[str]]:
    """The URL's host as each library that may send the request reads it (the standard
    library, httpx for the client, urllib3 under requests and schemathesis), normalised;
    and what the libraries that cannot read it said."""
    readers: tuple[Callable[[], str | None], ...] = (
        lambda: urlsplit(url).hostname,
        lambda: httpx.URL(url).host,
        lambda: urllib3.util.parse_url(url).host,
    )
    hosts: set[str] = set()
    failures: list[str] = []
    for read in readers:
        try:
            host = read()
            if not host:
                raise ValueError("no host")
            hosts.add(normalise_host(host))
        except (ValueError, TargetRefused, httpx.InvalidURL, urllib3.exceptions.LocationParseError) as exc:
            failures.append(str(exc))
    return hosts, failures


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _within(host: str, zone: str) -> bool:
    return host == zone or host.endswith("." + zone)


def is_production(host: str) -> bool:
    vendor = any(_within(host, domain) for domain in VENDOR_DOMAINS)
    sandbox = host.startswith("sandbox.") or any(_within(host, zone) for zone in SANDBOX_ZONES)
    return vendor and not sandbox


def production_host(hosts: set[str]) -> str | None:
    """The first of `hosts` (each library's reading of one URL) in imoje's or ING Pay's
    production family."""
    return next((host for host in sorted(hosts) if is_production(host)), None)
