"""Parsing the documented payment link with 20 transactions: the client's way, json.loads
alone, and a pydantic v2 model of the same shape and the same types."""

import copy
import json
import random
from typing import Any
from uuid import UUID

import httpx
import pydantic
from imoje_client import _contract, _ids
from imoje_client.api.payments import get_payment

# The reference uses the client's own StrEnums: the same members, built the same way.
from imoje_client.models import (
    Currency,
    Locale,
    PaymentLink,
    PaymentMethod,
    PaymentMethodCode,
    Status,
    TransactionSource,
    TransactionType,
)

from benchmarks.interleave import Comparison, compare
from tests.vendor_docs import page_examples


def document() -> bytes:
    link: dict[str, Any] = next(e.body for e in page_examples("payment-cancel.en.txt") if e.role == "200")
    link = copy.deepcopy(link)
    link["transactions"] = [copy.deepcopy(link["transactions"][0]) for _ in range(20)]
    # Each transaction its own id, as in a real answer (shop and link ids repeat, as they do
    # there): a parser caching ids must not gain from copies.
    for number, transaction in enumerate(link["transactions"]):
        transaction["id"] = str(UUID(int=random.Random(number).getrandbits(128), version=4))
    return json.dumps(link).encode()


class Model(pydantic.BaseModel):
    # As the client's models: unknown fields kept.
    model_config = pydantic.ConfigDict(extra="allow")


class Payment(Model):
    id: UUID
    status: Status


class Transaction(Model):
    id: UUID
    type: TransactionType
    status: Status
    source: TransactionSource
    created: int | None
    modified: int | None
    notificationUrl: str
    serviceId: UUID
    amount: int
    currency: Currency
    title: str
    orderId: str
    paymentMethod: PaymentMethod
    paymentMethodCode: PaymentMethodCode
    payment: Payment


class Customer(Model):
    firstName: str
    lastName: str
    email: str
    phone: str | None = None
    cid: str | None = None
    company: str | None = None
    locale: Locale | None = None


class Link(Model):
    id: UUID
    url: str
    serviceId: UUID
    orderId: str
    title: str
    simp: str
    amount: int
    currency: Currency
    status: Status | None = None
    isActive: bool
    validTo: int | None
    created: int | None
    modified: int | None
    isGenerated: bool
    isUsed: bool
    usedAt: int | None
    isConfirmVisited: bool
    confirmVisitedAt: int | None
    returnUrl: str
    failureReturnUrl: str
    successReturnUrl: str
    notificationUrl: str
    customer: Customer
    transactions: list[Transaction]


# The reference the target is set against: the same types as the client's models (UUIDs,
# enum members, nested models, extras kept), parsed from the same bytes.
FAIR = "vs pydantic v2, same types (UUID, StrEnum, nested models), model_validate_json"


def run(rounds: int, calls: int) -> dict[str, Comparison]:
    raw = document()
    response = httpx.Response(200, content=raw, request=httpx.Request("GET", "http://sandbox/x"))

    def client_parse() -> object:
        # What a client call does with the answer: the lenient contract check, then the models.
        # Every parse starts with the client's id cache empty (its cost counted here), as the
        # first answer naming these ids would: repeated parses of one document must not turn
        # every id into a cache hit.
        _ids.uuid.cache_clear()
        return _contract.build_response(get_payment.ROUTE, response, PaymentLink.from_dict)

    def loads() -> object:
        return json.loads(raw)

    def pydantic_parse() -> object:
        return Link.model_validate_json(raw)

    parsed = Link.model_validate_json(raw)
    assert isinstance(parsed.id, UUID) and isinstance(parsed.transactions[0].status, Status)
    return {
        "vs json.loads": compare(client_parse, loads, rounds=rounds, calls=calls),
        FAIR: compare(client_parse, pydantic_parse, rounds=rounds, calls=calls),
    }
