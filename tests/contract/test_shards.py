"""IMOJE_SHARD=i/n splits the suite by operation: the shards together run every test once."""

import io
import re
from pathlib import Path

import pytest

from contract_tests import exit_codes, runner, shard
from tests.contract.suite_runs import clean_env


def collected(tmp_path: Path, **env: str) -> list[str]:
    """The tests a run would run, as module::name (pytest's collection tree, which names
    schemathesis's items with their operation, where -q does not)."""
    out = io.StringIO()
    code = runner.run(clean_env(**env), junit=tmp_path / "junit.xml", pytest_args=["--collect-only"], out=out)
    assert code == 0, out.getvalue()[-2000:]
    tests, module = [], ""
    for line in out.getvalue().splitlines():
        if found := re.match(r"^\s*<Module (\S+)>$", line):
            module = found.group(1)
        elif found := re.match(r"^\s*<(?:Function|SchemathesisFunction) (.+)>$", line):
            tests.append(f"{module}::{found.group(1)}")
    return tests


def test_two_shards_run_every_test_once_and_split_the_operations(tmp_path: Path) -> None:
    whole = collected(tmp_path / "whole")
    first = collected(tmp_path / "first", IMOJE_SHARD="1/2")
    second = collected(tmp_path / "second", IMOJE_SHARD="2/2")
    assert sorted(first + second) == sorted(whole) and not set(first) & set(second)
    conformance = [[test for test in part if "test_operation_conforms[" in test] for part in (first, second)]
    assert all(conformance) and sum(map(len, conformance)) == 18
    # An operation's field properties run in the shard that runs its conformance case.
    for part in (first, second):
        assert any("createPayment:" in test for test in part) == any("/payment]" in test for test in part)


@pytest.mark.parametrize("count", [1, 2, 3, 4])
def test_the_deal_is_a_partition(count: int) -> None:
    groups = [f"operation-{number}" for number in range(18)]
    shares = [shard.Shard(index, count).deal(groups) for index in range(1, count + 1)]
    assert set().union(*shares) == set(groups) and sum(map(len, shares)) == len(groups)
    assert max(map(len, shares)) - min(map(len, shares)) <= 1


@pytest.mark.parametrize("text", ["0/2", "3/2", "2", "a/b", "1/0", " 1/2x"])
def test_a_wrong_shard_stops_the_run_before_anything_is_sent(tmp_path: Path, text: str) -> None:
    out = io.StringIO()
    code = runner.run(clean_env(IMOJE_SHARD=text), junit=tmp_path / "junit.xml", out=out)
    assert code == exit_codes.BAD_SETTING
    assert "IMOJE_SHARD" in out.getvalue() and "nothing was sent" in out.getvalue()
