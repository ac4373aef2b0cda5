"""Imoje / AsyncImoje: the resource client generated from the spec's tags, against the sandbox."""

import asyncio
from collections.abc import Callable, Iterator
from uuid import UUID

import httpx
import pytest
from imoje_client import AsyncImoje, Imoje
from imoje_client.errors import (
    AuthenticationError,
    BadRequestError,
    ClientConfigurationError,
    ClientStateError,
    NotFoundError,
    RequestValidationError,
)
from imoje_client.models import Currency, LinkCustomerInput, PaymentLink, ProfileActivity, Status

from imoje_sandbox import SandboxConfig, SandboxServer, seeds

CONFIG = SandboxConfig(seed=33)
CUSTOMER = {"firstName": "Jan", "lastName": "Kowalski", "email": "jan@example.com"}


@pytest.fixture(scope="module")
def server() -> Iterator[SandboxServer]:
    with SandboxServer(CONFIG) as running:
        yield running


@pytest.fixture
def imoje(server: SandboxServer) -> Iterator[Imoje]:
    server.sandbox_app.state.sandbox.store.reset()
    with Imoje(
        token=CONFIG.token, merchant_id=CONFIG.merchant_id, service_id=CONFIG.service_id, base_url=server.base_url
    ) as client:
        yield client


def test_create_read_cancel_with_plain_values(imoje: Imoje) -> None:
    created = imoje.payments.create(amount=1000, currency="PLN", order_id="order-1", title="Order 1", customer=CUSTOMER)
    link = created.payment
    assert (link.amount, link.currency, str(link.service_id)) == (1000, Currency.PLN, CONFIG.service_id)
    read = imoje.payments.get(link.id)
    assert isinstance(read, PaymentLink) and read.status is Status.NEW
    assert imoje.payments.get(str(link.id)).id == link.id  # ids as str or UUID
    cancelled = imoje.payments.cancel(str(link.id))
    assert cancelled.status is Status.CANCELLED
    with pytest.raises(BadRequestError) as again:
        imoje.payments.cancel(link.id)
    assert again.value.message == "Cannot cancel payment"


def test_models_and_enums_are_as_good_as_plain_values(imoje: Imoje) -> None:
    customer = LinkCustomerInput(first_name="Jan", last_name="Kowalski", email="jan@example.com")
    created = imoje.payments.create(amount=5, currency=Currency.EUR, order_id="o", customer=customer)
    assert created.payment.currency is Currency.EUR


def test_charge_deactivate_charge(imoje: Imoje) -> None:
    profile_id = seeds.ONE_CLICK_PROFILE_ID
    charged = imoje.profiles.charge(profile_id, amount=100, currency="PLN", order_id="o-1", title="t")
    assert charged.transaction.amount == 100
    imoje.profiles.deactivate(profile_id)
    assert imoje.profiles.get(UUID(profile_id)).payment_profile.is_active is ProfileActivity.INACTIVE
    with pytest.raises(BadRequestError) as refused:
        imoje.profiles.charge(profile_id, amount=100, currency="PLN", order_id="o-2")
    assert refused.value.code == "TRX-ERROR-120301"


def test_with_raw_response_returns_every_answer_as_a_value(imoje: Imoje) -> None:
    missing = "0c6b6a3e-3a70-4a39-9d0e-4f0f6a2b8c11"
    response = imoje.payments.with_raw_response.get(missing)
    assert response.status_code == 404 and response.headers["content-type"].startswith("application/json")
    with pytest.raises(NotFoundError):
        imoje.payments.get(missing)
    ok = imoje.profiles.with_raw_response.get(seeds.ONE_CLICK_PROFILE_ID)
    assert ok.status_code == 200 and ok.content.startswith(b"{")


def test_a_call_may_name_another_shop_than_the_default(server: SandboxServer) -> None:
    with Imoje(token=CONFIG.token, merchant_id=CONFIG.merchant_id, base_url=server.base_url) as imoje:
        with pytest.raises(RequestValidationError) as caught:
            imoje.payments.create(amount=1, currency="PLN", order_id="o", customer=CUSTOMER)
        assert [problem.field for problem in caught.value.problems] == ["serviceId"]
        made = imoje.payments.create(
            service_id=UUID(CONFIG.service_id), amount=1, currency="PLN", order_id="o", customer=CUSTOMER
        )
        assert str(made.payment.service_id) == CONFIG.service_id


class Counting:
    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(500)


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda i: i.payments.create(amount=1, currency="XXX", order_id="o", customer=CUSTOMER), "currency"),
        (lambda i: i.payments.create(amount=1, currency="PLN", order_id="o", customer={"firstName": "J"}), "customer"),
        (lambda i: i.payments.create(amount=0, currency="PLN", order_id="o", customer=CUSTOMER), "amount"),
        (lambda i: i.payments.get("not-a-uuid"), "paymentId"),
        (lambda i: i.payments.cancel("not-a-uuid"), "paymentId"),
        (
            lambda i: i.profiles.charge(seeds.ONE_CLICK_PROFILE_ID, amount=1, currency="PLN", order_id="o" * 101),
            "orderId",
        ),
    ],
)
def test_bad_arguments_are_refused_naming_the_field_and_nothing_is_sent(call: object, field: str) -> None:
    counting = Counting()
    with (
        Imoje(
            token="t",
            merchant_id="m",
            service_id=seeds.DOCS_CANCEL_SERVICE_ID,
            httpx_args={"transport": httpx.MockTransport(counting)},
        ) as imoje,
        pytest.raises(RequestValidationError) as caught,
    ):
        call(imoje)  # type: ignore[operator]
    assert caught.value.problems[0].field.split(".")[0] == field
    assert counting.requests == []


def test_a_closed_client_and_a_second_with_block_are_refused(server: SandboxServer) -> None:
    imoje = Imoje(token=CONFIG.token, merchant_id=CONFIG.merchant_id, base_url=server.base_url)
    with imoje, pytest.raises(ClientStateError, match="already open"), imoje:
        pass
    with pytest.raises(ClientStateError, match="closed"):
        imoje.profiles.get(seeds.ONE_CLICK_PROFILE_ID)
    other = Imoje(token=CONFIG.token, merchant_id=CONFIG.merchant_id, base_url=server.base_url)
    other.close()
    with pytest.raises(ClientStateError):
        other.__enter__()


def test_settings_are_checked_and_the_token_stays_out_of_repr() -> None:
    imoje = Imoje(token="secret-token-123", merchant_id="m", service_id=UUID(seeds.DOCS_CANCEL_SERVICE_ID))
    assert "secret-token-123" not in repr(imoje) and "secret-token-123" not in repr(imoje.payments)
    with pytest.raises(ClientConfigurationError, match="merchant_id"):
        Imoje(token="t", merchant_id="")
    with pytest.raises(ClientConfigurationError, match="token"):
        Imoje(token="bad token\n", merchant_id="m")


def test_async_imoje_has_the_same_surface(server: SandboxServer) -> None:
    server.sandbox_app.state.sandbox.store.reset()

    async def scenario() -> None:
        async with AsyncImoje(
            token=CONFIG.token, merchant_id=CONFIG.merchant_id, service_id=CONFIG.service_id, base_url=server.base_url
        ) as imoje:
            created = await imoje.payments.create(amount=7, currency="PLN", order_id="a", customer=CUSTOMER)
            assert (await imoje.payments.get(created.payment.id)).amount == 7
            assert (await imoje.payments.cancel(created.payment.id)).status is Status.CANCELLED
            raw = await imoje.payments.with_raw_response.cancel(created.payment.id)
            assert raw.status_code == 400
            profile = await imoje.profiles.get(seeds.ONE_CLICK_PROFILE_ID)
            assert profile.payment_profile.is_active is ProfileActivity.ACTIVE

    asyncio.run(scenario())


def test_async_imoje_refuses_a_second_event_loop(server: SandboxServer) -> None:
    # No kept-alive connection: nothing is left bound to the first loop once it ends.
    no_keep_alive = {"limits": httpx.Limits(max_keepalive_connections=0)}
    imoje = AsyncImoje(
        token=CONFIG.token, merchant_id=CONFIG.merchant_id, base_url=server.base_url, httpx_args=no_keep_alive
    )

    async def read() -> None:
        await imoje.profiles.get(seeds.ONE_CLICK_PROFILE_ID)

    asyncio.run(read())
    with pytest.raises(ClientStateError, match="event loop"):
        asyncio.run(read())


def test_a_wrong_token_raises_authentication_error_on_every_resource_method(server: SandboxServer) -> None:
    profile = seeds.ONE_CLICK_PROFILE_ID
    link = seeds.NEW_LINK_ID
    with Imoje(
        token="wrong", merchant_id=CONFIG.merchant_id, service_id=CONFIG.service_id, base_url=server.base_url
    ) as imoje:
        calls: list[Callable[[], object]] = [
            lambda: imoje.payments.create(amount=1, currency="PLN", order_id="o", customer=CUSTOMER),
            lambda: imoje.payments.get(link),
            lambda: imoje.payments.cancel(link),
            lambda: imoje.profiles.get(profile),
            lambda: imoje.profiles.charge(profile, amount=1, currency="PLN", order_id="o"),
            lambda: imoje.profiles.deactivate(profile),
        ]
        for call in calls:
            with pytest.raises(AuthenticationError) as caught:
                call()
            assert caught.value.status_code == 401


def test_a_body_is_checked_once_and_a_body_the_models_cannot_take_is_named(
    imoje: Imoje, monkeypatch: pytest.MonkeyPatch
) -> None:
    from imoje_client import RequestValidationError, _contract

    checked: list[object] = []
    original = _contract.check_request

    def counting(route: tuple[str, str], *, path: object, body: object) -> None:
        checked.append(body)
        original(route, path=path, body=body)  # type: ignore[arg-type]

    monkeypatch.setattr(_contract, "check_request", counting)
    imoje.payments.create(amount=1000, currency="PLN", order_id="o-1", customer={"firstName": "J", "lastName": "K"})
    assert len(checked) == 1  # the body sent, once
    checked.clear()
    with pytest.raises(RequestValidationError) as refused:
        imoje.payments.cancel("not-a-uuid")
    assert {problem.field for problem in refused.value.problems} == {"paymentId"}
