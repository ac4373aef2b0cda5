"""The embedded-sandbox option lifts the irreversible guard; only the sandbox the runner
started can earn it, whatever pytest reads the option from."""

import hashlib
import hmac
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from contract_tests import exit_codes
from contract_tests.embedded_proof import RUN_KEY_ENV
from contract_tests.target import EMBEDDED_OPTION
from imoje_sandbox import SandboxConfig, SandboxServer, create_app, seeds
from tests.contract.suite_runs import external_env, run_suite
from tests.paths import ROOT

PROFILE_ID = seeds.ONE_CLICK_PROFILE_ID
KEY = "k" * 64


@pytest.fixture
def external() -> Iterator[SandboxServer]:
    # A sandbox started by hand on loopback, with a card profile: external to any run.
    with SandboxServer(SandboxConfig(seed=14, token="external-token", merchant_id="externalmerchant")) as server:
        yield server


def target_env(server: SandboxServer, **extra: str) -> dict[str, str]:
    return external_env(server, IMOJE_PAYMENT_PROFILE_ID=PROFILE_ID, **extra)


def control(server: SandboxServer) -> str:
    return server.base_url.removesuffix("/v1/merchant") + "/_sandbox"


def operations(server: SandboxServer) -> list[str]:
    return [entry["operation"] for entry in server.sandbox_app.state.sandbox.requests]


def pytest_directly(args: list[str], env: dict[str, str], cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "pytest", str(ROOT / "contract_tests"), "-p", "no:cacheprovider", "-q", *args]
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, check=False)


def injections(server: SandboxServer, tmp_path: Path) -> dict[str, tuple[list[str], dict[str, str]]]:
    option = f"{EMBEDDED_OPTION}={control(server)}"
    (tmp_path / "args.txt").write_text(option + "\n", encoding="utf-8")
    (tmp_path / "pytest.ini").write_text(f"[pytest]\naddopts = {option}\n", encoding="utf-8")
    return {
        "PYTEST_ADDOPTS": ([], {"PYTEST_ADDOPTS": option}),
        "@file": ([f"@{tmp_path / 'args.txt'}"], {}),
        "-c": (["-c", str(tmp_path / "pytest.ini"), "--rootdir", str(ROOT)], {}),
        "-o": (["-o", f"addopts={option}"], {}),
        "the option and a run key in the environment": ([option], {RUN_KEY_ENV: KEY}),
    }


@pytest.mark.parametrize("how", ["PYTEST_ADDOPTS", "@file", "-c", "-o", "the option and a run key in the environment"])
def test_an_injected_option_never_makes_a_hand_started_sandbox_embedded(
    how: str, external: SandboxServer, tmp_path: Path
) -> None:
    args, extra = injections(external, tmp_path)[how]
    result = pytest_directly([*args, "-k", "deactivated"], target_env(external, **extra))
    store = external.sandbox_app.state.sandbox.store
    assert result.returncode == exit_codes.REFUSED, result.stdout[-3000:] + result.stderr[-3000:]
    assert "not a sandbox this run's runner started" in result.stdout + result.stderr
    assert store.get_profile(PROFILE_ID)["isActive"] == 1
    # Only the proof was asked for (it is a control route, not an API operation).
    assert operations(external) == []


def test_through_the_runner_too(external: SandboxServer, tmp_path: Path) -> None:
    # The runner drops a run key found in its caller's environment: only its own counts.
    option = f"{EMBEDDED_OPTION}={control(external)}"
    run = run_suite(tmp_path, env=target_env(external, PYTEST_ADDOPTS=option, **{RUN_KEY_ENV: KEY}))
    assert run.code == exit_codes.REFUSED, run.output[-3000:]
    assert external.sandbox_app.state.sandbox.store.get_profile(PROFILE_ID)["isActive"] == 1
    assert operations(external) == []


def test_a_sandbox_with_the_key_proves_it_and_one_without_cannot(tmp_path: Path) -> None:
    # The suite's side of the proof against both kinds of sandbox, with the option given as
    # the runner gives it: the only difference is the key the sandbox was started with.
    for run_key, expected in ((KEY, exit_codes.PASSED), ("another-" + KEY, exit_codes.REFUSED)):
        config = SandboxConfig(seed=15, token="external-token", merchant_id="externalmerchant", run_key=run_key)
        with SandboxServer(config) as server:
            option = f"{EMBEDDED_OPTION}={control(server)}"
            result = pytest_directly([option, "-k", "deactivated"], target_env(server, **{RUN_KEY_ENV: KEY}))
            active = server.sandbox_app.state.sandbox.store.get_profile(PROFILE_ID)["isActive"]
        assert result.returncode == expected, result.stdout[-3000:]
        # Embedded, the lifecycle test deactivates the seeded profile (and resets after).
        assert active == 1


def test_the_prove_route() -> None:
    auth = {"Authorization": f"Bearer {SandboxConfig().token}"}
    with TestClient(create_app(SandboxConfig(run_key=KEY)), base_url="http://sandbox/_sandbox") as keyed:
        answer = keyed.post("/prove", json={"nonce": "n" * 16}, headers=auth)
        assert answer.json() == {"proof": hmac.new(KEY.encode(), b"n" * 16, hashlib.sha256).hexdigest()}
        assert keyed.post("/prove", json={"nonce": "n" * 16}).status_code == 401
        refused = keyed.post("/prove", json={"nonce": "short"}, headers=auth)
        assert refused.status_code == 422 and refused.json()["apiErrorResponse"]["errors"][0]["property"] == "nonce"
    with TestClient(create_app(SandboxConfig()), base_url="http://sandbox/_sandbox") as unkeyed:
        assert unkeyed.post("/prove", json={"nonce": "n" * 16}, headers=auth).status_code == 404
