"""Running the contract suite from tests: the same runner as `make contract`, output captured."""

import io
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from contract_tests import report, runner


@dataclass
class SuiteRun:
    code: int
    output: str
    junit: Path

    @property
    def failures(self) -> list[dict[str, Any]]:
        """The run's failures, typed, from the JSON report the runner writes beside the JUnit one."""
        path = self.junit.parent / runner.FAILURES_JSON
        assert path.exists(), f"the run (exit {self.code}) wrote no {path.name}"
        return report.read(path)

    def failure_types(self) -> set[str]:
        return {failure["type"] for failure in self.failures}


def clean_env(**overrides: str) -> dict[str, str]:
    """The process environment without any IMOJE_* target settings or proxy settings (the
    tests' targets are on loopback), plus `overrides`."""
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith("IMOJE_") and not name.lower().endswith("_proxy")
    }
    return {**env, "IMOJE_CONTRACT_SEED": "20261123", **overrides}


# For tests that judge what a whole run does (every test ran, nothing irreversible was done,
# no token was written), not how deep it searched: every test, a few examples each
# (contract_tests/profile.py; about half the time of the default profile).
SMOKE = "smoke"


def run_suite(
    tmp_path: Path,
    *,
    faults: Sequence[str] = (),
    select: str | None = None,
    env: dict[str, str] | None = None,
    profile: str | None = None,
) -> SuiteRun:
    out = io.StringIO()
    junit = tmp_path / "reports" / "junit.xml"
    env = clean_env() if env is None else env
    code = runner.run(
        env if profile is None else {**env, "IMOJE_PROFILE": profile},
        fault_names=frozenset(faults),
        junit=junit,
        pytest_args=["-k", select] if select else [],
        out=out,
    )
    return SuiteRun(code, out.getvalue(), junit)


_SHARED: dict[tuple[tuple[str, ...], str | None], SuiteRun] = {}


def shared_run(factory: pytest.TempPathFactory, *, faults: Sequence[str] = (), select: str | None = None) -> SuiteRun:
    """`run_suite`, run once per (faults, select) in a session: several tests read one run's
    report, each on its own, in any order."""
    key = (tuple(sorted(faults)), select)
    if key not in _SHARED:
        _SHARED[key] = run_suite(factory.mktemp("suite"), faults=faults, select=select)
    return _SHARED[key]
