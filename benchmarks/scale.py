"""The sandbox with many records: memory per 10,000 payment links (at several sizes, to see
that it grows linearly), and requests per second with 100,000 links stored versus 10."""

import gc
import tracemalloc

from benchmarks.interleave import Comparison
from benchmarks.throughput import SANDBOX_REQUEST, load, served
from imoje_sandbox import SandboxConfig
from imoje_sandbox.state import Store

CONFIG = SandboxConfig(seed=1)
LINK = {
    "serviceId": CONFIG.service_id,
    "amount": 1999,
    "currency": "PLN",
    "orderId": "scale-order-1",
    "title": "Scale",
    "customer": {"firstName": "Jan", "lastName": "Kowalski", "email": "jan@example.com"},
}


def fill(store: Store, count: int) -> None:
    """`count` more payment links, created as createPayment creates them."""
    for _ in range(count):
        store.create_link(LINK)


def memory(sizes: tuple[int, ...] = (10_000, 20_000, 40_000)) -> dict[int, float]:
    """Bytes the store holds per 10,000 links, with `size` links stored."""
    found = {}
    for size in sizes:
        store = Store(CONFIG)
        gc.collect()
        tracemalloc.start()
        before = tracemalloc.get_traced_memory()[0]
        fill(store, size)
        gc.collect()
        after = tracemalloc.get_traced_memory()[0]
        tracemalloc.stop()
        found[size] = (after - before) / size * 10_000
    return found


def throughput(rounds: int, seconds: float, clients: int = 8, stored: int = 100_000) -> Comparison:
    """Requests per second reading a link with `stored` links in the store, versus 10 (the
    seeded ones), alternating; the ratio is big / small, 1.0 when flat."""
    with served("sandbox", stored) as big, served("sandbox", 0) as small:
        load(big, SANDBOX_REQUEST, clients, 0.5), load(small, SANDBOX_REQUEST, clients, 0.5)  # warm up
        big_rates, small_rates, ratios = [], [], []
        for round_number in range(rounds):
            first, second = (big, small) if round_number % 2 == 0 else (small, big)
            rates = {
                port: load(port, SANDBOX_REQUEST, clients, seconds).requests_per_second for port in (first, second)
            }
            big_rates.append(rates[big])
            small_rates.append(rates[small])
            ratios.append(rates[big] / rates[small])
    # As the throughput figures: time per request, and the ratio of requests per second.
    return Comparison.of([1e6 / rate for rate in big_rates], [1e6 / rate for rate in small_rates], ratios)
