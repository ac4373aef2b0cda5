"""imoje-specific checks, one invariant each, on top of schemathesis's own.

A check raises AssertionError whose first line names the rule; schemathesis adds the
response and a curl line that reproduces it.
"""

from typing import Any

import schemathesis


def _json(response: Any) -> Any:
    try:
        return response.json()
    except ValueError:
        return None


@schemathesis.check
def cancel_is_final(ctx: Any, response: Any, case: Any) -> bool | None:
    """A payment link cancelled once cannot be cancelled again: imoje answers 400."""
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
        raise AssertionError(
            "Cancellation succeeded twice\n\n"
            f"Payment link {case.body.get('paymentId')} was cancelled (HTTP 200) and a second cancellation "
            'answered 200 again. Expected: 400 {"apiErrorResponse": {"message": "Cannot cancel payment"}}'
        )
    return None
