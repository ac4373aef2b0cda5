"""BLIK OneClick profiles (imoje's plugin only): list a customer's, charge, deactivate."""

from collections.abc import Mapping
from typing import Any

from imoje_sandbox import transactions
from imoje_sandbox.events import TransactionChanged
from imoje_sandbox.operations import Outcome, operation
from imoje_sandbox.state import Store


@operation("getBlikProfiles")
def get_blik_profiles(store: Store, path: Mapping[str, str], body: Any) -> Outcome:
    profiles = store.blik_profiles_of(path["serviceId"], path["cid"])
    return Outcome({"blikProfiles": profiles})


@operation("chargeBlikProfile")
def charge_blik_profile(store: Store, path: Mapping[str, str], body: Any) -> Outcome:
    created, answered = store.charge_blik_profile(body)
    answer = {"transaction": transactions.as_answered(created, answered)}
    events = (TransactionChanged("BLIK profile charged", answered),) if answered is not None else ()
    return Outcome(answer, events)


@operation("deactivateBlikProfile")
def deactivate_blik_profile(store: Store, path: Mapping[str, str], body: Any) -> Outcome:
    shop = body.get("serviceId")
    profile = store.deactivate_blik_profile(
        body["blikProfileId"], body["blikKey"], shop if isinstance(shop, str) else None
    )
    return Outcome({"blikProfile": profile})
