"""The suite can fail, and can tell a broken contract from a spec that is behind: each
breaking fault of the sandbox fails it, naming the rule; each fault that only sends what the
spec does not know yet exits 13 with the proposed spec change; each harmless variation passes."""

from pathlib import Path

import pytest
import yaml

from imoje_sandbox import SandboxConfig, SandboxServer, faults
from tests.contract.suite_runs import SMOKE, SuiteRun, external_env, run_suite, shared_run

# fault -> where the suite must catch it: the sandbox's fault registry says, one entry a fault.
BREAKING = {fault.name: fault.caught_by for fault in faults.REGISTRY if fault.caught_by is not None}
BEHIND = {fault.name: fault.reported_by for fault in faults.REGISTRY if fault.reported_by is not None}


# Written here, not read from the registry: a fault whose expected failure is dropped there
# (so that it became "harmless") or changed fails this test.
EXPECTED_FAILURES = {
    "missing_required_field": "AnswerBreaksContract",
    "wrong_type": "AnswerBreaksContract",
    "server_error_on_valid_input": "ServerError",
    "accept_invalid_order_id": "TargetAcceptedInvalid",
    "wrong_content_type": "UndefinedContentType",
    "error_without_wrapper": "AnswerBreaksContract",
    "null_in_non_nullable": "AnswerBreaksContract",
    "double_cancel": "CancelIsFinal",
    "notification_signed_wrong": "WebhookSignatureInvalid",
    "paywall_ignores_signature": "PaywallAcceptedBroken",
    "notification_breaks_schema": "WebhookSchemaViolation",
    "refund_beyond_amount": "RefundExceedsPaid",
    "double_capture": "CaptureNotFinal",
    "can_refund_disagrees": "CanRefundDisagrees",
    "refunds_unlisted": "RefundNotListed",
    "refunds_dropped": "RefundNotListed",
    "payment_methods_ignore_limits": "ChannelsDisagree",
    "profiles_of_other_customers": "ProfileOfOtherCustomer",
    "blik_rejected_without_code": "RejectedWithoutReason",
    "read_answers_another_record": "ReadAnotherRecord",
    "written_value_changes": "WrittenValueChanged",
    "status_goes_back": "StatusAgainstTheTable",
    "foreign_transaction_listed": "ListHoldsAnothers",
}
# fault -> the rule of the spec change the run must propose for it.
EXPECTED_PROPOSALS = {
    "enum_outside_spec": "enum",
    "phone_outside_pattern": "pattern",
    "null_in_optional": "nullable",
    "notification_status_outside_spec": "enum",
    "extra_properties": "new-field",
}
HARMLESS_BY_DESIGN = {"reordered_keys", "optional_fields_absent"}


def test_every_breaking_fault_names_where_it_is_caught() -> None:
    assert {name: catch.failure for name, catch in BREAKING.items()} == EXPECTED_FAILURES
    assert {name: report.rule for name, report in BEHIND.items()} == EXPECTED_PROPOSALS
    assert set(faults.HARMLESS) == HARMLESS_BY_DESIGN
    assert all(catch.select for catch in BREAKING.values())


# Faults whose misbehaviour stays within operations no other of them is caught by (an
# orderId rule, BLIK rejections, capture, signatures, payment channels, profile lists): one
# run serves them all. Each is still caught under a failure type no other in the group has,
# and the run shows no failure of any other type (test below); every other breaking fault
# runs alone.
CONFINED = (
    "accept_invalid_order_id",
    "blik_rejected_without_code",
    "double_capture",
    "notification_signed_wrong",
    "paywall_ignores_signature",
    "payment_methods_ignore_limits",
    "profiles_of_other_customers",
)


def breaking_run(fault: str, factory: pytest.TempPathFactory) -> SuiteRun:
    if fault in CONFINED:
        select = " or ".join(f"({BREAKING[name].select})" for name in CONFINED)
        return shared_run(factory, faults=CONFINED, select=select)
    return shared_run(factory, faults=[fault], select=BREAKING[fault].select)


def test_the_confined_faults_run_together_show_each_its_own_failure_and_no_other(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    expected = [EXPECTED_FAILURES[name] for name in CONFINED]
    assert len(set(expected)) == len(expected), "a failure type shared within the group could hide one"
    assert breaking_run(CONFINED[0], tmp_path_factory).failure_types() == set(expected)


@pytest.mark.parametrize("fault", sorted(BREAKING))
def test_breaking_fault_fails_the_suite_with_its_failure_type(
    fault: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    catch = BREAKING[fault]
    kind, detail = catch.failure, catch.detail
    run = breaking_run(fault, tmp_path_factory)
    assert run.code == 1, run.output[-3000:]
    matching = [failure for failure in run.failures if failure["type"] == kind and detail in failure["detail"]]
    assert matching, (run.failure_types(), [failure["detail"] for failure in run.failures])
    assert "<failure" in run.junit.read_text(encoding="utf-8")


@pytest.mark.parametrize("fault", sorted(BEHIND))
def test_a_fault_the_spec_does_not_know_yet_exits_13_with_the_change_to_make(
    fault: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    reported = BEHIND[fault]
    # One run for the faults seen by the same tests: each sends something else the spec does
    # not know, and each must show among the run's proposals.
    together = sorted(name for name, other in BEHIND.items() if other.select == reported.select)
    run = shared_run(tmp_path_factory, faults=together, select=reported.select)
    assert run.code == 13, run.output[-3000:]
    assert run.failures == []
    matching = [
        proposal
        for proposal in run.behind
        if proposal["rule"] == reported.rule and any(reported.seen in seen for seen in proposal["seen"])
    ]
    assert matching, run.behind
    # The change is a YAML fragment of the spec, from `components:` down to the node, with
    # where each value was seen.
    fragment = yaml.safe_load(matching[0]["proposal"])
    node = fragment["components"]["schemas"][matching[0]["schema"]]
    for key in matching[0]["pointer"]:
        node = node[key]
    assert isinstance(node, dict) and node
    assert all(where["operation"] and where["path"] is not None for where in matching[0]["where"])


def test_cancel_is_final_is_judged_by_its_check_in_every_test(tmp_path_factory: pytest.TempPathFactory) -> None:
    # Both the stateful run and the lifecycle test judge a second cancellation by the same
    # rule; each must raise its typed failure (a neutered rule fails this test).
    run = shared_run(tmp_path_factory, faults=["double_cancel"], select=BREAKING["double_cancel"].select)
    judged = {failure["test"] for failure in run.failures if failure["type"] == "CancelIsFinal"}
    assert judged == {"test_links", "test_create_get_cancel_cancel_again"}, run.failures


def test_a_400_about_a_records_state_is_no_refusal_of_invalid_data(tmp_path: Path) -> None:
    # The lifecycle deactivates the seeded card profile; afterwards a charge answers 400
    # "Payment profile inactive." whatever its orderId. That is not the target refusing an
    # invalid orderId: the property must still catch a target that accepts one.
    run = run_suite(tmp_path, faults=["accept_invalid_order_id"], select="lifecycle or (target_agrees and orderId)")
    accepted = {
        failure["detail"].split(": ")[0] for failure in run.failures if failure["type"] == "TargetAcceptedInvalid"
    }
    assert {"createPayment:orderId", "chargeProfile:orderId"} <= accepted, run.failures


def test_failures_come_with_a_curl_line_and_the_seed(tmp_path_factory: pytest.TempPathFactory) -> None:
    # The fault table's own run of this fault (shared): its conformance failures have curl lines.
    catch = BREAKING["missing_required_field"]
    run = shared_run(tmp_path_factory, faults=["missing_required_field"], select=catch.select)
    summary = run.output.split("imoje contract summary", 1)[-1]
    assert "    curl -X POST -H 'Authorization: [Filtered]'" in summary
    assert "seed: 20261123  (replay: IMOJE_CONTRACT_SEED=20261123 make contract)" in summary


# Every part of the suite that judges the target's answers (the property tests of patterns,
# enums and extra keys judge the spec and the client; their target samples judge statuses),
# but the two stateful walks: they apply the same checks to the same answers as conformance,
# and the records' later states (cancelled, refunded, captured) that only they and the
# scenarios reach, the scenarios reach every time (the walks were 14 s of this run's 34 s).
JUDGES_ANSWERS = "conformance or lifecycle or webhooks or test_transactions or test_channels"


def test_the_harmless_variations_with_new_fields_break_no_answer_check_and_only_new_fields_are_reported(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # One run with all of them on (a run of the answer checks takes 30 s; one test, so that
    # no second xdist worker runs it again): every answer has unknown keys at every depth,
    # in reverse order, without its optional fields. Nothing fails; the new keys are the
    # spec behind (exit 13), and nothing else is.
    assert set(faults.HARMLESS) == {"reordered_keys", "optional_fields_absent"}
    run = run_suite(
        tmp_path_factory.mktemp("suite"),
        faults=[*sorted(faults.HARMLESS), "extra_properties"],
        select=JUDGES_ANSWERS,
        profile=SMOKE,
    )
    assert run.code == 13, run.output[-3000:]
    assert run.failures == []
    assert {proposal["rule"] for proposal in run.behind} == {"new-field"}
    assert all(proposal["seen"] == ["sandboxExtra"] for proposal in run.behind)
    cancel = "POST /{merchantId}/payment/cancel"
    where = {(w["operation"], w["path"]) for proposal in run.behind for w in proposal["where"]}
    assert (cancel, "customer.sandboxExtra") in where and (cancel, "sandboxExtra") in where


INVARIANT_FAULTS = sorted(name for name, catch in BREAKING.items() if catch.select == faults.INVARIANTS)


def test_every_read_after_write_invariant_has_its_fault() -> None:
    assert {BREAKING[name].failure for name in INVARIANT_FAULTS} == {
        "ReadAnotherRecord", "WrittenValueChanged", "StatusAgainstTheTable", "ListHoldsAnothers",
    }  # fmt: skip


@pytest.mark.parametrize("fault", INVARIANT_FAULTS)
def test_a_read_after_write_fault_fails_the_suite_against_an_external_target_too(fault: str, tmp_path: Path) -> None:
    # The same sandbox, started on its own and named by IMOJE_BASE_URL: the suite does there
    # only what is safe on any target, and the invariant still catches the lie.
    catch = BREAKING[fault]
    config = SandboxConfig(seed=11, token="external-token", merchant_id="externalmerchant", faults=frozenset({fault}))
    with SandboxServer(config) as external:
        run = run_suite(tmp_path, select=catch.select, env=external_env(external))
    assert run.code == 1, run.output[-3000:]
    assert "(external)" in run.output
    matching = [f for f in run.failures if f["type"] == catch.failure and catch.detail in f["detail"]]
    assert matching and all(f["code"].startswith("IM1") for f in matching), run.failures
    # The summary names the check's code and a curl line that reproduces the read.
    summary = run.output.split("imoje contract summary", 1)[-1]
    assert f"rule: {matching[0]['code']} " in summary and "curl -X GET" in summary


@pytest.mark.parametrize("where", ["embedded", "external"])
def test_every_fault_the_spec_does_not_know_yet_together_in_a_whole_run_exits_13_with_its_proposals(
    where: str, tmp_path: Path
) -> None:
    # The whole smoke run, every test: a value new to the spec is behind in each of them
    # (scenarios skip an unknown channel, leave an unknown status to the verdicts; the
    # client reads a null where a field may be absent), never a failure.
    together = sorted(BEHIND)
    if where == "embedded":
        run = run_suite(tmp_path, faults=together, profile=SMOKE)
    else:
        config = SandboxConfig(
            seed=12, token="external-token", merchant_id="externalmerchant", faults=frozenset(together)
        )
        with SandboxServer(config) as external:
            run = run_suite(tmp_path, env=external_env(external), profile=SMOKE)
    assert run.code == 13, run.output[-3000:]
    assert run.failures == []
    proposed = {(proposal["rule"], seen) for proposal in run.behind for seen in proposal["seen"]}
    for name, reported in BEHIND.items():
        assert any(rule == reported.rule and reported.seen in seen for rule, seen in proposed), (name, proposed)
