"""IMOJE_CONTRACT_SEED (issue 32, item 6): any value but a whole number in range is a wrong
setting, exit 12 naming it, before anything starts; never a traceback."""

import io
from pathlib import Path

import pytest

from contract_tests import exit_codes, runner
from contract_tests.seed import seed_from
from tests.contract.suite_runs import clean_env


@pytest.mark.parametrize("value", ["\u00b2", "\u0663", "9" * 5000, "-1", "1e3", "0x10", str(2**63)])
def test_a_seed_that_is_no_whole_number_in_range_is_a_wrong_setting(value: str, tmp_path: Path) -> None:
    out = io.StringIO()
    code = runner.run(clean_env(IMOJE_CONTRACT_SEED=value), junit=tmp_path / "junit.xml", out=out)
    assert code == exit_codes.BAD_SETTING
    assert "IMOJE_CONTRACT_SEED" in out.getvalue() and "Traceback" not in out.getvalue()
    with pytest.raises(ValueError):
        seed_from({"IMOJE_CONTRACT_SEED": value})


def test_a_whole_number_is_the_seed_and_none_means_random() -> None:
    assert seed_from({"IMOJE_CONTRACT_SEED": " 0042 "}) == 42
    assert seed_from({"IMOJE_CONTRACT_SEED": str(2**63 - 1)}) == 2**63 - 1
    assert seed_from({}) is None and seed_from({"IMOJE_CONTRACT_SEED": ""}) is None
