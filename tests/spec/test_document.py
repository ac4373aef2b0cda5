"""spec/imoje.yaml is a valid OpenAPI 3.1 document, and the vendor's own examples fit it."""

import json
from typing import Any

import pytest
from imoje_client import openapi
from imoje_client.environments import ENVIRONMENTS
from openapi_spec_validator import validate

from tests.paths import EXAMPLES_DIR
from tests.spec_document import document, operation, request_validator, response_validator
from tests.vendor_docs import Example, all_examples

EXAMPLES = all_examples()


def test_spec_is_valid_openapi_3_1() -> None:
    assert document()["openapi"].startswith("3.1")
    validate(document())


def test_every_vendor_page_yields_its_examples() -> None:
    # Each page's blocks plus the curl line's body (4 pages of three blocks, the payment and
    # transaction reads' one 200 each, can-refund's and deactivation's request twice): a
    # page whose layout changed would silently drop examples otherwise.
    assert len(EXAMPLES) == 4 * 4 + 2 + 2 * 2
    assert {example.operation_id for example in EXAMPLES} == {
        "cancelPayment",
        "chargeProfile",
        "getPayment",
        "getTransaction",
        "canRefundTransaction",
        "deactivateProfile",
    }


def test_every_kept_example_names_its_source() -> None:
    for path in sorted(EXAMPLES_DIR.glob("*.json")):
        kept = json.loads(path.read_text(encoding="utf-8"))
        assert kept["source"].startswith("https://bump.sh/pgw/doc/imoje-api"), path
        assert kept["examples"] and kept["operationId"] in document_operations(), path


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda example: example.label)
def test_vendor_example_validates_against_the_spec(example: Example) -> None:
    if example.role == "request":
        checker = request_validator(example.operation_id)
    else:
        checker = response_validator(example.operation_id, int(example.role))
    assert list(openapi.problems(checker, example.document)) == []


def test_operations_are_the_issue_list() -> None:
    found = {(op.method.upper(), op.path) for op in openapi.operations(document()).values()}
    assert found == {
        ("POST", "/{merchantId}/payment"),
        ("GET", "/{merchantId}/payment/{paymentId}"),
        ("POST", "/{merchantId}/payment/cancel"),
        ("POST", "/{merchantId}/transaction/profile"),
        ("GET", "/{merchantId}/profile/id/{paymentProfileId}"),
        ("POST", "/{merchantId}/profile/deactivate"),
        ("GET", "/{merchantId}/transaction/{transactionId}"),
        ("POST", "/{merchantId}/transaction/{transactionId}/refund"),
        ("POST", "/{merchantId}/transaction/{transactionId}/can-refund"),
        ("POST", "/{merchantId}/transaction/{transactionId}/capture"),
        ("POST", "/{merchantId}/transaction/{transactionId}/void"),
        ("POST", "/{merchantId}/transaction"),
        ("GET", "/{merchantId}/profile/cid/{cid}"),
        ("GET", "/{merchantId}/service/{serviceId}"),
        ("POST", "/{merchantId}/service/{serviceId}/get-payment-methods"),
        ("GET", "/{merchantId}/profile/service/{serviceId}/cid/{cid}/blik"),
        ("POST", "/{merchantId}/transaction/profile/blik"),
        ("POST", "/{merchantId}/profile/deactivate/blik"),
    }


def test_every_operation_requires_the_bearer_token() -> None:
    assert document()["security"] == [{"bearerAuth": []}]
    assert document()["components"]["securitySchemes"]["bearerAuth"] == {
        "type": "http",
        "scheme": "bearer",
        "description": document()["components"]["securitySchemes"]["bearerAuth"]["description"],
    }
    for path_item in document()["paths"].values():
        for method in openapi.METHODS:
            assert "security" not in path_item.get(method, {}), "no operation may opt out of auth"


def test_servers_are_the_clients_environments_sandbox_first() -> None:
    # The spec's servers and the client's environments are one list (DEVIATIONS 63): imoje's
    # sandbox first (the default target), each production host after its sandbox.
    assert [server["url"] for server in document()["servers"]] == [
        "https://sandbox.api.imoje.pl/v1/merchant",
        "https://api.imoje.pl/v1/merchant",
        "https://api.sandbox.pay.ing.pl/v1/merchant",
        "https://api.pay.ing.pl/v1/merchant",
    ]
    assert [server["url"] for server in document()["servers"]] == [env.api_base_url for env in ENVIRONMENTS.values()]
    assert [env.production for env in ENVIRONMENTS.values()] == [False, True, False, True]


def _links(operation_id: str, status: str = "200") -> dict[str, Any]:
    raw = document()["paths"][operation(operation_id).path][operation(operation_id).method]
    links: dict[str, Any] = raw["responses"][status].get("links", {})
    return links


def test_links_lead_from_create_to_get_to_cancel_and_cancel_again() -> None:
    assert {link["operationId"] for link in _links("createPayment").values()} == {"getPayment", "cancelPayment"}
    assert {link["operationId"] for link in _links("getPayment").values()} == {"cancelPayment"}
    assert {link["operationId"] for link in _links("cancelPayment").values()} == {"getPayment", "cancelPayment"}
    for source in ("createPayment", "getPayment", "cancelPayment"):
        for link in _links(source).values():
            target = operation(link["operationId"])
            supplied = set(link.get("parameters", {}))
            assert supplied == set(target.parameter_schemas("path")), f"{source} -> {link['operationId']}"
            if target.body is not None:
                assert set(link["requestBody"]) == set(openapi.resolve(document(), target.body)["required"])


def test_error_responses_share_the_vendor_error_shape() -> None:
    for op in openapi.operations(document()).values():
        for status, schema in op.responses.items():
            if not status.startswith("2"):
                assert schema == {"$ref": "#/components/schemas/ErrorResponse"}, f"{op.operation_id} {status}"


def document_operations() -> set[str]:
    return {
        operation["operationId"]
        for item in document()["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict) and "operationId" in operation
    }


def descriptions(node: Any, where: str = "") -> list[tuple[str, str]]:
    """Every `description` in the document with its location (the generated docstrings)."""
    found: list[tuple[str, str]] = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "description" and isinstance(value, str):
                found.append((where, value))
            else:
                found += descriptions(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += descriptions(value, f"{where}/{index}")
    return found


def test_descriptions_are_for_users_and_sources_live_in_x_source() -> None:
    spec = document()
    notes = ("api-facts", "seen in part", "Source:")
    leaking = [where for where, text in descriptions(spec) if where != "/info" and any(n in text for n in notes)]
    assert leaking == []
    sourced = [operation(name).extensions.get("x-source") for name in ("createPayment", "getPayment", "getProfile")]
    assert all(sourced), sourced
