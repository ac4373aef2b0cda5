"""The sandbox's paywall over HTTP, as a browser drives it (forms, 303s, HTML): a signed form
makes a payment whose page pays it, notifies it and sends the browser back; a refused form
makes nothing; links made through REST open the same page on the sandbox's own origin."""

import html.parser
import string
from collections.abc import Iterator
from typing import Any, Literal
from urllib.parse import urlencode, urlsplit
from uuid import UUID

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from imoje_client import AuthenticatedClient, paywall
from imoje_client.api.payments import get_payment
from imoje_client.models import Action
from imoje_client.notifications import verify_notification

from imoje_sandbox import SandboxConfig, SandboxServer
from imoje_sandbox.pytest_plugin import ImojeSandbox, NotifiedStatus

CONFIG = SandboxConfig(seed=5)
SHOP_URLS = {
    "url_success": "https://shop.example/orders/1/paid",
    "url_failure": "https://shop.example/orders/1/failed",
    "url_return": "https://shop.example/orders/1",
}


@pytest.fixture(scope="module")
def server() -> Iterator[SandboxServer]:
    with SandboxServer(CONFIG) as running:
        yield running


@pytest.fixture
def browser(server: SandboxServer) -> Iterator[httpx.Client]:
    control = httpx.Client(base_url=server.url, headers={"Authorization": f"Bearer {CONFIG.token}"})
    control.post("/_sandbox/reset").raise_for_status()
    with httpx.Client(follow_redirects=False, timeout=10) as client:
        yield client
    control.close()


def _payment(server: SandboxServer, **changes: Any) -> paywall.PaywallPayment:
    fields: dict[str, Any] = {
        "service_id": CONFIG.service_id, "merchant_id": CONFIG.merchant_id, "service_key": CONFIG.service_key,
        "amount": 12_99, "currency": "PLN", "order_id": "order-1", "customer_first_name": "Jan",
        "customer_last_name": "Kowalski", "paywall_url": server.url, **SHOP_URLS, **changes,
    }  # fmt: skip
    return paywall.build_payment(**fields)


class _Page(html.parser.HTMLParser):
    """What a payer can click: the channels (radio values) and the refused fields."""

    def __init__(self) -> None:
        super().__init__()
        self.channels: list[str] = []
        self.checked: list[str] = []
        self.refused: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "input" and found.get("name") == "channel":
            self.channels.append(found["value"] or "")
            if "checked" in found:
                self.checked.append(found["value"] or "")
        if tag == "tr" and "data-field" in found:
            self.refused.append((found["data-field"] or "", found["data-rule"] or ""))


def _read(page: httpx.Response) -> _Page:
    parsed = _Page()
    parsed.feed(page.text)
    return parsed


def _form(client: httpx.Client, url: str, pairs: Any) -> httpx.Response:
    """POST a form as a browser does (urlencoded, fields in order, a name more than once kept)."""
    items = list(pairs.items()) if isinstance(pairs, dict) else list(pairs)
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    return client.post(url, content=urlencode(items), headers=headers)


def _notifications(server: SandboxServer) -> list[dict[str, Any]]:
    answer = httpx.get(f"{server.url}/_sandbox/notifications", headers={"Authorization": f"Bearer {CONFIG.token}"})
    found: list[dict[str, Any]] = answer.json()
    return found


def _read_payment(server: SandboxServer, payment_id: str) -> Any:
    with AuthenticatedClient(base_url=server.base_url, token=CONFIG.token) as client:
        return get_payment.sync(CONFIG.merchant_id, UUID(payment_id), client=client)


@pytest.mark.parametrize("how", ["form", "link"])
def test_a_signed_payment_is_paid_on_its_page_notified_and_sent_to_the_success_url(
    how: str, server: SandboxServer, browser: httpx.Client
) -> None:
    payment = _payment(server)
    made = _form(browser, payment.action, payment.form_fields()) if how == "form" else browser.get(payment.url())
    assert made.status_code == 303
    page_url = made.headers["location"]
    assert urlsplit(page_url).netloc == urlsplit(server.url).netloc  # the payer stays on this machine
    page = browser.get(page_url)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "blik:blik" in _read(page).channels
    paid = _form(browser, page_url, {"channel": "blik:blik", "outcome": "pay"})
    assert (paid.status_code, paid.headers["location"]) == (303, SHOP_URLS["url_success"])
    code = page_url.rsplit("/", 1)[1]
    [settled] = [note for note in _notifications(server) if note["event"] == "payment settled"]
    verify_notification(settled["raw"].encode(), settled["signature"], service_key=CONFIG.service_key)
    assert settled["body"]["transaction"]["paymentMethodCode"] == "blik"
    read = _read_payment(server, settled["body"]["payment"]["id"])
    assert read is not None and read.status.value == "settled" and read.url.endswith(code)
    assert read.order_id == "order-1" and read.amount == 12_99 and read.success_return_url == SHOP_URLS["url_success"]


def test_a_rejected_payment_goes_to_the_failure_url_and_pending_to_the_return_url(
    server: SandboxServer, browser: httpx.Client
) -> None:
    for outcome, target in (("reject", "url_failure"), ("pending", "url_return"), ("return", "url_return")):
        payment = _payment(server, order_id=f"order-{outcome}")
        page_url = _form(browser, payment.action, payment.form_fields()).headers["location"]
        chosen = _form(browser, page_url, {"channel": "blik:blik", "outcome": outcome})
        assert (chosen.status_code, chosen.headers["location"]) == (303, SHOP_URLS[target]), outcome


def test_a_declining_test_card_and_the_provider_error_order_reject(
    server: SandboxServer, browser: httpx.Client
) -> None:
    card = _payment(server, order_id="order-card")
    page_url = _form(browser, card.action, card.form_fields()).headers["location"]
    declined = _form(
        browser, page_url, {"channel": "card:ecom3ds", "outcome": "pay", "cardNumber": "4444 3333 2222 1111"}
    )
    assert declined.headers["location"] == SHOP_URLS["url_failure"]
    provider = _payment(server, order_id="order-pbl", order_description="TEST-100010")
    page_url = _form(browser, provider.action, provider.form_fields()).headers["location"]
    failed = _form(browser, page_url, {"channel": "pbl:ing", "outcome": "pay"})
    assert failed.headers["location"] == SHOP_URLS["url_failure"]


def test_the_page_offers_only_the_visible_methods_with_the_preselected_channel(
    server: SandboxServer, browser: httpx.Client
) -> None:
    payment = _payment(server, visible_methods=["pbl"], preselect_method_code="mtransfer")
    page = _read(browser.get(_form(browser, payment.action, payment.form_fields()).headers["location"]))
    assert page.channels and all(channel.startswith("pbl:") for channel in page.channels)
    assert page.checked == ["pbl:mtransfer"]


@pytest.mark.parametrize(
    ("change", "field", "rule"),
    [
        ({"amount": "1300"}, "signature", "signature"),
        ({"signature": None}, "signature", "required"),
        ({"customerLastName": None}, "customerLastName", "required"),
        ({"serviceId": "0f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b"}, "serviceId", "unknown"),
        ({"currency": "XYZ"}, "currency", "enum"),
    ],
)
def test_a_refused_form_names_the_field_and_rule_and_makes_nothing(
    change: dict[str, str | None], field: str, rule: str, server: SandboxServer, browser: httpx.Client
) -> None:
    sent = {**dict(_payment(server).form_fields()), **change}
    before = len(_notifications(server))
    answer = _form(browser, f"{server.url}/payment", {k: v for k, v in sent.items() if v is not None})
    assert answer.status_code == 400 and answer.headers["content-type"].startswith("text/html")
    assert (field, rule) in _read(answer).refused
    assert len(_notifications(server)) == before


def test_a_rest_payment_links_url_opens_the_same_page(server: SandboxServer, browser: httpx.Client) -> None:
    created = httpx.post(
        f"{server.merchant_url}/payment",
        headers={"Authorization": f"Bearer {CONFIG.token}"},
        json={"serviceId": CONFIG.service_id, "amount": 500, "currency": "PLN", "orderId": "rest-1",
              "customer": {"firstName": "Jan", "lastName": "Kowalski", "email": "jan@example.com"},
              "successReturnUrl": SHOP_URLS["url_success"], "failureReturnUrl": SHOP_URLS["url_failure"]},
    ).json()["payment"]  # fmt: skip
    assert urlsplit(created["url"]).netloc == urlsplit(server.url).netloc
    page = browser.get(created["url"])
    assert page.status_code == 200 and "blik:blik" in _read(page).channels
    rejected = _form(browser, created["url"], {"channel": "blik:blik", "outcome": "reject"})
    assert rejected.headers["location"] == SHOP_URLS["url_failure"]
    read = _read_payment(server, created["id"])
    assert read is not None and read.status.value == "rejected"


names = st.text(string.ascii_letters + "[]0123456789_", min_size=0, max_size=12)
values = st.text(min_size=0, max_size=40)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture], database=None)
@given(pairs=st.lists(st.tuples(names, values), max_size=12), lang=st.sampled_from(["", "/en", "/xx", "/pl"]))
def test_nothing_sent_to_the_paywall_gets_a_5xx(pairs: list[tuple[str, str]], lang: str, server: SandboxServer) -> None:
    signed = list(_payment(server).form_fields())
    with httpx.Client(follow_redirects=False, timeout=10) as client:
        for form in (pairs, signed + pairs):
            answer = _form(client, f"{server.url}{lang}/payment", form)
            assert answer.status_code < 500, answer.text[:300]
            assert client.get(f"{server.url}{lang}/payment?{urlencode(form)}").status_code < 500


def test_the_fixture_pays_a_paywall_form_without_a_browser(imoje_sandbox: ImojeSandbox) -> None:
    payment = paywall.build_payment(
        service_id=imoje_sandbox.service_id, merchant_id=imoje_sandbox.merchant_id,
        service_key=imoje_sandbox.service_key, amount=500, currency="PLN", order_id="fixture-1",
        customer_first_name="Jan", customer_last_name="Kowalski", paywall_url=imoje_sandbox.paywall_url,
        url_success=SHOP_URLS["url_success"],
    )  # fmt: skip
    page = imoje_sandbox.open_paywall_form(payment.action, payment.form_fields())
    assert imoje_sandbox.pay_on_page(page) == SHOP_URLS["url_success"]
    imoje_sandbox.wait_for_notification(order_id="fixture-1", status="settled")


def _link(imoje_sandbox: ImojeSandbox, **changes: Any) -> Any:
    fields: dict[str, Any] = {
        "amount": 12_99, "currency": "PLN", "order_id": "link-1",
        "customer": {"firstName": "Jan", "lastName": "Kowalski", "email": "jan@example.com"},
        "success_return_url": SHOP_URLS["url_success"], "failure_return_url": SHOP_URLS["url_failure"],
        "return_url": SHOP_URLS["url_return"], **changes,
    }  # fmt: skip
    return imoje_sandbox.client().payments.create(**fields).payment


def test_a_rest_links_visible_methods_and_preselected_channel_shape_its_page(imoje_sandbox: ImojeSandbox) -> None:
    link = _link(imoje_sandbox, visible_method=["pbl", "card"], preselect_method_code="mtransfer")
    with httpx.Client() as browser:
        page = _read(browser.get(link.url))
    assert page.channels and {channel.split(":")[0] for channel in page.channels} == {"pbl", "card"}
    assert page.checked == ["pbl:mtransfer"]
    with pytest.raises(AssertionError):  # a channel the page does not offer is refused
        imoje_sandbox.pay_on_page(link.url, channel="blik:blik")


@pytest.mark.parametrize(
    ("amount", "card", "code"), [(100, "4444333322221111", "CODE_51"), (12_99, "4934403892699132", "CODE_05")]
)
def test_a_declined_card_is_rejected_with_the_sandboxs_decline_code(
    imoje_sandbox: ImojeSandbox, amount: int, card: str, code: str
) -> None:
    link = _link(imoje_sandbox, amount=amount)
    where = imoje_sandbox.pay_on_page(link.url, channel="card:ecom3ds", card_number=card)
    assert where == SHOP_URLS["url_failure"]
    body = imoje_sandbox.wait_for_notification(payment_id=link.id, status="rejected").json()
    assert (body["transaction"]["paymentMethod"], body["transaction"]["statusCode"]) == ("card", code)
    read = imoje_sandbox.client().transactions.get(body["transaction"]["id"]).transaction
    assert (read.status.value, read.status_code) == ("rejected", code)
    [listed] = imoje_sandbox.client().payments.get(link.id).transactions or []
    assert (listed.status_code, listed.status_code_description) == (
        code, body["transaction"]["statusCodeDescription"],
    )  # fmt: skip


@pytest.mark.parametrize(
    ("blik_code", "target", "status", "status_code"),
    [
        ("777 123", "url_success", "settled", None),
        ("210005", "url_failure", "rejected", "BLK-ERROR-210005"),
        ("000000", "url_return", "pending", None),
    ],
)
def test_the_sandboxs_blik_codes_decide_the_payers_answer_on_the_page(
    imoje_sandbox: ImojeSandbox, blik_code: str, target: str, status: NotifiedStatus, status_code: str | None
) -> None:
    link = _link(imoje_sandbox)
    assert imoje_sandbox.pay_on_page(link.url, channel="blik:blik", blik_code=blik_code) == SHOP_URLS[target]
    body = imoje_sandbox.wait_for_notification(payment_id=link.id, status=status).json()
    assert body["transaction"].get("statusCode") == status_code
    assert imoje_sandbox.client().payments.get(link.id).status == status


def test_a_blik_code_that_is_not_six_digits_is_refused_and_moves_nothing(imoje_sandbox: ImojeSandbox) -> None:
    link = _link(imoje_sandbox)
    with httpx.Client() as browser:
        answer = _form(browser, link.url, {"channel": "blik:blik", "outcome": "pay", "blikCode": "12345"})
    assert answer.status_code == 400 and ("blikCode", "pattern") in _read(answer).refused
    assert imoje_sandbox.client().payments.get(link.id).status == "new"
    assert imoje_sandbox.notifications() == []


@pytest.mark.parametrize(
    ("outcome", "target", "status"), [("pay", "url_success", "settled"), ("reject", "url_failure", "rejected")]
)
def test_a_transactions_action_url_is_its_bank_page_on_the_sandbox(
    imoje_sandbox: ImojeSandbox, outcome: Literal["pay", "reject"], target: str, status: NotifiedStatus
) -> None:
    imoje = imoje_sandbox.client()
    created = imoje.transactions.create(
        amount=5_00, currency="PLN", order_id="direct-1", payment_method="pbl", payment_method_code="mtransfer",
        success_return_url=SHOP_URLS["url_success"], failure_return_url=SHOP_URLS["url_failure"],
        customer={"firstName": "Jan", "lastName": "Kowalski", "email": "jan@example.com"},
    )  # fmt: skip
    assert isinstance(created.action, Action) and isinstance(created.action.url, str)
    url = created.action.url
    assert urlsplit(url).netloc == urlsplit(imoje_sandbox.paywall_url).netloc
    with httpx.Client() as browser:
        page = _read(browser.get(url))
    assert page.channels == ["pbl:mtransfer"] and page.checked == ["pbl:mtransfer"]
    assert imoje_sandbox.pay_on_page(url, outcome, channel="pbl:mtransfer") == SHOP_URLS[target]
    notified = imoje_sandbox.wait_for_notification(transaction_id=created.transaction.id, status=status)
    verify_notification(notified.body, notified.headers["X-Imoje-Signature"], service_key=imoje_sandbox.service_key)
    assert imoje.transactions.get(created.transaction.id).transaction.status.value == status
    with httpx.Client() as browser:  # paid or rejected, the page offers nothing more
        assert _read(browser.get(url)).channels == []


def test_a_payment_paid_on_its_page_reads_as_one_played_through_the_control_routes(
    imoje_sandbox: ImojeSandbox,
) -> None:
    imoje = imoje_sandbox.client()
    on_page, by_route = _link(imoje_sandbox, order_id="same"), _link(imoje_sandbox, order_id="same")
    imoje_sandbox.pay_on_page(on_page.url, channel="blik:blik")
    imoje_sandbox.start_payment(by_route.id)
    imoje_sandbox.settle_payment(by_route.id)

    def shown(link_id: UUID) -> dict[str, Any]:
        read: dict[str, Any] = imoje.payments.get(link_id).to_dict()
        read["validTo"] -= read["created"]  # the same validity, from its own creation
        for moving in ("id", "url", "created", "modified", "usedAt", "confirmVisitedAt"):
            read.pop(moving, None)
        for transaction in read["transactions"]:
            for moving in ("id", "created", "modified", "payment"):
                transaction.pop(moving, None)
        return read

    assert shown(on_page.id) == shown(by_route.id)
    assert shown(on_page.id)["status"] == "settled"


def test_a_paywall_payment_past_its_valid_to_is_cancelled_notified_payment_only_and_closed(
    imoje_sandbox: ImojeSandbox,
) -> None:
    now = imoje_sandbox.advance_clock(0)
    payment = paywall.build_payment(
        service_id=imoje_sandbox.service_id, merchant_id=imoje_sandbox.merchant_id,
        service_key=imoje_sandbox.service_key, amount=500, currency="PLN", order_id="expiring",
        customer_first_name="Jan", customer_last_name="Kowalski", paywall_url=imoje_sandbox.paywall_url,
        valid_to=now + 120,
    )  # fmt: skip
    page_url = imoje_sandbox.open_paywall_form(payment.action, payment.form_fields())
    imoje_sandbox.advance_clock(121)
    [expired] = imoje_sandbox.notifications()
    assert set(expired.json()) == {"payment"} and expired.json()["payment"]["status"] == "cancelled"
    with httpx.Client() as browser:
        assert _read(browser.get(page_url)).channels == []
    with pytest.raises(AssertionError):  # the page no longer takes a payment
        imoje_sandbox.pay_on_page(page_url)
