"""With IMOJE_BASE_URL set the suite tests that URL, starts no sandbox, says what it skips,
and does nothing there that cannot be undone."""

import io
import json
from pathlib import Path
from typing import Any

import pytest

from contract_tests import exit_codes, runner
from imoje_sandbox import SandboxConfig, SandboxServer, seeds
from imoje_sandbox.blik import BLIK_CUSTOMER_ID, BLIK_PROFILE_ID
from tests.contract.suite_runs import SMOKE, external_env, run_suite

PROFILE_ID = seeds.ONE_CLICK_PROFILE_ID


def spy(monkeypatch: pytest.MonkeyPatch, obj: Any, name: str) -> list[tuple[Any, ...]]:
    """Record every call of obj.name (then call through)."""
    calls: list[tuple[Any, ...]] = []
    original = getattr(obj, name)

    def recording(*args: Any) -> Any:
        calls.append(args)
        return original(*args)

    monkeypatch.setattr(obj, name, recording)
    return calls


def test_an_external_target_runs_the_same_checks_and_names_its_skips(tmp_path: Path) -> None:
    config = SandboxConfig(seed=8, token="external-token", merchant_id="externalmerchant")
    with SandboxServer(config) as external:
        # The payment links' conformance and the lifecycle: the skips are named there (the
        # whole run against an external target is the next test).
        run = run_suite(
            tmp_path, select="lifecycle or (conformance and payment)", env=external_env(external), profile=SMOKE
        )
        created = len(external.sandbox_app.state.sandbox.store.links)
    assert run.code == 0, run.output[-3000:]
    assert f"target:     {external.base_url} (external)" in run.output
    assert "embedded sandbox at" not in run.output
    assert "IMOJE_PAYMENT_PROFILE_ID is not set: the target has no active card profile to charge" in run.output
    assert "deactivating a card profile cannot be undone: runs only on the embedded sandbox" in run.output
    assert created > 3, "the requests went to the named target"


def test_a_whole_run_with_a_profile_id_leaves_the_profile_active(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The nightly recipe against imoje's sandbox, with a caller who also set the control URL
    # that once made any target "embedded" (and so resettable, and its profile deactivatable).
    config = SandboxConfig(seed=9, token="external-token", merchant_id="externalmerchant")
    with SandboxServer(config) as external:
        store = external.sandbox_app.state.sandbox.store
        deactivated = spy(monkeypatch, store, "deactivate_profile")
        resets = spy(monkeypatch, store, "reset")
        control = external.base_url.removesuffix("/v1/merchant") + "/_sandbox"
        env = external_env(
            external, IMOJE_PAYMENT_PROFILE_ID=PROFILE_ID, IMOJE_CID=BLIK_CUSTOMER_ID, IMOJE_SANDBOX_CONTROL_URL=control
        )
        run = run_suite(tmp_path, env=env, profile=SMOKE)
        profile = store.get_profile(PROFILE_ID)
        aliases = [alias["key"] for alias in store.blik_profiles[BLIK_PROFILE_ID]["aliasList"]]
        sale = store.get_transaction(seeds.SETTLED_LINK_ID)
        answered = list(external.sandbox_app.state.sandbox.requests)
    assert run.code == exit_codes.PASSED, run.output[-3000:]
    assert "(external)" in run.output
    assert profile["isActive"] == 1
    assert aliases == ["alias-ing-0001", "alias-mbank-0002"]
    # Refunds, captures and voids were sent (the contract is still tested), none executed.
    irreversible = {"refundTransaction", "captureTransaction", "voidTransaction", "deactivateBlikProfile"}
    sent = [entry for entry in answered if entry["operation"] in irreversible]
    assert {entry["operation"] for entry in sent} == irreversible
    assert [entry for entry in sent if entry["status"] == 200] == []
    assert sale["refunds"] == [] and sale["status"] == "settled"
    assert deactivated, "the suite still tests deactivation, with ids that name no record"
    assert PROFILE_ID not in {args[0] for args in deactivated}
    assert resets == []
    assert "deactivating a card profile cannot be undone: runs only on the embedded sandbox" in run.output


@pytest.mark.parametrize(
    ("setting", "value", "status"),
    [("IMOJE_TOKEN", "expired-token", 401), ("IMOJE_MERCHANT_ID", "anothermerchant", 403)],
)
def test_wrong_credentials_stop_the_run_after_one_read(setting: str, value: str, status: int, tmp_path: Path) -> None:
    config = SandboxConfig(seed=10, token="external-token", merchant_id="externalmerchant")
    with SandboxServer(config) as external:
        run = run_suite(tmp_path, env={**external_env(external), setting: value})
        # The sandbox's own log of what it was sent (a spy on the store saw nothing: a
        # refused request never reaches it, so an empty spy proved nothing).
        answered = list(external.sandbox_app.state.sandbox.requests)
    assert run.code == exit_codes.CREDENTIALS_REFUSED, run.output[-3000:]
    assert f"answered HTTP {status}: the target refuses" in run.output
    assert "passed" not in run.output
    assert [(entry["operation"], entry["status"], entry["fault"]) for entry in answered] == [
        ("getPayment", status, None)
    ]
    assert value not in run.output or setting != "IMOJE_TOKEN"


def test_an_unknown_profile_id_stops_the_run(tmp_path: Path) -> None:
    config = SandboxConfig(seed=11, token="external-token", merchant_id="externalmerchant")
    with SandboxServer(config) as external:
        env = external_env(external, IMOJE_PAYMENT_PROFILE_ID="0f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b")
        run = run_suite(tmp_path, env=env)
    assert run.code == exit_codes.CREDENTIALS_REFUSED, run.output[-3000:]
    assert "has no card profile 0f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b" in run.output


@pytest.mark.parametrize("where", ["before", "after"])
def test_a_drawn_real_record_is_never_sent_nor_failed_over_many_seeds(
    where: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Hypothesis may draw a real id into an irreversible case (its constants include the
    # literals of this repository's code). tests/contract/draw_real_ids.py makes it do so
    # for about half of deactivateProfile's cases, ahead of the suite's filter or behind it.
    config = SandboxConfig(seed=13, token="external-token", merchant_id="externalmerchant")
    with SandboxServer(config) as external:
        store = external.sandbox_app.state.sandbox.store
        deactivated = spy(monkeypatch, store, "deactivate_profile")
        reports = []
        for seed in ("1", "2", "3"):
            report = tmp_path / f"draw-{seed}.json"
            env = external_env(
                external,
                IMOJE_PAYMENT_PROFILE_ID=PROFILE_ID,
                IMOJE_CONTRACT_SEED=seed,
                IMOJE_TEST_DRAW=where,
                IMOJE_TEST_DRAW_REPORT=str(report),
                IMOJE_PROFILE=SMOKE,
            )
            run = runner.run(
                env,
                junit=tmp_path / seed / "junit.xml",
                pytest_args=["-p", "tests.contract.draw_real_ids", "-k", "conformance and deactivate and not blik"],
                out=io.StringIO(),
            )
            assert run == exit_codes.PASSED, f"seed {seed}: exit {run}"
            reports.append(json.loads(report.read_text(encoding="utf-8")))
        profile = store.get_profile(PROFILE_ID)
    assert all(report["drawn_real"] > 0 for report in reports), reports
    # Ahead of the suite's hooks, their filter drops such cases before anything is built;
    # behind them, the transport rejects each unsent.
    if where == "before":
        assert all(report["rejected_unsent"] == 0 for report in reports), reports
    else:
        assert all(report["rejected_unsent"] > 0 for report in reports), reports
    assert deactivated, "deactivation was still tested, with ids that name no record"
    assert PROFILE_ID not in {args[0] for args in deactivated}
    assert profile["isActive"] == 1
