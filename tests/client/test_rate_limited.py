"""A 429 is `RateLimitedError`: imoje turned the request away without executing it. A read
is sent again on it (the client's own retries, honouring Retry-After); a call that changes
state never is: the shop decides (docs/client.md)."""

import datetime
import email.utils

import httpx
import pytest
from imoje_client import ApiStatusError, OutcomeUnknownError, RateLimitedError, errors

from imoje_sandbox.pytest_plugin import ImojeSandbox


@pytest.mark.parametrize(
    ("header", "seconds"),
    [("7", 7.0), ("0", 0.0), ("", None), ("soon", None), ("-3", None), ("1.5", None)],
)
def test_retry_after_reads_delay_seconds_and_nothing_else(header: str, seconds: float | None) -> None:
    assert errors.retry_after(httpx.Headers({"Retry-After": header} if header else {})) == seconds


def test_retry_after_reads_an_http_date_as_the_seconds_until_it() -> None:
    later = datetime.datetime.now(datetime.UTC) + datetime.timedelta(seconds=90)
    waited = errors.retry_after(httpx.Headers({"Retry-After": email.utils.format_datetime(later, usegmt=True)}))
    assert waited is not None and 85 <= waited <= 90
    past = email.utils.format_datetime(later - datetime.timedelta(days=1), usegmt=True)
    assert errors.retry_after(httpx.Headers({"Retry-After": past})) == 0.0


def test_a_read_turned_away_once_is_sent_again_and_answers(imoje_sandbox: ImojeSandbox) -> None:
    imoje_sandbox.fault("getPayment", "status", status=429, times=1)
    link = imoje_sandbox.client(retry_backoff=0.01).payments.get(imoje_sandbox.seeded.new_link_id)
    assert str(link.id) == imoje_sandbox.seeded.new_link_id
    assert [r.status for r in imoje_sandbox.requests("getPayment")] == [429, 200]


def test_a_charge_turned_away_is_rate_limited_not_executed_and_never_resent(imoje_sandbox: ImojeSandbox) -> None:
    imoje_sandbox.fault("chargeProfile", "status", status=429, seconds=3)
    imoje = imoje_sandbox.client(retry_backoff=0.01)
    with pytest.raises(RateLimitedError) as refused:
        imoje.profiles.charge(imoje_sandbox.card_profile_id, amount=100, currency="PLN", order_id="rate-1")
    error = refused.value
    assert isinstance(error, ApiStatusError) and not isinstance(error, OutcomeUnknownError)
    assert (error.status_code, error.retry_after, error.operation) == (429, 3.0, "chargeProfile")
    assert [r.status for r in imoje_sandbox.requests("chargeProfile")] == [429]  # sent once
    assert imoje_sandbox.notifications() == []  # nothing happened
