"""What imoje's own plugin sends, the client sends and the sandbox takes (DEVIATIONS 65): a
link whose order has no phone (`customer.phone: ""`), `version` on links and transactions,
`installment.period` on an instalment transaction. Strict elsewhere: a transaction's phone
is never empty, a period is at least 1, a version at most 255 characters."""

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from imoje_client import Imoje, RequestValidationError, openapi

from imoje_sandbox import SandboxConfig, SandboxServer
from imoje_sandbox.services import DEFAULT_CHANNELS, Channel
from tests.paths import EXAMPLES_DIR
from tests.spec_document import request_validator

PLUGIN = json.loads((EXAMPLES_DIR / "plugin" / "requests.json").read_text(encoding="utf-8"))
# imoje raty: 300 to 50 000 zł (the paywall documentation's limits).
INSTALMENTS = Channel("imoje_installments", "inbank", "imoje raty", minimum=30_000, maximum=5_000_000)
CONFIG = SandboxConfig(seed=3, channels=(*DEFAULT_CHANNELS, INSTALMENTS))


@pytest.fixture(scope="module")
def server() -> Iterator[SandboxServer]:
    with SandboxServer(CONFIG) as running:
        yield running


@pytest.fixture
def imoje(server: SandboxServer) -> Iterator[Imoje]:
    with Imoje(
        base_url=server.base_url, token=CONFIG.token, merchant_id=CONFIG.merchant_id, service_id=CONFIG.service_id
    ) as client:
        yield client


def test_the_plugins_bodies_are_requests_the_spec_takes() -> None:
    assert PLUGIN["source"].startswith("imoje's WooCommerce plugin") and len(PLUGIN["requests"]) == 3
    for request in PLUGIN["requests"]:
        found = list(openapi.problems(request_validator(request["operationId"]), request["body"]))
        assert found == [], request["built_by"]


def _sent(server: SandboxServer, operation: str) -> Any:
    seen = httpx.get(f"{server.url}/_sandbox/requests", headers={"Authorization": f"Bearer {CONFIG.token}"}).json()
    return [entry["body"] for entry in seen if entry["operation"] == operation][-1]


def test_a_link_without_a_phone_and_with_a_version_is_sent_as_the_plugin_sends_it(
    imoje: Imoje, server: SandboxServer
) -> None:
    body = PLUGIN["requests"][0]["body"]
    created = imoje.payments.create(
        amount=body["amount"], currency=body["currency"], order_id=body["orderId"], title=body["title"],
        customer=body["customer"], version=body["version"], visible_method=body["visibleMethod"],
        return_url=body["returnUrl"], success_return_url=body["successReturnUrl"],
        failure_return_url=body["failureReturnUrl"], notification_url=body["notificationUrl"],
    )  # fmt: skip
    assert created.payment.order_id == "1042"
    sent = _sent(server, "createPayment")
    assert (sent["customer"]["phone"], sent["version"]) == ("", "4.10.0;woocommerce_9.8.1")


def test_an_instalment_transaction_with_its_period_and_version_is_sent(imoje: Imoje, server: SandboxServer) -> None:
    body = PLUGIN["requests"][1]["body"]
    created = imoje.transactions.create(
        amount=body["amount"], currency=body["currency"], order_id=body["orderId"], title=body["title"],
        payment_method=body["paymentMethod"], payment_method_code=body["paymentMethodCode"],
        success_return_url=body["successReturnUrl"], failure_return_url=body["failureReturnUrl"],
        client_ip=body["clientIp"], customer=body["customer"], installment=body["installment"],
        version=body["version"], notification_url=body["notificationUrl"],
    )  # fmt: skip
    assert created.transaction.payment_method_code == "inbank"
    sent = _sent(server, "createTransaction")
    assert (sent["installment"], sent["version"]) == ({"period": 12}, "4.10.0;woocommerce_9.8.1")


def test_an_empty_version_is_sent_too(imoje: Imoje, server: SandboxServer) -> None:
    body = PLUGIN["requests"][2]["body"]
    imoje.transactions.create(
        amount=body["amount"], currency=body["currency"], order_id=body["orderId"], payment_method="blik",
        payment_method_code="blik", success_return_url=body["successReturnUrl"],
        failure_return_url=body["failureReturnUrl"], customer=body["customer"], blik_code=body["blikCode"],
        version="",
    )  # fmt: skip
    assert _sent(server, "createTransaction")["version"] == ""


@pytest.mark.parametrize(
    ("call", "changes", "rule"),
    [
        ("transaction", {"customer": {"firstName": "Jan", "lastName": "K", "email": "j@example.com", "phone": ""}},
         ("customer.phone", "pattern")),
        ("transaction", {"installment": {"period": 0}}, ("installment.period", "minimum")),
        ("transaction", {"installment": {"period": "12"}}, ("installment.period", "type")),
        ("link", {"version": "v" * 256}, ("version", "maxLength")),
        ("link", {"customer": {"firstName": "J", "lastName": "K", "phone": "call me"}}, ("customer.phone", "pattern")),
    ],
)  # fmt: skip
def test_strict_elsewhere(
    imoje: Imoje, server: SandboxServer, call: str, changes: dict[str, Any], rule: tuple[str, str]
) -> None:
    common: dict[str, Any] = {
        "amount": 50_000, "currency": "PLN", "order_id": "strict-1",
        "success_return_url": "https://shop.example/s", "failure_return_url": "https://shop.example/f",
    }  # fmt: skip
    with pytest.raises(RequestValidationError) as refused:
        if call == "transaction":
            imoje.transactions.create(
                **{"payment_method": "imoje_installments", "payment_method_code": "inbank",
                   "customer": {"firstName": "Jan", "lastName": "K", "email": "j@example.com"}, **common, **changes}
            )  # fmt: skip
        else:
            imoje.payments.create(**{"customer": {"firstName": "Jan", "lastName": "K"}, **common, **changes})
    assert rule in {(problem.field, problem.rule) for problem in refused.value.problems}
