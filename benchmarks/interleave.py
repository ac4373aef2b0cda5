"""Timing a subject against its reference on a noisy machine: alternate, then take medians."""

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Comparison:
    subject_us: float  # median time of one subject call, microseconds
    reference_us: float
    ratio: float  # median over rounds of subject time / reference time


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
        subject_times.append(subject_time)
        reference_times.append(reference_time)
        ratios.append(subject_time / reference_time)
    return Comparison(
        subject_us=statistics.median(subject_times) * 1e6,
        reference_us=statistics.median(reference_times) * 1e6,
        ratio=statistics.median(ratios),
    )
