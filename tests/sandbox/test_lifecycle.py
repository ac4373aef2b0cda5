"""Payment links and card profiles behave as imoje documents; every answer fits the spec."""

from typing import Any

import pytest
from imoje_client import BadRequestError
from imoje_client.models import Status, TransactionPayment
from starlette.testclient import TestClient

from imoje_sandbox import SandboxConfig, create_app, seeds
from imoje_sandbox.pytest_plugin import ImojeSandbox, SandboxFor
from imoje_sandbox.state import DEFAULT_ORIGIN, PAGES_PREFIX
from tests.sandbox.conftest import AUTH, MERCHANT_URL, conforms
from tests.vendor_docs import page_examples

SHOP = SandboxConfig().service_id
CUSTOMER = {"firstName": "Jan", "lastName": "Kowalski", "email": "jan@example.com"}


def create(api: TestClient, **extra: Any) -> dict[str, Any]:
    body = {"serviceId": SHOP, "amount": 1999, "currency": "PLN", "orderId": "order-7", "customer": CUSTOMER, **extra}
    response = api.post("/payment", json=body)
    assert response.status_code == 200, response.text
    payment: dict[str, Any] = conforms("createPayment", response)["payment"]
    return payment


def cancel(api: TestClient, link_id: str, shop: str = SHOP) -> Any:
    return api.post("/payment/cancel", json={"serviceId": shop, "paymentId": link_id})


def test_a_configured_paywall_is_where_links_lead() -> None:
    config = SandboxConfig(paywall_url="https://sandbox.paywall.imoje.pl/s")
    with TestClient(create_app(config), base_url=MERCHANT_URL, headers=AUTH) as api:
        assert create(api)["url"].startswith("https://sandbox.paywall.imoje.pl/s/")


def test_create_get_cancel_cancel_again(api: TestClient) -> None:
    created = create(api, title="Zamówienie 7")
    # The sandbox's own payer page (in-process: the default origin), not imoje's paywall.
    assert created["status"] == "new" and created["url"].startswith(f"{DEFAULT_ORIGIN}{PAGES_PREFIX}/")
    assert (created["title"], created["amount"], created["orderId"]) == ("Zamówienie 7", 1999, "order-7")

    read = conforms("getPayment", api.get(f"/payment/{created['id']}"))
    assert {name: read[name] for name in created} == created
    assert read["customer"] == CUSTOMER and read["transactions"] == []

    first = cancel(api, created["id"])
    assert first.status_code == 200
    cancelled = conforms("cancelPayment", first)
    assert cancelled["status"] == "cancelled" and not cancelled["isActive"]
    assert {**cancelled, "status": "new", "isActive": True, "modified": read["modified"]} == read

    again = cancel(api, created["id"])
    assert again.status_code == 400
    assert conforms("cancelPayment", again) == {"apiErrorResponse": {"message": "Cannot cancel payment"}}
    assert conforms("getPayment", api.get(f"/payment/{created['id']}"))["status"] == "cancelled"


def test_a_pending_link_can_be_cancelled_a_settled_one_cannot(api: TestClient) -> None:
    link = create(api)
    started = api.post(f"http://sandbox/_sandbox/payments/{link['id']}/start")
    assert started.status_code == 200 and started.json()["status"] == "pending"
    assert conforms("cancelPayment", cancel(api, link["id"]))["transactions"][0]["payment"]["status"] == "cancelled"

    paid = create(api)
    api.post(f"http://sandbox/_sandbox/payments/{paid['id']}/start")
    settled = api.post(f"http://sandbox/_sandbox/payments/{paid['id']}/settle").json()
    assert settled["status"] == "settled" and settled["isUsed"] and settled["usedAt"] is not None
    refused = cancel(api, paid["id"])
    assert refused.status_code == 400 and conforms("cancelPayment", refused)["apiErrorResponse"]["message"] == (
        "Cannot cancel payment"
    )


def test_seeded_links_have_their_documented_states(api: TestClient) -> None:
    assert cancel(api, seeds.SETTLED_LINK_ID).status_code == 400
    assert conforms("cancelPayment", cancel(api, seeds.NEW_LINK_ID))["status"] == "cancelled"
    for link_id in (seeds.DOCS_PENDING_LINK_ID, seeds.NEW_LINK_ID, seeds.SETTLED_LINK_ID):
        conforms("getPayment", api.get(f"/payment/{link_id}"))


def test_unknown_link_is_404_and_so_is_another_shops_link(api: TestClient) -> None:
    unknown = "11111111-2222-4333-8444-555555555555"
    assert conforms("getPayment", api.get(f"/payment/{unknown}"))["apiErrorResponse"]["message"] == (
        "Payment not found"
    )
    assert cancel(api, unknown).status_code == 404
    link = create(api)
    assert cancel(api, link["id"], shop=seeds.DOCS_CHARGE_SERVICE_ID).status_code == 404
    assert conforms("getPayment", api.get(f"/payment/{link['id']}"))["status"] == "new"


def test_unknown_shop_is_404(api: TestClient) -> None:
    body = {"serviceId": "11111111-2222-4333-8444-555555555555", "amount": 1, "currency": "PLN", "orderId": "o"}
    response = api.post("/payment", json={**body, "customer": CUSTOMER})
    assert response.status_code == 404
    assert conforms("createPayment", response)["apiErrorResponse"]["message"] == "Service not found"


def docs(page: str, role: str) -> Any:
    return next(example.body for example in page_examples(page) if example.role == role)


def test_the_docs_cancellation_example_reproduces_the_documented_answers(api: TestClient) -> None:
    request = docs("payment-cancel.en.txt", "request")
    first = api.post("/payment/cancel", json=request)
    assert first.status_code == 200
    answer = conforms("cancelPayment", first)
    documented = docs("payment-cancel.en.txt", "200")
    assert set(answer) == set(documented)
    assert set(answer["customer"]) == set(documented["customer"])
    assert set(answer["transactions"][0]) == set(documented["transactions"][0])
    assert (answer["id"], answer["serviceId"], answer["status"]) == (
        request["paymentId"],
        request["serviceId"],
        "cancelled",
    )
    second = api.post("/payment/cancel", json=request)
    assert (second.status_code, second.json()) == (400, docs("payment-cancel.en.txt", "400"))


def test_the_docs_charge_example_reproduces_the_documented_error(api: TestClient) -> None:
    response = api.post("/transaction/profile", json=docs("transaction-profile.pl.txt", "request"))
    assert response.status_code == 400
    assert conforms("chargeProfile", response) == docs("transaction-profile.pl.txt", "400")


@pytest.mark.parametrize(
    ("profile_id", "code"), [(seeds.ONE_CLICK_PROFILE_ID, "oneclick"), (seeds.RECURRING_PROFILE_ID, "recurring")]
)
def test_charging_an_active_profile(api: TestClient, profile_id: str, code: str) -> None:
    request = {**docs("transaction-profile.pl.txt", "request"), "paymentProfileId": profile_id}
    response = api.post("/transaction/profile", json=request)
    assert response.status_code == 200
    transaction = conforms("chargeProfile", response)["transaction"]
    assert {key: transaction[key] for key in ("type", "source", "status", "paymentMethod", "paymentMethodCode")} == {
        "type": "sale",
        "source": "api",
        "status": "pending",
        "paymentMethod": "card",
        "paymentMethodCode": code,
    }
    assert transaction["paymentProfile"]["id"] == profile_id and transaction["paymentProfile"]["isActive"] == 1
    assert (transaction["amount"], transaction["orderId"], transaction["title"]) == (1000, "yourOrderId", "yourTitle")
    assert transaction["payment"] == {"id": transaction["id"], "status": "pending"}
    documented = docs("transaction-profile.pl.txt", "200")["transaction"]
    assert set(transaction) == set(documented) and set(transaction["paymentProfile"]) == set(
        documented["paymentProfile"]
    )


def test_a_deactivated_profile_cannot_be_charged(api: TestClient) -> None:
    request = {**docs("transaction-profile.pl.txt", "request"), "paymentProfileId": seeds.RECURRING_PROFILE_ID}
    assert api.post("/transaction/profile", json=request).status_code == 200
    deactivated = api.post("/profile/deactivate", json={"paymentProfileId": seeds.RECURRING_PROFILE_ID})
    assert conforms("deactivateProfile", deactivated)["paymentProfile"]["isActive"] == 0
    profile = conforms("getProfile", api.get(f"/profile/id/{seeds.RECURRING_PROFILE_ID}"))["paymentProfile"]
    assert profile["isActive"] == 0 and profile["profile"] == "RECURRING"
    refused = api.post("/transaction/profile", json=request)
    assert refused.status_code == 400
    error = conforms("chargeProfile", refused)["apiErrorResponse"]
    assert error == {
        "code": "TRX-ERROR-120301",
        "message": "Payment profile inactive.",
        "errors": [],
        "instance": request,
    }


def test_unknown_profile_is_404(api: TestClient) -> None:
    unknown = "11111111-2222-4333-8444-555555555555"
    assert conforms("getProfile", api.get(f"/profile/id/{unknown}")).get("apiErrorResponse")
    assert api.post("/profile/deactivate", json={"paymentProfileId": unknown}).status_code == 404
    request = {**docs("transaction-profile.pl.txt", "request"), "paymentProfileId": unknown}
    assert api.post("/transaction/profile", json=request).status_code == 404


def replay(seed: int) -> list[Any]:
    with TestClient(create_app(SandboxConfig(seed=seed)), base_url=MERCHANT_URL, headers=AUTH) as api:
        links = [create(api) for _ in range(3)]
        charged = api.post(
            "/transaction/profile",
            json={**docs("transaction-profile.pl.txt", "request"), "paymentProfileId": seeds.ONE_CLICK_PROFILE_ID},
        ).json()
        return [*links, charged]


def test_a_seed_replays_ids_and_timestamps() -> None:
    assert replay(11) == replay(11)
    assert replay(11) != replay(12)


def test_reset_returns_to_the_seeded_state(api: TestClient) -> None:
    before = create(api)
    cancel(api, seeds.DOCS_PENDING_LINK_ID)
    assert api.post("http://sandbox/_sandbox/reset").json() == {"status": "ok"}
    assert api.get(f"/payment/{before['id']}").status_code == 404
    assert conforms("getPayment", api.get(f"/payment/{seeds.DOCS_PENDING_LINK_ID}"))["status"] == "pending"
    assert create(api) == before


def test_control_routes_need_the_token_and_a_known_action(api: TestClient) -> None:
    assert api.post("http://sandbox/_sandbox/reset", headers={"Authorization": ""}).status_code == 401
    assert api.post(f"http://sandbox/_sandbox/payments/{seeds.NEW_LINK_ID}/explode").status_code == 404
    assert api.post(f"http://sandbox/_sandbox/payments/{seeds.SETTLED_LINK_ID}/settle").status_code == 400


def test_a_cancelled_link_can_no_longer_be_paid(imoje_sandbox: ImojeSandbox) -> None:
    # The vendor's cancel example leaves the link's transaction `pending` (payment cancelled);
    # settling it once turned the cancelled link `settled` (issue 18).
    imoje = imoje_sandbox.client()
    link = imoje.payments.create(
        amount=1000, currency="PLN", order_id="cancelled-then-paid", customer={"firstName": "J", "lastName": "D"}
    ).payment
    imoje_sandbox.start_payment(link.id)
    cancelled = imoje.payments.cancel(link.id).transactions
    assert isinstance(cancelled, list)
    [transaction] = cancelled
    assert transaction.status is Status.PENDING and isinstance(transaction.payment, TransactionPayment)
    assert transaction.payment.status is Status.CANCELLED
    with pytest.raises(AssertionError, match="HTTP 400"):
        imoje_sandbox.settle_transaction(transaction.id)
    with pytest.raises(AssertionError, match="HTTP 400"):
        imoje_sandbox.settle_payment(link.id)
    read = imoje.payments.get(link.id)
    assert read.status is Status.CANCELLED and read.is_used is False


def test_what_was_authorized_for_a_cancelled_link_cannot_be_captured_only_voided(
    imoje_sandbox_for: SandboxFor,
) -> None:
    sandbox = imoje_sandbox_for(SandboxConfig(pre_authorisation=True))
    imoje = sandbox.client()
    link = imoje.payments.create(
        amount=1000, currency="PLN", order_id="authorized-then-cancelled", customer={"firstName": "J", "lastName": "D"}
    ).payment
    sandbox.start_payment(link.id)
    [authorized] = sandbox.settle_payment(link.id).transactions or []
    assert authorized.status is Status.AUTHORIZED
    imoje.payments.cancel(link.id)
    with pytest.raises(BadRequestError):
        imoje.transactions.capture(authorized.id)
    assert imoje.transactions.get(authorized.id).transaction.status is Status.AUTHORIZED
    imoje.transactions.void(authorized.id)  # releasing it still works
    assert imoje.transactions.get(authorized.id).transaction.status is Status.CANCELLED
