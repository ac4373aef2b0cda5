"""The production guard: refused before anything is sent, with the reason named."""

import subprocess
import sys
from pathlib import Path

import pytest
import requests
from requests.adapters import BaseAdapter

from contract_tests.target import SANDBOX_HOST, Target, TargetRefused, check_url, from_env
from contract_tests.transport import GuardedSession
from tests.contract.suite_runs import clean_env, run_suite
from tests.paths import ROOT

PRODUCTION = "https://api.imoje.pl/v1/merchant"
CREDENTIALS = {"IMOJE_TOKEN": "t", "IMOJE_MERCHANT_ID": "m", "IMOJE_SERVICE_ID": "2a249f52-d29c-46e7-9575-e65a889c7d38"}


@pytest.mark.parametrize(
    "url",
    [
        PRODUCTION,
        "https://API.imoje.pl/v1/merchant",
        "https://api.imoje.pl:443/",
        "https://paywall.imoje.pl",
        "https://imoje.ing.pl",
        "http://api.imoje.pl/v1/merchant",
    ],
)
def test_production_hosts_are_refused_whatever_is_allowed(url: str) -> None:
    with pytest.raises(TargetRefused, match="production"):
        check_url(url, frozenset({"api.imoje.pl", "paywall.imoje.pl", "imoje.ing.pl"}))


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:8700/v1/merchant", "http://localhost:1", "http://[::1]:9/x", f"https://{SANDBOX_HOST}/v1"]
)
def test_loopback_and_the_sandbox_are_allowed(url: str) -> None:
    check_url(url)


def test_other_hosts_need_naming_and_https() -> None:
    with pytest.raises(TargetRefused, match="IMOJE_ALLOWED_HOSTS"):
        check_url("https://staging.example.com/v1")
    assert check_url("https://staging.example.com/v1", frozenset({"staging.example.com"})) == "staging.example.com"
    with pytest.raises(TargetRefused, match="unencrypted"):
        check_url("http://staging.example.com/v1", frozenset({"staging.example.com"}))
    with pytest.raises(TargetRefused, match="unencrypted"):
        check_url(f"http://{SANDBOX_HOST}/v1")


def test_missing_credentials_are_named() -> None:
    with pytest.raises(TargetRefused, match="IMOJE_TOKEN, IMOJE_MERCHANT_ID, IMOJE_SERVICE_ID"):
        from_env({"IMOJE_BASE_URL": f"https://{SANDBOX_HOST}/v1/merchant"})


class Recording(BaseAdapter):
    def __init__(self) -> None:
        super().__init__()
        self.sent: list[str] = []

    def send(self, request: requests.PreparedRequest, *args: object, **kwargs: object) -> requests.Response:
        self.sent.append(str(request.url))
        response = requests.Response()
        response.status_code = 200
        return response

    def close(self) -> None:
        pass


def test_every_request_is_checked_before_it_leaves() -> None:
    target = from_env({"IMOJE_BASE_URL": "http://127.0.0.1:8700/v1/merchant", **CREDENTIALS})
    session = GuardedSession(target)
    adapter = Recording()
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    session.get("http://127.0.0.1:8700/v1/merchant/m/payment/x")
    for elsewhere in (PRODUCTION + "/m/payment/cancel", "http://127.0.0.2:8700/v1/merchant"):
        with pytest.raises(TargetRefused):
            session.post(elsewhere, json={})
    assert adapter.sent == ["http://127.0.0.1:8700/v1/merchant/m/payment/x"]


def test_make_contract_refuses_production_and_sends_nothing(tmp_path: Path) -> None:
    run = run_suite(tmp_path, env=clean_env(IMOJE_BASE_URL=PRODUCTION, **CREDENTIALS))
    assert run.code == 3
    assert "refused, nothing was sent" in run.output and "production" in run.output
    assert not run.junit.exists()


def test_the_suite_run_directly_refuses_before_any_connection(tmp_path: Path) -> None:
    # pytest on contract_tests/ without the runner: the refusal comes before collection,
    # and a sitecustomize that fails every socket connect proves nothing was attempted.
    (tmp_path / "sitecustomize.py").write_text(
        "import pathlib, socket\n"
        "def refuse(self, address):\n"
        f"    pathlib.Path({str(tmp_path / 'connected')!r}).write_text(repr(address))\n"
        "    raise OSError('no network in this test')\n"
        "socket.socket.connect = refuse\n",
        encoding="utf-8",
    )
    env = clean_env(IMOJE_BASE_URL=PRODUCTION, PYTHONPATH=str(tmp_path), **CREDENTIALS)
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "contract_tests", "-p", "no:cacheprovider", "-q"],
        cwd=ROOT, env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 3, result.stdout + result.stderr
    assert "refused its target" in result.stdout + result.stderr
    assert not (tmp_path / "connected").exists()


def test_target_repr_hides_the_token() -> None:
    target = Target(
        base_url="http://127.0.0.1:1", token="secret-canary", merchant_id="m", service_id="s",
        payment_profile_id=None, host="127.0.0.1",
    )  # fmt: skip
    assert "secret-canary" not in repr(target)
