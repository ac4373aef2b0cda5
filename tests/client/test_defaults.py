"""Safe defaults: a timeout on every call, named hosts, and a token that never shows."""

import httpx
import pytest
from imoje_client import (
    DEFAULT_TIMEOUT,
    ENVIRONMENTS,
    PRODUCTION_BASE_URL,
    SANDBOX_BASE_URL,
    AuthenticatedClient,
    environment,
    errors,
)
from imoje_client.api.payments import get_payment

from tests.client.conftest import MERCHANT, TOKEN, Recorder
from tests.client.examples import PAYMENT_ID
from tests.spec_document import document


def test_base_urls_are_the_spec_servers() -> None:
    servers = [server["url"] for server in document()["servers"]]
    assert servers == [env.api_base_url for env in ENVIRONMENTS.values()]
    assert servers[:2] == [SANDBOX_BASE_URL, PRODUCTION_BASE_URL]


def test_environments_are_chosen_by_name_and_an_unknown_name_is_refused() -> None:
    assert environment("ing-pay-sandbox").api_base_url == "https://api.sandbox.pay.ing.pl/v1/merchant"
    assert environment("ing-pay").payment_form_url == "https://paywall.pay.ing.pl/payment"
    assert environment("imoje-sandbox").payment_form_url == "https://sandbox.paywall.imoje.pl/payment"
    assert [env.production for env in ENVIRONMENTS.values()] == [False, True, False, True]
    with pytest.raises(ValueError, match="ing-pay-sandbox"):
        environment("ing_pay_sandbox")


def test_every_call_has_a_finite_timeout(client: AuthenticatedClient, recorder: Recorder) -> None:
    get_payment.sync_detailed(MERCHANT, PAYMENT_ID, client=client)
    sent = httpx.Timeout(**recorder.requests[0].extensions["timeout"])
    assert sent == DEFAULT_TIMEOUT
    assert None not in (sent.connect, sent.read, sent.write, sent.pool)


def test_token_is_sent_as_bearer(client: AuthenticatedClient, recorder: Recorder) -> None:
    get_payment.sync_detailed(MERCHANT, PAYMENT_ID, client=client)
    assert recorder.requests[0].headers["Authorization"] == f"Bearer {TOKEN}"


def test_token_never_in_repr(client: AuthenticatedClient, recorder: Recorder) -> None:
    get_payment.sync_detailed(MERCHANT, PAYMENT_ID, client=client)  # builds the httpx client
    for shown in (client, client.with_headers({"X-Trace": "1"}), client.with_timeout(httpx.Timeout(1.0))):
        assert TOKEN not in repr(shown) and TOKEN not in str(shown)


def test_token_never_in_exception_text(recorder: Recorder) -> None:
    # The server echoes the whole token back (as one that reflects request headers would).
    recorder.status, recorder.content = 503, f"echo: Bearer {TOKEN}".encode()
    strict = AuthenticatedClient(
        base_url=SANDBOX_BASE_URL,
        token=TOKEN,
        raise_on_unexpected_status=True,
        httpx_args={"transport": httpx.MockTransport(recorder)},
    )
    with pytest.raises(errors.UnexpectedStatus) as caught:
        get_payment.sync_detailed(MERCHANT, PAYMENT_ID, client=strict)
    assert TOKEN not in str(caught.value) and TOKEN.encode() not in caught.value.content
    assert caught.value.content == b"echo: Bearer [REDACTED]"
    refused = AuthenticatedClient(base_url="http://127.0.0.1:9", token=TOKEN, timeout=httpx.Timeout(1.0))
    with pytest.raises(errors.ApiConnectionError) as failed:
        get_payment.sync_detailed(MERCHANT, PAYMENT_ID, client=refused)
    assert TOKEN not in str(failed.value) and TOKEN not in repr(failed.value)
