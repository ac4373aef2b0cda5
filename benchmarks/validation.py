"""Pre-send validation of a request body: what it adds to building the request, and alone."""

from types import SimpleNamespace

from imoje_client import _contract
from imoje_client.api.profiles import charge_profile

from benchmarks.interleave import Comparison, compare
from tests.client.examples import charge_request

NO_CHECK = SimpleNamespace(check_request=lambda *args, **kwargs: None)


def run(rounds: int, calls: int) -> dict[str, Comparison]:
    body = charge_request()
    payload = body.to_dict()

    def with_check() -> object:
        return charge_profile._get_kwargs("merchant", body=body)

    def without_check() -> object:
        # The same generated code, with the module's contract checker swapped for a no-op.
        setattr(charge_profile, "_contract", NO_CHECK)  # noqa: B010
        try:
            return charge_profile._get_kwargs("merchant", body=body)
        finally:
            setattr(charge_profile, "_contract", _contract)  # noqa: B010

    def check_alone() -> None:
        _contract.check_request(charge_profile.ROUTE, path={"merchantId": "merchant"}, body=payload)

    return {
        "request building": compare(with_check, without_check, rounds=rounds, calls=calls),
        "check alone": compare(check_alone, lambda: None, rounds=rounds, calls=calls),
    }
