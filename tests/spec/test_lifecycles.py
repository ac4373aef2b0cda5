"""`x-lifecycles`: the documented moves of links and transactions, read by the spec layer,
executed by the sandbox and judged with by the suite's ledger, from the one block."""

import copy
import itertools
from collections.abc import Callable
from typing import Any

import pytest

from contract_tests import invariants
from imoje_sandbox import links, transactions
from imoje_sandbox.errors import ApiProblem
from imoje_spec import lifecycles
from tests.spec_document import document

DOCUMENTED = lifecycles.documented()
STATUSES = document()["components"]["schemas"]["Status"]["enum"]


def test_every_move_names_its_source_and_only_statuses_the_spec_has() -> None:
    for move in DOCUMENTED.link.moves + DOCUMENTED.transaction.moves:
        assert move.source.strip() and {move.start, move.end} <= set(STATUSES), move


def _drop_block(spec: dict[str, Any]) -> None:
    del spec["x-lifecycles"]


def _unknown_status(spec: dict[str, Any]) -> None:
    spec["x-lifecycles"]["transaction"]["moves"][2]["to"] = "authorised"  # the topic's spelling


def _twice(spec: dict[str, Any]) -> None:
    spec["x-lifecycles"]["link"]["moves"].append(dict(spec["x-lifecycles"]["link"]["moves"][0]))


def _no_source(spec: dict[str, Any]) -> None:
    spec["x-lifecycles"]["link"]["moves"][1]["source"] = ""


def _follows_unknown(spec: dict[str, Any]) -> None:
    spec["x-lifecycles"]["link"]["follows"]["settled"] = "paid"


@pytest.mark.parametrize(
    ("change", "where", "rule"),
    [
        (_drop_block, "x-lifecycles", "missing"),
        (_unknown_status, "x-lifecycles.transaction.moves[2].to", "status"),
        (_twice, "x-lifecycles.link.moves[5]", "duplicate"),
        (_no_source, "x-lifecycles.link.moves[1]", "row"),
        (_follows_unknown, "x-lifecycles.link.follows.settled", "status"),
    ],
)
def test_a_malformed_block_is_refused_naming_its_place_and_rule(
    change: Callable[[dict[str, Any]], None], where: str, rule: str
) -> None:
    spec = copy.deepcopy(document())
    change(spec)
    with pytest.raises(lifecycles.LifecycleError) as refused:
        lifecycles.read(spec)
    assert (refused.value.where, refused.value.rule) == (where, rule)


@pytest.mark.parametrize("machine", ["link", "transaction"])
def test_the_sandbox_makes_every_documented_move_and_refuses_every_other(machine: str) -> None:
    lifecycle = getattr(DOCUMENTED, machine)
    table = {(move.start, move.action): move.end for move in lifecycle.moves}
    for status, action in itertools.product(STATUSES, sorted(lifecycle.actions())):
        record: dict[str, Any] = {"status": status, "payment": {"status": status}}
        mover = links.move if machine == "link" else transactions.move
        if (status, action) in table:
            mover(record, action, 0)
            assert record["status"] == table[status, action], (status, action)
        else:
            with pytest.raises(ApiProblem) as refused:
                mover(record, action, 0)
            assert refused.value.status == 400 and record["status"] == status, (status, action)


def _reach(edges: set[tuple[str, str]]) -> dict[str, set[str]]:
    reach: dict[str, set[str]] = {start: set() for edge in edges for start in edge}
    changed = True
    for start, end in edges:
        reach[start].add(end)
    while changed:
        changed = False
        for start in reach:
            more = set().union(*(reach[middle] for middle in reach[start])) - reach[start]
            if more:
                reach[start] |= more
                changed = True
    return reach


def test_the_ledger_judges_with_what_the_documented_moves_chain_to() -> None:
    link_edges = {(m.start, m.end) for m in DOCUMENTED.link.moves}
    link_edges |= {("pending", status) for status in DOCUMENTED.link_follows.values()}
    transaction_edges = {(m.start, m.end) for m in DOCUMENTED.transaction.moves}
    assert {k: set(v) for k, v in invariants.LINK_REACH.items()} == _reach(link_edges)
    assert {k: set(v) for k, v in invariants.TRANSACTION_REACH.items()} == _reach(transaction_edges)
