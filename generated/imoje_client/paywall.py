"""imoje's paywall (the FRONT API, spec/imoje-paywall.yaml): signed payments the payer's
browser sends to `{paywall}/payment`, as a form or a link.

    from imoje_client import paywall

    payment = paywall.build_payment(
        service_id=SHOP_ID, merchant_id=MERCHANT_ID, service_key=SHOP_KEY,
        amount=12_99, currency="PLN", order_id="order-1",
        customer_first_name="Jan", customer_last_name="Kowalski",
        url_success="https://shop.example/paid", url_failure="https://shop.example/failed",
    )
    html = payment.form_html()    # an auto-submitting form: the checkout's answer
    link = payment.url()          # the same, as a GET link

Every field is checked against the spec before anything is signed (RequestValidationError
naming the field and the rule), the signature is the vendor's algorithm (`signature`), and
the paywall is imoje's sandbox unless another environment or URL is named; a production
paywall only with `production=True`. No web framework is needed: the form is plain HTML.
"""

import base64
import gzip
import hashlib
import hmac
import html
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, TypeAlias, Union
from urllib.parse import quote, urlencode, urlsplit

from . import openapi
from .environments import ENVIRONMENTS, IMOJE_SANDBOX, Environment
from .errors import ClientConfigurationError, Problem, RequestValidationError

SPEC_FILE = "paywall.json"
OPERATION = "createPaywallPayment"

# A value the signature covers: text, or a nested group (`billing[...]`, `multipayout[0][...]`).
# Union, not `|`: a recursive alias names itself as a string, which `|` cannot join at run time.
Field: TypeAlias = Union[str, int, Mapping[str, "Field"], Sequence["Field"]]  # noqa: UP007


@cache
def spec() -> dict[str, Any]:
    """The FRONT API document this package carries (spec/imoje-paywall.yaml)."""
    document: dict[str, Any] = json.loads(
        resources.files(__package__).joinpath(SPEC_FILE).read_text(encoding="utf-8")
    )
    return document


def algorithms() -> tuple[str, ...]:
    """The hashes the paywall takes (`x-signature.algorithms`)."""
    return tuple(spec()["x-signature"]["algorithms"])


DEFAULT_ALGORITHM: str = spec()["x-signature"]["default"]
SIGNATURE_FIELD: str = spec()["x-signature"]["field"]


def _flat(
    fields: Mapping[str, Field] | Sequence[Field], prefix: str = ""
) -> list[tuple[str, str]]:
    """The vendor's `prepareData` (the signature topic's PHP): each level sorted by key, list
    indexes and numeric keys numerically (PHP's array keys), nested groups as `parent[child]`."""
    items: list[tuple[Any, Field]] = (
        sorted(fields.items(), key=lambda item: _key_order(item[0]))
        if isinstance(fields, Mapping)
        else list(enumerate(fields))
    )
    found: list[tuple[str, str]] = []
    for key, value in items:
        name = f"{prefix}[{key}]" if prefix else str(key)
        if isinstance(value, Mapping | list | tuple):
            found.extend(_flat(value, name))
        else:
            found.append((name, str(value)))
    return found


def _key_order(key: Any) -> tuple[int, int, str]:
    # PHP turns a decimal key ("10") into an integer, which sorts numerically.
    text = str(key)
    if text.isascii() and text.isdigit() and (text == "0" or not text.startswith("0")):
        return (0, int(text), "")
    return (1, 0, text)


def signed_text(fields: Mapping[str, Field]) -> str:
    """What the signature is computed over: every field but `signature`, raw (not URL-encoded)."""
    return "&".join(
        f"{name}={value}" for name, value in _flat(fields) if name != SIGNATURE_FIELD
    )


def signature(
    fields: Mapping[str, Field], service_key: str, algorithm: str = DEFAULT_ALGORITHM
) -> str:
    """The `signature` field's value for `fields`: `<lowercase hex>;<algorithm>`, the hex
    digest of the signed text followed by the shop key (plain concatenation, UTF-8)."""
    if algorithm not in algorithms():
        raise ClientConfigurationError(
            f"algorithm: {algorithm!r} is none of {', '.join(algorithms())}"
        )
    if not isinstance(service_key, str) or not service_key.strip():
        raise ClientConfigurationError(
            "service_key: the shop key is empty; every signature would be forgeable"
        )
    digest = hashlib.new(
        algorithm, (signed_text(fields) + service_key).encode("utf-8", "surrogatepass")
    )
    return f"{digest.hexdigest()};{algorithm}"


def verify(fields: Mapping[str, Field], service_key: str) -> bool:
    """Whether `fields` carry a signature made with `service_key` over all the others."""
    given = fields.get(SIGNATURE_FIELD)
    if not isinstance(given, str) or ";" not in given:
        return False
    algorithm = given.rsplit(";", 1)[1]
    if algorithm not in algorithms():
        return False
    return hmac.compare_digest(signature(fields, service_key, algorithm), given)


def encode_blob(document: Mapping[str, Any] | Sequence[Any]) -> str:
    """`invoice` and `cart` as the pages define them: base64 of the gzip (level 5) of the JSON."""
    raw = json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode(
        "utf-8"
    )
    return base64.b64encode(gzip.compress(raw, compresslevel=5, mtime=0)).decode(
        "ascii"
    )


@dataclass(frozen=True)
class Address:
    """A payer's billing or shipping address (`billing[...]`, `shipping[...]`)."""

    first_name: str
    last_name: str
    company: str | None = None
    street: str | None = None
    city: str | None = None
    region: str | None = None
    postal_code: str | None = None
    country_code_alpha2: str | None = None
    tax_id: str | None = None  # billing only

    def fields(self) -> dict[str, str]:
        named = {
            "firstName": self.first_name, "lastName": self.last_name, "company": self.company,
            "street": self.street, "city": self.city, "region": self.region, "postalCode": self.postal_code,
            "countryCodeAlpha2": self.country_code_alpha2, "taxId": self.tax_id,
        }  # fmt: skip
        return {name: value for name, value in named.items() if value is not None}


@dataclass(frozen=True)
class Payout:
    """One part of a split payment (`multipayout[i][...]`): `amount` in minor units."""

    ban: str
    amount: int
    label: str
    title: str | None = None

    def fields(self) -> dict[str, str]:
        named = {
            "ban": self.ban,
            "amount": _text(self.amount),
            "label": self.label,
            "title": self.title,
        }
        return {name: value for name, value in named.items() if value is not None}


@dataclass(frozen=True)
class PaywallPayment:
    """Signed fields and where the browser sends them."""

    fields: Mapping[str, Field]
    action: str

    def form_fields(self) -> list[tuple[str, str]]:
        """The fields as a form sends them: nested ones in bracket notation, in signing order."""
        return [pair for pair in _flat(self.fields) if pair[0] != SIGNATURE_FIELD] + [
            (SIGNATURE_FIELD, str(self.fields[SIGNATURE_FIELD]))
        ]

    def url(self) -> str:
        """The payment as a GET link (every value percent-encoded, the signature's `;` too)."""
        return (
            f"{self.action}?{urlencode(self.form_fields(), quote_via=quote, safe='')}"
        )

    def form_html(
        self, *, auto_submit: bool = True, button: str = "Zapłać / Pay"
    ) -> str:
        """A whole HTML page whose form posts the payment (values escaped); it submits itself
        unless `auto_submit=False`, and its button works without JavaScript."""
        inputs = "\n".join(
            f'<input type="hidden" name="{html.escape(name)}" value="{html.escape(value)}">'
            for name, value in self.form_fields()
        )
        submit = ' onload="document.forms[0].submit()"' if auto_submit else ""
        return (
            '<!doctype html>\n<html><head><meta charset="utf-8"><title>imoje</title></head>\n'
            f"<body{submit}>\n"
            f'<form method="post" action="{html.escape(self.action)}" accept-charset="utf-8">\n{inputs}\n'
            f'<button type="submit">{html.escape(button)}</button>\n</form>\n</body></html>\n'
        )


def _text(value: int) -> str:
    if isinstance(value, bool) or not isinstance(value, int):
        raise RequestValidationError(
            OPERATION, [Problem("amount", "type", f"{value!r} is not an integer")]
        )
    return str(value)


@cache
def _validator() -> Any:
    document = spec()
    return openapi.validator(document, {"$ref": "#/components/schemas/PaywallPayment"})


def check(fields: Mapping[str, Field]) -> None:
    """RequestValidationError naming every field and rule `fields` break (the spec's
    PaywallPayment); nothing else is done."""
    found = list(openapi.problems(_validator(), _jsonable(fields)))
    if found:
        raise RequestValidationError(OPERATION, found)


def _jsonable(value: Field) -> Any:
    if isinstance(value, Mapping):
        return {str(key): _jsonable(inner) for key, inner in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(inner) for inner in value]
    return value


def payment_url(paywall_url: str, language: str | None = None) -> str:
    """Where the form goes: `{paywall}/payment`, or `{paywall}/{language}/payment`."""
    if language is not None:
        languages = spec()["components"]["schemas"]["PaywallLanguage"]["enum"]
        if language not in languages:
            raise RequestValidationError(
                OPERATION,
                [Problem("lang", "enum", f"{language!r} is none of {languages}")],
            )
        return f"{paywall_url.rstrip('/')}/{language}/payment"
    return f"{paywall_url.rstrip('/')}/payment"


def _production(url: str) -> bool:
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    return any(
        env.production and urlsplit(env.paywall_url).hostname == host
        for env in ENVIRONMENTS.values()
    )


def build_payment(
    *,
    service_id: str,
    merchant_id: str,
    service_key: str,
    amount: int,
    currency: str,
    order_id: str,
    customer_first_name: str,
    customer_last_name: str,
    customer_email: str | None = None,
    customer_phone: str | None = None,
    order_description: str | None = None,
    additional_description: str | None = None,
    url_success: str | None = None,
    url_failure: str | None = None,
    url_return: str | None = None,
    url_notification: str | None = None,
    visible_methods: Sequence[str] | None = None,
    valid_to: int | None = None,
    preselect_method_code: str | None = None,
    billing: Address | None = None,
    shipping: Address | None = None,
    invoice: str | None = None,
    cart: str | None = None,
    multipayout: Sequence[Payout] | None = None,
    extra: Mapping[str, str] | None = None,
    algorithm: str = DEFAULT_ALGORITHM,
    environment: Environment = IMOJE_SANDBOX,
    paywall_url: str | None = None,
    language: str | None = None,
    production: bool = False,
) -> PaywallPayment:
    """A signed paywall payment, checked against the spec. `invoice` and `cart` are blobs
    (`encode_blob`); `extra` adds fields (signed too), as imoje's plugins add `version`.
    The paywall is `paywall_url`, else `environment`'s; a production one only with
    `production=True`."""
    base = paywall_url or environment.paywall_url
    if (
        _production(base) or (paywall_url is None and environment.production)
    ) and not production:
        raise ClientConfigurationError(
            f"paywall_url: {urlsplit(base).hostname} is a production paywall; pass production=True to build for it"
        )
    if shipping is not None and shipping.tax_id is not None:
        raise RequestValidationError(
            OPERATION,
            [Problem("shipping.taxId", "additionalProperties", "billing only")],
        )
    named: dict[str, Field | None] = {
        "serviceId": service_id, "merchantId": merchant_id, "amount": _text(amount), "currency": currency,
        "orderId": order_id, "customerFirstName": customer_first_name, "customerLastName": customer_last_name,
        "customerEmail": customer_email, "customerPhone": customer_phone, "orderDescription": order_description,
        "additionalDescription": additional_description, "urlSuccess": url_success, "urlFailure": url_failure,
        "urlReturn": url_return, "urlNotification": url_notification,
        "visibleMethod": None if visible_methods is None else ",".join(visible_methods),
        "validTo": None if valid_to is None else _text(valid_to), "preselectMethodCode": preselect_method_code,
        "billing": None if billing is None else billing.fields(),
        "shipping": None if shipping is None else shipping.fields(),
        "invoice": invoice, "cart": cart,
        "multipayout": None if multipayout is None else [payout.fields() for payout in multipayout],
    }  # fmt: skip
    fields: dict[str, Field] = {
        name: value for name, value in named.items() if value is not None
    }
    for name, value in (extra or {}).items():
        if name in fields or name == SIGNATURE_FIELD:
            raise RequestValidationError(
                OPERATION,
                [Problem(name, "extra", "extra fields may not replace named ones")],
            )
        fields[name] = value
    fields[SIGNATURE_FIELD] = signature(fields, service_key, algorithm)
    check(fields)
    return PaywallPayment(fields, payment_url(base, language))


__all__ = [
    "DEFAULT_ALGORITHM",
    "SIGNATURE_FIELD",
    "Address",
    "Field",
    "Payout",
    "PaywallPayment",
    "algorithms",
    "build_payment",
    "check",
    "encode_blob",
    "payment_url",
    "signature",
    "signed_text",
    "spec",
    "verify",
]
