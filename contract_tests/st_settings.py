"""The suite's schemathesis settings, in one place: the suite's runs (`suite.py`), the
sandbox's own conformance test and the benchmark of schemathesis's CLI all read them here,
so that what each judges a case by cannot drift apart (it had: the sandbox's copy lacked the
refund's expectations)."""

import copy
from collections.abc import Mapping
from typing import Any

import tomli_w
from imoje_client import openapi
from schemathesis.config import SchemathesisConfig

import imoje_spec

# 400 is imoje's documented answer to a valid request that the state refuses ("Cannot
# cancel payment", "Payment profile inactive."): not a rejection of the data.
POSITIVE_STATUSES = ["2xx", "400", "401", "403", "404"]


def operations(document: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Each operation's own check settings: its `x-checks` in the spec (`also-expected` adds
    statuses to the positive ones)."""
    found = []
    for operation in openapi.operations(document).values():
        declared = operation.extensions.get("x-checks")
        if not declared:
            continue
        checks = copy.deepcopy(dict(declared))
        acceptance = checks.get("positive_data_acceptance", {})
        if "also-expected" in acceptance:
            acceptance["expected-statuses"] = [*POSITIVE_STATUSES, *acceptance.pop("also-expected")]
        found.append({"include-operation-id": operation.operation_id, "checks": checks})
    return found


def settings(
    *,
    merchant_id: str,
    token: str | None = None,
    base_url: str | None = None,
    seed: int | None = None,
    examples: int | None = None,
    verdicts: bool = False,
) -> dict[str, Any]:
    """The settings, as schemathesis's configuration file has them. `verdicts`: answers are
    judged by the suite's own check with two verdicts (contract_tests/verdicts.py) instead of
    schemathesis's single one; off where no suite runs (the sandbox's own test, the CLI)."""
    checks: dict[str, Any] = {"positive_data_acceptance": {"expected-statuses": POSITIVE_STATUSES}}
    if verdicts:
        checks["response_schema_conformance"] = {"enabled": False}
    found: dict[str, Any] = {
        "parameters": {"merchantId": merchant_id},
        "checks": checks,
        # The walks follow the spec's own links. schemathesis otherwise infers more from
        # resource names, and filled a refund's body from an answer's amount past the walk's
        # narrowed refund (one grosz): a case it then judged schema-violating.
        "phases": {"stateful": {"inference": {"algorithms": []}}},
        "operations": operations(imoje_spec.load()),
    }
    if token is not None:
        found["headers"] = {"Authorization": f"Bearer {token}"}
    if base_url is not None:
        found["base-url"] = base_url
    if seed is not None:
        found["seed"] = seed
    if examples is not None:
        found["generation"] = {"max-examples": examples}
    return found


def config(**options: Any) -> SchemathesisConfig:
    """`settings(**options)` as schemathesis's configuration object."""
    return SchemathesisConfig.from_dict(settings(**options))


def toml(**options: Any) -> str:
    """`settings(**options)` as a schemathesis.toml for its CLI (`st --config-file`)."""
    return tomli_w.dumps(settings(**options))
