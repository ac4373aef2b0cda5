"""The two verdicts (contract_tests/verdicts.py): what breaks the contract, what shows the spec
behind, and that each proposed change, applied to the spec, makes it accept the answer."""

import copy
from typing import Any

import pytest
import yaml
from imoje_client import openapi

from contract_tests import verdicts
from contract_tests.answers import LINK
from tests.spec_document import document

CANCEL = "POST /{merchantId}/payment/cancel"
LINK_SCHEMA = {"$ref": "#/components/schemas/PaymentLink"}


def judged(change: Any) -> tuple[list[verdicts.Broken], list[verdicts.Finding]]:
    answer = copy.deepcopy(LINK)
    change(answer)
    return verdicts.judge(document(), LINK_SCHEMA, answer, operation=CANCEL, status=200)


def merged(base: Any, fragment: Any) -> Any:
    """`base` with `fragment` laid over it (mappings merged, anything else replaced)."""
    if isinstance(base, dict) and isinstance(fragment, dict):
        return {**base, **{key: merged(base.get(key), value) for key, value in fragment.items()}}
    return fragment


@pytest.mark.parametrize(
    ("change", "rule", "path"),
    [
        (lambda a: a.update(status="refunded"), "enum", "status"),
        (
            lambda a: a["transactions"][0].update(paymentMethodCode="newpay2027"),
            "enum",
            "transactions[].paymentMethodCode",
        ),
        (lambda a: a.update(status=None), "nullable", "status"),
        (lambda a: a["customer"].update(locale=None), "nullable", "customer.locale"),
        (lambda a: a["customer"].update(phone=501501501), "type", "customer.phone"),
        (lambda a: a.update(trackingId="trk-1"), "new-field", "trackingId"),
        (
            lambda a: a["transactions"][0]["payment"].update(expiresAt=5),
            "new-field",
            "transactions[].payment.expiresAt",
        ),
        (lambda a: a.update(id="50d38a51-8e95-1b8b-94f4-188c90c0dfdd"), "pattern", "id"),
        (lambda a: a.update(orderId="o" * 101), "maxLength", "orderId"),
    ],
)
def test_what_the_spec_does_not_know_yet_is_behind_and_its_change_makes_the_spec_accept_it(
    change: Any, rule: str, path: str
) -> None:
    broken, behind = judged(change)
    assert broken == []
    assert [(finding.rule, finding.path, finding.operation) for finding in behind] == [(rule, path, CANCEL)]
    log = verdicts.Behind()
    log.record(behind)
    [proposal] = log.ordered()
    if rule in ("pattern", "maxLength"):
        return  # the change names the rule to widen; how is the maintainer's call
    fixed = merged(document(), yaml.safe_load(proposal.fragment()))
    answer = copy.deepcopy(LINK)
    change(answer)
    assert openapi.validator(fixed, LINK_SCHEMA).is_valid(answer), proposal.fragment()


@pytest.mark.parametrize(
    ("change", "rule", "path"),
    [
        (lambda a: a.pop("url"), "required", ""),
        (lambda a: a.update(isActive=None), "type", "isActive"),
        (lambda a: a.update(amount="100"), "type", "amount"),
        (lambda a: a["customer"].pop("lastName"), "required", "customer"),
        (lambda a: a["transactions"][0].update(id="not-a-uuid"), "format", "transactions[].id"),
        (lambda a: a["transactions"][0].update(amount=None), "type", "transactions[].amount"),
    ],
)
def test_a_broken_promise_is_broken_whatever_else_is_behind(change: Any, rule: str, path: str) -> None:
    def both(answer: Any) -> None:
        change(answer)
        answer["status"] = "refunded"

    broken, behind = judged(both)
    assert [(problem.rule, problem.path) for problem in broken if problem.rule == rule][:1] == [(rule, path)]
    assert [finding.rule for finding in behind] == ["enum"]


def test_findings_of_one_rule_make_one_proposal_naming_every_value_and_place() -> None:
    log = verdicts.Behind()
    for status in ("refunded", "expired"):
        log.record(judged(lambda a, s=status: a.update(status=s))[1])
    transaction = {**LINK["transactions"][0], "status": "expired"}
    schema = {"$ref": "#/components/schemas/Transaction"}
    log.record(verdicts.judge(document(), schema, transaction, operation="X", status=200)[1])
    [proposal] = log.ordered()
    assert (proposal.schema, proposal.rule, sorted(proposal.seen)) == ("Status", "enum", ['"expired"', '"refunded"'])
    assert {where[2] for where in proposal.where} == {"status"} and len(proposal.where) == 2
    enum = yaml.safe_load(proposal.fragment())["components"]["schemas"]["Status"]["enum"]
    assert enum[-2:] == ["expired", "refunded"] and "settled" in enum
    assert proposal.fragment().startswith("# seen: ")


def test_a_webhook_body_is_judged_the_same_way() -> None:
    body = {"payment": {"id": LINK["id"], "status": "refunded"}}
    schema = {"$ref": "#/components/schemas/PaymentNotification"}
    broken, behind = verdicts.judge(document(), schema, body, operation="webhook", status=None)
    assert broken == [] and [(f.schema, f.rule) for f in behind] == [("Status", "enum")]
    broken, _ = verdicts.judge(document(), schema, {"payment": {"id": LINK["id"]}}, operation="webhook", status=None)
    assert [problem.rule for problem in broken] == ["required"]
