"""How hard a run tries: `quick` by default, `thorough` (nightly) with IMOJE_PROFILE=thorough."""

import os
from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Profile:
    name: str
    examples_per_operation: int
    stateful_scenarios: int
    stateful_steps: int
    property_examples: int
    # Requests per pattern and per enum that the target itself is asked to judge.
    server_samples: int


QUICK = Profile(
    "quick", examples_per_operation=25, stateful_scenarios=25, stateful_steps=10, property_examples=40, server_samples=2
)
THOROUGH = Profile(
    "thorough",
    examples_per_operation=300,
    stateful_scenarios=200,
    stateful_steps=10,
    property_examples=500,
    server_samples=10,
)


def from_env(env: Mapping[str, str] | None = None) -> Profile:
    name = (os.environ if env is None else env).get("IMOJE_PROFILE", "quick")
    profiles = {profile.name: profile for profile in (QUICK, THOROUGH)}
    if name not in profiles:
        raise ValueError(f"IMOJE_PROFILE={name!r}: expected one of {', '.join(profiles)}")
    return profiles[name]
