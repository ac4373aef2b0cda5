"""Transactions in the sandbox: reads, refunds (never more than was paid, can-refund agreeing),
pre-authorisation (capture and void, each once, only from authorized), through the client."""

import threading
from collections.abc import Iterator

import httpx
import pytest
from imoje_client import BadRequestError, Imoje, NotFoundError, UnprocessableEntityError
from imoje_client.models import ChangedTransaction, Status, TransactionType

from imoje_sandbox import SandboxConfig, SandboxServer, seeds

SETTLED = seeds.SETTLED_LINK_ID  # the seeded settled link's transaction has the link's id
PENDING = seeds.DOCS_PENDING_LINK_ID


def started(config: SandboxConfig) -> Iterator[tuple[SandboxServer, Imoje]]:
    with SandboxServer(config) as server:
        client = Imoje(
            token=config.token, merchant_id=config.merchant_id, service_id=config.service_id, base_url=server.base_url
        )
        with client:
            yield server, client


@pytest.fixture
def sandbox() -> Iterator[tuple[SandboxServer, Imoje]]:
    yield from started(SandboxConfig(seed=5, allow_loopback_notifications=True))


@pytest.fixture
def pre_authorising() -> Iterator[tuple[SandboxServer, Imoje]]:
    yield from started(SandboxConfig(seed=6, pre_authorisation=True))


def control(server: SandboxServer, path: str) -> httpx.Response:
    return httpx.post(f"{server.url}/_sandbox{path}", headers={"Authorization": f"Bearer {server.config.token}"})


def test_a_settled_sale_is_refunded_in_parts_never_beyond_its_amount(sandbox: tuple[SandboxServer, Imoje]) -> None:
    _, imoje = sandbox
    sale = imoje.transactions.get(SETTLED).transaction
    assert (sale.status, sale.type_, sale.amount, sale.refunds) == (Status.SETTLED, TransactionType.SALE, 100, [])
    asked = imoje.transactions.can_refund(SETTLED, amount=30)
    assert (asked.refundable, asked.full_refund) == (True, 100)
    first = imoje.transactions.refund(SETTLED, amount=30, title="Part").transaction
    assert (first.type_, first.status, first.amount) == (TransactionType.REFUND, Status.SETTLED, 30)
    assert imoje.transactions.can_refund(SETTLED, amount=71).refundable is False
    with pytest.raises(UnprocessableEntityError) as too_much:
        imoje.transactions.refund(SETTLED, amount=71)
    assert [item.property_ for item in too_much.value.errors] == ["amount"]
    imoje.transactions.refund(SETTLED, amount=70)
    refunds = imoje.transactions.get(SETTLED).transaction.refunds
    assert isinstance(refunds, list) and [refund.transaction.amount for refund in refunds] == [30, 70]
    assert imoje.transactions.can_refund(SETTLED, amount=1).full_refund == 0
    assert imoje.transactions.get(first.id).transaction.type_ is TransactionType.REFUND


@pytest.mark.parametrize("amount", [1, 50, 99, 100, 101, 1000])
def test_can_refund_agrees_with_refund(sandbox: tuple[SandboxServer, Imoje], amount: int) -> None:
    _, imoje = sandbox
    imoje.transactions.refund(SETTLED, amount=1)  # 99 left
    said = imoje.transactions.can_refund(SETTLED, amount=amount).refundable
    try:
        imoje.transactions.refund(SETTLED, amount=amount)
        done = True
    except UnprocessableEntityError:
        done = False
    assert said is done


def test_only_a_settled_sale_can_be_refunded(sandbox: tuple[SandboxServer, Imoje]) -> None:
    _, imoje = sandbox
    with pytest.raises(BadRequestError, match="Cannot refund a pending sale"):
        imoje.transactions.refund(PENDING, service_id=seeds.DOCS_CANCEL_SERVICE_ID, amount=1)
    refund = imoje.transactions.refund(SETTLED, amount=1).transaction
    with pytest.raises(BadRequestError, match="refund transaction"):
        imoje.transactions.refund(refund.id, amount=1)
    with pytest.raises(NotFoundError):
        imoje.transactions.get("0c6b6a3e-3a70-4a39-9d0e-4f0f6a2b8c11")
    with pytest.raises(NotFoundError):  # another shop's transaction
        imoje.transactions.refund(SETTLED, service_id=seeds.DOCS_CHARGE_SERVICE_ID, amount=1)


def test_simultaneous_refunds_never_pass_the_amount(sandbox: tuple[SandboxServer, Imoje]) -> None:
    _, imoje = sandbox
    statuses: list[int] = []

    def refund() -> None:
        answer = imoje.transactions.with_raw_response.refund(SETTLED, amount=15)
        statuses.append(answer.status_code)

    threads = [threading.Thread(target=refund) for _ in range(10)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(statuses) == [200] * 6 + [422] * 4  # 6 x 15 = 90 of 100
    refunds = imoje.transactions.get(SETTLED).transaction.refunds
    assert isinstance(refunds, list)
    assert sum(refund.transaction.amount for refund in refunds if isinstance(refund.transaction.amount, int)) == 90


def test_a_refund_is_notified(sandbox: tuple[SandboxServer, Imoje]) -> None:
    server, imoje = sandbox
    imoje.transactions.refund(SETTLED, amount=5)
    recorded = httpx.get(
        f"{server.url}/_sandbox/notifications", headers={"Authorization": f"Bearer {server.config.token}"}
    ).json()
    [notified] = [n for n in recorded if n["event"] == "transaction refunded"]
    assert (notified["body"]["transaction"]["type"], notified["body"]["transaction"]["amount"]) == ("refund", 5)


def test_pre_authorised_charges_are_captured_or_voided_once(pre_authorising: tuple[SandboxServer, Imoje]) -> None:
    server, imoje = pre_authorising
    profile = seeds.ONE_CLICK_PROFILE_ID
    first = imoje.profiles.charge(profile, amount=10, currency="PLN", order_id="a").transaction
    assert control(server, f"/transactions/{first.id}/settle").json()["status"] == "authorized"
    captured = imoje.transactions.capture(first.id).transaction
    assert isinstance(captured, ChangedTransaction) and captured.status is Status.SETTLED
    with pytest.raises(BadRequestError, match="Cannot capture a settled transaction"):
        imoje.transactions.capture(first.id)
    with pytest.raises(BadRequestError, match="Cannot void a settled transaction"):
        imoje.transactions.void(first.id)
    second = imoje.profiles.charge(profile, amount=10, currency="PLN", order_id="b").transaction
    with pytest.raises(BadRequestError, match="Cannot void a pending transaction"):
        imoje.transactions.void(second.id)
    control(server, f"/transactions/{second.id}/settle")
    voided = imoje.transactions.void(second.id).transaction
    assert isinstance(voided, ChangedTransaction) and voided.status is Status.CANCELLED
    with pytest.raises(BadRequestError):
        imoje.transactions.capture(second.id)
    # Only a settled sale can be refunded: the voided one cannot, the captured one can.
    assert imoje.transactions.can_refund(second.id, amount=1).refundable is False
    assert imoje.transactions.can_refund(first.id, amount=10).refundable is True


def test_a_pre_authorised_link_settles_when_captured(pre_authorising: tuple[SandboxServer, Imoje]) -> None:
    server, imoje = pre_authorising
    link = imoje.payments.create(
        amount=3, currency="PLN", order_id="l", customer={"firstName": "J", "lastName": "K", "email": "j@example.com"}
    ).payment
    control(server, f"/payments/{link.id}/start")
    paid = control(server, f"/payments/{link.id}/settle").json()
    [transaction] = paid["transactions"]
    assert (paid["status"], transaction["status"]) == ("pending", "authorized")
    imoje.transactions.capture(transaction["id"])
    assert imoje.payments.get(link.id).status is Status.SETTLED


def test_a_refund_may_be_answered_new_and_settle_later_with_its_notification() -> None:
    """`refunds_settle_after`: imoje's plugin handles a refund answered `new` (waiting for
    completion) as well as `settled` (DEVIATIONS 50); the refund then settles and is notified."""
    config = SandboxConfig(seed=5, allow_loopback_notifications=True, refunds_settle_after=30)
    for server, imoje in started(config):
        refund = imoje.transactions.refund(SETTLED, amount=40).transaction
        assert refund.status is Status.NEW
        # Waiting, it counts against what is left: a second refund cannot pass the amount.
        assert imoje.transactions.can_refund(SETTLED, amount=61).refundable is False
        listed = imoje.transactions.get(SETTLED).transaction.refunds
        assert isinstance(listed, list) and [(r.transaction.id, r.transaction.status) for r in listed] == [
            (refund.id, Status.NEW)
        ]
        httpx.post(
            f"{server.url}/_sandbox/clock", json={"advance": 29}, headers={"Authorization": f"Bearer {config.token}"}
        ).raise_for_status()
        assert imoje.transactions.get(refund.id).transaction.status is Status.NEW
        httpx.post(
            f"{server.url}/_sandbox/clock", json={"advance": 1}, headers={"Authorization": f"Bearer {config.token}"}
        ).raise_for_status()
        assert imoje.transactions.get(refund.id).transaction.status is Status.SETTLED
        listed = imoje.transactions.get(SETTLED).transaction.refunds
        assert isinstance(listed, list) and [r.transaction.status for r in listed] == [Status.SETTLED]
        recorded = httpx.get(
            f"{server.url}/_sandbox/notifications", headers={"Authorization": f"Bearer {config.token}"}
        ).json()
        events = [(n["event"], n["body"]["transaction"]["status"]) for n in recorded if "transaction" in n["body"]]
        assert ("refund settled", "settled") in events and ("transaction refunded", "new") in events
