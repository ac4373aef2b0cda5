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
    body: Any

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
        Example(page, document["operationId"], example["role"], example["body"]) for example in document["examples"]
    ]


def all_examples() -> list[Example]:
    return [example for page in _pages() for example in page_examples(page)]
