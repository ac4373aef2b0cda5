"""Shops, payment methods, a customer's card profiles and BLIK OneClick profiles, in the
sandbox, through the resource client."""

import pytest
from imoje_client import BadRequestError, Imoje, NotFoundError, RequestValidationError
from imoje_client.models import PaymentMethod, Status

from imoje_sandbox import SandboxConfig, SandboxServer, seeds
from imoje_sandbox.blik import BLIK_CUSTOMER_ID, BLIK_PROFILE_ID
from imoje_sandbox.pytest_plugin import ImojeSandbox
from imoje_sandbox.services import Channel

UNKNOWN_SHOP = "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e"


def test_the_shop_lists_its_channels_with_their_state_and_limits(imoje_sandbox: ImojeSandbox) -> None:
    service = imoje_sandbox.client().services.get().service
    assert str(service.id) == imoje_sandbox.service_id and service.is_active is True
    channels = {(channel.payment_method_code.value): channel for channel in service.payment_methods}
    assert (channels["ipko"].is_active, channels["ipko"].is_online) == (True, False)
    assert (channels["pekao24"].is_active, channels["pekao24"].is_online) == (False, True)
    limits = channels["paypo"].transaction_limits
    assert limits and limits.min_transaction and limits.min_transaction.value == 5_000


def test_an_unknown_shop_is_a_404_and_no_shop_at_all_is_refused_before_sending(imoje_sandbox: ImojeSandbox) -> None:
    imoje = imoje_sandbox.client()
    with pytest.raises(NotFoundError):
        imoje.services.get(service_id=UNKNOWN_SHOP)
    shopless = Imoje(token=imoje_sandbox.token, merchant_id=imoje_sandbox.merchant_id, base_url=imoje_sandbox.base_url)
    with shopless, pytest.raises(RequestValidationError) as refused:
        shopless.services.get()
    assert [(problem.field, problem.rule) for problem in refused.value.problems] == [("serviceId", "required")]
    [logged] = imoje_sandbox.requests("getService")
    assert (logged.operation, logged.status, logged.path["serviceId"]) == ("getService", 404, UNKNOWN_SHOP)


@pytest.mark.parametrize(
    ("amount", "currency", "methods"),
    [
        (1_000, "PLN", {"blik": {"blik"}, "pbl": {"ing", "mtransfer"}, "wt": {"wt"}, "card": {"ecom3ds"}}),
        (
            10_000,
            "PLN",
            {
                "blik": {"blik"},
                "pbl": {"ing", "mtransfer"},
                "wt": {"wt"},
                "card": {"ecom3ds"},
                "imoje_paylater": {"paypo"},
            },
        ),
        (10_000, "EUR", {"pbl": {"ing"}, "card": {"ecom3ds"}}),
        (6_000_000, "PLN", {"wt": {"wt"}}),
    ],
)
def test_payment_methods_are_the_channels_that_take_the_amount(
    imoje_sandbox: ImojeSandbox, amount: int, currency: str, methods: dict[str, set[str]]
) -> None:
    groups = imoje_sandbox.client().services.payment_methods(amount, currency)
    found = {
        group.channels[0].payment_method.value: {c.payment_method_code.value for c in group.channels}
        for group in groups
    }
    assert found == methods
    assert all(isinstance(group.label, str) and group.label for group in groups)


def test_a_channel_listed_for_an_amount_takes_a_transaction_of_it_and_one_not_listed_does_not(
    imoje_sandbox: ImojeSandbox,
) -> None:
    imoje = imoje_sandbox.client()
    customer = {"firstName": "Jan", "lastName": "Kowalski", "email": "jan@example.com"}
    listed = {
        (channel.payment_method.value, channel.payment_method_code.value)
        for group in imoje.services.payment_methods(4_000, "PLN")
        for channel in group.channels
    }
    for method, code in [("pbl", "ing"), ("imoje_paylater", "paypo"), ("blik", "blik")]:
        call = dict(
            amount=4_000,
            currency="PLN",
            order_id="o-1",
            payment_method=method,
            payment_method_code=code,
            success_return_url="https://shop.example/ok",
            failure_return_url="https://shop.example/ko",
            customer=customer,
        )
        if (method, code) in listed:
            # A bank transfer waits on the payer's bank from the start (DEVIATIONS 61).
            first = Status.PENDING if method == "pbl" else Status.NEW
            assert imoje.transactions.create(**call).transaction.status is first  # type: ignore[arg-type]
        else:
            with pytest.raises(BadRequestError):
                imoje.transactions.create(**call)  # type: ignore[arg-type]
    assert ("imoje_paylater", "paypo") not in listed and ("pbl", "ing") in listed


def test_channels_come_from_the_configuration() -> None:
    config = SandboxConfig(seed=3, channels=(Channel("blik", "blik", "BLIK", maximum=100),))
    with (
        SandboxServer(config) as server,
        Imoje(
            token=config.token, merchant_id=config.merchant_id, service_id=config.service_id, base_url=server.base_url
        ) as imoje,
    ):
        assert [group.channels[0].payment_method for group in imoje.services.payment_methods(100, "PLN")] == [
            PaymentMethod.BLIK
        ]
        assert imoje.services.payment_methods(101, "PLN") == []


def test_a_customers_card_profiles_are_listed_by_cid(imoje_sandbox: ImojeSandbox) -> None:
    imoje = imoje_sandbox.client()
    listed = imoje.profiles.list("yourMerchantCustomerId").payment_profiles
    assert [str(profile.id) for profile in listed] == [seeds.ONE_CLICK_PROFILE_ID]
    assert imoje.profiles.list("nobody").payment_profiles == []


def test_a_blik_profile_is_charged_through_an_alias_and_a_removed_alias_fails_as_blik_does(
    imoje_sandbox: ImojeSandbox,
) -> None:
    imoje = imoje_sandbox.client()
    [profile] = imoje.blik.list_profiles(BLIK_CUSTOMER_ID).blik_profiles
    assert profile.id == BLIK_PROFILE_ID and profile.is_active is True and profile.alias_list
    key = profile.alias_list[0].key
    assert isinstance(key, str)
    charge = dict(amount=1000, currency="PLN", order_id="o-1", title="Order 1", client_ip="192.0.2.10")
    paid = imoje.blik.charge(BLIK_PROFILE_ID, blik_key=key, **charge)  # type: ignore[arg-type]
    assert paid.transaction.status is Status.PENDING
    assert imoje.transactions.get(paid.transaction.id).transaction.status is Status.SETTLED

    imoje.blik.deactivate(BLIK_PROFILE_ID, key)
    failed = imoje.blik.charge(BLIK_PROFILE_ID, blik_key=key, **charge)  # type: ignore[arg-type]
    # imoje's plugin reads 210002 from the charge's own answer, to register the alias anew.
    assert (failed.transaction.status, failed.transaction.status_code) == (Status.REJECTED, "BLK-ERROR-210002")
    read = imoje.transactions.get(failed.transaction.id).transaction
    assert (read.status, read.status_code) == (Status.REJECTED, "BLK-ERROR-210002")
    # With a code the payer can still pay.
    coded = imoje.blik.charge(BLIK_PROFILE_ID, blik_code="123456", **charge)  # type: ignore[arg-type]
    assert imoje.transactions.get(coded.transaction.id).transaction.status is Status.SETTLED


def test_removing_every_alias_deactivates_the_blik_profile(imoje_sandbox: ImojeSandbox) -> None:
    imoje = imoje_sandbox.client()
    [profile] = imoje.blik.list_profiles(BLIK_CUSTOMER_ID).blik_profiles
    keys = [alias.key for alias in profile.alias_list or []]
    for key in keys:
        assert isinstance(key, str)
        imoje.blik.deactivate(BLIK_PROFILE_ID, key)
    [after] = imoje.blik.list_profiles(BLIK_CUSTOMER_ID).blik_profiles
    assert (after.is_active, after.alias_list) == (False, [])
    with pytest.raises(NotFoundError) as gone:
        imoje.blik.deactivate(BLIK_PROFILE_ID, keys[0] or "")
    assert [item.property_ for item in gone.value.errors] == ["blikKey"]


def test_a_blik_charge_without_alias_or_code_is_a_400_naming_blik_key(imoje_sandbox: ImojeSandbox) -> None:
    imoje = imoje_sandbox.client()
    with pytest.raises(BadRequestError) as refused:
        imoje.blik.charge(
            BLIK_PROFILE_ID, amount=1000, currency="PLN", order_id="o-1", title="T", client_ip="192.0.2.1"
        )
    assert [item.property_ for item in refused.value.errors] == ["blikKey"]


def test_another_shop_can_neither_charge_nor_deactivate_a_shops_blik_profile() -> None:
    other = "5c6d7e8f-9a0b-4c1d-8e2f-3a4b5c6d7e8f"
    with SandboxServer(SandboxConfig(seed=41, extra_service_ids=(other,))) as server:
        config = server.config
        imoje = Imoje(token=config.token, merchant_id=config.merchant_id, service_id=other, base_url=server.base_url)
        store = server.sandbox_app.state.sandbox.store
        key = store.blik_profiles[BLIK_PROFILE_ID]["aliasList"][0]["key"]
        charge = dict(amount=1000, currency="PLN", order_id="o-1", title="T", client_ip="192.0.2.1")
        with imoje:
            with pytest.raises(NotFoundError):
                imoje.blik.charge(BLIK_PROFILE_ID, blik_key=key, **charge)  # type: ignore[arg-type]
            with pytest.raises(NotFoundError):
                imoje.blik.deactivate(BLIK_PROFILE_ID, key, extra_body={"serviceId": other})
        assert store.blik_profiles[BLIK_PROFILE_ID]["aliasList"][0]["key"] == key
        assert not any(trx["serviceId"] == other for trx in store.transactions.values())
