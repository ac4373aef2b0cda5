"""The id imoje's answer gives a request, when its headers carry one."""

from collections.abc import Mapping

# imoje's pages name no request id header; these are the ones gateways and proxies commonly
# send, the first found wins.
REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-correlation-id")


def request_id(headers: Mapping[str, str]) -> str | None:
    """The request id in `headers` (an httpx.Headers: names in any case), or None."""
    for name in REQUEST_ID_HEADERS:
        value = headers.get(name)
        if value:
            return value
    return None


__all__ = ["REQUEST_ID_HEADERS", "request_id"]
