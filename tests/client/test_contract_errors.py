"""A documented response the models cannot absorb raises ResponseContractError, and only that."""

import copy
import json
from typing import Any
from uuid import UUID

import httpx
import pytest
from imoje_client import AuthenticatedClient, BadRequestError, ResponseContractError, _contract
from imoje_client.api.payments import cancel_payment, get_payment

from tests.client.conftest import MERCHANT, TOKEN, Recorder
from tests.client.examples import cancel_request
from tests.vendor_docs import page_examples

LINK = next(e.body for e in page_examples("payment-cancel.en.txt") if e.role == "200")


def broken_link(change: Any) -> dict[str, Any]:
    body: dict[str, Any] = copy.deepcopy(LINK)
    change(body)
    return body


CASES = {
    "missing top-level field": (lambda b: b.pop("url"), "url", "required"),
    "missing nested field": (
        lambda b: b["transactions"][0]["payment"].pop("id"),
        "transactions[0].payment.id",
        "required",
    ),
    "string for an integer": (lambda b: b.update(amount="100 PLN"), "amount", "type"),
    "fraction for an integer": (lambda b: b.update(amount="1.5"), "amount", "type"),
    "null where not nullable": (lambda b: b.update(isActive=None), "isActive", "type"),
    "number for an enum string": (lambda b: b.update(currency=985), "currency", "type"),
    "list for an object": (lambda b: b.update(customer=[]), "customer", "type"),
    # Lenient validators leave formats out; the models cannot hold it, and the field is named.
    "an id that is no UUID": (lambda b: b["transactions"][0].update(id="tx-1"), "transactions[0].id", "format"),
    "object for a list": (lambda b: b.update(transactions={}), "transactions", "type"),
}


@pytest.mark.parametrize("case", CASES)
def test_broken_response_names_field_rule_status_and_keeps_the_body(
    case: str, client: AuthenticatedClient, recorder: Recorder
) -> None:
    change, field, rule = CASES[case]
    recorder.status, recorder.body = 200, broken_link(change)
    with pytest.raises(ResponseContractError) as caught:
        cancel_payment.sync_detailed(MERCHANT, client=client, body=cancel_request())
    error = caught.value
    assert (error.field, error.rule, error.status_code) == (field, rule, 200)
    assert json.loads(error.content) == recorder.body
    assert field in str(error) and TOKEN not in str(error)


def test_body_that_is_not_json(client: AuthenticatedClient, recorder: Recorder) -> None:
    recorder.status, recorder.content = 400, b"<html>Bad gateway</html>"
    with pytest.raises(ResponseContractError) as caught:
        cancel_payment.sync_detailed(MERCHANT, client=client, body=cancel_request())
    assert (caught.value.rule, caught.value.status_code, caught.value.content) == (
        "json",
        400,
        b"<html>Bad gateway</html>",
    )


def test_raising_calls_put_the_status_first_and_keep_a_broken_error_body(
    client: AuthenticatedClient, recorder: Recorder
) -> None:
    # A 400 is a 400 even when its body is a proxy's page: the status error keeps the bytes.
    recorder.status, recorder.content = 400, b"<html>Bad gateway</html>"
    with pytest.raises(BadRequestError) as caught:
        cancel_payment.sync(MERCHANT, client=client, body=cancel_request())
    assert (caught.value.status_code, caught.value.body, caught.value.code, caught.value.message) == (
        400,
        None,
        None,
        None,
    )
    assert caught.value.content == b"<html>Bad gateway</html>"
    assert "<html>Bad gateway</html>" in str(caught.value)


def test_error_body_without_its_wrapper(client: AuthenticatedClient, recorder: Recorder) -> None:
    recorder.status, recorder.body = 400, {"message": "Cannot cancel payment"}
    with pytest.raises(ResponseContractError) as caught:
        cancel_payment.sync_detailed(MERCHANT, client=client, body=cancel_request())
    assert (caught.value.field, caught.value.rule) == ("apiErrorResponse", "required")


def test_undocumented_status_is_not_a_contract_error(client: AuthenticatedClient, recorder: Recorder) -> None:
    recorder.status, recorder.content = 502, b"upstream down"
    response = cancel_payment.sync_detailed(MERCHANT, client=client, body=cancel_request())
    assert (response.status_code, response.parsed, response.content) == (502, None, b"upstream down")


def test_the_parser_is_handed_the_checked_document_and_the_answer_is_left_as_it_came() -> None:
    link = {"id": "50d38a51-8e95-4b8b-94f4-188c90c0dfdd"}
    handed: list[object] = []
    response = httpx.Response(404, json={"apiErrorResponse": {"message": "Payment not found", **link}})

    def parse(document: object) -> None:
        handed.append(document)

    _contract.build_response(get_payment.ROUTE, response, parse)
    assert handed == [{"apiErrorResponse": {"message": "Payment not found", **link}}]
    assert "json" not in vars(response)  # httpx's own method, not a patched one


def test_a_call_looks_its_operation_up_once_and_its_module_keeps_it(
    client: AuthenticatedClient, recorder: Recorder, monkeypatch: pytest.MonkeyPatch
) -> None:
    found: list[tuple[str, str]] = []
    original = _contract._found

    def counting(route: tuple[str, str]) -> Any:
        found.append(route)
        return original(route)

    monkeypatch.setattr(_contract, "_found", counting)
    monkeypatch.delitem(vars(get_payment.ROUTE), "checks", raising=False)  # as if imported afresh
    recorder.status, recorder.body = 200, copy.deepcopy(LINK)
    for _ in range(3):
        answered = get_payment.sync_detailed(MERCHANT, UUID(LINK["id"]), client=client)
        assert answered.status_code == 200
    assert found == [get_payment.ROUTE]  # checked, sent, read, three times: one look-up
