"""The read-after-write ledger (contract_tests/invariants.py) on exchanges fed to it directly."""

import copy
import json
import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from contract_tests.answers import LINK
from contract_tests.failures import (
    ListHoldsAnothers,
    ReadAnotherRecord,
    RefundNotListed,
    StatusAgainstTheTable,
    WrittenValueChanged,
)
from contract_tests.invariants import LINK_REACH, TRANSACTION_REACH, Ledger
from tests.spec_document import document

BASE = "http://127.0.0.1:1/v1/merchant"
LINK_ID = "9e4c1d6a-3b1f-4a8e-9c61-0d1f6f8e2a47"
SHOP = LINK["serviceId"]


def ledger() -> tuple[Ledger, dict[Any, str]]:
    curls: dict[Any, str] = {}
    return Ledger(document(), BASE, curls), curls


def create(book: Ledger, **fields: Any) -> None:
    sent = {"serviceId": SHOP, "amount": 1234, "currency": "PLN", "orderId": "o-1", "title": "T",
            "customer": {"firstName": "Jan", "lastName": "Kowalski", "email": "jan@example.com"}}  # fmt: skip
    answer = {"payment": {"id": LINK_ID, "url": "https://paywall.example/x", "status": "new", **fields}}
    book.observe("POST", f"{BASE}/m/payment", json.dumps(sent).encode(), 200, json.dumps(answer).encode())


def read(book: Ledger, **changes: Any) -> None:
    link = {**copy.deepcopy(LINK), "id": LINK_ID, "amount": 1234, "orderId": "o-1", "title": "T", "status": "new"}
    link["customer"] = {"firstName": "Jan", "lastName": "Kowalski", "email": "jan@example.com"}
    link["transactions"][0]["payment"]["id"] = LINK_ID
    link.update(changes)
    book.observe("GET", f"{BASE}/m/payment/{LINK_ID}", None, 200, json.dumps(link).encode())


def test_reads_that_keep_their_word_pass() -> None:
    book, _ = ledger()
    create(book)
    read(book)
    read(book, status="pending")
    read(book, status="settled")  # pending -> settled: the link follows its paid transaction
    read(book, status="settled", isActive=False)


@pytest.mark.parametrize(
    ("changes", "failure", "words"),
    [
        ({"id": "a1b2c3d4-e5f6-4a1b-9c2d-3e4f5a6b7c8d"}, ReadAnotherRecord, f"asked for {LINK_ID}"),
        ({"amount": 1235}, WrittenValueChanged, "`amount` was written 1234 (POST /{merchantId}/payment), read 1235"),
        ({"orderId": "o-2"}, WrittenValueChanged, '`orderId` was written "o-1"'),
        ({"customer": {"firstName": "Anna", "lastName": "Kowalski"}}, WrittenValueChanged, "`customer`"),
        ({"serviceId": "ab16c18c-e83b-424f-80c9-f839ed23181f"}, WrittenValueChanged, "`serviceId`"),
    ],
)
def test_a_read_that_contradicts_the_write_fails_naming_field_and_values(
    changes: dict[str, Any], failure: type[Exception], words: str
) -> None:
    book, curls = ledger()
    create(book)
    with pytest.raises(failure, match=re.escape(words)):
        read(book, **changes)
    [curl] = curls.values()
    assert curl == f"curl -X GET -H 'Authorization: [Filtered]' {BASE}/m/payment/{LINK_ID}"


def test_a_field_a_read_leaves_out_is_not_a_change() -> None:
    book, _ = ledger()
    create(book)
    link = {"id": LINK_ID, "url": "u", "status": "new"}
    book.observe("GET", f"{BASE}/m/payment/{LINK_ID}", None, 200, json.dumps(link).encode())


def test_a_status_never_returns_and_moves_only_where_the_table_leads() -> None:
    book, _ = ledger()
    create(book)
    read(book, status="cancelled")
    with pytest.raises(
        StatusAgainstTheTable, match=re.escape("read `pending` after `cancelled` (seen before: new, cancelled)")
    ):
        read(book, status="pending")
    book, _ = ledger()
    create(book)
    read(book, status="pending")
    with pytest.raises(StatusAgainstTheTable, match="read `new` after `pending`"):
        read(book, status="new")


def test_the_tables_have_no_way_back() -> None:
    for reach in (LINK_REACH, TRANSACTION_REACH):
        assert all(status not in reach[status] for status in reach)
    assert LINK_REACH["new"] == {"pending", "cancelled", "settled", "rejected"}
    assert TRANSACTION_REACH["authorized"] == {"settled", "cancelled"} and TRANSACTION_REACH["settled"] == set()


def test_a_link_listing_another_links_or_shops_transaction_fails() -> None:
    book, _ = ledger()
    create(book)
    foreign = {**copy.deepcopy(LINK["transactions"][0]), "id": "0b7e4c1a-9d2f-4e8b-a6c3-5f1d2e3a4b5c"}
    with pytest.raises(ListHoldsAnothers, match="lists transaction 0b7e4c1a"):
        read(book, transactions=[foreign])  # its payment.id is another link's


def test_a_refund_made_must_be_listed_and_no_other_shops_refund_may_be() -> None:
    book, _ = ledger()
    sale = {**copy.deepcopy(LINK["transactions"][0]), "id": LINK_ID, "status": "settled"}
    url = f"{BASE}/m/transaction/{LINK_ID}"
    book.observe("GET", url, None, 200, json.dumps({"transaction": sale}).encode())
    refund = {"id": "4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a", "status": "settled", "amount": 10, "serviceId": SHOP}
    book.observe("POST", f"{url}/refund", b'{"type":"refund"}', 200, json.dumps({"transaction": refund}).encode())
    with pytest.raises(RefundNotListed, match=r"answered 200 but transaction .* lists refunds \[\]"):
        book.observe("GET", url, None, 200, json.dumps({"transaction": {**sale, "refunds": []}}).encode())
    with pytest.raises(RefundNotListed, match="lists no refunds"):
        book.observe("GET", url, None, 200, json.dumps({"transaction": sale}).encode())
    listed = {**sale, "refunds": [{"transaction": refund}]}
    book.observe("GET", url, None, 200, json.dumps({"transaction": listed}).encode())
    other = {**refund, "serviceId": "ab16c18c-e83b-424f-80c9-f839ed23181f"}
    with pytest.raises(ListHoldsAnothers, match="of shop ab16c18c"):
        book.observe(
            "GET", url, None, 200, json.dumps({"transaction": {**sale, "refunds": [{"transaction": other}]}}).encode()
        )


def test_a_link_and_its_transaction_may_share_an_id() -> None:
    # The vendor's own cancellation example gives both one id: two records, not one.
    book, _ = ledger()
    read(book, status="cancelled")  # its transaction, same id, is `pending`
    read(book, status="cancelled")


def test_forget_starts_over() -> None:
    book, _ = ledger()
    create(book)
    book.forget()
    read(book, amount=999)


@settings(max_examples=3, database=None)
@given(st.just(None))
def _inside_hypothesis(book: Ledger, _: None) -> None:
    read(book, amount=999)


def test_inside_a_hypothesis_test_a_broken_invariant_is_kept_for_the_end() -> None:
    book, _ = ledger()
    create(book)
    _inside_hypothesis(book)  # does not raise
    [kept] = book.take_pending()
    assert isinstance(kept, WrittenValueChanged) and book.take_pending() == []
