"""Card profiles (OneClick, recurring): read, list a customer's, charge, deactivate."""

from collections.abc import Mapping
from typing import Any

from imoje_sandbox.events import ProfileChanged, TransactionChanged
from imoje_sandbox.operations import Outcome, operation
from imoje_sandbox.state import Store


@operation("getProfile")
def get_profile(store: Store, path: Mapping[str, str], body: Any) -> Outcome:
    return Outcome({"paymentProfile": store.get_profile(path["paymentProfileId"])})


@operation("getProfilesByCid")
def get_profiles_by_cid(store: Store, path: Mapping[str, str], body: Any) -> Outcome:
    profiles = store.profiles_by_cid(path["cid"])
    return Outcome({"paymentProfiles": profiles})


@operation("chargeProfile")
def charge_profile(store: Store, path: Mapping[str, str], body: Any) -> Outcome:
    transaction = store.charge_profile(body)
    answer = {"transaction": transaction}
    return Outcome(answer, (TransactionChanged("card profile charged", transaction),))


@operation("deactivateProfile")
def deactivate_profile(store: Store, path: Mapping[str, str], body: Any) -> Outcome:
    profile = store.deactivate_profile(body["paymentProfileId"])
    answer = {"paymentProfile": profile}
    return Outcome(answer, (ProfileChanged("card profile deactivated", profile),))
