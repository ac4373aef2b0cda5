"""IMOJE_SHARD=i/n splits the suite by operation: the shards together run every test once."""

import io
from pathlib import Path
from xml.etree import ElementTree

import pytest

from contract_tests import exit_codes, runner, selection, shard
from imoje_sandbox import spec
from tests.contract import collecting
from tests.contract.suite_runs import clean_env


def test_two_shards_run_every_test_once_and_split_the_operations(tmp_path: Path) -> None:
    # Each shard's run records what it collected before its deal (the whole suite) and what
    # it kept (tests/contract/collecting.py).
    first = collecting.collect(tmp_path / "first", IMOJE_SHARD="1/2")
    second = collecting.collect(tmp_path / "second", IMOJE_SHARD="2/2")
    whole = first.before
    assert second.before == whole and len(whole) > 100
    assert sorted(first.after + second.after) == sorted(whole) and not set(first.after) & set(second.after)
    conformance = [[test for test in part.after if "test_operation_conforms[" in test] for part in (first, second)]
    assert all(conformance) and sum(map(len, conformance)) == len(selection.labels(spec.load()))
    # An operation's field properties run in the shard that runs its conformance case.
    for part in (first, second):
        assert any("createPayment:" in test for test in part.after) == any("/payment]" in test for test in part.after)
    # With no -k, every operation's conformance case is built, known to -k by the names
    # contract_tests/selection.py judges it by.
    assert set(first.cases) == set(selection.labels(spec.load()))
    for label, names in first.cases.items():
        assert selection.case_names(label) == frozenset(names), label


@pytest.mark.parametrize("count", [1, 2, 3, 4])
def test_the_deal_is_a_partition(count: int) -> None:
    groups = sorted(selection.labels(spec.load()))
    shares = [shard.Shard(index, count).deal(groups) for index in range(1, count + 1)]
    assert set().union(*shares) == set(groups) and sum(map(len, shares)) == len(groups)
    assert max(map(len, shares)) - min(map(len, shares)) <= 1


@pytest.mark.parametrize("text", ["0/2", "3/2", "2", "a/b", "1/0", " 1/2x"])
def test_a_wrong_shard_stops_the_run_before_anything_is_sent(tmp_path: Path, text: str) -> None:
    out = io.StringIO()
    code = runner.run(clean_env(IMOJE_SHARD=text), junit=tmp_path / "junit.xml", out=out)
    assert code == exit_codes.BAD_SETTING
    assert "IMOJE_SHARD" in out.getvalue() and "nothing was sent" in out.getvalue()


def test_a_shard_with_no_test_passes_and_says_so(tmp_path: Path) -> None:
    # More shards than groups (a CI matrix wider than the suite): the last ones get nothing.
    out = io.StringIO()
    code = runner.run(clean_env(IMOJE_SHARD="500/500"), junit=tmp_path / "junit.xml", out=out)
    assert code == exit_codes.PASSED, out.getvalue()[-2000:]
    junit = ElementTree.parse(tmp_path / "junit.xml").getroot()
    assert sum(int(suite.get("tests", "0")) for suite in junit.iter("testsuite")) == 0
