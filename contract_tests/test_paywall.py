"""The paywall's FRONT API (spec/imoje-paywall.yaml), judged from the spec: a correctly
signed payment is accepted; a wrong signature, each required field missing and each
documented rule broken (re-signed, so that the rule is what is refused) are refused with a
4XX. Creating a paywall payment moves no money: nothing is paid.

The embedded sandbox's paywall is on its own origin. Against imoje, IMOJE_PAYWALL_URL names
the paywall (https://sandbox.paywall.imoje.pl, or ING Pay's https://paywall.sandbox.pay.ing.pl)
and IMOJE_SERVICE_KEY the shop key that signs; without them these tests are skipped, saying
so. The paywall's host is judged by the suite's guard (production refused)."""

import os
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlencode, urlsplit

import httpx
import pytest
from imoje_client import paywall

from contract_tests.failures import PaywallAcceptedBroken, PaywallRefusedSigned
from contract_tests.hosts import SANDBOX_PAYWALL_HOSTS
from contract_tests.target import Target, check_url

PAYWALL_SETTING = "IMOJE_PAYWALL_URL"
SCHEMA = paywall.spec()["components"]["schemas"]["PaywallPayment"]


@pytest.fixture(scope="module")
def paywall_url(target: Target) -> str:
    if target.is_embedded_sandbox:
        parts = urlsplit(target.base_url)
        return f"{parts.scheme}://{parts.netloc}"
    url = os.environ.get(PAYWALL_SETTING, "").rstrip("/")
    if not url or not os.environ.get("IMOJE_SERVICE_KEY"):
        pytest.skip(f"{PAYWALL_SETTING} and IMOJE_SERVICE_KEY are not set: the paywall is not checked")
    check_url(url, target.allowed | SANDBOX_PAYWALL_HOSTS)  # TargetRefused: production, or a host not allowed
    return url


@pytest.fixture(scope="module")
def service_key(target: Target) -> str:
    key = os.environ.get("IMOJE_SERVICE_KEY")
    if not key:
        pytest.skip("IMOJE_SERVICE_KEY is not set: the paywall is not checked")
    return key


@pytest.fixture(scope="module")
def browser(paywall_url: str) -> Iterator[httpx.Client]:
    # As the payer's browser posts a form: no redirect followed, no environment proxy.
    with httpx.Client(follow_redirects=False, trust_env=False, timeout=30) as client:
        yield client


def _fields(target: Target) -> dict[str, Any]:
    return {
        "serviceId": target.service_id, "merchantId": target.merchant_id, "amount": "1999", "currency": "PLN",
        "orderId": "contract-paywall-1", "customerFirstName": "Jan", "customerLastName": "Kowalski",
        "customerEmail": "jan@example.com", "orderDescription": "Contract test",
        "urlSuccess": "https://shop.example/paid", "urlFailure": "https://shop.example/failed",
    }  # fmt: skip


def _send(browser: httpx.Client, url: str, fields: dict[str, Any]) -> httpx.Response:
    pairs = [(name, str(value)) for name, value in fields.items()]
    return browser.post(
        f"{url}/payment", content=urlencode(pairs), headers={"Content-Type": "application/x-www-form-urlencoded"}
    )


def _signed(fields: dict[str, Any], key: str) -> dict[str, Any]:
    return {**fields, "signature": paywall.signature(fields, key)}


def test_a_correctly_signed_payment_is_accepted(
    target: Target, paywall_url: str, service_key: str, browser: httpx.Client
) -> None:
    fields = _signed(_fields(target), service_key)
    paywall.check(fields)  # what is sent is what the spec allows
    answer = _send(browser, paywall_url, fields)
    if answer.status_code >= 400:
        raise PaywallRefusedSigned(
            operation="createPaywallPayment", message=f"a signed payment was answered HTTP {answer.status_code}"
        )


def _broken() -> list[tuple[str, Any]]:
    """One value breaking each documented rule of the top-level fields (enum, pattern, length)."""
    found: list[tuple[str, Any]] = []
    schemas = paywall.spec()["components"]["schemas"]
    for name, schema in SCHEMA["properties"].items():
        schema = schemas[schema["$ref"].rsplit("/", 1)[1]] if "$ref" in schema else schema
        if name == "signature" or schema.get("type") != "string":
            continue
        if "enum" in schema:
            found.append((f"{name}: enum", (name, "NOT-IN-ENUM")))
        elif "maxLength" in schema:
            found.append((f"{name}: maxLength", (name, "a" * (schema["maxLength"] + 1))))
        elif "pattern" in schema:
            found.append((f"{name}: pattern", (name, "bad\nvalue")))
    return found


BROKEN = _broken()


@pytest.mark.parametrize(("field", "value"), [case for _, case in BROKEN], ids=[label for label, _ in BROKEN])
def test_a_payment_breaking_a_documented_rule_is_refused(
    field: str, value: str, target: Target, paywall_url: str, service_key: str, browser: httpx.Client
) -> None:
    fields = _signed({**_fields(target), field: value}, service_key)
    answer = _send(browser, paywall_url, fields)
    if not 400 <= answer.status_code < 500:
        raise PaywallAcceptedBroken(
            operation="createPaywallPayment",
            message=f"{field} breaking its rule was answered HTTP {answer.status_code}, not a 4XX",
        )


@pytest.mark.parametrize("field", SCHEMA["required"])
def test_a_payment_missing_a_required_field_is_refused(
    field: str, target: Target, paywall_url: str, service_key: str, browser: httpx.Client
) -> None:
    fields = _signed(_fields(target), service_key)
    fields.pop(field)
    if field != "signature":
        fields = _signed({k: v for k, v in fields.items() if k != "signature"}, service_key)
    answer = _send(browser, paywall_url, fields)
    if not 400 <= answer.status_code < 500:
        raise PaywallAcceptedBroken(
            operation="createPaywallPayment", message=f"without {field}: HTTP {answer.status_code}, not a 4XX"
        )


def test_a_wrong_signature_is_refused(
    target: Target, paywall_url: str, service_key: str, browser: httpx.Client
) -> None:
    fields = _signed(_fields(target), service_key)
    answer = _send(browser, paywall_url, {**fields, "amount": "2000"})
    if not 400 <= answer.status_code < 500:
        raise PaywallAcceptedBroken(
            operation="createPaywallPayment",
            message=f"a changed amount under the old signature: HTTP {answer.status_code}",
        )
