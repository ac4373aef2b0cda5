"""The client against the spec-driven sandbox over loopback, as stripe-python runs against stripe-mock."""

from collections.abc import Callable, Iterator
from uuid import UUID

import pytest
from imoje_client import AuthenticatedClient, openapi
from imoje_client.api.blik import charge_blik_profile, deactivate_blik_profile, get_blik_profiles
from imoje_client.api.payments import cancel_payment, create_payment, get_payment
from imoje_client.api.profiles import charge_profile, deactivate_profile, get_profile, get_profiles_by_cid
from imoje_client.api.services import get_payment_methods, get_service
from imoje_client.api.transactions import (
    can_refund_transaction,
    capture_transaction,
    create_transaction,
    get_transaction,
    refund_transaction,
    void_transaction,
)
from imoje_client.errors import AuthenticationError, BadRequestError
from imoje_client.models import (
    CancelPaymentRequest,
    CanRefundRequest,
    CreatePaymentRequest,
    CreatePaymentResponse,
    Currency,
    DeactivateBlikProfileRequest,
    DeactivateProfileRequest,
    ErrorResponse,
    LinkCustomerInput,
    PaymentLink,
    PaymentMethodCode,
    PaymentMethodsRequest,
    PaymentProfileResponse,
    ProfileActivity,
    RefundRequest,
    RefundRequestType,
    Status,
    TransactionResponse,
)

from imoje_sandbox import SandboxConfig, SandboxServer, seeds
from tests.client.examples import blik_charge_request, charge_request, create_request, transaction_request

CONFIG = SandboxConfig(seed=21)
SHOP = UUID(CONFIG.service_id)


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxServer]:
    with SandboxServer(CONFIG) as running:
        yield running


@pytest.fixture
def client(sandbox: SandboxServer) -> Iterator[AuthenticatedClient]:
    sandbox.sandbox_app.state.sandbox.store.reset()
    with AuthenticatedClient(base_url=sandbox.base_url, token=CONFIG.token) as built:
        yield built


def test_link_lifecycle(client: AuthenticatedClient) -> None:
    request = CreatePaymentRequest(
        service_id=SHOP,
        amount=12345,
        currency=Currency.EUR,
        order_id="Zamówienie 12/2026",
        customer=LinkCustomerInput(first_name="Zażółć", last_name="Gęślą", email="jan@example.com"),
        title="Faktura #12",
    )
    created = create_payment.sync(CONFIG.merchant_id, client=client, body=request)
    assert isinstance(created, CreatePaymentResponse)
    link_id = created.payment.id

    read = get_payment.sync(CONFIG.merchant_id, link_id, client=client)
    assert isinstance(read, PaymentLink)
    assert (read.status, read.amount, read.currency, read.order_id) == (
        Status.NEW,
        12345,
        Currency.EUR,
        request.order_id,
    )
    assert read.customer.first_name == "Zażółć" and read.transactions == []

    body = CancelPaymentRequest(service_id=SHOP, payment_id=link_id)
    cancelled = cancel_payment.sync(CONFIG.merchant_id, client=client, body=body)
    assert isinstance(cancelled, PaymentLink) and cancelled.status is Status.CANCELLED

    again = cancel_payment.sync_detailed(CONFIG.merchant_id, client=client, body=body)
    assert again.status_code == 400 and isinstance(again.parsed, ErrorResponse)
    assert again.parsed.api_error_response.message == "Cannot cancel payment"


def test_charge_deactivate_charge(client: AuthenticatedClient) -> None:
    profile_id = UUID(seeds.ONE_CLICK_PROFILE_ID)
    charged = charge_profile.sync(CONFIG.merchant_id, client=client, body=charge_request(payment_profile_id=profile_id))
    assert isinstance(charged, TransactionResponse)
    assert charged.transaction.payment_method_code is PaymentMethodCode.ONECLICK

    answer = deactivate_profile.sync(
        CONFIG.merchant_id, client=client, body=DeactivateProfileRequest(payment_profile_id=profile_id)
    )
    assert answer is not None and not isinstance(answer, ErrorResponse)
    read = get_profile.sync(CONFIG.merchant_id, profile_id, client=client)
    assert isinstance(read, PaymentProfileResponse)
    assert read.payment_profile.is_active is ProfileActivity.INACTIVE

    with pytest.raises(BadRequestError) as refused:
        charge_profile.sync(CONFIG.merchant_id, client=client, body=charge_request(payment_profile_id=profile_id))
    assert (refused.value.status_code, refused.value.code) == (400, "TRX-ERROR-120301")
    assert refused.value.message == "Payment profile inactive."
    assert isinstance(refused.value.body, ErrorResponse)


def test_wrong_token_is_an_error_value_in_detailed_calls(sandbox: SandboxServer) -> None:
    with AuthenticatedClient(base_url=sandbox.base_url, token="wrong") as client:
        answer = get_payment.sync_detailed(CONFIG.merchant_id, UUID(seeds.NEW_LINK_ID), client=client)
    assert answer.status_code == 401 and isinstance(answer.parsed, ErrorResponse)


def test_with_a_wrong_token_every_call_raises_authentication_error(sandbox: SandboxServer) -> None:
    sandbox.sandbox_app.state.sandbox.store.reset()
    profile_id = UUID(seeds.ONE_CLICK_PROFILE_ID)
    link_id = UUID(seeds.NEW_LINK_ID)
    settled = UUID(seeds.SETTLED_LINK_ID)  # the seeded settled link's transaction has its id
    calls: dict[str, Callable[[AuthenticatedClient], object]] = {
        "createPayment": lambda c: create_payment.sync(CONFIG.merchant_id, client=c, body=create_request()),
        "getPayment": lambda c: get_payment.sync(CONFIG.merchant_id, link_id, client=c),
        "cancelPayment": lambda c: cancel_payment.sync(
            CONFIG.merchant_id, client=c, body=CancelPaymentRequest(service_id=SHOP, payment_id=link_id)
        ),
        "getProfile": lambda c: get_profile.sync(CONFIG.merchant_id, profile_id, client=c),
        "chargeProfile": lambda c: charge_profile.sync(
            CONFIG.merchant_id, client=c, body=charge_request(payment_profile_id=profile_id)
        ),
        "deactivateProfile": lambda c: deactivate_profile.sync(
            CONFIG.merchant_id, client=c, body=DeactivateProfileRequest(payment_profile_id=profile_id)
        ),
        "getTransaction": lambda c: get_transaction.sync(CONFIG.merchant_id, settled, client=c),
        "refundTransaction": lambda c: refund_transaction.sync(
            CONFIG.merchant_id,
            settled,
            client=c,
            body=RefundRequest(type_=RefundRequestType.REFUND, service_id=SHOP, amount=1),
        ),
        "canRefundTransaction": lambda c: can_refund_transaction.sync(
            CONFIG.merchant_id, settled, client=c, body=CanRefundRequest(amount=1)
        ),
        "captureTransaction": lambda c: capture_transaction.sync(CONFIG.merchant_id, settled, client=c),
        "voidTransaction": lambda c: void_transaction.sync(CONFIG.merchant_id, settled, client=c),
        "createTransaction": lambda c: create_transaction.sync(
            CONFIG.merchant_id, client=c, body=transaction_request()
        ),
        "getProfilesByCid": lambda c: get_profiles_by_cid.sync(CONFIG.merchant_id, "yourMerchantCustomerId", client=c),
        "getService": lambda c: get_service.sync(CONFIG.merchant_id, SHOP, client=c),
        "getPaymentMethods": lambda c: get_payment_methods.sync(
            CONFIG.merchant_id, SHOP, client=c, body=PaymentMethodsRequest(amount=1000, currency=Currency.PLN)
        ),
        "getBlikProfiles": lambda c: get_blik_profiles.sync(
            CONFIG.merchant_id, SHOP, "yourMerchantCustomerId", client=c
        ),
        "chargeBlikProfile": lambda c: charge_blik_profile.sync(
            CONFIG.merchant_id, client=c, body=blik_charge_request()
        ),
        "deactivateBlikProfile": lambda c: deactivate_blik_profile.sync(
            CONFIG.merchant_id,
            client=c,
            body=DeactivateBlikProfileRequest(
                blik_profile_id="5e0c3f0a-8d1b-4c2e-9f3a-6b7c8d9e0f1a", blik_key="alias-ing-0001"
            ),
        ),
    }
    assert set(calls) == set(openapi.operations(openapi.bundled()))
    with AuthenticatedClient(base_url=sandbox.base_url, token="wrong") as client:
        for operation, call in calls.items():
            with pytest.raises(AuthenticationError) as caught:
                call(client)
            assert (caught.value.status_code, caught.value.operation) == (401, operation)
    # Refused means not executed: the profile is still active.
    with AuthenticatedClient(base_url=sandbox.base_url, token=CONFIG.token) as client:
        profile = get_profile.sync(CONFIG.merchant_id, profile_id, client=client).payment_profile
    assert profile.is_active is ProfileActivity.ACTIVE
