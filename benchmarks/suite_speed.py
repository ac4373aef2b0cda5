"""Contract suite throughput (cases per second) against the sandbox, versus schemathesis's own
CLI on the same spec, the same phases and example budget, a sandbox of the same seed, and
the same swaps of generated ids for the sandbox's records (benchmarks/st_hooks.py).

Two figures for each: testing time only (ours: the conformance tests' own durations from the
JUnit report; the CLI: the duration it reports), and the whole process, start-up included,
as a CI job sees it.
"""

import re
import statistics
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path

from benchmarks.interleave import Comparison
from contract_tests import st_settings
from imoje_sandbox import SandboxConfig, SandboxServer

ROOT = Path(__file__).resolve().parent.parent
SEED = "20261123"


def ours() -> tuple[int, float, float]:
    junit = Path(tempfile.gettempdir()) / "bench-junit.xml"
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "contract_tests.runner", "--junit", str(junit), "--", "-k", "conformance"],
        cwd=ROOT, capture_output=True, text=True, check=True, env=_env(),
    )  # fmt: skip
    elapsed = time.perf_counter() - started
    testing = sum(
        float(case.get("time", 0))
        for case in ElementTree.parse(junit).iter("testcase")
        if "conform" in case.get("name", "")
    )
    return int(re.search(r"cases: (\d+)", result.stdout).group(1)), testing, elapsed  # type: ignore[union-attr]


def theirs(config: SandboxConfig, settings: Path) -> tuple[int, float, float]:
    with SandboxServer(config) as sandbox:
        started = time.perf_counter()
        result = subprocess.run(
            [str(Path(sys.executable).parent / "st"), "--config-file", str(settings), "run",
             str(ROOT / "spec/imoje.yaml"), "--url", sandbox.base_url, "-H", f"Authorization: Bearer {config.token}",
             "--phases", "examples,coverage,fuzzing", "-n", "25", "--seed", SEED, "--no-color"],
            cwd=ROOT, capture_output=True, text=True, check=False,
            env={**_env(), "SCHEMATHESIS_HOOKS": "benchmarks.st_hooks", "PYTHONPATH": str(ROOT)},
        )  # fmt: skip
        elapsed = time.perf_counter() - started
    found = re.search(r"(\d+) generated", result.stdout)
    testing = re.search(r" in ([0-9.]+)s ", result.stdout)
    if found is None or testing is None:
        raise RuntimeError(result.stdout[-2000:])
    return int(found.group(1)), float(testing.group(1)), elapsed


def _env() -> dict[str, str]:
    import os

    env = {name: value for name, value in os.environ.items() if not name.startswith("IMOJE_")}
    return {**env, "IMOJE_CONTRACT_SEED": SEED}


@dataclass(frozen=True)
class SuiteSpeed:
    testing: Comparison  # subject/reference in cases per second, testing time only
    whole: Comparison  # the same, whole processes
    our_cases: int
    their_cases: int


def run(rounds: int) -> SuiteSpeed:
    config = SandboxConfig(seed=int(SEED))
    rates: dict[str, list[float]] = {"ours": [], "theirs": [], "ours whole": [], "theirs whole": []}
    testing_ratios, whole_ratios = [], []
    with tempfile.TemporaryDirectory() as scratch:
        settings = Path(scratch) / "schemathesis.toml"
        # The suite's own settings, as schemathesis's CLI reads them: both sides judge alike.
        settings.write_text(st_settings.toml(merchant_id=config.merchant_id), encoding="utf-8")
        for round_number in range(rounds):
            if round_number % 2:
                their_cases, their_testing, their_whole = theirs(config, settings)
                our_cases, our_testing, our_whole = ours()
            else:
                our_cases, our_testing, our_whole = ours()
                their_cases, their_testing, their_whole = theirs(config, settings)
            rates["ours"].append(our_cases / our_testing)
            rates["theirs"].append(their_cases / their_testing)
            rates["ours whole"].append(our_cases / our_whole)
            rates["theirs whole"].append(their_cases / their_whole)
            testing_ratios.append(rates["ours"][-1] / rates["theirs"][-1])
            whole_ratios.append(rates["ours whole"][-1] / rates["theirs whole"][-1])
    median = {name: statistics.median(values) for name, values in rates.items()}
    return SuiteSpeed(
        testing=Comparison(median["ours"], median["theirs"], statistics.median(testing_ratios), tuple(testing_ratios)),
        whole=Comparison(
            median["ours whole"], median["theirs whole"], statistics.median(whole_ratios), tuple(whole_ratios)
        ),
        our_cases=our_cases,
        their_cases=their_cases,
    )
