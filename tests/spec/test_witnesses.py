"""The witness corpus (spec/witnesses/): what imoje's pages, its own plugin and community
clients show imoje sending or accepting, and what a team recorded (scripts/record), each file
naming its source. The client reads every answer and notification; judged with the suite's
two verdicts, none breaks the contract, and what the spec does not know yet is listed in the
file (`behind`) with the DEVIATIONS.md entry that records it."""

import contextlib
import hashlib
import json
import re
import typing
from pathlib import Path
from typing import Any

import httpx
import pytest
from imoje_client import AuthenticatedClient, ImojeClientError, _contract
from imoje_client.notifications import verify_notification

from contract_tests.witnesses import judged, load, module_of, read_answer
from tests.paths import ROOT
from tests.spec_document import document

WITNESSES = sorted((ROOT / "spec" / "witnesses").glob("*.json"))
DEVIATIONS = (ROOT / "spec" / "DEVIATIONS.md").read_text(encoding="utf-8")


def entry(number: int) -> str:
    found = re.search(rf"^{number}\. \*\*.*?(?=^\d+\. \*\*|\Z)", DEVIATIONS, re.M | re.S)
    assert found, f"DEVIATIONS.md has no entry {number}"
    return found.group(0)


def test_the_corpus_is_there_and_every_witness_names_its_source_and_its_entry() -> None:
    assert len(WITNESSES) >= 7
    for path in WITNESSES:
        witness = load(path)
        source = witness["source"]
        assert source.get("address") or (source.get("repository") and source.get("path") and source.get("commit"))
        assert witness["what"] in ("answer", "request", "notification")
        # A recorded witness the spec already allows needs no entry; any other names one.
        if witness["deviation"] is not None or witness.get("behind"):
            assert path.name in entry(witness["deviation"]), (
                f"DEVIATIONS {witness['deviation']} does not cite {path.name}"
            )


def same_json(read: Any, written: Any) -> bool:
    """Equal as JSON: in Python `True == 1`, so a boolean read back as 1 would pass `==`."""
    return json.dumps(read, sort_keys=True) == json.dumps(written, sort_keys=True)


def by_kind(kind: str) -> list[Path]:
    return [path for path in WITNESSES if load(path)["what"] == kind]


def test_judged_with_the_two_verdicts_nothing_breaks_and_what_is_behind_is_listed() -> None:
    for path in by_kind("answer") + by_kind("notification"):
        witness = load(path)
        broken, behind = judged(document(), witness)
        assert (path.name, broken, behind) == (path.name, [], witness.get("behind", []))


@pytest.mark.parametrize("path", by_kind("answer"), ids=lambda path: path.stem)
def test_every_answer_is_read_by_the_client(path: Path) -> None:
    witness = load(path)
    parsed = read_answer(document(), witness)
    # get-payment-methods answers a JSON list of models.
    read = [item.to_dict() for item in parsed] if isinstance(parsed, list) else parsed.to_dict()
    assert same_json(read, witness["body"])


@pytest.mark.parametrize("path", by_kind("request"), ids=lambda path: path.stem)
def test_every_request_is_accepted_and_sent_as_it_is(path: Path) -> None:
    witness = load(path)
    module = module_of(document(), witness["operation"])
    _contract.check_request(module.ROUTE, path={}, body=witness["body"])
    model = typing.get_type_hints(module.sync_detailed)["body"]
    assert same_json(model.from_dict(witness["body"]).to_dict(), witness["body"])
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(400, json={"apiErrorResponse": {"message": "recorded, not executed"}})

    transport = httpx.MockTransport(answer)
    base = "https://sandbox.api.imoje.pl/v1/merchant"
    client = AuthenticatedClient(base_url=base, token="t", httpx_args={"transport": transport})
    with client, contextlib.suppress(ImojeClientError):
        module.sync_detailed("witnessmerchant", client=client, body=model.from_dict(witness["body"]))
    [request] = sent
    # What sending the witness's own JSON would put on the wire, byte for byte, but for the
    # order of keys (the models write them in the spec's order; JSON objects are unordered).
    assert json.loads(request.content) == witness["body"]
    in_order = json.loads(request.content)
    assert request.content == httpx.Request("POST", base, json=in_order).content


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
    assert same_json(notification.to_dict(), json.loads(raw))


def test_the_vendors_signature_example_verifies_over_compact_json_only() -> None:
    witness = load(ROOT / "spec" / "witnesses" / "vendor-legacy-notification.json")
    body = json.loads(witness["raw"])
    key = witness["service_key"]
    verify_notification(witness["raw"].encode(), witness["signature_header"], service_key=key)
    for other in (json.dumps(body, indent=4), json.dumps(body, separators=(",", ":")).replace("/", "\\/")):
        signature = hashlib.sha256((other + key).encode()).hexdigest()
        assert signature not in witness["signature_header"]
