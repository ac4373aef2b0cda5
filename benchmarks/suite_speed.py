"""Contract suite throughput (cases per second) against the sandbox, versus schemathesis's own
CLI on the same spec, the same phases and example budget, and a sandbox of the same seed.

Both are timed as whole processes, start-up included, the way a CI job sees them.
"""

import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.interleave import Comparison
from contract_tests.suite import POSITIVE_STATUSES
from imoje_sandbox import SandboxConfig, SandboxServer

ROOT = Path(__file__).resolve().parent.parent
SEED = "20261123"


def ours() -> tuple[int, float]:
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "contract_tests.runner", "--junit", str(Path(tempfile.gettempdir()) / "bench-junit.xml"),
         "--", "-k", "conformance"],
        cwd=ROOT, capture_output=True, text=True, check=True, env=_env(),
    )  # fmt: skip
    elapsed = time.perf_counter() - started
    return int(re.search(r"cases: (\d+)", result.stdout).group(1)), elapsed  # type: ignore[union-attr]


def theirs(config: SandboxConfig, settings: Path) -> tuple[int, float]:
    with SandboxServer(config) as sandbox:
        started = time.perf_counter()
        result = subprocess.run(
            [str(Path(sys.executable).parent / "st"), "--config-file", str(settings), "run", str(ROOT / "spec/imoje.yaml"),
             "--url", sandbox.base_url, "-H", f"Authorization: Bearer {config.token}",
             "--phases", "examples,coverage,fuzzing", "-n", "25", "--seed", SEED, "--no-color"],
            cwd=ROOT, capture_output=True, text=True, check=False,
        )  # fmt: skip
        elapsed = time.perf_counter() - started
    found = re.search(r"(\d+) generated", result.stdout)
    if found is None:
        raise RuntimeError(result.stdout[-2000:])
    return int(found.group(1)), elapsed


def _env() -> dict[str, str]:
    import os

    env = {name: value for name, value in os.environ.items() if not name.startswith("IMOJE_")}
    return {**env, "IMOJE_CONTRACT_SEED": SEED}


def run(rounds: int) -> tuple[Comparison, int, int]:
    config = SandboxConfig(seed=int(SEED))
    statuses = ", ".join(f'"{status}"' for status in POSITIVE_STATUSES)
    with tempfile.TemporaryDirectory() as scratch:
        settings = Path(scratch) / "schemathesis.toml"
        settings.write_text(
            f'[parameters]\nmerchantId = "{config.merchant_id}"\n\n'
            f"[checks.positive_data_acceptance]\nexpected-statuses = [{statuses}]\n",
            encoding="utf-8",
        )
        our_rates, their_rates, ratios = [], [], []
        our_cases = their_cases = 0
        for round_number in range(rounds):
            runs = [ours, lambda: theirs(config, settings)]
            measured = [run() for run in runs[:: 1 - 2 * (round_number % 2)]]
            (our_cases, our_time), (their_cases, their_time) = measured if round_number % 2 == 0 else measured[::-1]
            our_rates.append(our_cases / our_time)
            their_rates.append(their_cases / their_time)
            ratios.append(our_rates[-1] / their_rates[-1])
    comparison = Comparison(
        subject_us=statistics.median(our_rates),
        reference_us=statistics.median(their_rates),
        ratio=statistics.median(ratios),
    )
    return comparison, our_cases, their_cases
