"""The models' convention for absent fields (generator/patches/types.py.jinja.patch and
model.py.jinja.patch): an optional field an answer leaves out reads as None, as in
stripe-python and openai-python; a null the answer sent comes back out of `to_dict()`; a
model built in code sends no null."""

import copy
import json
from typing import Any

from imoje_client.models import CancelPaymentRequest, PaymentLink, Status, TransactionDetails
from imoje_client.types import UNSET

from contract_tests.answers import LINK, answer


def as_json(value: Any) -> str:
    # Compared as JSON: in Python True == 1, and a boolean read back as 1 would pass.
    return json.dumps(value, sort_keys=True)


def test_an_absent_optional_field_reads_as_none_and_stays_absent() -> None:
    answer = copy.deepcopy(LINK)
    del answer["status"], answer["transactions"]
    link = PaymentLink.from_dict(answer)
    assert link.status is None and link.transactions is None
    assert "Unset" not in repr(link) and "status=None" in repr(link)
    assert as_json(link.to_dict()) == as_json(answer)


def test_a_null_the_answer_sent_reads_as_none_and_comes_back_as_null() -> None:
    answer = copy.deepcopy(LINK)
    answer["status"] = None  # optional, and not nullable: still read (tolerant), and kept
    answer["customer"]["locale"] = None
    link = PaymentLink.from_dict(answer)
    assert link.status is None
    written = link.to_dict()
    assert as_json(written) == as_json(answer)
    assert "status" in written and written["status"] is None


def test_a_value_set_after_reading_a_null_is_what_is_written() -> None:
    answer = {**copy.deepcopy(LINK), "status": None}
    link = PaymentLink.from_dict(answer)
    link.status = Status.SETTLED
    assert link.to_dict()["status"] == "settled"


def test_a_model_built_in_code_sends_no_null_for_what_it_leaves_out() -> None:
    body = CancelPaymentRequest(service_id=LINK["serviceId"], payment_id=LINK["id"])
    assert "title" not in json.dumps(body.to_dict())
    assert UNSET is None


def test_the_fields_a_shop_relies_on_are_optional_values_not_sentinels() -> None:
    read = copy.deepcopy(answer("getTransaction")["transaction"])
    del read["amount"], read["orderId"]
    details = TransactionDetails.from_dict(read)
    assert (details.amount, details.order_id) == (None, None)
