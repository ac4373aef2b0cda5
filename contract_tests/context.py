"""One run's context, built once: target, spec, schema, tally, seed, profile, irreversibility guard."""

import os
import random
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import imoje_spec
from contract_tests import embedded_proof, suite
from contract_tests import profile as profiles
from contract_tests import shard as shards
from contract_tests.invariants import Ledger
from contract_tests.irreversible import IrreversibleGuard
from contract_tests.seed import seed_from
from contract_tests.target import Target, embedded, from_env


@dataclass
class Context:
    target: Target
    document: dict[str, Any]
    profile: profiles.Profile
    seed: int
    guard: IrreversibleGuard
    shard: shards.Shard | None = None
    # The operations whose conformance case pytest's -k keeps (None: all), set by the
    # conftest before collection: only those are built (contract_tests/selection.py).
    conformance: frozenset[str] | None = None
    tally: suite.Tally = field(default_factory=suite.Tally)
    # What the run wrote and saw, for the read-after-write invariants (set in `current`).
    ledger: Ledger = field(init=False)
    # Set when this run's shard got no test at all (conftest.pytest_collection_modifyitems).
    shard_empty: bool = False
    schema: Any = None
    # What the pre-flight read proved (contract_tests/preflight.py), for the summary.
    preflight: str = "not run"


# The embedded sandbox's control URL, given by the runner on pytest's command line
# (`--imoje-embedded-sandbox`), never read from the environment.
_embedded_control_url: str | None = None


def mark_embedded(control_url: str | None) -> None:
    """Called once, before `current()`, by the suite's conftest with the runner's option."""
    global _embedded_control_url
    _embedded_control_url = control_url


def _random_unless(given: int | None) -> int:
    return random.randrange(2**31) if given is None else given


@cache
def current() -> Context:
    """The run's context; raises TargetRefused before anything is built for a forbidden target."""
    target = from_env()
    if _embedded_control_url is not None:
        target = embedded(target, _embedded_control_url)
        embedded_proof.verify(target, os.environ.get(embedded_proof.RUN_KEY_ENV, ""))
    document = imoje_spec.load()
    context = Context(
        target=target,
        document=document,
        profile=profiles.from_env(),
        seed=_random_unless(seed_from(os.environ)),
        guard=IrreversibleGuard(document, target),
        shard=shards.from_env(os.environ),
    )
    context.ledger = Ledger(document, target.base_url, context.tally.curls, context.tally.behind)
    context.schema = suite.load(
        context.document, target, context.profile, context.seed, context.tally, context.guard.names_real_record
    )
    return context
