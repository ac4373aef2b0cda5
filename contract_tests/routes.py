"""Which operation of the spec a request is: its method, and its path against each template.
Shared by the irreversible guard, the invariants and the recorder."""

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

from imoje_client import openapi


@dataclass(frozen=True)
class Route:
    method: str
    pattern: re.Pattern[str]
    operation: openapi.Operation


@dataclass(frozen=True)
class Found:
    operation: openapi.Operation
    # The path's parameters by name, unquoted (merchantId included).
    path: dict[str, str]


def compile_routes(document: Mapping[str, Any], prefix: str = "") -> list[Route]:
    """One route per operation, for paths under `prefix` (the base URL's own path)."""
    routes = []
    for operation in openapi.operations(document).values():
        parts = re.split(r"(\{[^}]+\})", operation.path)
        pattern = "".join(f"(?P<{part[1:-1]}>[^/]+)" if part.startswith("{") else re.escape(part) for part in parts)
        routes.append(
            Route(operation.method.upper(), re.compile(re.escape(prefix.rstrip("/")) + pattern + "/?"), operation)
        )
    return routes


def find(routes: list[Route], method: str, path: str) -> Found | None:
    for route in routes:
        matched = route.pattern.fullmatch(path) if route.method == method.upper() else None
        if matched is not None:
            return Found(route.operation, {name: unquote(value) for name, value in matched.groupdict().items()})
    return None
