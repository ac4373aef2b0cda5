"""Parsing the documented payment link with 20 transactions: the client's way, json.loads
alone, and a pydantic v2 model of the same shape."""

import copy
import json
from typing import Any

import httpx
import pydantic
from imoje_client import _contract
from imoje_client.api.payments import get_payment
from imoje_client.models import PaymentLink

from benchmarks.interleave import Comparison, compare
from tests.vendor_docs import page_examples


def document() -> bytes:
    link: dict[str, Any] = next(e.body for e in page_examples("payment-cancel.en.txt") if e.role == "200")
    link = copy.deepcopy(link)
    link["transactions"] = [copy.deepcopy(link["transactions"][0]) for _ in range(20)]
    return json.dumps(link).encode()


class Payment(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(extra="allow")
    id: str
    status: str


class Transaction(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(extra="allow")
    id: str
    type: str
    status: str
    source: str
    created: int | None
    modified: int | None
    notificationUrl: str
    serviceId: str
    amount: int
    currency: str
    title: str
    orderId: str
    paymentMethod: str
    paymentMethodCode: str
    payment: Payment


class Customer(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(extra="allow")
    firstName: str
    lastName: str
    email: str
    phone: str | None = None
    locale: str | None = None


class Link(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(extra="allow")
    id: str
    url: str
    serviceId: str
    orderId: str
    title: str
    simp: str
    amount: int
    currency: str
    status: str | None = None
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


def run(rounds: int, calls: int) -> dict[str, Comparison]:
    raw = document()
    response = httpx.Response(200, content=raw, request=httpx.Request("GET", "http://sandbox/x"))

    def client_parse() -> object:
        # What a client call does with the answer: the lenient contract check, then the models.
        return _contract.build_response(get_payment.ROUTE, response, lambda: PaymentLink.from_dict(response.json()))

    def loads() -> object:
        return json.loads(raw)

    def pydantic_parse() -> object:
        return Link.model_validate_json(raw)

    return {
        "vs json.loads": compare(client_parse, loads, rounds=rounds, calls=calls),
        "vs pydantic": compare(client_parse, pydantic_parse, rounds=rounds, calls=calls),
    }
