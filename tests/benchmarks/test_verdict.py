"""A benchmark figure is judged on its spread: met only when every round meets the target."""

import pytest

from benchmarks.interleave import Comparison, compare
from benchmarks.verdict import MET, MISSED, NOISE, at_least, at_most


def rounds(*ratios: float) -> Comparison:
    return Comparison.of([1.0] * len(ratios), [1.0] * len(ratios), ratios)


@pytest.mark.parametrize(
    ("ratios", "verdict"),
    [
        ((1.01, 1.03, 1.04), MET),
        ((1.02, 1.04, 1.08), NOISE),  # the median meets 1.05x, a round does not
        ((1.06, 1.07, 1.10), MISSED),
        ((1.05, 1.05, 1.05), MET),
    ],
)
def test_at_most_judges_the_whole_spread(ratios: tuple[float, ...], verdict: str) -> None:
    assert at_most(rounds(*ratios), 1.05) == verdict


@pytest.mark.parametrize(
    ("ratios", "verdict"),
    [((0.90, 0.92), MET), ((0.80, 0.88, 0.95), NOISE), ((0.70, 0.84), MISSED)],
)
def test_at_least_judges_the_whole_spread(ratios: tuple[float, ...], verdict: str) -> None:
    assert at_least(rounds(*ratios), 0.85) == verdict


def test_a_figure_shows_its_median_and_its_extremes() -> None:
    figure = rounds(1.19, 1.46, 1.13, 1.30, 1.21)
    assert (figure.ratio, figure.low, figure.high) == (1.21, 1.13, 1.46)
    assert figure.shown() == "**1.21x** (1.13x to 1.46x)"
    assert rounds(0.72, 0.84, 0.80).shown(percent=True) == "**80%** (72% to 84%)"


def test_compare_keeps_every_rounds_ratio() -> None:
    ticks = iter(range(10_000))
    figure = compare(lambda: next(ticks), lambda: None, rounds=5, calls=10)
    assert len(figure.ratios) == 5 and figure.low <= figure.ratio <= figure.high
