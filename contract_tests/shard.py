"""Splitting the suite across CI runners: `IMOJE_SHARD=i/n` runs the i-th of n shards.

Tests are grouped by the operation they judge (schemathesis's conformance case of an
operation, the pattern and enum properties of its fields), anything else (a walk, a scenario)
by its own name; the groups, sorted, are dealt to the shards in turn. Every shard collects
the same tests, so each computes the same deal alone, and the n shards together run every
test exactly once.
"""

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

SETTING = "IMOJE_SHARD"
_FORM = re.compile(r"^([1-9][0-9]*)/([1-9][0-9]*)$")


@dataclass(frozen=True)
class Shard:
    index: int  # 1-based
    count: int

    def __str__(self) -> str:
        return f"{self.index}/{self.count}"

    def deal(self, groups: Iterable[str]) -> set[str]:
        """The groups this shard runs, out of all of them."""
        ordered = sorted(set(groups))
        return {group for position, group in enumerate(ordered) if position % self.count == self.index - 1}


def from_env(env: Mapping[str, str]) -> Shard | None:
    """The shard `IMOJE_SHARD` names (None: the whole suite); ValueError naming the setting."""
    text = env.get(SETTING, "").strip()
    if not text:
        return None
    found = _FORM.match(text)
    if found is None or int(found.group(1)) > int(found.group(2)):
        raise ValueError(f"{SETTING}={text!r}: expected i/n with 1 <= i <= n, e.g. 2/4")
    return Shard(int(found.group(1)), int(found.group(2)))


def group_of(nodeid: str, parameter: str | None, labels: Mapping[str, str]) -> str:
    """The group a test belongs to: the operationId it judges, else its own node id.

    `parameter` is its parametrization id: an operation's label ("POST /{merchantId}/payment")
    for schemathesis's cases, "operationId:field" for the field properties."""
    if parameter is not None:
        if parameter in labels:
            return labels[parameter]
        operation_id = parameter.split(":", 1)[0]
        if operation_id in labels.values():
            return operation_id
    return nodeid
