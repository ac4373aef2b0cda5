"""imoje_client.paywall: the vendor's signature, typed payments checked against the FRONT
API spec, rendered as a form and as a link."""

import base64
import gzip
import html.parser
import json
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest
from imoje_client import paywall
from imoje_client.environments import IMOJE_PRODUCTION, ING_PAY_PRODUCTION, ING_PAY_SANDBOX
from imoje_client.errors import ClientConfigurationError, RequestValidationError

from tests.paths import EXAMPLES_DIR

VECTORS: list[dict[str, Any]] = json.loads((EXAMPLES_DIR / "paywall" / "signature.json").read_text(encoding="utf-8"))[
    "vectors"
]
SHOP = "2a249f52-d29c-46e7-9575-e65a889c7d38"
KEY = "shop-key-0123456789abcdef"


@pytest.mark.parametrize("vector", VECTORS, ids=[vector["name"] for vector in VECTORS])
def test_each_vector_signs_its_body_to_its_signature(vector: dict[str, Any]) -> None:
    assert paywall.signed_text(vector["fields"]) == vector["body"]
    assert paywall.signature(vector["fields"], vector["key"], vector["algorithm"]) == vector["signature"]
    assert paywall.verify({**vector["fields"], "signature": vector["signature"]}, vector["key"])


def test_the_vendors_printed_vector_is_among_them() -> None:
    printed = [vector for vector in VECTORS if vector["printed_by_vendor"]]
    assert [vector["signature"] for vector in printed] == [
        "0dd0c7b26d2bb0ea0b87c1cb10d83ab54a2ce18f72c7be8ef1b4bb31ad7515c2;sha256"
    ]


def test_one_byte_changed_anywhere_no_longer_verifies() -> None:
    vector = VECTORS[0]
    signed = {**vector["fields"], "signature": vector["signature"]}
    for name in vector["fields"]:
        changed = {**signed, name: signed[name] + "x"}
        assert not paywall.verify(changed, vector["key"]), name
    assert not paywall.verify({**signed, "extra": "1"}, vector["key"])
    assert not paywall.verify(signed, vector["key"] + "x")
    assert not paywall.verify({**signed, "signature": vector["signature"].upper()}, vector["key"])
    assert not paywall.verify({**signed, "signature": vector["signature"].replace("sha256", "md5")}, vector["key"])


def test_a_trailing_ampersand_or_encoded_values_are_not_the_algorithm() -> None:
    # The mistakes community code made (paywall-signature.derived.md): each gives another digest.
    vector = VECTORS[0]
    assert paywall.signed_text(vector["fields"]) + "&" != vector["body"]
    assert "%" not in paywall.signed_text({**vector["fields"], "urlSuccess": "https://a.example/?x=1 2"})


def _payment(**changes: Any) -> paywall.PaywallPayment:
    fields: dict[str, Any] = {
        "service_id": SHOP,
        "merchant_id": "6yt3gjtm9p1odfgx8491",
        "service_key": KEY,
        "amount": 12_99,
        "currency": "PLN",
        "order_id": "order-1",
        "customer_first_name": "Zażółć",
        "customer_last_name": "Gęślą",
        "url_success": "https://shop.example/paid?order=1&x=%3Cy%3E",
        "url_failure": "https://shop.example/failed",
        **changes,
    }
    return paywall.build_payment(**fields)


def test_a_built_payment_is_signed_over_everything_it_sends() -> None:
    payment = _payment(
        billing=paywall.Address("Jan", "Kowalski", country_code_alpha2="PL", tax_id="123"),
        multipayout=[paywall.Payout("PL61109010140000071219812874", 1000, "a"), paywall.Payout("PL2", 299, "b")],
        extra={"version": "1.0;tests"},
        visible_methods=["blik", "card"],
    )
    sent = dict(payment.form_fields())
    assert sent["billing[taxId]"] == "123" and sent["multipayout[1][amount]"] == "299"
    assert sent["visibleMethod"] == "blik,card" and sent["amount"] == "1299" and sent["version"] == "1.0;tests"
    assert paywall.verify(payment.fields, KEY)
    assert payment.action == "https://sandbox.paywall.imoje.pl/payment"


class _Form(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.inputs: list[tuple[str, str]] = []
        self.action = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "form":
            self.action = found["action"] or ""
        if tag == "input":
            self.inputs.append((found["name"] or "", found["value"] or ""))


def test_the_form_carries_every_field_escaped_and_the_link_the_same_fields() -> None:
    payment = _payment(order_description="Order #1 & co.", extra={"note": 'a "b" <b>'})
    page = _Form()
    page.feed(payment.form_html())
    assert page.action == payment.action and page.inputs == payment.form_fields()
    assert "<b>" not in payment.form_html()
    link = urlsplit(payment.url())
    assert f"{link.scheme}://{link.netloc}{link.path}" == payment.action
    assert parse_qsl(link.query, keep_blank_values=True) == payment.form_fields()
    assert ";" not in link.query and "%3Bsha256" in link.query


@pytest.mark.parametrize(
    ("changes", "field", "rule"),
    [
        ({"order_id": "order\n1"}, "orderId", "pattern"),
        ({"customer_first_name": ""}, "customerFirstName", "minLength"),
        ({"currency": "XYZ"}, "currency", "enum"),
        ({"service_id": "not-a-uuid"}, "serviceId", "pattern"),
        ({"url_success": "shop.example/paid"}, "urlSuccess", "pattern"),
        ({"visible_methods": ["blik", "cash"]}, "visibleMethod", "pattern"),
        ({"customer_email": "x" * 190 + "@example.com"}, "customerEmail", "maxLength"),
        (
            {"billing": paywall.Address("Jan", "Kowalski", country_code_alpha2="POL")},
            "billing.countryCodeAlpha2",
            "pattern",
        ),
        ({"multipayout": [paywall.Payout("PL1", 1, "x" * 36)]}, "multipayout[0].label", "maxLength"),
    ],
)
def test_a_field_breaking_the_spec_is_refused_naming_it_and_the_rule(
    changes: dict[str, Any], field: str, rule: str
) -> None:
    with pytest.raises(RequestValidationError) as refused:
        _payment(**changes)
    assert (field, rule) in {(problem.field, problem.rule) for problem in refused.value.problems}


def test_the_amount_must_be_an_integer_of_minor_units() -> None:
    for amount in (12.99, "1299", True):
        with pytest.raises(RequestValidationError) as refused:
            _payment(amount=amount)
        assert refused.value.problems[0].field == "amount"
    with pytest.raises(RequestValidationError) as refused:
        _payment(amount=0)
    assert [(p.field, p.rule) for p in refused.value.problems] == [("amount", "pattern")]


def test_a_production_paywall_only_when_asked() -> None:
    for asked in ({"environment": IMOJE_PRODUCTION}, {"environment": ING_PAY_PRODUCTION},
                  {"paywall_url": "https://PAYWALL.imoje.pl."}):  # fmt: skip
        with pytest.raises(ClientConfigurationError):
            _payment(**asked)
    assert _payment(environment=IMOJE_PRODUCTION, production=True).action == "https://paywall.imoje.pl/payment"
    assert _payment(environment=ING_PAY_SANDBOX).action == "https://paywall.sandbox.pay.ing.pl/payment"
    assert _payment(paywall_url="http://127.0.0.1:8700", language="en").action == "http://127.0.0.1:8700/en/payment"


def test_an_unknown_language_algorithm_or_an_empty_key_is_refused() -> None:
    with pytest.raises(RequestValidationError) as refused:
        _payment(language="xx")
    assert refused.value.problems[0].field == "lang"
    with pytest.raises(ClientConfigurationError):
        _payment(algorithm="md5")
    with pytest.raises(ClientConfigurationError):
        _payment(service_key=" ")


def test_a_blob_is_base64_of_gzip_of_the_json() -> None:
    document = {"items": [{"id": "1", "name": "Łódka", "amount": 100000}]}
    blob = paywall.encode_blob(document)
    assert json.loads(gzip.decompress(base64.b64decode(blob))) == document
    assert paywall.verify(_payment(cart=blob, visible_methods=["lease"]).fields, KEY)
