"""A call through the generated client against the sandbox, versus raw httpx + json.loads."""

import json
from uuid import UUID

import httpx
from imoje_client import AuthenticatedClient
from imoje_client.api.payments import cancel_payment, get_payment
from imoje_client.api.transactions import refund_transaction
from imoje_client.models import CancelPaymentRequest, RefundRequest, RefundRequestType

from benchmarks.interleave import Comparison, compare
from benchmarks.throughput import served
from imoje_sandbox import SandboxConfig, seeds
from imoje_sandbox.config import API_PREFIX

# double_cancel lets every cancellation answer 200 with the whole link, and
# refund_beyond_amount every refund of the settled sale answer 200 with the refund, so that
# each round does the same work; the answers stay spec-valid.
CONFIG = SandboxConfig(seed=1, faults=frozenset({"double_cancel", "refund_beyond_amount"}))
LINK = seeds.DOCS_PENDING_LINK_ID
SHOP = seeds.DOCS_CANCEL_SERVICE_ID
SALE = seeds.SETTLED_LINK_ID  # the settled link's transaction has its id


def run(rounds: int, calls: int) -> dict[str, Comparison]:
    # The sandbox in a process of its own: in a thread of this one it competed with the
    # client for the interpreter lock, and rounds ranged from 0.84x to 1.31x.
    with served("client-calls") as port:
        base_url = f"http://127.0.0.1:{port}{API_PREFIX}"
        headers = {"Authorization": f"Bearer {CONFIG.token}"}
        with (
            AuthenticatedClient(base_url=base_url, token=CONFIG.token) as client,
            httpx.Client(base_url=base_url, headers=headers) as raw,
        ):
            merchant = CONFIG.merchant_id
            body = CancelPaymentRequest(service_id=UUID(SHOP), payment_id=UUID(LINK))
            raw_body = {"serviceId": SHOP, "paymentId": LINK}

            def client_get() -> object:
                return get_payment.sync(merchant, UUID(LINK), client=client)

            def raw_get() -> object:
                return json.loads(raw.get(f"/{merchant}/payment/{LINK}").content)

            def client_cancel() -> object:
                return cancel_payment.sync(merchant, client=client, body=body)

            def raw_cancel() -> object:
                return json.loads(raw.post(f"/{merchant}/payment/cancel", json=raw_body).content)

            refund = RefundRequest(type_=RefundRequestType.REFUND, service_id=UUID(CONFIG.service_id), amount=1)
            raw_refund = {"type": "refund", "serviceId": CONFIG.service_id, "amount": 1}

            def client_refund() -> object:
                return refund_transaction.sync(merchant, UUID(SALE), client=client, body=refund)

            def raw_refund_call() -> object:
                return json.loads(raw.post(f"/{merchant}/transaction/{SALE}/refund", json=raw_refund).content)

            return {
                "get payment link": compare(client_get, raw_get, rounds=rounds, calls=calls),
                "cancel payment link": compare(client_cancel, raw_cancel, rounds=rounds, calls=calls),
                "refund transaction": compare(client_refund, raw_refund_call, rounds=rounds, calls=calls),
            }
