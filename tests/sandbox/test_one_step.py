"""Every answer is its documented schema's projection, and the control routes take the API's
step: getPayment after a refund names no undocumented field; a link past its `validTo` cannot
be paid through any route (it expires first, notified)."""

from typing import Any

import httpx
import pytest
from imoje_client import openapi

from imoje_sandbox.pytest_plugin import ImojeSandbox
from tests.spec.test_lint_rules import closed
from tests.spec_document import document


def _strictly(answer: Any, schema_name: str) -> list[str]:
    spec = dict(document())
    spec["components"] = {**spec["components"], "schemas": closed(spec["components"]["schemas"])}
    checker = openapi.validator(spec, {"$ref": f"#/components/schemas/{schema_name}"})
    return [f"{error.instance_path}: {error.message}" for error in checker.iter_errors(answer)]


def test_a_link_read_after_its_transaction_was_refunded_names_no_undocumented_field(
    imoje_sandbox: ImojeSandbox,
) -> None:
    imoje_sandbox.client().transactions.refund(imoje_sandbox.seeded.settled_transaction_id, amount=100)
    url = f"{imoje_sandbox.base_url}/{imoje_sandbox.merchant_id}/payment/{imoje_sandbox.seeded.settled_link_id}"
    answer = httpx.get(url, headers={"Authorization": f"Bearer {imoje_sandbox.token}"}).json()
    assert answer["transactions"] and _strictly(answer, "PaymentLink") == []


@pytest.mark.parametrize(
    "route", ["payments/{link}/start", "payments/{link}/settle", "transactions/{transaction}/settle"]
)
def test_a_link_past_its_valid_to_cannot_be_paid_through_a_control_route(
    imoje_sandbox: ImojeSandbox, route: str
) -> None:
    imoje = imoje_sandbox.client()
    now = imoje_sandbox.advance_clock(0)
    link = imoje.payments.create(
        amount=500,
        currency="PLN",
        order_id="expiring",
        customer={"firstName": "J", "lastName": "K"},
        valid_to=now + 120,
    ).payment
    started = imoje_sandbox.start_payment(link.id) if "start" not in route else None
    transaction = started.transactions[0].id if started and started.transactions else ""
    # Time passes as it does on imoje's side, with no request to notice it.
    imoje_sandbox.server.sandbox_app.state.sandbox.store.clock.advance(121)
    control = f"{imoje_sandbox.base_url.removesuffix('/v1/merchant')}/_sandbox/"
    answer = httpx.post(
        control + route.format(link=link.id, transaction=transaction),
        headers={"Authorization": f"Bearer {imoje_sandbox.token}"},
    )
    assert answer.status_code == 400, answer.text
    assert str(imoje.payments.get(link.id).status) == "cancelled"
    assert "payment link expired" in [n.event for n in imoje_sandbox.notifications()]
