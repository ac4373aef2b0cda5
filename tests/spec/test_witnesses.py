"""The witness corpus (spec/witnesses/): what imoje's pages, its own plugin and community
clients show imoje sending or accepting, each file naming its source. The client reads every
answer and notification, the spec (strictly) allows every one, and each names the
DEVIATIONS.md entry that records the decision it supports."""

import hashlib
import importlib
import json
import re
import typing
from pathlib import Path
from typing import Any

import httpx
import pytest
from imoje_client import AuthenticatedClient, _contract, openapi
from imoje_client.models import ErrorResponse
from imoje_client.notifications import verify_notification

from tests.paths import ROOT
from tests.spec_document import document

WITNESSES = sorted((ROOT / "spec" / "witnesses").glob("*.json"))
DEVIATIONS = (ROOT / "spec" / "DEVIATIONS.md").read_text(encoding="utf-8")


def load(path: Path) -> dict[str, Any]:
    witness: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return witness


def module_of(operation_id: str) -> Any:
    operation = openapi.operations(document())[operation_id]
    tag = document()["paths"][operation.path][operation.method]["tags"][0]
    name = re.sub(r"(?<!^)(?=[A-Z])", "_", operation_id).lower()
    return importlib.import_module(f"imoje_client.api.{tag}.{name}")


def test_the_corpus_is_there_and_every_witness_names_its_source_and_its_entry() -> None:
    assert len(WITNESSES) >= 7
    for path in WITNESSES:
        witness = load(path)
        source = witness["source"]
        assert source.get("address") or (source.get("repository") and source.get("path") and source.get("commit"))
        assert witness["what"] in ("answer", "request", "notification")
        entry = re.search(rf"^{witness['deviation']}\. \*\*.*?(?=^\d+\. \*\*|\Z)", DEVIATIONS, re.M | re.S)
        assert entry and path.name in entry.group(0), f"DEVIATIONS {witness['deviation']} does not cite {path.name}"


def by_kind(kind: str) -> list[Path]:
    return [path for path in WITNESSES if load(path)["what"] == kind]


@pytest.mark.parametrize("path", by_kind("answer"), ids=lambda path: path.stem)
def test_every_answer_is_read_by_the_client_and_allowed_by_the_spec(path: Path) -> None:
    witness = load(path)
    module = module_of(witness["operation"])
    client = AuthenticatedClient(base_url="https://sandbox.api.imoje.pl/v1/merchant", token="witness-token")
    response = httpx.Response(witness["status"], content=json.dumps(witness["body"]).encode())
    parsed = _contract.build_response(
        module.ROUTE, response, lambda: module._parse_response(client=client, response=response)
    ).parsed
    assert parsed is not None and not isinstance(parsed, ErrorResponse)
    # get-payment-methods answers a JSON list of models.
    read = [item.to_dict() for item in parsed] if isinstance(parsed, list) else parsed.to_dict()
    assert read == witness["body"]
    operation = openapi.operations(document())[witness["operation"]]
    schema = operation.responses[str(witness["status"])]
    assert schema is not None
    assert list(openapi.problems(openapi.validator(document(), schema), witness["body"])) == []


@pytest.mark.parametrize("path", by_kind("request"), ids=lambda path: path.stem)
def test_every_request_is_accepted_and_sent_as_it_is(path: Path) -> None:
    witness = load(path)
    module = module_of(witness["operation"])
    _contract.check_request(module.ROUTE, path={}, body=witness["body"])
    model = typing.get_type_hints(module.sync_detailed)["body"]
    assert model.from_dict(witness["body"]).to_dict() == witness["body"]


def raw_and_header(witness: dict[str, Any]) -> tuple[bytes, str]:
    if "raw" in witness:
        return witness["raw"].encode("utf-8"), witness["signature_header"]
    raw = json.dumps(witness["body"], separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    signature = hashlib.sha256(raw + witness["service_key"].encode()).hexdigest()
    shop = witness["body"]["transaction"]["serviceId"]
    return raw, f"merchantid=witnessmerchant;serviceid={shop};signature={signature};alg=sha256"


@pytest.mark.parametrize("path", by_kind("notification"), ids=lambda path: path.stem)
def test_every_notification_verifies_and_parses(path: Path) -> None:
    witness = load(path)
    raw, header = raw_and_header(witness)
    notification = verify_notification(raw, header, service_key=witness["service_key"])
    assert notification.to_dict() == json.loads(raw)
    schema = {"$ref": "#/components/schemas/Notification"}
    assert list(openapi.problems(openapi.validator(document(), schema), json.loads(raw))) == []


def test_the_vendors_signature_example_verifies_over_compact_json_only() -> None:
    witness = load(ROOT / "spec" / "witnesses" / "vendor-legacy-notification.json")
    body = json.loads(witness["raw"])
    key = witness["service_key"]
    verify_notification(witness["raw"].encode(), witness["signature_header"], service_key=key)
    for other in (json.dumps(body, indent=4), json.dumps(body, separators=(",", ":")).replace("/", "\\/")):
        signature = hashlib.sha256((other + key).encode()).hexdigest()
        assert signature not in witness["signature_header"]
