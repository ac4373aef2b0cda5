"""spec/imoje-paywall.yaml, the FRONT API: valid OpenAPI, its servers the client's
environments' paywalls, its vectors' fields what the spec describes."""

import json
from typing import Any

import yaml
from imoje_client import paywall
from imoje_client.environments import ENVIRONMENTS
from openapi_spec_validator import validate

from tests.paths import EXAMPLES_DIR, ROOT

PAYWALL_SPEC = ROOT / "spec" / "imoje-paywall.yaml"


def document() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(PAYWALL_SPEC.read_text(encoding="utf-8"))
    return loaded


def test_the_paywall_spec_is_valid_openapi_3_1_and_the_client_carries_it() -> None:
    validate(document())
    assert paywall.spec() == document()


def test_its_servers_are_the_paywalls_of_the_clients_environments_sandbox_first() -> None:
    assert [server["url"] for server in document()["servers"]] == [env.paywall_url for env in ENVIRONMENTS.values()]


def test_the_signature_rule_names_the_hashes_and_its_default_is_one() -> None:
    rule = document()["x-signature"]
    assert rule["default"] in rule["algorithms"] and rule["field"] == "signature"
    pattern = document()["components"]["schemas"]["PaywallPayment"]["properties"]["signature"]["pattern"]
    assert all(algorithm in pattern for algorithm in rule["algorithms"])


def test_our_own_vectors_fields_are_a_payment_the_spec_takes() -> None:
    # The vendor's own vector is deliberately fake (a 35-character serviceId): only ours.
    vectors = json.loads((EXAMPLES_DIR / "paywall" / "signature.json").read_text(encoding="utf-8"))["vectors"]
    for vector in vectors:
        if not vector["printed_by_vendor"] and "shop-key-for-our-own" in vector["key"]:
            paywall.check({**vector["fields"], "signature": vector["signature"]})
