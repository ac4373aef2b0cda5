"""The three judges of a request body: the spec's validator, the client's pre-send check, the target."""

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

import jsonschema_rs
from imoje_client import RequestValidationError, _contract, openapi

import imoje_spec
from contract_tests.bodies import UNKNOWN_ID
from contract_tests.target import Target
from contract_tests.transport import GuardedSession


@cache
def _operations() -> dict[str, openapi.Operation]:
    return openapi.operations(imoje_spec.load())


@cache
def _body_validator(operation_id: str) -> jsonschema_rs.Validator:
    body = _operations()[operation_id].body
    assert body is not None, f"{operation_id} takes no JSON body"
    return openapi.validator(imoje_spec.load(), body)


def spec_accepts(operation_id: str, body: Any) -> bool:
    """Whether spec/imoje.yaml's validator for the operation's body accepts `body`."""
    return bool(_body_validator(operation_id).is_valid(body))


def client_accepts(operation_id: str, body: Any, merchant_id: str = "merchant") -> bool:
    """Whether the generated client would send `body` (its pre-send validation passes)."""
    operation = _operations()[operation_id]
    try:
        _contract.check_request((operation.method, operation.path), path={"merchantId": merchant_id}, body=body)
    except RequestValidationError:
        return False
    return True


@dataclass(frozen=True)
class Answer:
    status: int
    body: Any


def target_answer(
    document: dict[str, Any], target: Target, session: GuardedSession, operation_id: str, body: Any
) -> Answer:
    """What the target answers to `body` sent to `operation_id` (a POST on the merchant, or
    on its shop)."""
    operation = openapi.operations(document)[operation_id]
    path = operation.path.replace("{merchantId}", target.merchant_id).replace("{serviceId}", target.service_id)
    # Any other record the path names is one that does not exist: the body is judged, and
    # nothing is refunded (an irreversible operation never names a real record).
    path = re.sub(r"\{[^}]+\}", UNKNOWN_ID, path)
    url = target.base_url + path
    response = session.request(
        operation.method.upper(), url, json=body, headers={"Authorization": f"Bearer {target.token}"}, timeout=15
    )
    try:
        parsed = response.json()
    except ValueError:
        parsed = None
    return Answer(response.status_code, parsed)


def named_fields(answer: Answer) -> set[str]:
    """The fields an error answer names in `apiErrorResponse.errors[].property`."""
    inner = answer.body.get("apiErrorResponse") if isinstance(answer.body, dict) else None
    errors = inner.get("errors") if isinstance(inner, dict) else None
    if not isinstance(errors, list):
        return set()
    return {str(item["property"]) for item in errors if isinstance(item, dict) and "property" in item}


def refused(answer: Answer, field: str) -> bool:
    """A refusal of the request's data: 422, or a 400 naming the field. Not a 400 about the
    state of a record ("Payment profile inactive."), not an auth or lookup answer."""
    return answer.status == 422 or (answer.status == 400 and field in named_fields(answer))


def looked_up_first(document: dict[str, Any], operation_id: str, answer: Answer) -> bool:
    """A 404 to a request whose path names a record (one that does not exist): the target
    looked the record up before judging the body, so the body's rule cannot be judged here."""
    names = re.findall(r"\{([^}]+)\}", openapi.operations(document)[operation_id].path)
    return answer.status == 404 and any(name not in ("merchantId", "serviceId") for name in names)
