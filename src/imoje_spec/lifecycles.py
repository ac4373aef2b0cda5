"""The documented lifecycles of payment links and transactions: `x-lifecycles` in the spec,
read here and nowhere else. The sandbox executes these moves; the contract suite's ledger
judges a target's answers with them. Each move names its source in the vendor's pages."""

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from imoje_spec import document

EXTENSION = "x-lifecycles"


class LifecycleError(ValueError):
    """`x-lifecycles` is missing or malformed: `where` is the place in the spec, `rule` what
    it breaks."""

    def __init__(self, where: str, rule: str, detail: str) -> None:
        self.where, self.rule = where, rule
        super().__init__(f"{where}: {detail}")


@dataclass(frozen=True)
class Move:
    start: str
    action: str
    end: str
    source: str


@dataclass(frozen=True)
class Lifecycle:
    moves: tuple[Move, ...]

    def table(self) -> dict[tuple[str, str], str]:
        """(status, action) -> the status it moves to."""
        return {(move.start, move.action): move.end for move in self.moves}

    def actions(self) -> frozenset[str]:
        return frozenset(move.action for move in self.moves)


@dataclass(frozen=True)
class Lifecycles:
    link: Lifecycle
    transaction: Lifecycle
    # A transaction's status -> what its payment link becomes then.
    link_follows: Mapping[str, str]


def read(spec: Mapping[str, Any]) -> Lifecycles:
    """The lifecycles `spec` documents; LifecycleError naming the place when they are not
    there, name a status the spec's `Status` enum lacks, or list one move twice."""
    block = spec.get(EXTENSION)
    if not isinstance(block, Mapping):
        raise LifecycleError(EXTENSION, "missing", "the spec documents no lifecycle")
    statuses = set(spec.get("components", {}).get("schemas", {}).get("Status", {}).get("enum", []))
    link = _lifecycle(block, "link", statuses)
    follows = block["link"].get("follows") if isinstance(block.get("link"), Mapping) else None
    if not isinstance(follows, Mapping) or not follows:
        raise LifecycleError(f"{EXTENSION}.link.follows", "missing", "what a link becomes when its transaction moves")
    for start, end in follows.items():
        for where, status in ((str(start), start), (str(start), end)):
            if status not in statuses:
                raise LifecycleError(f"{EXTENSION}.link.follows.{where}", "status", f"{status!r} is not a Status")
    return Lifecycles(link, _lifecycle(block, "transaction", statuses), {str(k): str(v) for k, v in follows.items()})


def _lifecycle(block: Mapping[str, Any], name: str, statuses: set[str]) -> Lifecycle:
    raw = block.get(name, {}).get("moves") if isinstance(block.get(name), Mapping) else None
    if not isinstance(raw, list) or not raw:
        raise LifecycleError(f"{EXTENSION}.{name}.moves", "missing", "no moves")
    moves: list[Move] = []
    seen: set[tuple[str, str]] = set()
    for index, row in enumerate(raw):
        where = f"{EXTENSION}.{name}.moves[{index}]"
        if not isinstance(row, Mapping) or not all(isinstance(row.get(k), str) and row[k] for k in _KEYS):
            raise LifecycleError(where, "row", f"needs {', '.join(_KEYS)}, each a non-empty string")
        for key in ("from", "to"):
            if row[key] not in statuses:
                raise LifecycleError(f"{where}.{key}", "status", f"{row[key]!r} is not a Status")
        if (row["from"], row["action"]) in seen:
            raise LifecycleError(where, "duplicate", f"{row['from']} by {row['action']} is listed twice")
        seen.add((row["from"], row["action"]))
        moves.append(Move(row["from"], row["action"], row["to"], row["source"]))
    return Lifecycle(tuple(moves))


_KEYS = ("from", "action", "to", "source")


@cache
def documented() -> Lifecycles:
    """The lifecycles of the spec this process reads (`document.load`)."""
    return read(document.load())


__all__ = ["EXTENSION", "Lifecycle", "LifecycleError", "Lifecycles", "Move", "documented", "read"]
