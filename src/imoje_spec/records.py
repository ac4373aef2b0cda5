"""Which record each operation writes, reads or lists: `x-record` in spec/imoje.yaml
(DEVIATIONS 62), read here and nowhere else. The read-after-write ledger judges answers by
these facts; `problems` names every operation whose facts are missing or name a parameter,
body field or answer member the operation does not have."""

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from imoje_client import openapi

KINDS = frozenset({"link", "transaction", "profile", "service", "blikProfile"})


@dataclass(frozen=True)
class Place:
    """Where a request names a record: a path parameter or a body field."""

    location: str  # "path" | "body"
    name: str

    def value(self, path: Mapping[str, str], body: Mapping[str, Any]) -> Any:
        return (path if self.location == "path" else body).get(self.name)


@dataclass(frozen=True)
class RecordFacts:
    kind: str
    # Where the request names the record (None: the operation makes it).
    id: Place | None = None
    # The answer's member holding the record ("" for the answer itself; None: it lists).
    answer: str | None = None
    # Whether the answer is what the record was written with.
    writes: bool = False
    # The record this one belongs to (a refund's transaction).
    of: Place | None = None
    # The answer's member listing records ("" for the answer itself).
    list: str | None = None

    def held(self, answer: Any) -> dict[str, Any]:
        """The record in an answer (an empty dict when the answer does not hold one)."""
        if self.answer is None:
            return {}
        found = answer if self.answer == "" else answer.get(self.answer) if isinstance(answer, dict) else None
        return found if isinstance(found, dict) else {}


def _place(text: Any) -> Place | None:
    if text is None:
        return None
    location, _, name = str(text).partition(".")
    return Place(location, name)


def of(operation: openapi.Operation) -> RecordFacts:
    """The operation's facts; ValueError naming the operation if it has none."""
    raw = operation.extensions.get("x-record")
    if not isinstance(raw, Mapping):
        raise ValueError(f"{operation.operation_id} has no `x-record` (which record it writes, reads or lists)")
    return RecordFacts(
        kind=str(raw.get("kind")),
        id=_place(raw.get("id")),
        answer=raw.get("answer"),
        writes=raw.get("writes") is True,
        of=_place(raw.get("of")),
        list=raw.get("list"),
    )


def _members(document: Mapping[str, Any], operation: openapi.Operation) -> set[str]:
    answer = operation.responses.get("200")
    schema = openapi.resolve(document, answer) if answer else {}
    return set(schema.get("properties", {}))


def problems(document: Mapping[str, Any]) -> list[str]:
    """Every operation whose `x-record` is missing or names what it does not have."""
    found = []
    for operation in openapi.operations(document).values():
        label = operation.operation_id
        try:
            facts = of(operation)
        except ValueError as missing:
            found.append(str(missing))
            continue
        if facts.kind not in KINDS:
            found.append(f"{label}: x-record kind {facts.kind!r} is none of {sorted(KINDS)}")
        body = openapi.resolve(document, operation.body).get("properties", {}) if operation.body else {}
        for place in (facts.id, facts.of):
            if place is None:
                continue
            names = operation.parameter_schemas("path") if place.location == "path" else body
            if place.location not in ("path", "body") or place.name not in names:
                found.append(f"{label}: x-record names {place.location}.{place.name}, which the request does not have")
        members = _members(document, operation)
        for member in (facts.answer, facts.list):
            if member and member not in members:
                found.append(f"{label}: x-record names the answer's `{member}`, which the answer does not have")
        if (facts.answer is None) == (facts.list is None):
            found.append(f"{label}: x-record needs one of `answer` (the record) or `list` (the records)")
        if facts.list is None and facts.writes == (facts.id is not None):
            found.append(f"{label}: x-record names where the request names its record, or says it writes one")
    return found
