"""The schemathesis side of the suite: the spec loaded for one target, with its hooks and tally."""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import schemathesis
from schemathesis.config import SchemathesisConfig

from contract_tests import checks  # noqa: F401  (registers the imoje checks)
from contract_tests.profile import Profile
from contract_tests.resources import KnownResources, install
from contract_tests.target import Target
from contract_tests.verdicts import Behind

# 400 is imoje's documented answer to a valid request that the state refuses ("Cannot
# cancel payment", "Payment profile inactive."): not a rejection of the data.
POSITIVE_STATUSES = ["2xx", "400", "401", "403", "404"]


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
    return SchemathesisConfig.from_dict(
        {
            "base-url": target.base_url,
            "headers": {"Authorization": f"Bearer {target.token}"},
            "parameters": {"merchantId": target.merchant_id},
            "seed": seed,
            "generation": {"max-examples": profile.examples_per_operation},
            "request-timeout": 15,
            "checks": {
                "positive_data_acceptance": {"expected-statuses": POSITIVE_STATUSES},
                # Answers are judged by `checks.answer_keeps_its_promises`, with two verdicts
                # (contract_tests/verdicts.py): schemathesis's own check has only one.
                "response_schema_conformance": {"enabled": False},
            },
            # The walks follow the spec's own links. schemathesis otherwise infers more from
            # resource names, and filled a refund's body from an answer's amount past the
            # walk's narrowed refund (one grosz): a case it then judged schema-violating.
            "phases": {"stateful": {"inference": {"algorithms": []}}},
            "operations": [
                # ensure_resource_availability judges "followed a link" by path parameters
                # alone, but a cancellation names its link in the body, which schemathesis
                # takes from the link only some of the time: a random id would then look
                # like a created link gone missing. Reads keep the check.
                {
                    "include-operation-id": "cancelPayment",
                    "checks": {"ensure_resource_availability": {"enabled": False}},
                },
                # A refund names its transaction in the path and its shop in the body, drawn
                # like any data: another shop's refund of it is a 404 as above. And 422 is the
                # refund page's answer to a valid amount larger than what is left to refund.
                {
                    "include-operation-id": "refundTransaction",
                    "checks": {
                        "ensure_resource_availability": {"enabled": False},
                        "positive_data_acceptance": {"expected-statuses": [*POSITIVE_STATUSES, "422"]},
                    },
                },
            ],
        }
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
