"""The sandbox's paywall: what a payer's browser sees, on the sandbox's own origin.

    POST|GET /payment, /{lang}/payment   a signed paywall form (spec/imoje-paywall.yaml):
                                          checked, then a payment made and the browser sent
                                          to its page (303); refused: a 400 page naming
                                          every field and rule, nothing made or notified
    GET      /s/{code}                    the payer's page of a payment (paywall form or REST
                                          link): the shop's methods and channels, the amount
                                          and order, and the outcomes a tester needs
    POST     /s/{code}                    the payer's choice: pay, reject, leave pending, or
                                          return; the payment moves through the same state
                                          tables and notifications as the control routes,
                                          and the browser goes (303) to the shop's success,
                                          failure or return URL, nothing appended

Sandbox triggers, as imoje documents them for its sandbox: the test cards (a declining card
rejects the payment), and `orderDescription` TEST-100010 for
a provider error on PBL and BLIK. A page never answers 5xx to what a browser sends.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import jinja2
from imoje_client import paywall
from imoje_client.errors import Problem, RequestValidationError
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from imoje_sandbox import faults, links
from imoje_sandbox.errors import ApiProblem
from imoje_sandbox.events import EventName, TransactionChanged
from imoje_sandbox.pipeline import Sandbox
from imoje_sandbox.request_body import encodable
from imoje_sandbox.services import METHOD_LABELS, Channel
from imoje_sandbox.state import PAGES_PREFIX

LANGUAGES: list[str] = paywall.spec()["components"]["schemas"]["PaywallLanguage"]["enum"]
# A form of more fields than this is no payment (the documented ones, with billing,
# shipping and a split payment of a few parts, are under 100).
MAX_FIELDS = 1000

# imoje's sandbox test cards (its older paywall documentation, "Środowisko testowe sandbox"):
# number -> whether the payment goes through.
TEST_CARDS = {
    "4111111111111111": True,
    "4485201817664006": True,
    "4444333322221111": False,
    "4012001037141112": True,
    "4749601201390567": True,
    "4934403892699132": False,
    "4012001007002005": False,
    "4282513338596268": True,
}
PROVIDER_ERROR_ORDER_DESCRIPTION = "TEST-100010"

_TEMPLATES = jinja2.Environment(
    loader=jinja2.FileSystemLoader(Path(__file__).with_name("templates")),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
)

TEXT: dict[str, dict[str, str]] = {
    "pl": {
        "title": "Płatność", "order": "Zamówienie", "amount": "Kwota", "status": "Status",
        "choose": "Wybierz metodę płatności", "card": "Numer karty (testowej)", "pay": "Zapłać",
        "reject": "Odrzuć płatność", "pending": "Zostaw jako oczekującą", "return": "Wróć do sklepu",
        "refused": "Nie można utworzyć płatności", "field": "Pole", "rule": "Reguła",
        "closed": "Ta płatność nie czeka już na zapłatę.", "sandbox": "Środowisko testowe imoje (lokalne)",
        "none": "Sklep nie ma metody płatności dla tej kwoty i waluty.",
    },
    "en": {
        "title": "Payment", "order": "Order", "amount": "Amount", "status": "Status",
        "choose": "Choose a payment method", "card": "Card number (a test card)", "pay": "Pay",
        "reject": "Reject the payment", "pending": "Leave it pending", "return": "Return to the shop",
        "refused": "The payment cannot be created", "field": "Field", "rule": "Rule",
        "closed": "This payment no longer waits to be paid.", "sandbox": "imoje test environment (local)",
        "none": "The shop has no payment method for this amount and currency.",
    },
}  # fmt: skip


def _language(request: Request, forced: str | None) -> str:
    """The page's language: the one the form forced, else the browser's (Polish or English)."""
    if forced in TEXT:
        return forced
    for part in request.headers.get("accept-language", "").split(","):
        tag = part.split(";")[0].strip().lower()[:2]
        if tag in TEXT:
            return tag
    return "pl"


def _page(template: str, status: int, language: str, **values: Any) -> HTMLResponse:
    html = _TEMPLATES.get_template(template).render(t=TEXT[language], lang=language, **values)
    return HTMLResponse(html, status_code=status)


def refused(request: Request, problems: Iterable[Problem], forced: str | None = None) -> HTMLResponse:
    """The 400 page: every field and rule the form broke; nothing was made."""
    return _page("refused.html", 400, _language(request, forced), problems=list(problems))


class FormError(Exception):
    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems


def nested(pairs: Iterable[tuple[str, str]]) -> dict[str, Any]:
    """Form pairs in PHP's bracket notation as the nested fields they name: `billing[city]`
    into `billing.city`, `multipayout[0][ban]` into a list (indexes 0..n-1); FormError for
    a name that is not that notation, a field sent twice or a group also sent as text."""
    fields: dict[str, Any] = {}
    for name, value in pairs:
        head, _, rest = name.partition("[")
        keys = [head] + (rest[:-1].split("][") if rest else [])
        if not head or (rest and not rest.endswith("]")) or any(not key for key in keys):
            raise FormError([Problem(name, "name", "not a field name in bracket notation")])
        node = fields
        for key in keys[:-1]:
            node = node.setdefault(key, {})
            if not isinstance(node, dict):
                raise FormError([Problem(name, "name", "a field is sent both as text and as a group")])
        if keys[-1] in node:
            raise FormError([Problem(name, "duplicate", "sent more than once")])
        node[keys[-1]] = value
    return {key: _lists(value) for key, value in fields.items()}


def _lists(value: Any) -> Any:
    if not isinstance(value, dict):
        return value
    value = {key: _lists(inner) for key, inner in value.items()}
    if value and all(key.isdigit() for key in value) and sorted(map(int, value)) == list(range(len(value))):
        return [value[str(index)] for index in range(len(value))]
    return value


async def _pairs(request: Request, limit: int) -> list[tuple[str, str]]:
    if request.method == "GET":
        text = request.url.query
    else:
        media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if media_type != "application/x-www-form-urlencoded":
            raise FormError(
                [
                    Problem(
                        "Content-Type",
                        "media type",
                        f"a form is sent as application/x-www-form-urlencoded, not {media_type or 'none'}",
                    )
                ]
            )
        raw = bytearray()
        async for chunk in request.stream():
            raw += chunk
            if len(raw) > limit:
                raise FormError([Problem("(body)", "size", f"the form is larger than {limit} bytes")])
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise FormError([Problem("(body)", "encoding", f"not UTF-8 (byte {exc.start})")]) from None
    try:
        pairs = parse_qsl(text, keep_blank_values=True, max_num_fields=MAX_FIELDS, errors="strict")
    except (ValueError, UnicodeDecodeError) as exc:
        raise FormError([Problem("(form)", "syntax", str(exc))]) from None
    if not all(encodable(key) and encodable(value) for key, value in pairs):
        raise FormError([Problem("(form)", "encoding", "a value holds a lone surrogate: not Unicode text")])
    return pairs


def check(sandbox: Sandbox, fields: Mapping[str, Any]) -> list[Problem]:
    """Every reason to refuse the form: the spec's rules, the merchant, the shop, the
    signature (over every field received, extras too), the validity time."""
    found: list[Problem] = []
    try:
        paywall.check(fields)
    except RequestValidationError as broken:
        found.extend(broken.problems)
    config = sandbox.config
    if "merchantId" in fields and fields["merchantId"] != config.merchant_id:
        found.append(Problem("merchantId", "unknown", "not this sandbox's merchant"))
    if "serviceId" in fields and fields["serviceId"] not in sandbox.store.shops:
        found.append(Problem("serviceId", "unknown", "no shop of this merchant has this id"))
    verified = faults.ignores_paywall_signature(config.faults) or paywall.verify(fields, config.service_key)
    if "signature" in fields and not verified:
        found.append(Problem("signature", "signature", "does not match the fields sent and the shop key"))
    valid_to = fields.get("validTo")
    now = sandbox.store.clock.current()
    if isinstance(valid_to, str) and valid_to.isdigit() and int(valid_to) < now + links.MINIMUM_VALIDITY_SECONDS:
        found.append(Problem("validTo", "minimum", f"at least {links.MINIMUM_VALIDITY_SECONDS} s ahead of now ({now})"))
    return found


@dataclass(frozen=True)
class Offer:
    """A channel the page offers, with its method's label."""

    method: str
    code: str
    label: str
    method_label: str
    checked: bool

    @property
    def value(self) -> str:
        return f"{self.method}:{self.code}"


def offers(channels: Iterable[Channel], link: Mapping[str, Any], options: Mapping[str, str]) -> list[Offer]:
    visible = set(options["visibleMethod"].split(",")) if options.get("visibleMethod") else None
    taken = [
        channel
        for channel in channels
        if channel.takes(link["amount"], link["currency"]) and (visible is None or channel.method in visible)
    ]
    preselected = options.get("preselectMethodCode") or (taken[0].code if taken else "")
    return [
        Offer(c.method, c.code, c.label, METHOD_LABELS.get(c.method, c.method), c.code == preselected) for c in taken
    ]


def routes(sandbox: Sandbox) -> list[BaseRoute]:
    async def payment(request: Request) -> Response:
        forced = request.path_params.get("lang")
        if forced is not None and forced not in LANGUAGES:
            return refused(request, [Problem("lang", "enum", f"none of {', '.join(LANGUAGES)}")])
        try:
            fields = nested(await _pairs(request, sandbox.config.max_body_bytes))
        except FormError as bad:
            return refused(request, bad.problems, forced)
        problems = check(sandbox, fields)
        if problems:
            return refused(request, problems, forced)
        with sandbox.store.unit():
            sandbox.publish(tuple(sandbox.store.expire_due()))
            link = sandbox.store.create_paywall_payment({**fields, **({"lang": forced} if forced else {})})
        return RedirectResponse(link["url"], status_code=303)

    def _link(request: Request) -> dict[str, Any] | None:
        with sandbox.store.unit():
            sandbox.publish(tuple(sandbox.store.expire_due()))
            try:
                return sandbox.store.link_by_code(request.path_params["code"])
            except ApiProblem:
                return None

    async def page(request: Request) -> Response:
        link = _link(request)
        if link is None:
            return _page("missing.html", 404, _language(request, None))
        options = sandbox.store.page_options.get(link["id"], {})
        language = _language(request, options.get("lang"))
        return _page(
            "pay.html", 200, language, link=link, open=link["status"] in links.OPEN,
            offers=offers(sandbox.config.channels, link, options), amount=_amount(link["amount"], language),
        )  # fmt: skip

    async def choose(request: Request) -> Response:
        link = _link(request)
        if link is None:
            return _page("missing.html", 404, _language(request, None))
        options = sandbox.store.page_options.get(link["id"], {})
        try:
            choice = dict(await _pairs(request, sandbox.config.max_body_bytes))
        except FormError as bad:
            return refused(request, bad.problems, options.get("lang"))
        outcome = choice.get("outcome", "")
        if outcome == "return":
            return RedirectResponse(link["returnUrl"], status_code=303)
        if link["status"] not in links.OPEN or outcome not in ("pay", "reject", "pending"):
            return await page(request)
        offered = {offer.value: offer for offer in offers(sandbox.config.channels, link, options)}
        chosen = offered.get(choice.get("channel", ""))
        if chosen is None:
            return refused(
                request, [Problem("channel", "enum", "choose one of the page's channels")], options.get("lang")
            )
        outcome = _triggered(outcome, chosen, link, choice.get("cardNumber", ""))
        with sandbox.store.unit():
            if link["status"] == "new":
                started = sandbox.store.advance_link(link["id"], "start", (chosen.method, chosen.code))
                _notify(sandbox, "payment started", started)
            if outcome == "pending":
                return RedirectResponse(link["returnUrl"], status_code=303)
            action = "settle" if outcome == "pay" else "reject"
            moved = sandbox.store.advance_link(link["id"], action)
            _notify(sandbox, "payment settled" if action == "settle" else "payment rejected", moved)
        target = link["successReturnUrl"] if action == "settle" else link["failureReturnUrl"]
        return RedirectResponse(target, status_code=303)

    return [
        Route("/payment", payment, methods=["GET", "POST"]),
        Route("/{lang}/payment", payment, methods=["GET", "POST"]),
        Route(PAGES_PREFIX + "/{code}", page, methods=["GET"]),
        Route(PAGES_PREFIX + "/{code}", choose, methods=["POST"]),
    ]


def _amount(minor: int, language: str) -> str:
    """Minor units as the payer reads them: `149,90` in Polish, `149.90` in English."""
    shown = f"{minor // 100}.{minor % 100:02d}"
    return shown.replace(".", ",") if language == "pl" else shown


def _notify(sandbox: Sandbox, event: EventName, link: dict[str, Any]) -> None:
    # As the control routes do: each of the link's transactions, with the link.
    sandbox.publish(tuple(TransactionChanged(event, transaction, link) for transaction in link["transactions"]))


def _triggered(outcome: str, chosen: Offer, link: Mapping[str, Any], card: str) -> str:
    """The outcome imoje's sandbox gives: a test card's, or a provider error by orderDescription."""
    if outcome != "pay":
        return outcome
    if chosen.method in ("pbl", "blik") and link.get("title") == PROVIDER_ERROR_ORDER_DESCRIPTION:
        return "reject"
    number = "".join(card.split())
    if chosen.method == "card" and number in TEST_CARDS and not TEST_CARDS[number]:
        return "reject"
    return outcome
