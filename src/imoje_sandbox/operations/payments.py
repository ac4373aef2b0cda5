"""Payment links: create, read, cancel."""

from collections.abc import Mapping
from typing import Any

from imoje_sandbox.events import LinkChanged
from imoje_sandbox.operations import Outcome, operation
from imoje_sandbox.state import Store


@operation("createPayment")
def create_payment(store: Store, path: Mapping[str, str], body: Any) -> Outcome:
    link = store.create_link(body)
    # No page or witness shows imoje notifying a link's creation (notifications come on
    # status changes: DEVIATIONS 53); a start-up flag keeps the old convention.
    created = (LinkChanged("payment link created", link),) if store.config.notify_link_created else ()
    return Outcome({"payment": link}, created)


@operation("getPayment")
def get_payment(store: Store, path: Mapping[str, str], body: Any) -> Outcome:
    return Outcome(store.get_link(path["paymentId"]))


@operation("cancelPayment")
def cancel_payment(store: Store, path: Mapping[str, str], body: Any) -> Outcome:
    link = store.cancel_link(body["serviceId"], body["paymentId"])
    return Outcome(link, (LinkChanged("payment link cancelled", link),))
