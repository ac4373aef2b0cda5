"""The three judges of a request body: the spec's validator, the client's pre-send check, the target."""

from functools import cache
from typing import Any

import jsonschema_rs
from imoje_client import RequestValidationError, _contract, openapi

from contract_tests.target import Target
from contract_tests.transport import GuardedSession
from imoje_sandbox import spec as sandbox_spec


@cache
def _body_validator(operation_id: str) -> jsonschema_rs.Validator:
    document = sandbox_spec.load()
    body = openapi.operations(document)[operation_id].body
    assert body is not None, f"{operation_id} takes no JSON body"
    return openapi.validator(document, body)


def spec_accepts(operation_id: str, body: Any) -> bool:
    """Whether spec/imoje.yaml's validator for the operation's body accepts `body`."""
    return bool(_body_validator(operation_id).is_valid(body))


def client_accepts(operation_id: str, body: Any, merchant_id: str = "merchant") -> bool:
    """Whether the generated client would send `body` (its pre-send validation passes)."""
    python_name = _contract._python_name(operation_id)
    try:
        _contract.check_request(python_name, path={"merchantId": merchant_id}, body=body)
    except RequestValidationError:
        return False
    return True


def target_status(
    document: dict[str, Any], target: Target, session: GuardedSession, operation_id: str, body: Any
) -> int:
    """The HTTP status the target answers to `body` sent to `operation_id` (a POST on the merchant)."""
    operation = openapi.operations(document)[operation_id]
    url = target.base_url + operation.path.replace("{merchantId}", target.merchant_id)
    response = session.request(
        operation.method.upper(), url, json=body, headers={"Authorization": f"Bearer {target.token}"}, timeout=15
    )
    return response.status_code


def refused(status: int) -> bool:
    """A refusal of the request's data: 4xx, but not an auth or lookup answer."""
    return 400 <= status < 500 and status not in (401, 403, 404)
