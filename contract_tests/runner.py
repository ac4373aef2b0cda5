"""`make contract`: pick the target, start the embedded sandbox if none is named, run the suite.

Everything the suite prints, and the JUnit report it writes, passes through here, so the
token is replaced by [REDACTED] wherever it would have appeared.
"""

import argparse
import os
import random
import subprocess
import sys
from collections.abc import Mapping, Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import TextIO

from imoje_client import _redact

from contract_tests import embedded_proof, exit_codes, proxies
from contract_tests import profile as profiles
from contract_tests import shard as shards
from contract_tests.receiver import receiver_app
from contract_tests.report import BEHIND_JSON
from contract_tests.seed import seed_from
from contract_tests.target import EMBEDDED_OPTION, SettingMissing, SettingWrong, TargetRefused, allowed_hosts, from_env
from imoje_sandbox import BackgroundServer, SandboxConfig, SandboxServer, blik, faults, seeds

ROOT = Path(__file__).resolve().parent.parent
JUNIT = ROOT / "reports" / "contract-junit.xml"
# Beside the JUnit report: every failure, typed (contract_tests/report.py).
FAILURES_JSON = "contract-failures.json"
REDACTED = _redact.REDACTED


def redact_all(text: str, secrets: list[str]) -> str:
    # The client's one rule for every spelling of a secret (imoje_client._redact).
    return _redact.text(text, *secrets)


def _embedded_target(env: dict[str, str], stack: ExitStack, seed: int, fault_names: frozenset[str]) -> tuple[str, str]:
    """Start the sandbox and the notification receiver; (description, the sandbox's control URL)."""
    receiver = stack.enter_context(BackgroundServer(receiver_app()))
    run_key = embedded_proof.new_key()
    config = SandboxConfig(
        run_key=run_key,
        token=env.get("IMOJE_TOKEN") or SandboxConfig().token,
        seed=seed,
        faults=fault_names,
        service_key=env.get("IMOJE_SERVICE_KEY") or SandboxConfig().service_key,
        notify_url=f"{receiver.url}/notify",
        notify_time_scale=0.001,
        allow_loopback_notifications=True,
    )
    sandbox = stack.enter_context(SandboxServer(config))
    # Run first on the way out (LIFO): both servers stop together, not one after the other
    # (0.19 s instead of 0.34 s, for every run).
    stack.callback(sandbox.stop_soon)
    stack.callback(receiver.stop_soon)
    env.update(
        IMOJE_BASE_URL=sandbox.base_url,
        IMOJE_TOKEN=config.token,
        IMOJE_MERCHANT_ID=config.merchant_id,
        IMOJE_SERVICE_ID=config.service_id,
        IMOJE_PAYMENT_PROFILE_ID=seeds.ONE_CLICK_PROFILE_ID,
        IMOJE_CID=blik.BLIK_CUSTOMER_ID,
        IMOJE_SERVICE_KEY=config.service_key,
        IMOJE_NOTIFICATION_RECEIVER=receiver.url,
    )
    env[embedded_proof.RUN_KEY_ENV] = run_key
    described = f"embedded sandbox at {sandbox.base_url}" + (
        f" with faults {', '.join(sorted(fault_names))}" if fault_names else ""
    )
    return described, sandbox.base_url.removesuffix("/v1/merchant") + "/_sandbox"


def _check_settings(env: Mapping[str, str], pytest_args: Sequence[str]) -> None:
    """ValueError naming the wrong setting; checked before anything starts or is sent."""
    profiles.from_env(env)
    shards.from_env(env)
    seed_from(env)
    if any(arg.startswith(EMBEDDED_OPTION) for arg in pytest_args):
        raise ValueError(f"{EMBEDDED_OPTION} is set by the runner alone, for the sandbox it starts")


def run(
    environ: Mapping[str, str],
    *,
    fault_names: frozenset[str] = frozenset(),
    junit: Path = JUNIT,
    pytest_args: Sequence[str] = (),
    out: TextIO = sys.stdout,
) -> int:
    """Run the suite; the exit code is pytest's (0 passed, 1 contract failures), 13 when
    nothing broke but the spec is behind the target, or one of `exit_codes`' refusals."""
    # Not settings: only this function marks the sandbox it started as embedded.
    not_settings = ("IMOJE_SANDBOX_CONTROL_URL", embedded_proof.RUN_KEY_ENV)
    env = {name: value for name, value in environ.items() if name not in not_settings}
    try:
        _check_settings(env, pytest_args)
    except ValueError as wrong:
        out.write(f"imoje contract: cannot start, nothing was sent: {wrong}\n")
        return exit_codes.BAD_SETTING
    seed = int(env.get("IMOJE_CONTRACT_SEED") or random.randrange(2**31))
    env["IMOJE_CONTRACT_SEED"] = str(seed)
    with ExitStack() as stack:
        embedded_args: list[str] = []
        try:
            if env.get("IMOJE_BASE_URL"):
                if fault_names:
                    raise TargetRefused("faults exist only in the embedded sandbox: unset IMOJE_BASE_URL")
                target = from_env(env)
                described = f"{target.base_url} (from IMOJE_BASE_URL)"
            else:
                # The embedded sandbox is on loopback: a proxy could still take its connections.
                proxies.check(env, "http://127.0.0.1", allowed_hosts(env))
                described, control_url = _embedded_target(env, stack, seed, faults.check_names(fault_names))
                embedded_args = [f"{EMBEDDED_OPTION}={control_url}"]
        except TargetRefused as refused:
            out.write(f"imoje contract: refused, nothing was sent: {refused}\n")
            return exit_codes.REFUSED
        except (SettingMissing, SettingWrong) as missing:
            out.write(f"imoje contract: cannot start, nothing was sent: {missing}\n")
            return exit_codes.BAD_SETTING
        token = env["IMOJE_TOKEN"]
        secrets = [token, env.get("IMOJE_SERVICE_KEY", ""), env.get(embedded_proof.RUN_KEY_ENV, "")]
        out.write(f"imoje contract: {described}\n")
        out.flush()
        junit.parent.mkdir(parents=True, exist_ok=True)
        command = [
            sys.executable, "-m", "pytest", str(ROOT / "contract_tests"),
            "-p", "no:cacheprovider", "-rs", "--tb=short",
            f"--junitxml={junit}", "-o", "junit_suite_name=imoje-contract",
            f"--imoje-failures-json={junit.parent / FAILURES_JSON}",
            f"--hypothesis-seed={seed}",
            *embedded_args,
            *pytest_args,
        ]  # fmt: skip
        with subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
        ) as process:
            assert process.stdout is not None
            for line in process.stdout:
                out.write(redact_all(line, secrets))
                out.flush()
        for written in (junit, junit.parent / FAILURES_JSON, junit.parent / BEHIND_JSON):
            if written.exists():
                written.write_text(redact_all(written.read_text(encoding="utf-8"), secrets), encoding="utf-8")
    return 1 if process.returncode == 5 else process.returncode


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="scripts/contract",
        description="Run the imoje contract suite against the embedded sandbox, or IMOJE_BASE_URL if set.",
        epilog="Anything after -- goes to pytest, e.g. `-- -k stateful`.",
    )
    parser.add_argument("--junit", type=Path, default=JUNIT, help="JUnit XML report (default: %(default)s)")
    parser.add_argument(
        "--fault", action="append", default=[], choices=sorted(faults.ALL), metavar="NAME",
        help="run against the embedded sandbox misbehaving on purpose (repeatable)",
    )  # fmt: skip
    args, rest = parser.parse_known_args(argv)
    rest = [arg for arg in rest if arg != "--"]
    # A relative --junit names a path from where the command was run, not from the checkout
    # the suite's pytest runs in.
    junit = Path(os.path.abspath(args.junit))
    return run(os.environ, fault_names=frozenset(args.fault), junit=junit, pytest_args=rest)


if __name__ == "__main__":
    sys.exit(main())
