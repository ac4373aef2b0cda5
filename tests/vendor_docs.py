"""The example requests and responses printed on the vendor's pages, read from the pages.

Each page shows its examples as JSON objects that start on a line of their own: the
request, then the 200 body, then the error body (the English pages label them, the Polish
ones do not, but the order is the same). The curl line's `--data '...'` is one more
request example.
"""

import json
import re
from dataclasses import dataclass
from typing import Any

from tests.paths import DOCS_DIR

# Which operation each page documents.
PAGES = {
    "payment-cancel.en.txt": "cancelPayment",
    "payment-cancel.en.required.txt": "cancelPayment",
    "payment-cancel.pl.txt": "cancelPayment",
    "transaction-profile.pl.txt": "chargeProfile",
}
_ROLES = ("request", "200", "400")
_CURL_DATA = re.compile(r"--data '(\{.*?\})'")


@dataclass(frozen=True)
class Example:
    page: str
    operation_id: str
    role: str  # "request", or the HTTP status of a response example
    body: Any

    @property
    def label(self) -> str:
        return f"{self.page}:{self.role}"


def _objects_at_line_starts(text: str) -> list[Any]:
    decoder = json.JSONDecoder()
    found: list[Any] = []
    position = 0
    while (start := text.find("\n{", position)) != -1:
        body, end = decoder.raw_decode(text, start + 1)
        found.append(body)
        position = end
    return found


def page_examples(page: str) -> list[Example]:
    path = DOCS_DIR / page
    if not path.is_file():
        raise FileNotFoundError(f"vendor page {path} is missing: set IMOJE_DOCS_DIR to shared/imoje-docs")
    text = path.read_text(encoding="utf-8")
    operation = PAGES[page]
    blocks = _objects_at_line_starts(text)
    if len(blocks) != len(_ROLES):
        raise ValueError(f"{page}: expected {len(_ROLES)} example blocks (request, 200, 400), found {len(blocks)}")
    examples = [Example(page, operation, role, body) for role, body in zip(_ROLES, blocks, strict=True)]
    examples += [Example(page, operation, "request", json.loads(data)) for data in _CURL_DATA.findall(text)]
    return examples


def all_examples() -> list[Example]:
    return [example for page in PAGES for example in page_examples(page)]
