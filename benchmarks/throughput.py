"""Sandbox throughput at 1, 8 and 32 concurrent clients, versus a bare endpoint of the same
framework and server returning a constant.

Each server runs in its own process; the load comes from keep-alive connections driven by
asyncio streams (lighter than any HTTP client library, so the servers are what is measured).
"""

import asyncio
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from benchmarks.interleave import Comparison
from imoje_sandbox import SandboxConfig, seeds

CONFIG = SandboxConfig(seed=1)
SANDBOX_REQUEST = (
    f"GET /v1/merchant/{CONFIG.merchant_id}/payment/{seeds.DOCS_PENDING_LINK_ID} HTTP/1.1\r\n"
    f"Host: 127.0.0.1\r\nAuthorization: Bearer {CONFIG.token}\r\n\r\n"
).encode()
REFERENCE_REQUEST = b"GET /constant HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"


@dataclass(frozen=True)
class Load:
    requests_per_second: float
    p50_ms: float
    p99_ms: float


@contextmanager
def served(which: str, links: int = 0) -> Iterator[int]:
    process = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.serve", which, str(links)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None
        yield int(process.stdout.readline())
    finally:
        process.terminate()
        process.wait(10)


async def _connection(port: int, request: bytes, deadline: float, latencies: list[float]) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        while time.perf_counter() < deadline:
            start = time.perf_counter()
            writer.write(request)
            head = await reader.readuntil(b"\r\n\r\n")
            length = next(
                int(line.split(b":", 1)[1])
                for line in head.split(b"\r\n")
                if line.lower().startswith(b"content-length")
            )
            await reader.readexactly(length)
            if not head.startswith(b"HTTP/1.1 200"):
                raise RuntimeError(head.decode(errors="replace"))
            latencies.append(time.perf_counter() - start)
    finally:
        writer.close()


def load(port: int, request: bytes, clients: int, seconds: float) -> Load:
    latencies: list[float] = []

    async def main() -> None:
        deadline = time.perf_counter() + seconds
        await asyncio.gather(*(_connection(port, request, deadline, latencies) for _ in range(clients)))

    started = time.perf_counter()
    asyncio.run(main())
    elapsed = time.perf_counter() - started
    ordered = sorted(latencies)
    return Load(
        requests_per_second=len(latencies) / elapsed,
        p50_ms=statistics.median(ordered) * 1e3,
        p99_ms=ordered[int(len(ordered) * 0.99) - 1] * 1e3,
    )


def run(rounds: int, seconds: float) -> dict[int, tuple[Comparison, Load, Load]]:
    results = {}
    with served("sandbox") as sandbox_port, served("reference") as reference_port:
        for clients in (1, 8, 32):
            load(sandbox_port, SANDBOX_REQUEST, clients, 0.5)  # warm up
            load(reference_port, REFERENCE_REQUEST, clients, 0.5)
            sandbox_runs, reference_runs, ratios = [], [], []
            for round_number in range(rounds):
                order = [(sandbox_port, SANDBOX_REQUEST), (reference_port, REFERENCE_REQUEST)]
                measured = [
                    load(port, request, clients, seconds) for port, request in order[:: 1 - 2 * (round_number % 2)]
                ]
                sandbox, reference = measured if round_number % 2 == 0 else measured[::-1]
                sandbox_runs.append(sandbox)
                reference_runs.append(reference)
                ratios.append(sandbox.requests_per_second / reference.requests_per_second)
            middle = rounds // 2
            by_rate = sorted(range(rounds), key=lambda index: sandbox_runs[index].requests_per_second)
            chosen_sandbox = sandbox_runs[by_rate[middle]]
            chosen_reference = sorted(reference_runs, key=lambda run: run.requests_per_second)[middle]
            comparison = Comparison(
                subject_us=1e6 / chosen_sandbox.requests_per_second,
                reference_us=1e6 / chosen_reference.requests_per_second,
                ratio=statistics.median(ratios),
                ratios=tuple(ratios),
            )
            results[clients] = (comparison, chosen_sandbox, chosen_reference)
    return results
