"""The schemathesis side of the suite: the spec loaded for one target, with its hooks and tally."""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import schemathesis
from schemathesis.config import SchemathesisConfig

from contract_tests import (
    checks,  # noqa: F401  (registers the imoje checks)
    st_settings,
)
from contract_tests.profile import Profile
from contract_tests.resources import KnownResources, install
from contract_tests.target import Target
from contract_tests.verdicts import Behind


def failure_key(failure: Any) -> tuple[str, str | None, str]:
    """A failure's identity as schemathesis itself compares them: type, operation and message."""
    return type(failure).__name__, failure.operation, failure.message


@dataclass
class Tally:
    """What the run did, for the summary."""

    operations: set[str] = field(default_factory=set)
    cases: int = 0
    checks: int = 0
    # What the target sends that the spec does not know yet (contract_tests/verdicts.py).
    behind: Behind = field(default_factory=Behind)
    # A curl line reproducing the case behind each failure, by `failure_key`.
    curls: dict[tuple[str, str | None, str], str] = field(default_factory=dict)


def config_for(target: Target, profile: Profile, seed: int) -> SchemathesisConfig:
    return st_settings.config(
        merchant_id=target.merchant_id,
        token=target.token,
        base_url=target.base_url,
        seed=seed,
        examples=profile.examples_per_operation,
        verdicts=True,
    )


def load(
    document: dict[str, Any],
    target: Target,
    profile: Profile,
    seed: int,
    tally: Tally,
    names_real_record: Callable[[Any], bool] | None = None,
) -> Any:
    schema = schemathesis.openapi.from_dict(document, config=config_for(target, profile, seed))
    profiles = (target.payment_profile_id,) if target.payment_profile_id else ()
    install(
        schema,
        document,
        KnownResources(
            merchant_id=target.merchant_id,
            service_ids=(target.service_id,),
            payment_profile_ids=profiles,
            customer_ids=(target.customer_id,) if target.customer_id else (),
            irreversible_allowed=target.is_embedded_sandbox,
            names_real_record=names_real_record,
        ),
    )

    def after_validate(context: Any, case: Any, response: Any, results: list[Any]) -> None:
        tally.operations.add(case.operation.label)
        tally.cases += 1
        tally.checks += len(results)
        for result in results:
            if result.failure is not None:
                curl = case.as_curl_command(headers=dict(response.request.headers))
                tally.curls.setdefault(failure_key(result.failure), curl)

    schema.hooks.hook(after_validate)
    return schema
