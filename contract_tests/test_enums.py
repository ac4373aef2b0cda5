"""Enums: every documented value is sent and parsed; any other value is refused in requests."""

import copy
from typing import Any

import pytest
from imoje_client.models import PaymentLink, TransactionResponse

import imoje_spec
from contract_tests import bodies
from contract_tests.answers import LINK
from contract_tests.failures import TargetAcceptedInvalid, TargetRefusedValid
from contract_tests.judges import client_accepts, looked_up_first, refused, spec_accepts, target_answer
from contract_tests.target import Target
from contract_tests.transport import GuardedSession

DOCUMENT = imoje_spec.load()
BASE = bodies.valid_bodies("2a249f52-d29c-46e7-9575-e65a889c7d38", None)
RULES = bodies.field_rules(DOCUMENT, BASE, "enum")


def outside(values: list[Any]) -> list[str]:
    first = str(values[0])
    candidates = [
        "",
        "unknown-value",
        first.upper() if first != first.upper() else first.lower(),
        f" {first}",
        f"{first}\n",
    ]
    return [candidate for candidate in candidates if candidate not in values]


def test_every_request_enum_is_covered() -> None:
    assert bodies.uncovered(DOCUMENT, BASE, "enum") == []
    labels = {rule.label for rule in RULES}
    assert {"createPayment:currency", "createPayment:customer.locale", "chargeProfile:currency"} <= labels
    assert "createPayment:visibleMethod[0]" in labels and "createPayment:preselectMethodCode" in labels


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.label)
def test_documented_values_are_sent_others_refused(rule: bodies.FieldRule) -> None:
    for value in rule.schema["enum"]:
        body = bodies.set_at(BASE[rule.operation_id], rule.path, value)
        assert spec_accepts(rule.operation_id, body) and client_accepts(rule.operation_id, body), value
    for value in outside(rule.schema["enum"]):
        body = bodies.set_at(BASE[rule.operation_id], rule.path, value)
        assert not spec_accepts(rule.operation_id, body), f"spec accepts {value!r}"
        assert not client_accepts(rule.operation_id, body), f"client would send {value!r}"


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.label)
def test_target_agrees_on_a_sample(rule: bodies.FieldRule, target: Target, session: GuardedSession) -> None:
    own = bodies.valid_bodies(target.service_id, target.payment_profile_id)[rule.operation_id]
    field = rule.label.split(":", 1)[1]
    documented = rule.schema["enum"][-1]
    answer = target_answer(DOCUMENT, target, session, rule.operation_id, bodies.set_at(own, rule.path, documented))
    if answer.status >= 500 or refused(answer, field):
        message = f"{rule.label}: the target refused the documented {documented!r} (HTTP {answer.status})"
        raise TargetRefusedValid(operation=rule.operation_id, message=message)
    wrong = "unknown-value"
    answer = target_answer(DOCUMENT, target, session, rule.operation_id, bodies.set_at(own, rule.path, wrong))
    if not refused(answer, field):
        if looked_up_first(DOCUMENT, rule.operation_id, answer):
            pytest.skip(f"{rule.label}: the target answered 404 for the unknown record first; the rule is not judged")
        message = f"{rule.label}: the target accepted {wrong!r} (HTTP {answer.status})"
        raise TargetAcceptedInvalid(operation=rule.operation_id, message=message)


# Where each response enum sits in a payment link answer.
RESPONSE_ENUMS: list[tuple[str, bodies.Path, str]] = [
    ("Currency", ("currency",), "currency"),
    ("Status", ("status",), "status"),
    ("Locale", ("customer", "locale"), "customer.locale"),
    ("TransactionType", ("transactions", 0, "type"), "transactions[0].type_"),
    ("TransactionSource", ("transactions", 0, "source"), "transactions[0].source"),
    ("PaymentMethod", ("transactions", 0, "paymentMethod"), "transactions[0].payment_method"),
    ("PaymentMethodCode", ("transactions", 0, "paymentMethodCode"), "transactions[0].payment_method_code"),
    ("ProfileType", ("transactions", 0, "paymentProfile", "profile"), "transactions[0].payment_profile.profile"),
    ("ProfileActivity", ("transactions", 0, "paymentProfile", "isActive"), "transactions[0].payment_profile.is_active"),
]


def attribute(model: Any, dotted: str) -> Any:
    for part in dotted.replace("[0]", ".0").split("."):
        model = model[int(part)] if part.isdigit() else getattr(model, part)
    return model


def test_every_response_enum_is_covered() -> None:
    enums = {name for name, schema in DOCUMENT["components"]["schemas"].items() if "enum" in schema}
    assert enums - {"VisibleMethod"} == {name for name, _, _ in RESPONSE_ENUMS}


@pytest.mark.parametrize(("component", "path", "dotted"), RESPONSE_ENUMS, ids=[e[0] for e in RESPONSE_ENUMS])
def test_responses_with_documented_values_parse_to_the_members(component: str, path: bodies.Path, dotted: str) -> None:
    enum_class = getattr(__import__("imoje_client.models", fromlist=[component]), component)
    for value in DOCUMENT["components"]["schemas"][component]["enum"]:
        answer = bodies.set_at(LINK, path, value)
        parsed = attribute(PaymentLink.from_dict(copy.deepcopy(answer)), dotted)
        assert parsed is enum_class(value) and parsed.is_documented
        assert (
            TransactionResponse.from_dict({"transaction": answer["transactions"][0]}).to_dict()["transaction"]
            == (answer["transactions"][0])
        )
