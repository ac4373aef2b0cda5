"""How hard a run tries: `quick` by default, `thorough` (nightly) with IMOJE_PROFILE=thorough,
`smoke` for every test once with a few examples each (what the project's own tests use when
they judge a whole run: that every test ran, not how deep)."""

import os
from collections.abc import Mapping
from dataclasses import dataclass

from hypothesis import Phase


@dataclass(frozen=True)
class Profile:
    name: str
    examples_per_operation: int
    stateful_scenarios: int
    stateful_steps: int
    property_examples: int
    # Requests per pattern and per enum that the target itself is asked to judge.
    server_samples: int
    # Whether a failure found against the target is shrunk to a smaller one: every shrink
    # step is more requests to the target (a failing property took 36 s instead of 6).
    shrink: bool = False

    @property
    def target_phases(self) -> tuple[Phase, ...]:
        """Hypothesis's phases for tests that send requests to the target."""
        return tuple(phase for phase in Phase if self.shrink or phase not in (Phase.shrink, Phase.explain))


QUICK = Profile(
    "quick", examples_per_operation=25, stateful_scenarios=25, stateful_steps=10, property_examples=40, server_samples=2
)
SMOKE = Profile(
    "smoke", examples_per_operation=5, stateful_scenarios=10, stateful_steps=10, property_examples=5, server_samples=1
)
THOROUGH = Profile(
    "thorough",
    examples_per_operation=300,
    stateful_scenarios=200,
    stateful_steps=10,
    property_examples=500,
    server_samples=10,
    shrink=True,
)


def from_env(env: Mapping[str, str] | None = None) -> Profile:
    name = (os.environ if env is None else env).get("IMOJE_PROFILE", "quick")
    profiles = {profile.name: profile for profile in (SMOKE, QUICK, THOROUGH)}
    if name not in profiles:
        raise ValueError(f"IMOJE_PROFILE={name!r}: expected one of {', '.join(profiles)}")
    return profiles[name]
