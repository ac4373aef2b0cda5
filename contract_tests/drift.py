"""Fields an answer carries that the spec does not document: drift to report, not a failure.

The spec lets answers carry new fields (the vendor asks for it), so schema checks pass them;
the spec should still learn about them. Each is recorded once, by operation and JSON path.
"""

from collections.abc import Iterator, Mapping
from typing import Any

from imoje_client import openapi


def undocumented(document: Mapping[str, Any], schema: Mapping[str, Any], value: Any, path: str = "") -> Iterator[str]:
    """Dotted paths (`[]` for list items) of the properties in `value` that `schema` does not name."""
    schema = openapi.resolve(document, schema)
    if isinstance(value, dict) and isinstance(schema.get("properties"), Mapping):
        for key, inner in value.items():
            where = f"{path}.{key}" if path else key
            if key in schema["properties"]:
                yield from undocumented(document, schema["properties"][key], inner, where)
            else:
                yield where
    elif isinstance(value, list) and isinstance(schema.get("items"), Mapping):
        for item in value:
            yield from undocumented(document, schema["items"], item, f"{path}[]")


class DriftLog:
    """Undocumented fields seen during a run: operation label -> paths."""

    def __init__(self) -> None:
        self.fields: dict[str, set[str]] = {}

    def record(self, label: str, paths: Iterator[str]) -> None:
        found = set(paths)
        if found:
            self.fields.setdefault(label, set()).update(found)

    def lines(self) -> list[str]:
        return [f"{label}: {', '.join(sorted(paths))}" for label, paths in sorted(self.fields.items())]
