"""The example requests and responses printed on the vendor's pages, kept in the repository
as data (spec/examples/*.json, each with its source address; `scripts/vendor-examples`
writes them from the pages)."""

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from tests.paths import EXAMPLES_DIR


@dataclass(frozen=True)
class Example:
    page: str
    operation_id: str
    role: str  # "request", or the HTTP status of a response example
    body: Any  # as the page prints it
    # The property the page's schema puts the body in, when the page prints it without
    # (spec/DEVIATIONS.md 31: the transaction read's example is flat).
    printed_inside: str | None = None

    @property
    def document(self) -> Any:
        """The body as the operation sends or answers it."""
        return self.body if self.printed_inside is None else {self.printed_inside: self.body}

    @property
    def label(self) -> str:
        return f"{self.page}:{self.role}"


@cache
def _pages() -> dict[str, dict[str, Any]]:
    pages = {}
    for path in sorted(EXAMPLES_DIR.glob("*.json")):
        document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        pages[document["rendering"]] = document
    return pages


def page_examples(page: str) -> list[Example]:
    document = _pages()[page]
    return [
        Example(page, document["operationId"], example["role"], example["body"], example.get("printedInside"))
        for example in document["examples"]
    ]


def all_examples() -> list[Example]:
    return [example for page in _pages() for example in page_examples(page)]
