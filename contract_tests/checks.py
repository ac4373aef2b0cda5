"""imoje-specific checks, one invariant each, on top of schemathesis's own.

Each rule is one function raising a typed failure (`contract_tests/failures.py`), used by
the schemathesis check and by the scenario tests alike, so that neutering a rule shows up
everywhere it is judged.
"""

from typing import Any

import schemathesis

from contract_tests.failures import CancelIsFinal


def ensure_cancel_is_final(operation: str | None, payment_id: object, status: int, case_id: str | None = None) -> None:
    """A payment link cancelled once cannot be cancelled again: imoje answers 400."""
    if status == 200:
        raise CancelIsFinal(
            operation=operation,
            case_id=case_id,
            message=(
                f"Payment link {payment_id} was cancelled (HTTP 200) and a second cancellation answered 200 "
                'again. Expected: 400 {"apiErrorResponse": {"message": "Cannot cancel payment"}}'
            ),
        )


@schemathesis.check
def cancel_is_final(ctx: Any, response: Any, case: Any) -> bool | None:
    """The stateful run's second successful cancellation of one link fails the run."""
    if not case.operation.label.endswith("/payment/cancel") or response.status_code != 200:
        return None
    parent = ctx.internals.find_parent(case_id=case.id)
    if parent is None or not parent.operation.label.endswith("/payment/cancel"):
        return None
    parent_response = ctx.internals.find_response(case_id=parent.id)
    same_link = isinstance(case.body, dict) and isinstance(parent.body, dict)
    if parent_response is None or parent_response.status_code != 200 or not same_link:
        return None
    if case.body.get("paymentId") == parent.body.get("paymentId"):
        ensure_cancel_is_final(case.operation.label, case.body.get("paymentId"), response.status_code, case.id)
    return None
