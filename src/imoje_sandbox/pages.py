"""The sandbox's paywall: what a payer's browser sees, on the sandbox's own origin.

    POST|GET /payment, /{lang}/payment   a signed paywall form (spec/imoje-paywall.yaml):
                                          checked, then a payment made and the browser sent
                                          to its page (303); refused: a 400 page naming
                                          every field and rule, nothing made or notified
    GET      /s/{code}                    the payer's page of a payment (paywall form or REST
                                          link: the shop's methods and channels, honouring
                                          visibleMethod and preselectMethodCode), or of a
                                          transaction created directly (its action.url: its
                                          own channel); the amount, the order, and the
                                          outcomes a tester needs
    POST     /s/{code}                    the payer's choice: pay, reject, leave pending, or
                                          return; the payment moves through the same state
                                          tables and notifications as the control routes,
                                          and the browser goes (303) to the shop's success,
                                          failure or return URL, nothing appended

Sandbox triggers, as imoje documents them for its sandbox: the test cards (a declining card
rejects the payment: CODE_05, or CODE_51 for an amount of 1 zł), `orderDescription`
TEST-100010 for a provider error on PBL and BLIK (TEST-100000, the default, pays), and the
sandbox's own BLIK test codes (imoje documents none): 000000 never confirms, 2100xx fails with
BLK-ERROR-2100xx, any other code pays. A page never answers 5xx to what a browser sends.
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

from imoje_sandbox import faults, links, transactions
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
        "blik": "Kod BLIK (testowy)",
        "reject": "Odrzuć płatność", "pending": "Zostaw jako oczekującą", "return": "Wróć do sklepu",
        "refused": "Nie można utworzyć płatności", "field": "Pole", "rule": "Reguła",
        "closed": "Ta płatność nie czeka już na zapłatę.", "sandbox": "Środowisko testowe imoje (lokalne)",
        "none": "Sklep nie ma metody płatności dla tej kwoty i waluty.",
    },
    "en": {
        "title": "Payment", "order": "Order", "amount": "Amount", "status": "Status",
        "choose": "Choose a payment method", "card": "Card number (a test card)", "pay": "Pay",
        "blik": "BLIK code (a test code)",
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


@dataclass(frozen=True)
class Payable:
    """What a page is opened for: a payment (a paywall form's or a REST link's `url`,
    `/s/<code>`), or a transaction created directly (its `action.url`, `/s/<its id>`), whose
    method and channel the shop already chose."""

    record: dict[str, Any]
    options: Mapping[str, str]
    direct: bool

    @property
    def open(self) -> bool:
        return self.record["status"] in (DIRECT_OPEN if self.direct else links.OPEN)

    def offers(self, channels: Iterable[Channel]) -> list[Offer]:
        if not self.direct:
            return offers(channels, self.record, self.options)
        method, code = self.record["paymentMethod"], self.record["paymentMethodCode"]
        label = next((c.label for c in channels if (c.method, c.code) == (method, code)), code)
        return [Offer(method, code, label, METHOD_LABELS.get(method, method), True)]

    def back(self, outcome: str) -> str:
        """Where the browser goes after `outcome`: paid to the success URL, rejected to the
        failure URL; otherwise a payment's return URL. A transaction's request names no return
        URL: left pending (paid at the bank, its answer on the way) it goes to the success
        URL, abandoned to the failure URL."""
        if outcome in ("pay", "reject"):
            return str(self.urls["successReturnUrl" if outcome == "pay" else "failureReturnUrl"])
        if self.direct:
            return str(self.urls["successReturnUrl" if outcome == "pending" else "failureReturnUrl"])
        return str(self.record["returnUrl"])

    @property
    def urls(self) -> Mapping[str, Any]:
        return self.options if self.direct else self.record


# The statuses in which a transaction created directly still waits for its payer.
DIRECT_OPEN = frozenset({"new", "pending"})


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
        with sandbox.step():
            link = sandbox.store.create_paywall_payment({**fields, **({"lang": forced} if forced else {})})
        return RedirectResponse(link["url"], status_code=303)

    def _payable(request: Request) -> Payable | None:
        code = request.path_params["code"]
        store = sandbox.store
        with sandbox.step():
            try:
                link = store.link_by_code(code)
            except ApiProblem:
                transaction = store.direct_transaction(code)
                return None if transaction is None else Payable(transaction, store.page_options[code], True)
            return Payable(link, store.page_options.get(link["id"], {}), False)

    def _show(request: Request, payable: Payable) -> Response:
        language = _language(request, payable.options.get("lang"))
        record = payable.record
        return _page(
            "pay.html", 200, language, link=record, open=payable.open, offers=payable.offers(sandbox.config.channels),
            amount=_amount(record["amount"], language),
        )  # fmt: skip

    async def page(request: Request) -> Response:
        payable = _payable(request)
        if payable is None:
            return _page("missing.html", 404, _language(request, None))
        return _show(request, payable)

    async def choose(request: Request) -> Response:
        payable = _payable(request)
        if payable is None:
            return _page("missing.html", 404, _language(request, None))
        forced = payable.options.get("lang")
        try:
            choice = dict(await _pairs(request, sandbox.config.max_body_bytes))
        except FormError as bad:
            return refused(request, bad.problems, forced)
        outcome = choice.get("outcome", "")
        if outcome == "return":
            return RedirectResponse(payable.back("return"), status_code=303)
        if not payable.open or outcome not in ("pay", "reject", "pending"):
            return _show(request, payable)
        offered = {offer.value: offer for offer in payable.offers(sandbox.config.channels)}
        chosen = offered.get(choice.get("channel", ""))
        if chosen is None:
            return refused(request, [Problem("channel", "enum", "choose one of the page's channels")], forced)
        blik_code = "".join(choice.get("blikCode", "").split())
        if chosen.method == "blik" and blik_code and not (len(blik_code) == 6 and blik_code.isdigit()):
            return refused(request, [Problem("blikCode", "pattern", "a BLIK code is 6 digits")], forced)
        outcome, status_code = _triggered(outcome, chosen, payable.record, choice.get("cardNumber", ""), blik_code)
        with sandbox.store.unit():
            if payable.direct:
                _answer_transaction(sandbox, payable.record["id"], outcome, status_code)
            else:
                _answer_payment(sandbox, payable.record, chosen, outcome, status_code)
        return RedirectResponse(payable.back(outcome), status_code=303)

    return [
        Route("/payment", payment, methods=["GET", "POST"]),
        Route("/{lang}/payment", payment, methods=["GET", "POST"]),
        Route(PAGES_PREFIX + "/{code}", page, methods=["GET"]),
        Route(PAGES_PREFIX + "/{code}", choose, methods=["POST"]),
    ]


def _answer_payment(sandbox: Sandbox, link: Mapping[str, Any], chosen: Offer, outcome: str, code: str | None) -> None:
    """The payer's choice on a payment's page, through the same moves and notifications as
    the control routes: started (pending) with the chosen channel, then paid or rejected."""
    if link["status"] == "new":
        started = sandbox.store.advance_link(link["id"], "start", (chosen.method, chosen.code))
        _notify(sandbox, "payment started", started)
    if outcome != "pending":
        action = "settle" if outcome == "pay" else "reject"
        moved = sandbox.store.advance_link(link["id"], action, status_code=code)
        _notify(sandbox, "payment settled" if action == "settle" else "payment rejected", moved)


def _answer_transaction(sandbox: Sandbox, transaction_id: str, outcome: str, code: str | None) -> None:
    """The payer's answer on the bank's page of a transaction created directly, notified as
    the control routes notify it; left pending, nothing moves."""
    if outcome == "pending":
        return
    moved = sandbox.store.answer_transaction(transaction_id, "settle" if outcome == "pay" else "reject", code)
    event: EventName = "transaction settled" if outcome == "pay" else "transaction rejected"
    sandbox.publish((TransactionChanged(event, moved, None),))


def _amount(minor: int, language: str) -> str:
    """Minor units as the payer reads them: `149,90` in Polish, `149.90` in English."""
    shown = f"{minor // 100}.{minor % 100:02d}"
    return shown.replace(".", ",") if language == "pl" else shown


def _notify(sandbox: Sandbox, event: EventName, link: dict[str, Any]) -> None:
    # As the control routes do: each of the link's transactions, with the link.
    sandbox.publish(tuple(TransactionChanged(event, transaction, link) for transaction in link["transactions"]))


def _triggered(
    outcome: str, chosen: Offer, payment: Mapping[str, Any], card: str, blik_code: str
) -> tuple[str, str | None]:
    """The outcome imoje's sandbox gives, and a failure's statusCode: a test card's, a
    provider error by orderDescription (PBL, BLIK), or the sandbox's BLIK test code
    (`transactions.blik_outcome`: 000000 never confirms, 2100xx fails with BLK-ERROR-2100xx)."""
    if outcome != "pay":
        return outcome, None
    if chosen.method in ("pbl", "blik") and payment.get("title") == PROVIDER_ERROR_ORDER_DESCRIPTION:
        return "reject", None
    if chosen.method == "blik" and blik_code:
        move, status_code = transactions.blik_outcome(blik_code)
        return {"settle": "pay", "reject": "reject"}.get(move or "", "pending"), status_code
    number = "".join(card.split())
    if chosen.method == "card" and number in TEST_CARDS and not TEST_CARDS[number]:
        return "reject", None
    return outcome, None
