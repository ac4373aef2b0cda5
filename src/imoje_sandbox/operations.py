"""What each operation of the spec does to the store, by operationId.

Each handler gets a body that already passed the spec's validation, and answers the JSON
document of its 200 response; failures are ApiProblems raised by the store.
"""

from collections.abc import Callable, Mapping
from typing import Any

from imoje_sandbox.notifier import Notifier
from imoje_sandbox.state import Store

Handler = Callable[[Store, Mapping[str, str], Any], Any]


# What create answers of the link (the spec's CreatedPayment): the rest is read with get.
CREATED_FIELDS = (
    "id",
    "url",
    "serviceId",
    "orderId",
    "title",
    "amount",
    "currency",
    "status",
    "validTo",
    "created",
    "modified",
)


def create_payment(store: Store, path: Mapping[str, str], body: Any) -> Any:
    link = store.create_link(body)
    return {"payment": {name: link[name] for name in CREATED_FIELDS}}


def get_payment(store: Store, path: Mapping[str, str], body: Any) -> Any:
    return store.get_link(path["paymentId"])


def cancel_payment(store: Store, path: Mapping[str, str], body: Any) -> Any:
    return store.cancel_link(body["serviceId"], body["paymentId"])


def charge_profile(store: Store, path: Mapping[str, str], body: Any) -> Any:
    return {"transaction": store.charge_profile(body)}


def get_profile(store: Store, path: Mapping[str, str], body: Any) -> Any:
    return {"paymentProfile": store.get_profile(path["paymentProfileId"])}


def deactivate_profile(store: Store, path: Mapping[str, str], body: Any) -> Any:
    return {"paymentProfile": store.deactivate_profile(body["paymentProfileId"])}


HANDLERS: dict[str, Handler] = {
    "createPayment": create_payment,
    "getPayment": get_payment,
    "cancelPayment": cancel_payment,
    "chargeProfile": charge_profile,
    "getProfile": get_profile,
    "deactivateProfile": deactivate_profile,
}


def notify(notifier: Notifier, store: Store, operation_id: str, answer: Any) -> None:
    """Send the notification a successful operation causes (none without a notify URL)."""
    if operation_id == "createPayment":
        notifier.link_changed("payment link created", store.get_link(answer["payment"]["id"]))
    elif operation_id == "cancelPayment":
        notifier.link_changed("payment link cancelled", answer)
    elif operation_id == "chargeProfile":
        notifier.transaction_changed("card profile charged", answer["transaction"], None)
    elif operation_id == "deactivateProfile":
        notifier.profile_changed("card profile deactivated", answer["paymentProfile"])
