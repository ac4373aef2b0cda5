"""Proof that the sandbox named by the embedded-sandbox option is the one this run's runner
started, not any other server on loopback.

The option (`--imoje-embedded-sandbox`) lifts the irreversible guard and allows resets, and
pytest reads options from more places than the runner controls: PYTEST_ADDOPTS, `@file`
arguments, `-c` config files, `-o addopts=`. So the option alone proves nothing. The runner
starts its sandbox with a random run key (SandboxConfig.run_key, which no command line or
environment variable of the sandbox can set) and hands the key to the suite's process in
RUN_KEY_ENV; the suite asks the sandbox for HMAC(run_key, nonce) on a fresh nonce. A sandbox
started by hand has no key and cannot answer; a key set in the caller's environment is
dropped by the runner.
"""

import hmac
import secrets

import httpx

from contract_tests.hosts import TargetRefused
from contract_tests.target import Target
from imoje_sandbox import control

RUN_KEY_ENV = "IMOJE_EMBEDDED_RUN_KEY"


def new_key() -> str:
    return secrets.token_hex(32)


def verify(target: Target, run_key: str) -> None:
    """TargetRefused unless the sandbox at the target's control URL holds `run_key`."""
    if target.control_url is None:
        return
    refused = (
        f"the embedded-sandbox option names {target.control_url}, but that is not a sandbox this run's runner started"
    )
    if not run_key:
        raise TargetRefused(f"{refused} (the option is set by `make contract` alone; nothing was sent)")
    target.check_request_url(target.control_url)
    nonce = secrets.token_hex(16)
    try:
        answer = httpx.post(
            f"{target.control_url}/prove",
            json={"nonce": nonce},
            headers={"Authorization": f"Bearer {target.token}"},
            timeout=5,
        )
        proof = answer.json().get("proof") if answer.status_code == 200 else None
    except (httpx.HTTPError, ValueError, AttributeError):
        proof = None
    if not isinstance(proof, str) or not hmac.compare_digest(proof, control.proof(run_key, nonce)):
        raise TargetRefused(f"{refused}: it could not prove the run's key; only the proof request was sent")
