"""Where ids and timestamps come from: random and real, or replayable from a seed."""

import random
import threading
import time
import uuid

# The docs' examples are all stamped with this instant (2025-01-01 00:00 Europe/Warsaw).
SEEDED_EPOCH = 1735686000
# How far the clock may be moved, in all: a century keeps every timestamp a 64-bit integer
# that JSON, the client and imoje's own clients read (an unbounded offset once made every
# later state change fail to render its answer).
MAX_OFFSET = 100 * 365 * 24 * 3600


class Clock:
    """Hands out UUID v4 ids and Unix timestamps; with a seed both sequences repeat exactly.

    `advance` moves the clock forward (a control route: tests reach a link's `validTo`
    without waiting); `reset` takes it back."""

    def __init__(self, seed: int | None) -> None:
        self._seed = seed
        self._lock = threading.Lock()
        self.reset()

    def reset(self) -> None:
        with self._lock:
            self._random = random.Random(self._seed) if self._seed is not None else None
            self._tick = 0
            self._offset = 0

    def new_id(self) -> str:
        with self._lock:
            if self._random is None:
                return str(uuid.uuid4())
            return str(uuid.UUID(int=self._random.getrandbits(128), version=4))

    def short_code(self) -> str:
        alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
        with self._lock:
            source = self._random or random.SystemRandom()
            return "".join(source.choice(alphabet) for _ in range(10))

    def now(self) -> int:
        with self._lock:
            if self._seed is None:
                return int(time.time()) + self._offset
            self._tick += 1
            return SEEDED_EPOCH + self._tick + self._offset

    def current(self) -> int:
        """What now() would say, without moving a seeded clock's tick."""
        with self._lock:
            if self._seed is None:
                return int(time.time()) + self._offset
            return SEEDED_EPOCH + self._tick + self._offset

    def advance(self, seconds: int) -> None:
        if seconds < 0:
            raise ValueError("the clock only moves forward")
        with self._lock:
            if self._offset + seconds > MAX_OFFSET:
                raise ValueError(
                    f"the clock moves at most {MAX_OFFSET} s (a century) from its start; "
                    f"{MAX_OFFSET - self._offset} s are left"
                )
            self._offset += seconds
