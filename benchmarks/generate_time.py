"""`make generate` wall time: the generator, the overlay, ruff, all in a temporary folder."""

import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(rounds: int) -> float:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        # --check generates exactly as `make generate` does, into a temporary folder.
        subprocess.run([sys.executable, str(ROOT / "scripts" / "generate"), "--check"], check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)
