"""Running the contract suite from tests: the same runner as `make contract`, output captured."""

import io
import os
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from contract_tests import report, runner

if TYPE_CHECKING:
    from imoje_sandbox import SandboxServer


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

    @property
    def behind(self) -> list[dict[str, Any]]:
        """What the spec does not know yet, each with its proposed change (the runner's JSON)."""
        path = self.junit.parent / report.BEHIND_JSON
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


@dataclass
class OfflineRun:
    result: "subprocess.CompletedProcess[str]"
    connected: bool  # whether any socket connect was attempted


def pytest_offline(tmp_path: Path, env: dict[str, str]) -> OfflineRun:
    """pytest on contract_tests/ directly (no runner), in a process whose every socket connect
    fails and is recorded by a sitecustomize: what it refuses, it refused before connecting."""
    from tests.paths import ROOT

    marker = tmp_path / "connected"
    (tmp_path / "sitecustomize.py").write_text(
        "import pathlib, socket\n"
        "def refuse(self, address):\n"
        f"    pathlib.Path({str(marker)!r}).write_text(repr(address))\n"
        "    raise OSError('no network in this test')\n"
        "socket.socket.connect = refuse\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "contract_tests", "-p", "no:cacheprovider", "-q"],
        cwd=ROOT, env={**env, "PYTHONPATH": str(tmp_path)}, capture_output=True, text=True, check=False,
    )  # fmt: skip
    return OfflineRun(result, marker.exists())


def external_env(server: "SandboxServer", **extra: str) -> dict[str, str]:
    config = server.config
    return clean_env(
        IMOJE_BASE_URL=server.base_url,
        IMOJE_TOKEN=config.token,
        IMOJE_MERCHANT_ID=config.merchant_id,
        IMOJE_SERVICE_ID=config.service_id,
        **extra,
    )
