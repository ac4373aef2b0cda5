"""The suite can fail: each breaking fault of the sandbox fails it, naming the rule; each
harmless variation passes."""

from pathlib import Path

import pytest

from imoje_sandbox import faults
from tests.contract.suite_runs import run_suite

# fault -> (the part of the suite that must catch it, what the summary must say)
BREAKING = {
    "missing_required_field": ("conformance", 'ST108 Response violates schema: "url" is a required property'),
    "wrong_type": ("conformance", 'is not of type "integer"'),
    "enum_outside_spec": ("conformance", '"refunded" is not one of "new", "pending"'),
    "id_not_uuid4": ("conformance", 'does not match "^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab]'),
    "server_error_on_valid_input": ("conformance", "ST101 Server error"),
    "accept_invalid_order_id": ("conformance", "ST201 Schema-violating request accepted"),
    "wrong_content_type": ("conformance", "ST105 Undocumented Content-Type: Received: text/plain"),
    "error_without_wrapper": ("conformance", '"apiErrorResponse" is a required property'),
    "null_in_non_nullable": ("conformance", 'null is not of type "boolean"'),
    "double_cancel": ("lifecycle or stateful", "cancel_is_final"),
    "notification_signed_wrong": ("webhooks", "SignatureMismatch: the sha256 signature does not match the body"),
}


def test_the_table_covers_every_breaking_fault() -> None:
    assert set(BREAKING) == set(faults.BREAKING)


@pytest.mark.parametrize("fault", sorted(BREAKING))
def test_breaking_fault_fails_the_suite_naming_the_rule(fault: str, tmp_path: Path) -> None:
    select, rule = BREAKING[fault]
    run = run_suite(tmp_path, faults=[fault], select=select)
    summary = run.output.split("imoje contract summary", 1)[-1]
    assert run.code == 1, run.output[-3000:]
    assert "    rule: " in summary and rule in summary, summary[-3000:]
    assert "<failure" in run.junit.read_text(encoding="utf-8")


def test_failures_come_with_a_curl_line_and_the_seed(tmp_path: Path) -> None:
    run = run_suite(tmp_path, faults=["missing_required_field"], select="conformance")
    summary = run.output.split("imoje contract summary", 1)[-1]
    assert "    curl -X POST -H 'Authorization: [Filtered]'" in summary
    assert "seed: 20261123  (replay: IMOJE_CONTRACT_SEED=20261123 make contract)" in summary


@pytest.mark.parametrize("variation", sorted(faults.HARMLESS))
def test_harmless_variation_passes_the_whole_suite(variation: str, tmp_path: Path) -> None:
    run = run_suite(tmp_path, faults=[variation])
    assert run.code == 0, run.output[-3000:]
    assert "failures: 0" in run.output


def test_extra_properties_are_reported_as_drift(tmp_path: Path) -> None:
    run = run_suite(tmp_path, faults=["extra_properties"], select="conformance")
    drift = run.output.split("drift (fields the spec does not document", 1)[-1]
    assert run.code == 0
    assert "POST /{merchantId}/payment/cancel: " in drift and "transactions[].payment.sandboxExtra" in drift
