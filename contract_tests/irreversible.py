"""Operations that cannot be undone (`x-irreversible: true` in the spec) never touch a real record.

Outside the embedded sandbox, a request to such an operation may not name any id the suite
knows to exist on the target: the card profile it was configured with and every id in the
target's successful answers so far. The shop (serviceId) is where the operation happens, not
the record it acts on: naming it is allowed. Generation already keeps real ids out of
these requests (`resources.py`); this is the last check before a request leaves, so that a
hook, a link or a new test that forgets cannot deactivate a user's card profile.
"""

import contextlib
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any
from urllib.parse import urlsplit

from contract_tests import routes
from contract_tests.target import Target, TargetRefused

# Ids appear in answers as UUIDs; only those are learnt (a cheap scan of the raw body).
_UUID = re.compile(rb"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
# Answers larger than this are not scanned for ids (no answer of imoje's comes near it).
SCAN_LIMIT = 1 << 20


class IrreversibleRefused(TargetRefused):
    """A request to an irreversible operation named a real record of an external target."""


def _strings(value: Any) -> Iterator[str]:
    stack = [value]
    while stack:
        node = stack.pop()
        if isinstance(node, str):
            yield node
        elif isinstance(node, Mapping):
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)


class IrreversibleGuard:
    """Learns the target's record ids from its answers; refuses irreversible requests naming one."""

    def __init__(self, document: Mapping[str, Any], target: Target) -> None:
        self.target = target
        base_path = urlsplit(target.base_url).path
        self.routes = [route for route in routes.compile_routes(document, base_path) if route.operation.irreversible]
        self.known: set[str] = {target.payment_profile_id.lower()} if target.payment_profile_id else set()
        self.shop = target.service_id.lower()
        # Generated cases refused here and rejected (not failed) inside hypothesis: transport.py.
        self.rejected = 0

    @property
    def active(self) -> bool:
        """Whether requests are judged at all (not on the embedded sandbox, whose records are the run's own)."""
        return not self.target.is_embedded_sandbox

    def real_record(self, values: Iterable[str]) -> str | None:
        """The first of `values` (ids in a path or a body) that names a record the target has."""
        if not self.active:
            return None
        real = sorted({value.lower() for value in values} - {self.shop} & self.known)
        return real[0] if real else None

    def names_real_record(self, data: Any) -> bool:
        """Whether any string in `data` (a body, path parameters) names a record the target has."""
        return self.real_record(_strings(data)) is not None

    def observe(self, status: int, content: bytes) -> None:
        """Remember the ids in a successful answer of the target (an error answer may echo the
        request's own made-up ids: those name no record)."""
        if 200 <= status < 300 and len(content) <= SCAN_LIMIT:
            self.known.update(match.decode().lower() for match in _UUID.findall(content))

    def check(self, method: str, url: str, content: bytes | None) -> None:
        """TargetRefused if this request would do something irreversible to a real record."""
        if not self.active:
            return
        found = routes.find(self.routes, method, urlsplit(url).path)
        if found is None:
            return
        named = {value.lower() for value in found.path.values()}
        # A body that is not JSON names no id (and the target refuses it).
        with contextlib.suppress(ValueError):
            named.update(text.lower() for text in _strings(json.loads(content or b"null")))
        real = self.real_record(named)
        if real is not None:
            raise IrreversibleRefused(
                f"{found.operation.operation_id} cannot be undone and {self.target.host} is not the embedded "
                f"sandbox: the request names the real record {real}; nothing was sent"
            )
