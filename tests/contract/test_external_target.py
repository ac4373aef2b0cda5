"""With IMOJE_BASE_URL set the suite tests that URL, starts no sandbox, and says what it skips."""

from pathlib import Path

from imoje_sandbox import SandboxConfig, SandboxServer
from tests.contract.suite_runs import clean_env, run_suite


def test_an_external_target_runs_the_same_checks_and_names_its_skips(tmp_path: Path) -> None:
    config = SandboxConfig(seed=8, token="external-token", merchant_id="externalmerchant")
    with SandboxServer(config) as external:
        env = clean_env(
            IMOJE_BASE_URL=external.base_url,
            IMOJE_TOKEN=config.token,
            IMOJE_MERCHANT_ID=config.merchant_id,
            IMOJE_SERVICE_ID=config.service_id,
        )
        run = run_suite(tmp_path, select="conformance or lifecycle", env=env)
        created = len(external.sandbox_app.state.sandbox.store.links)
    assert run.code == 0, run.output[-3000:]
    assert f"target:     {external.base_url} (external)" in run.output
    assert "embedded sandbox at" not in run.output
    assert "IMOJE_PAYMENT_PROFILE_ID is not set: the target has no active card profile to charge" in run.output
    assert "deactivating a card profile cannot be undone: runs only on the embedded sandbox" in run.output
    assert created > 3, "the requests went to the named target"
