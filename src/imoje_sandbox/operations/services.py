"""Shops: read one, and list the payment methods it offers for an amount."""

from collections.abc import Mapping
from typing import Any

from imoje_sandbox.operations import Outcome, operation
from imoje_sandbox.state import Store


@operation("getService")
def get_service(store: Store, path: Mapping[str, str], body: Any) -> Outcome:
    return Outcome({"service": store.get_service(path["serviceId"])})


@operation("getPaymentMethods")
def get_payment_methods(store: Store, path: Mapping[str, str], body: Any) -> Outcome:
    groups = store.payment_methods(path["serviceId"], int(body["amount"]), body["currency"])
    return Outcome(groups)
