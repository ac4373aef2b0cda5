"""Notifications the target sends: they verify with the client's helper and fit the spec's webhooks.

Runs last (file order), so that it also judges every notification the earlier tests caused.
"""

import base64
import json
import os
import time
from typing import Any
from uuid import UUID

import httpx
import pytest
from imoje_client.api.payments import cancel_payment, create_payment
from imoje_client.models import (
    CancelPaymentRequest,
    CreatePaymentRequest,
    CreatePaymentResponse,
    Currency,
    LinkCustomerInput,
)
from imoje_client.notifications import NotificationBodyError, NotificationError, verify_notification

from contract_tests import context, verdicts
from contract_tests import context as run_context
from contract_tests.failures import WebhookSchemaViolation, WebhookSignatureInvalid
from contract_tests.irreversible import IrreversibleGuard
from contract_tests.target import Target
from contract_tests.transport import guarded_client

WEBHOOK = "webhook transactionNotification"


def received(receiver: str) -> list[tuple[bytes, str | None]]:
    answer = httpx.get(f"{receiver}/received", timeout=10).json()
    return [(base64.b64decode(item["body"]), item["signature"]) for item in answer]


def about(link_id: str, notifications: list[tuple[bytes, str | None]]) -> list[bytes]:
    """The notifications whose payment link is `link_id`."""
    found = []
    for raw, _ in notifications:
        payment = json.loads(raw).get("payment")
        if isinstance(payment, dict) and payment.get("id") == link_id:
            found.append(raw)
    return found


def webhook_schema(document: dict[str, Any], body: Any) -> dict[str, Any]:
    # A body with the payment object alone is the link-expired-or-cancelled notification.
    name = "PaymentNotification" if isinstance(body, dict) and set(body) == {"payment"} else "Notification"
    return {"$ref": f"#/components/schemas/{name}"}


def test_notifications_verify_and_fit_the_webhook_schemas(
    target: Target, guard: IrreversibleGuard, document: dict[str, Any]
) -> None:
    receiver = os.environ.get("IMOJE_NOTIFICATION_RECEIVER")
    service_key = os.environ.get("IMOJE_SERVICE_KEY")
    if not receiver or not service_key:
        pytest.skip(
            "IMOJE_NOTIFICATION_RECEIVER and IMOJE_SERVICE_KEY are not set: the target's notifications "
            "cannot reach this run (imoje sends them to the shop's public notification address)"
        )
    with guarded_client(target, guard, run_context.current().ledger) as client:
        request = CreatePaymentRequest(
            service_id=UUID(target.service_id), amount=100, currency=Currency.PLN, order_id="contract-webhook",
            customer=LinkCustomerInput(first_name="Jan", last_name="Kowalski", email="jan@example.com"),
        )  # fmt: skip
        created = create_payment.sync(target.merchant_id, client=client, body=request)
        assert isinstance(created, CreatePaymentResponse), created
        body = CancelPaymentRequest(service_id=UUID(target.service_id), payment_id=created.payment.id)
        cancel_payment.sync(target.merchant_id, client=client, body=body)
    link_id = str(created.payment.id)
    deadline = time.monotonic() + 10
    # imoje notifies status changes: the cancellation, not the creation (DEVIATIONS 53).
    while not about(link_id, notifications := received(receiver)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert about(link_id, notifications), f"link {link_id}'s cancellation was not notified within 10 s"

    for raw, header in notifications:
        try:
            verify_notification(raw, header, service_key=service_key, merchant_id=target.merchant_id)
        except NotificationBodyError:
            pass  # well signed; the body is judged below, with the two verdicts
        except NotificationError as exc:
            raise WebhookSignatureInvalid(operation=WEBHOOK, message=f"{type(exc).__name__}: {exc}") from None
        try:
            sent = json.loads(raw)
        except ValueError as exc:
            raise WebhookSchemaViolation(operation=WEBHOOK, message=f"the body is not JSON: {exc}") from None
        broken, behind = verdicts.judge(document, webhook_schema(document, sent), sent, operation=WEBHOOK, status=None)
        context.current().tally.behind.record(behind)
        if broken:
            raise WebhookSchemaViolation(operation=WEBHOOK, message="; ".join(str(problem) for problem in broken))
