"""Payment links: create, read, cancel."""

from collections.abc import Mapping
from typing import Any

from imoje_sandbox.events import LinkChanged
from imoje_sandbox.operations import Outcome, operation
from imoje_sandbox.state import Store


@operation("createPayment")
def create_payment(store: Store, path: Mapping[str, str], body: Any) -> Outcome:
    link = store.create_link(body)
    return Outcome({"payment": store.render("CreatedPayment", link)}, (LinkChanged("payment link created", link),))


@operation("getPayment")
def get_payment(store: Store, path: Mapping[str, str], body: Any) -> Outcome:
    return Outcome(store.get_link(path["paymentId"]))


@operation("cancelPayment")
def cancel_payment(store: Store, path: Mapping[str, str], body: Any) -> Outcome:
    link = store.cancel_link(body["serviceId"], body["paymentId"])
    return Outcome(link, (LinkChanged("payment link cancelled", link),))
