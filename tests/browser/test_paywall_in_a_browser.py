"""The paywall end to end in headless Chromium: a shop's checkout page posts a form built by
imoje_client.paywall to the sandbox, the payer pays on the sandbox's page, the browser lands
on the shop's URL, and the shop's receiver has the verified notification. Also a REST link's
`url`, a declined test card, and a tampered form."""

import threading
from typing import Any

import pytest
from imoje_client import Imoje, paywall
from imoje_client.notifications import verify_notification
from playwright.sync_api import Page, expect
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from imoje_sandbox.pytest_plugin import ImojeSandbox, NotifiedStatus


class Shop:
    """A tiny shop: a checkout that answers the paywall's form, pages for the payer's return,
    and imoje's notification receiver, which verifies what it gets."""

    def __init__(self, sandbox: ImojeSandbox) -> None:
        self.sandbox = sandbox
        # Every status notified per order: deliveries may arrive in any order (pending last).
        self.paid: dict[str, set[str]] = {}
        self.arrived = threading.Condition()
        self.app = Starlette(
            routes=[
                Route("/checkout/{order}", self.checkout),
                Route("/back/{outcome}/{order}", self.back),
                Route("/imoje/notify", self.notified, methods=["POST"]),
            ]
        )

    def urls(self, base: str, order: str) -> dict[str, str]:
        return {f"url_{outcome}": f"{base}back/{outcome}/{order}" for outcome in ("success", "failure", "return")}

    async def checkout(self, request: Request) -> Response:
        order = request.path_params["order"]
        payment = paywall.build_payment(
            service_id=self.sandbox.service_id, merchant_id=self.sandbox.merchant_id,
            service_key=self.sandbox.service_key, amount=49_90, currency="PLN", order_id=order,
            customer_first_name="Jan", customer_last_name="Kowalski", customer_email="jan@example.com",
            order_description="Zamówienie " + order, paywall_url=self.sandbox.paywall_url,
            **self.urls(str(request.base_url), order),  # type: ignore[arg-type]
        )  # fmt: skip
        if request.query_params.get("tamper"):
            # What a payer editing the form in the browser's tools does: the amount changes.
            payment = paywall.PaywallPayment({**payment.fields, "amount": "100"}, payment.action)
        return HTMLResponse(payment.form_html())

    async def back(self, request: Request) -> Response:
        outcome = request.path_params["outcome"]
        return HTMLResponse(f'<!doctype html><h1 id="outcome">{outcome}</h1>')

    async def notified(self, request: Request) -> Response:
        raw = await request.body()
        notification = verify_notification(
            raw, request.headers.get("x-imoje-signature"), service_key=self.sandbox.service_key
        )
        with self.arrived:
            # A payment link's order, or a transaction's made without a link (its `payment`
            # is then only an id and a status).
            about = next(
                (part for part in (notification.payment, notification.transaction) if part and part.order_id), None
            )
            if about is not None and about.order_id is not None:
                self.paid.setdefault(about.order_id, set()).add(str(about.status))
            self.arrived.notify_all()
        return JSONResponse({"status": "ok"})

    def wait_for(self, order: str, status: NotifiedStatus) -> None:
        with self.arrived:
            assert self.arrived.wait_for(lambda: status in self.paid.get(order, set()), timeout=10), self.paid
        # And until the sandbox has read the receiver's answer and closed the connection: a
        # delivery still reading when the sandbox stops leaves its socket to the GC.
        self.sandbox.wait_for_notification(order_id=order, status=status, delivered=True)


@pytest.fixture
def shop(imoje_sandbox: ImojeSandbox) -> tuple[Shop, str]:
    made = Shop(imoje_sandbox)
    notify = imoje_sandbox.notify_to_app(made.app, "/imoje/notify")
    return made, notify.removesuffix("imoje/notify")


def test_a_paywall_form_paid_with_blik_lands_on_the_success_url(shop: tuple[Shop, str], page: Page) -> None:
    made, base = shop
    page.goto(f"{base}checkout/order-1")  # the form submits itself
    expect(page.get_by_test_id("amount")).to_have_text("49,90 PLN")
    expect(page.get_by_label("BLIK", exact=True)).to_be_checked()
    page.get_by_label("Kod BLIK").fill("777 123")
    page.get_by_role("button", name="Zapłać").click()
    expect(page.locator("#outcome")).to_have_text("success")
    assert page.url == f"{base}back/success/order-1"  # nothing appended
    made.wait_for("order-1", "settled")


def test_a_rest_links_url_is_paid_on_the_sandboxs_page(shop: tuple[Shop, str], page: Page) -> None:
    # The shop's pages are served on loopback: a redirect's target is not one page.route()
    # can answer (Playwright routes only a navigation's first request).
    made, base = shop
    imoje: Imoje = made.sandbox.client()
    created: Any = imoje.payments.create(
        amount=1500, currency="PLN", order_id="rest-1",
        customer={"firstName": "Jan", "lastName": "Kowalski", "email": "jan@example.com"},
        success_return_url=f"{base}back/success/rest-1",
    )  # fmt: skip
    link = created.payment
    page.goto(link.url)
    assert made.sandbox.pay_in_browser(page, channel="pbl:mtransfer") == f"{base}back/success/rest-1"
    expect(page.locator("#outcome")).to_have_text("success")
    made.wait_for("rest-1", "settled")
    transactions = imoje.payments.get(link.id).transactions
    assert transactions and [t.payment_method_code for t in transactions] == ["mtransfer"]


def test_a_transactions_action_url_is_its_bank_page(shop: tuple[Shop, str], page: Page) -> None:
    made, base = shop
    imoje: Imoje = made.sandbox.client()
    created: Any = imoje.transactions.create(
        amount=1500, currency="PLN", order_id="direct-1", payment_method="pbl", payment_method_code="ing",
        success_return_url=f"{base}back/success/direct-1", failure_return_url=f"{base}back/failure/direct-1",
        customer={"firstName": "Jan", "lastName": "Kowalski", "email": "jan@example.com"},
    )  # fmt: skip
    page.goto(created.action.url)
    expect(page.get_by_label("ING", exact=True)).to_be_checked()
    assert made.sandbox.pay_in_browser(page, "reject") == f"{base}back/failure/direct-1"
    expect(page.locator("#outcome")).to_have_text("failure")
    made.wait_for("direct-1", "rejected")


def test_a_declined_test_card_lands_on_the_failure_url(shop: tuple[Shop, str], page: Page) -> None:
    made, base = shop
    page.goto(f"{base}checkout/order-2")
    page.get_by_label("Karta").check()
    page.get_by_label("Numer karty").fill("4444 3333 2222 1111")
    page.get_by_role("button", name="Zapłać").click()
    expect(page.locator("#outcome")).to_have_text("failure")
    made.wait_for("order-2", "rejected")


def test_a_tampered_form_shows_the_error_page_naming_the_signature(shop: tuple[Shop, str], page: Page) -> None:
    _, base = shop
    page.goto(f"{base}checkout/order-3?tamper=1")
    expect(page.locator('tr[data-field="signature"][data-rule="signature"]')).to_have_count(1)
    expect(page.get_by_role("heading")).to_have_text("Nie można utworzyć płatności")
