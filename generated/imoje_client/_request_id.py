"""The id imoje's answer gives a request, when its headers carry one."""

from collections.abc import Mapping

# imoje's pages name no request id header. imoje's own plugin logs `x-trace-id` from imoje's
# answers when a credential rotation fails (issue 28's reading of the plugin); the others are
# the ones gateways and proxies commonly send. The first found wins.
REQUEST_ID_HEADERS = ("x-trace-id", "x-request-id", "request-id", "x-correlation-id")


def request_id(headers: Mapping[str, str]) -> str | None:
    """The request id in `headers` (an httpx.Headers: names in any case), or None."""
    for name in REQUEST_ID_HEADERS:
        value = headers.get(name)
        if value:
            return value
    return None


__all__ = ["REQUEST_ID_HEADERS", "request_id"]
