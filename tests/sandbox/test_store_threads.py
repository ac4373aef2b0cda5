"""The Store's lock where it matters: called from many threads at once, as tests and
in-process users do (uvicorn never interleaves handlers, so HTTP tests cannot prove it)."""

import functools
import sys
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from imoje_sandbox import SandboxConfig, Store, links
from imoje_sandbox.errors import ApiProblem

SHOP = "2a249f52-d29c-46e7-9575-e65a889c7d38"
THREADS = 8
ROUNDS = 100


@pytest.fixture(autouse=True)
def switch_often() -> Iterator[None]:
    # Let the interpreter switch threads after every few bytecodes, so that a missing lock
    # shows up as a lost update instead of hiding behind the GIL's 5 ms slices.
    before = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    yield
    sys.setswitchinterval(before)


def at_once(count: int, action: Callable[[int], Any]) -> list[Any]:
    """Run action(0..count-1) in `count` threads released together; results or ApiProblems."""
    barrier = threading.Barrier(count)
    results: list[Any] = [None] * count

    def run(index: int) -> None:
        barrier.wait()
        try:
            results[index] = action(index)
        except ApiProblem as problem:
            results[index] = problem

    threads = [threading.Thread(target=run, args=(index,)) for index in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    return results


def new_link(store: Store) -> str:
    body = {"serviceId": SHOP, "amount": 100, "currency": "PLN", "orderId": "o", "customer": {"firstName": "J"}}
    link_id: str = store.create_link(body)["id"]
    return link_id


def cancel(store: Store, link_id: str, index: int) -> dict[str, Any]:
    return store.cancel_link(SHOP, link_id)


class _Dawdling(dict[tuple[str, str], str]):
    """The state table, read slowly: a thread that has read a link's status sleeps before it
    writes the next one, so that another thread runs in between. Without it, 8,000 unlocked
    cancellations never once interleaved there (the GIL ran each to its end): the test
    passed with the lock removed."""

    def get(self, key: tuple[str, str], default: Any = None) -> Any:
        found = super().get(key, default)
        time.sleep(0.0002)
        return found


def test_a_link_cancelled_from_many_threads_is_cancelled_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(links, "LINK_MOVES", _Dawdling(links.LINK_MOVES))
    store = Store(SandboxConfig(seed=3))
    for _ in range(ROUNDS):
        link_id = new_link(store)
        results = at_once(THREADS, functools.partial(cancel, store, link_id))
        succeeded = [result for result in results if isinstance(result, dict)]
        refused = [result for result in results if isinstance(result, ApiProblem)]
        assert len(succeeded) == 1, f"{len(succeeded)} of {THREADS} threads cancelled the same link"
        assert [problem.message for problem in refused] == ["Cannot cancel payment"] * (THREADS - 1)
