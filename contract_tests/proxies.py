"""Where the suite's connections would go through a proxy named in the environment.

requests (schemathesis) and httpx (the generated client, the sandbox reset) both honour
HTTP_PROXY, HTTPS_PROXY, ALL_PROXY and every other `*_proxy` variable, in either case,
loopback targets included (neither bypasses localhost unless NO_PROXY says so, and the two
read NO_PROXY differently). A proxy is where the connection opens and where an http
target's token travels in clear, so the guard judges the proxy as it judges the target:
every proxy setting is judged, whatever NO_PROXY says, and one naming a host the guard
refuses stops the run before anything starts.
"""

from collections.abc import Mapping
from urllib.parse import urlsplit

from contract_tests.hosts import AMBIGUOUS, TargetRefused, hosts_as_parsed, is_loopback, normalise_host, production_host

# Proxy URLs may carry user:password@ (common for company proxies), never AMBIGUOUS characters.
_SCHEMES = ("http", "https", "socks4", "socks4a", "socks5", "socks5h")


def settings(env: Mapping[str, str]) -> dict[str, str]:
    """Every non-empty proxy variable (the names urllib, requests and httpx read), by name."""
    return {
        name: value
        for name, value in env.items()
        if name.lower().endswith("_proxy") and name.lower() != "no_proxy" and value.strip()
    }


def proxy_host(name: str, value: str) -> str:
    """The proxy's host as every library reads it, normalised; TargetRefused if it is ambiguous."""
    url = value.strip()
    # requests and httpx both read a bare host:port as an http proxy.
    url = url if "://" in url else f"http://{url}"
    if AMBIGUOUS.search(url):
        raise TargetRefused(f"{name} contains whitespace, a control character or a backslash")
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError as unreadable:  # "Invalid IPv6 URL"
        raise TargetRefused(f"{name} is not a URL: {unreadable}") from None
    if scheme not in _SCHEMES:
        raise TargetRefused(f"{name} names a {scheme!r} proxy; the suite knows only {', '.join(_SCHEMES)}")
    # The host after any user:password@, as each library reads it.
    hosts, failures = hosts_as_parsed(url)
    production = production_host(hosts)
    if production is not None:
        raise TargetRefused(
            f"{name} routes connections through {production}, imoje's or ING Pay's production host "
            "family: the contract suite never sends anything there. Unset it for this run."
        )
    if failures or len(hosts) != 1:
        raise TargetRefused(f"{name} is not a proxy URL every HTTP library reads the same way")
    (host,) = hosts
    return normalise_host(host)


def check(env: Mapping[str, str], target_url: str, allowed: frozenset[str]) -> None:
    """TargetRefused, naming the variable, unless every proxy setting names a host the suite
    may connect to: loopback, or a host in IMOJE_ALLOWED_HOSTS; and none would carry an http
    target's token in clear off this machine."""
    plain = urlsplit(target_url).scheme == "http"
    for name, value in sorted(settings(env).items()):
        host = proxy_host(name, value)
        if is_loopback(host):
            continue
        if host not in allowed:
            raise TargetRefused(
                f"{name} routes connections through {host}, which is neither loopback nor named in "
                "IMOJE_ALLOWED_HOSTS: unset it for this run, or allow the proxy host there"
            )
        if plain:
            raise TargetRefused(
                f"{name} would carry the token of the http target {target_url} unencrypted to {host}: "
                "unset it for this run (a loopback target needs no proxy)"
            )
