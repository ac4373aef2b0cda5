"""One run's context, built once from the environment: target, spec, schema, tally, seed, profile."""

import os
import random
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from contract_tests import profile as profiles
from contract_tests import suite
from contract_tests.target import Target, from_env
from imoje_sandbox import spec as sandbox_spec


@dataclass
class Context:
    target: Target
    document: dict[str, Any]
    profile: profiles.Profile
    seed: int
    tally: suite.Tally = field(default_factory=suite.Tally)
    schema: Any = None


@cache
def current() -> Context:
    """The run's context; raises TargetRefused before anything is built for a forbidden target."""
    target = from_env()
    context = Context(
        target=target,
        document=sandbox_spec.load(),
        profile=profiles.from_env(),
        seed=int(os.environ.get("IMOJE_CONTRACT_SEED") or random.randrange(2**31)),
    )
    context.schema = suite.load(context.document, target, context.profile, context.seed, context.tally)
    return context
