"""Whether a measured figure meets its target, judged on its whole spread, not its median:
"met" when every round is inside the target, "missed" when none is, "within noise" when the
rounds straddle it."""

from benchmarks.interleave import Comparison

MET, NOISE, MISSED = "met", "within noise", "MISSED"


def at_most(comparison: Comparison, target: float) -> str:
    if comparison.high <= target:
        return MET
    return MISSED if comparison.low > target else NOISE


def at_least(comparison: Comparison, target: float) -> str:
    if comparison.low >= target:
        return MET
    return MISSED if comparison.high < target else NOISE
