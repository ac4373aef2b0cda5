"""A failure the generated client raises inside a suite test is reported as the suite's own
are (issue 21): a code, the operation, the field, the rule and every problem, and the curl
line of the request the client sent; in the summary and in the failures JSON."""

import httpx
import pytest
from imoje_client.errors import BadRequestError, OutcomeUnknownContractError, Problem

from contract_tests.report import records
from tests.contract.suite_runs import shared_run

SENT = {"createPayment": "curl -X POST -H 'Authorization: [Filtered]' http://target/v1/merchant/m/payment"}


def test_a_scenarios_bare_assertion_is_typed_with_the_operation_its_client_sent_last() -> None:
    error = AssertionError("the link was not cancelled")  # what a scenario's `assert` raises
    [record] = records("test_x", error, {}, SENT, "createPayment")
    assert (record.code, record.title, record.operation) == (
        "IM126",
        "A scenario's expectation failed",
        "createPayment",
    )
    assert (record.type, record.detail, record.curl) == (
        "AssertionError",
        "the link was not cancelled",
        SENT["createPayment"],
    )
    [unsent] = records("test_y", KeyError("x"), {}, {}, None)
    assert (unsent.code, unsent.operation, unsent.curl) == ("IM126", None, None)


def test_an_unreadable_answer_is_summarised_with_its_field_rule_and_problems() -> None:
    problems = [
        Problem("payment.url", "required", '"url" is a required property'),
        Problem("payment.id", "format", "x"),
    ]
    error = OutcomeUnknownContractError("createPayment", 200, b"{}", problems)
    [record] = records("test_x", error, {}, SENT)
    assert (record.code, record.operation, record.type) == ("IM120", "createPayment", "OutcomeUnknownContractError")
    assert record.detail == "createPayment: HTTP 200, payment.url: required"
    assert record.problems == (
        ("payment.url", "required", '"url" is a required property'),
        ("payment.id", "format", "x"),
    )
    assert record.curl == SENT["createPayment"]


def test_an_error_status_names_its_status_code_and_message() -> None:
    body = None
    error = BadRequestError("cancelPayment", 400, b"no", httpx.Headers(), body)
    [record] = records("test_y", error, {}, {})
    assert (record.code, record.operation, record.detail, record.curl) == (
        "IM121", "cancelPayment", "cancelPayment: HTTP 400", None,
    )  # fmt: skip


def test_inside_a_run_the_json_and_the_summary_carry_them(tmp_path_factory: pytest.TempPathFactory) -> None:
    # The lifecycle scenario reads createPayment's answer through the generated client; the
    # fault leaves `url` out of every payment link.
    run = shared_run(tmp_path_factory, faults=["missing_required_field"], select="lifecycle")
    assert run.code == 1, run.output[-3000:]
    [failure] = [failure for failure in run.failures if failure["code"] == "IM120"]
    assert (failure["operation"], failure["type"]) == ("createPayment", "OutcomeUnknownContractError")
    assert ["payment.url", "required", '"url" is a required property'] in failure["problems"]
    assert failure["curl"].startswith("curl -X POST") and failure["curl"].endswith("/payment")
    assert "Authorization: [Filtered]" in failure["curl"]
    assert "rule: IM120 The client cannot read the answer: createPayment: HTTP 200, payment.url: required" in run.output
    assert '- payment.url: required: "url" is a required property' in run.output
