"""Timing a subject against its reference on a noisy machine: alternate, then take medians,
and keep every round's ratio so that a figure comes with its spread."""

import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Comparison:
    subject_us: float  # median time of one subject call, microseconds
    reference_us: float
    ratio: float  # median over rounds of subject time / reference time
    # Every round's ratio: the spread the median hides.
    ratios: tuple[float, ...] = ()

    @classmethod
    def of(cls, subject_us: Sequence[float], reference_us: Sequence[float], ratios: Sequence[float]) -> "Comparison":
        return cls(
            statistics.median(subject_us), statistics.median(reference_us), statistics.median(ratios), tuple(ratios)
        )

    @property
    def low(self) -> float:
        return min(self.ratios, default=self.ratio)

    @property
    def high(self) -> float:
        return max(self.ratios, default=self.ratio)

    def shown(self, percent: bool = False) -> str:
        """The median ratio and its spread over the rounds: "**1.14x** (1.09x to 1.21x)"."""

        def text(value: float) -> str:
            return f"{value:.0%}" if percent else f"{value:.2f}x"

        return f"**{text(self.ratio)}** ({text(self.low)} to {text(self.high)})"


def per_call(function: Callable[[], object], calls: int) -> float:
    start = time.perf_counter()
    for _ in range(calls):
        function()
    return (time.perf_counter() - start) / calls


def compare(subject: Callable[[], object], reference: Callable[[], object], *, rounds: int, calls: int) -> Comparison:
    """Rounds of `calls` calls each, the two alternating (and swapping who goes first)."""
    subject_times, reference_times, ratios = [], [], []
    subject(), reference()  # warm both up
    for round_number in range(rounds):
        if round_number % 2:
            reference_time = per_call(reference, calls)
            subject_time = per_call(subject, calls)
        else:
            subject_time = per_call(subject, calls)
            reference_time = per_call(reference, calls)
        subject_times.append(subject_time * 1e6)
        reference_times.append(reference_time * 1e6)
        ratios.append(subject_time / reference_time)
    return Comparison.of(subject_times, reference_times, ratios)
