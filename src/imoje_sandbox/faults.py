"""Deliberate misbehaviour, off unless asked for: the contract suite's proof that it can fail.

Each fault changes the answers the way a drifting imoje could, in one of three ways the suite
must tell apart: it breaks the contract (the run fails), it sends what the spec does not know
yet (the run reports the spec change, exit 13), or it varies harmlessly (the run passes).
`scripts/sandbox --fault NAME` turns one on; `tests/contract` runs the suite against each
and checks the outcome.
"""

import copy
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from imoje_client import openapi

from imoje_sandbox import seeds


@dataclass(frozen=True)
class Catch:
    """Where the contract suite must catch a fault: the tests that must fail (a pytest -k
    expression), the failure type they raise, and a part of that failure's detail ("" when
    the type says it all). tests/contract/test_faults.py runs the suite once per fault."""

    select: str
    failure: str
    detail: str = ""


@dataclass(frozen=True)
class Reported:
    """Where the contract suite must report a fault as the spec being behind: the tests that
    see it (a pytest -k expression), the rule of the proposed change (contract_tests/verdicts.py:
    enum, nullable, new-field, pattern...) and a value it must name as seen."""

    select: str
    rule: str
    seen: str


@dataclass(frozen=True)
class Fault:
    name: str
    description: str
    # Neither: a harmless variation, which the suite must accept.
    caught_by: Catch | None = None
    reported_by: Reported | None = None


# Each conformance fault shows in the payment links' answers, the cancellation's among them
# (a link, or its 400/404): the suite's conformance test of that operation is where it must
# be caught (every other operation's cases add only time to the proof).
PAYMENT_CONFORMANCE = "conformance and cancel"
# Each read-after-write fault shows in a payment link's reads: the suite's invariant walks
# (contract_tests/test_invariants.py, run on every target) are where it must be caught.
INVARIANTS = "test_invariants"

REGISTRY: tuple[Fault, ...] = (
    Fault(
        "missing_required_field",
        "payment links answer without their required `url`",
        Catch(PAYMENT_CONFORMANCE, "AnswerBreaksContract", '"url" is a required property'),
    ),
    Fault(
        "wrong_type",
        "amounts are answered as strings",
        Catch(PAYMENT_CONFORMANCE, "AnswerBreaksContract", 'is not of type "integer"'),
    ),
    Fault(
        "enum_outside_spec",
        "link statuses and payment-method codes outside the spec's enums",
        reported_by=Reported(PAYMENT_CONFORMANCE, "enum", '"refunded"'),
    ),
    Fault(
        "phone_outside_pattern",
        "payment links answer the customer's phone as `+48 (501) 501-501`, past the spec's pattern",
        reported_by=Reported(PAYMENT_CONFORMANCE, "pattern", "(501)"),
    ),
    Fault(
        "null_in_optional",
        "payment links answer the customer's `locale: null` (an optional field)",
        reported_by=Reported(PAYMENT_CONFORMANCE, "nullable", "null"),
    ),
    Fault(
        "server_error_on_valid_input",
        "every valid request with a body answers 500",
        Catch(PAYMENT_CONFORMANCE, "ServerError"),
    ),
    # schemathesis's negative cases reach orderId only by chance (25 per operation, any field
    # mutated); the suite's own property of the target sends one to every operation that has it.
    Fault(
        "accept_invalid_order_id",
        "an orderId that breaks its pattern is accepted (200)",
        Catch("target_agrees and orderId", "TargetAcceptedInvalid", "orderId"),
    ),
    Fault("wrong_content_type", "answers are labelled text/plain", Catch(PAYMENT_CONFORMANCE, "UndefinedContentType")),
    Fault(
        "error_without_wrapper",
        "error bodies lack the `apiErrorResponse` wrapper",
        Catch(PAYMENT_CONFORMANCE, "AnswerBreaksContract", '"apiErrorResponse" is a required property'),
    ),
    Fault(
        "null_in_non_nullable",
        "payment links answer `isActive: null`",
        Catch(PAYMENT_CONFORMANCE, "AnswerBreaksContract", 'null is not of type "boolean"'),
    ),
    Fault(
        "double_cancel",
        "a cancelled link can be cancelled again (200)",
        # The payment links' walk (test_links), not the transactions' (test_transaction_links).
        Catch("lifecycle or test_links", "CancelIsFinal"),
    ),
    Fault(
        "notification_signed_wrong",
        "notifications are signed with another shop's key",
        Catch("webhooks", "WebhookSignatureInvalid", "SignatureMismatch"),
    ),
    Fault(
        "notification_breaks_schema",
        "notifications are well signed, but their payment lacks its required `status`",
        Catch("webhooks", "WebhookSchemaViolation", '"status" is a required property'),
    ),
    Fault(
        "notification_status_outside_spec",
        "notifications are well signed, but their payment status is outside the spec's enum",
        reported_by=Reported("webhooks", "enum", '"refunded"'),
    ),
    Fault(
        "refund_beyond_amount",
        "refunds are accepted past what is left of the transaction",
        Catch("test_transactions and refunds", "RefundExceedsPaid"),
    ),
    Fault(
        "double_capture",
        "a captured or voided transaction can be captured or voided again (200)",
        Catch("test_transactions and captured", "CaptureNotFinal"),
    ),
    Fault(
        "can_refund_disagrees",
        "can-refund answers the opposite of what refund then does",
        Catch("test_transactions and refunds", "CanRefundDisagrees"),
    ),
    Fault(
        "refunds_unlisted",
        "a transaction read lists none of its refunds",
        Catch("test_transactions and refunds", "RefundNotListed"),
    ),
    Fault(
        "refunds_dropped",
        "a transaction read with refunds leaves its (optional) `refunds` out",
        Catch("test_transactions and refunds", "RefundNotListed", "lists no refunds"),
    ),
    Fault(
        "payment_methods_ignore_limits",
        "get-payment-methods lists every channel, offline, inactive or out of limits",
        Catch("test_channels", "ChannelsDisagree", "pbl/ipko"),
    ),
    Fault(
        "profiles_of_other_customers",
        "a customer's card profiles list every customer's",
        Catch("conformance and cid", "ProfileOfOtherCustomer"),
    ),
    Fault(
        "blik_rejected_without_code",
        "a rejected BLIK transaction carries no statusCode",
        Catch("test_transactions and blik", "RejectedWithoutReason"),
    ),
    # Read-after-write: every answer still fits the schema, and tells something false.
    Fault(
        "read_answers_another_record",
        "a payment link read answers another (seeded) link",
        Catch(INVARIANTS, "ReadAnotherRecord", "asked for"),
    ),
    Fault(
        "written_value_changes",
        "a payment link read answers its amount plus one grosz",
        Catch(INVARIANTS, "WrittenValueChanged", "`amount` was written"),
    ),
    Fault(
        "status_goes_back",
        "a cancelled payment link reads `pending` again",
        Catch(INVARIANTS, "StatusAgainstTheTable", "read `pending` after `cancelled`"),
    ),
    Fault(
        "foreign_transaction_listed",
        "a payment link read lists a transaction of another link and shop",
        Catch(INVARIANTS, "ListHoldsAnothers", "lists transaction"),
    ),
    Fault(
        "extra_properties",
        "unknown properties at every depth of every answer",
        reported_by=Reported(PAYMENT_CONFORMANCE, "new-field", "sandboxExtra"),
    ),
    Fault(
        "paywall_ignores_signature",
        "the paywall takes a form whatever its signature",
        Catch("paywall", "PaywallAcceptedBroken", "old signature"),
    ),
    Fault("reordered_keys", "every object's keys in reverse order"),
    Fault(
        "optional_fields_absent",
        "every property the spec does not require is left out (a transaction's refunds once it has some excepted)",
    ),
)
FAULTS = {fault.name: fault for fault in REGISTRY}
# Faults the contract suite must fail on, faults it must report as the spec behind, and
# variations it must accept: name -> description.
BREAKING = {fault.name: fault.description for fault in REGISTRY if fault.caught_by is not None}
BEHIND = {fault.name: fault.description for fault in REGISTRY if fault.reported_by is not None}
HARMLESS = {fault.name: fault.description for fault in REGISTRY if not (fault.caught_by or fault.reported_by)}
ALL = {**BREAKING, **BEHIND, **HARMLESS}


@dataclass(frozen=True)
class Rules:
    """The rules of imoje's the store keeps, each on unless a fault turns it off. The store
    reads these, never a fault's name: misbehaviour is declared here, beside its fault."""

    cancel_is_final: bool = True
    capture_is_final: bool = True
    refunds_within_amount: bool = True
    methods_within_limits: bool = True
    profiles_of_their_customer: bool = True


# rule -> the fault that turns it off.
_BROKEN_BY = {
    "cancel_is_final": "double_cancel",
    "capture_is_final": "double_capture",
    "refunds_within_amount": "refund_beyond_amount",
    "methods_within_limits": "payment_methods_ignore_limits",
    "profiles_of_their_customer": "profiles_of_other_customers",
}


def rules(names: frozenset[str]) -> Rules:
    return Rules(**{rule: fault not in names for rule, fault in _BROKEN_BY.items()})


def accepted_problems(names: frozenset[str], problems: list[Any]) -> list[Any]:
    """The request's problems the sandbox refuses it for: `accept_invalid_order_id` lets an
    orderId that breaks its rules through (a missing one still cannot be stored)."""
    if "accept_invalid_order_id" not in names:
        return problems
    return [problem for problem in problems if problem.field != "orderId" or problem.rule == "required"]


def fails_valid_input(names: frozenset[str]) -> bool:
    return "server_error_on_valid_input" in names


def ignores_paywall_signature(names: frozenset[str]) -> bool:
    return "paywall_ignores_signature" in names


def media_type(names: frozenset[str]) -> str:
    return "text/plain" if "wrong_content_type" in names else "application/json"


def notification(names: frozenset[str], body: dict[str, Any], service_key: str) -> tuple[dict[str, Any], str]:
    """A notification's body and the key it is signed with, as the notification faults change them."""
    payment = body.get("payment")
    if "notification_breaks_schema" in names and isinstance(payment, dict):
        body = {**body, "payment": {key: value for key, value in payment.items() if key != "status"}}
    if "notification_status_outside_spec" in names and isinstance(payment, dict):
        body = {**body, "payment": {**payment, "status": "refunded"}}
    return body, ("not-" + service_key if "notification_signed_wrong" in names else service_key)


def check_names(names: frozenset[str]) -> frozenset[str]:
    unknown = sorted(names - ALL.keys())
    if unknown:
        raise ValueError(f"unknown fault(s) {', '.join(unknown)}; known: {', '.join(sorted(ALL))}")
    return names


def _objects(value: Any, change: Callable[[dict[str, Any]], None]) -> Any:
    """Apply `change` to every object inside `value`, innermost first."""
    if isinstance(value, dict):
        for inner in value.values():
            _objects(inner, change)
        change(value)
    elif isinstance(value, list):
        for item in value:
            _objects(item, change)
    return value


def _reversed(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _reversed(value[key]) for key in reversed(list(value))}
    if isinstance(value, list):
        return [_reversed(item) for item in value]
    return value


# Optional in the spec, yet a record written must show in them: a refund made is listed by
# its transaction (IM111, RefundNotListed). Leaving them out once they hold something is the
# breaking fault refunds_dropped, not a harmless variation.
_KEPT_WHEN_FILLED = frozenset({"refunds"})


def _required_only(document: Mapping[str, Any], schema: Mapping[str, Any], value: Any) -> Any:
    schema = openapi.resolve(document, schema)
    if isinstance(value, dict) and "properties" in schema:
        required = set(schema.get("required", []))
        properties = schema["properties"]
        return {
            key: _required_only(document, properties[key], inner) if key in properties else inner
            for key, inner in value.items()
            if key in required or key not in properties or (key in _KEPT_WHEN_FILLED and inner)
        }
    if isinstance(value, list) and isinstance(schema.get("items"), Mapping):
        return [_required_only(document, schema["items"], item) for item in value]
    return value


def _payment_links(operation: openapi.Operation | None, status: int, body: Any) -> list[dict[str, Any]]:
    """The payment-link objects of a successful answer."""
    if operation is None or status != 200 or not isinstance(body, dict):
        return []
    if operation.operation_id in ("getPayment", "cancelPayment"):
        return [body]
    if operation.operation_id == "createPayment" and isinstance(body.get("payment"), dict):
        return [body["payment"]]
    return []


# A transaction of another link, in another shop: what `foreign_transaction_listed` adds.
_FOREIGN_TRANSACTION: dict[str, Any] = {
    "id": "0b7e4c1a-9d2f-4e8b-a6c3-5f1d2e3a4b5c",
    "type": "sale",
    "status": "pending",
    "source": "web",
    "created": 1735686000,
    "modified": 1735686000,
    "serviceId": seeds.DOCS_CHARGE_SERVICE_ID,
    "amount": 100,
    "currency": "PLN",
    "title": "",
    "orderId": "another-shop-order",
    "paymentMethod": "blik",
    "paymentMethodCode": "blik",
    "payment": {"id": seeds.SETTLED_LINK_ID, "status": "pending"},
}


def _unlist_refunds(faults: frozenset[str], transaction: dict[str, Any]) -> None:
    if "refunds_unlisted" in faults:
        transaction["refunds"] = []
    if "refunds_dropped" in faults and transaction.get("refunds"):
        del transaction["refunds"]  # optional in the spec: the answer still fits it


def _misread(faults: frozenset[str], link: dict[str, Any]) -> None:
    """A payment link's read as the read-after-write faults falsify it, each within the schema."""
    if "read_answers_another_record" in faults:
        link["id"] = seeds.NEW_LINK_ID if link.get("id") != seeds.NEW_LINK_ID else seeds.SETTLED_LINK_ID
    if "written_value_changes" in faults and isinstance(link.get("amount"), int):
        link["amount"] += 1
    if "status_goes_back" in faults and link.get("status") == "cancelled":
        link["status"] = "pending"
    if "foreign_transaction_listed" in faults:
        link["transactions"] = [*link.get("transactions", []), copy.deepcopy(_FOREIGN_TRANSACTION)]


def apply(
    faults: frozenset[str], document: Mapping[str, Any], operation: openapi.Operation | None, status: int, body: Any
) -> Any:
    """The answer `body` of `operation` (None outside the spec's routes) as the enabled faults change it."""
    if not faults:
        return body
    body = copy.deepcopy(body)
    for link in _payment_links(operation, status, body):
        if "missing_required_field" in faults:
            link.pop("url", None)
        if "phone_outside_pattern" in faults and isinstance(link.get("customer"), dict):
            link["customer"]["phone"] = "+48 (501) 501-501"
        if "null_in_non_nullable" in faults:
            link["isActive"] = None
        if "enum_outside_spec" in faults:
            link["status"] = "refunded"
        if "null_in_optional" in faults and isinstance(link.get("customer"), dict):
            link["customer"]["locale"] = None

    operation_id = operation.operation_id if operation is not None and status == 200 else None
    if operation_id == "getPayment" and isinstance(body, dict):
        _misread(faults, body)
    if operation_id == "getTransaction" and isinstance(body, dict) and isinstance(body.get("transaction"), dict):
        _unlist_refunds(faults, body["transaction"])
    if operation_id == "canRefundTransaction" and "can_refund_disagrees" in faults and isinstance(body, dict):
        body["refundable"] = not body.get("refundable")

    # Before the unknown keys are added: with every harmless variation on, they must survive.
    documented = None if operation is None else operation.response_schema(status)
    if "optional_fields_absent" in faults and documented is not None and documented[1] is not None:
        body = _required_only(document, documented[1], body)

    def vary(node: dict[str, Any]) -> None:
        rejected_blik = node.get("paymentMethod") == "blik" and node.get("status") == "rejected"
        if "blik_rejected_without_code" in faults and rejected_blik:
            node.pop("statusCode", None)
            node.pop("statusCodeDescription", None)
        if "wrong_type" in faults and isinstance(node.get("amount"), int):
            node["amount"] = str(node["amount"])
        if "enum_outside_spec" in faults and "paymentMethodCode" in node:
            node["paymentMethodCode"] = "newpay2027"
        if "extra_properties" in faults:
            node["sandboxExtra"] = {"note": "not in the spec", "depth": [1, {"deeper": True}]}

    body = _objects(body, vary)
    if "error_without_wrapper" in faults and status >= 400 and isinstance(body, dict) and "apiErrorResponse" in body:
        body = body["apiErrorResponse"]
    if "reordered_keys" in faults:
        body = _reversed(body)
    return body
