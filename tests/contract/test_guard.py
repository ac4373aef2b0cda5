"""The production guard: refused before anything is sent, with the reason named."""

import gzip
import json
import tracemalloc
import zlib
from pathlib import Path
from xml.etree import ElementTree

import httpx
import pytest
import requests
from imoje_client.environments import ENVIRONMENTS, Environment
from requests.adapters import BaseAdapter

from contract_tests import exit_codes, runner
from contract_tests.hosts import is_production
from contract_tests.irreversible import IrreversibleGuard, IrreversibleRefused
from contract_tests.target import (
    SANDBOX_HOST,
    SettingMissing,
    Target,
    TargetRefused,
    check_url,
    embedded,
    from_env,
    normalise_host,
)
from contract_tests.transport import MAX_ANSWER_BYTES, AnswerTooLarge, GuardedSession
from imoje_sandbox import spec as sandbox_spec
from tests.client.loopback import LoopbackServer, answering
from tests.contract.suite_runs import clean_env, pytest_offline, run_suite

PRODUCTION = "https://api.imoje.pl/v1/merchant"
ING_PAY_PRODUCTION_URL = "https://api.pay.ing.pl/v1/merchant"
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
        # A fully qualified name: DNS and TLS drop the trailing dot.
        "https://api.imoje.pl./v1/merchant",
        "https://API.IMOJE.PL./v1/merchant",
        "https://api.imoje.pl%2e/v1/merchant",
        # Ideographic and full-width full stops are label separators to IDNA.
        "https://api\u3002imoje\u3002pl/v1/merchant",
        "https://api\uff0eimoje\uff0epl/v1/merchant",
        "https://api\uff61imoje\u3002pl./v1/merchant",
        "https://\uff21\uff30\uff29.imoje.pl/v1/merchant",  # full-width letters
    ],
)
def test_production_hosts_are_refused_whatever_is_allowed(url: str) -> None:
    allowed = frozenset({"api.imoje.pl.", "API.imoje.pl", "paywall.imoje.pl", "imoje.ing.pl"})
    with pytest.raises(TargetRefused, match="production"):
        check_url(url, allowed)


# ING Pay's production hosts (imoje's rebrand), in the spellings imoje's are tried in above.
ING_PAY_PRODUCTION = [
    ING_PAY_PRODUCTION_URL,
    "https://API.PAY.ING.PL/v1/merchant",
    "https://api.pay.ing.pl:443/v1/merchant",
    "http://api.pay.ing.pl/v1/merchant",
    "https://api.pay.ing.pl./v1/merchant",
    "https://api.pay.ing.pl%2e/v1/merchant",
    "https://api\u3002pay\uff0eing\uff61pl/v1/merchant",
    "https://\uff21\uff30\uff29.pay.ing.pl/v1/merchant",
    "https://paywall.pay.ing.pl/payment",
    "https://pay.ing.pl",
    "https://cdn.pay.ing.pl",
    # "sandbox" inside a label is no sandbox zone: sandbox.pay.ing.pl is.
    "https://api.sandboxpay.ing.pl/v1",
    "https://sandbox-api.pay.ing.pl/v1",
]
ING_PAY_ALLOWED = frozenset(
    {
        "api.pay.ing.pl",
        "paywall.pay.ing.pl",
        "pay.ing.pl",
        "cdn.pay.ing.pl",
        "api.sandboxpay.ing.pl",
        "sandbox-api.pay.ing.pl",
    }
)


@pytest.mark.parametrize("url", ING_PAY_PRODUCTION)
def test_ing_pay_production_hosts_are_refused_whatever_is_allowed(url: str) -> None:
    with pytest.raises(TargetRefused, match="production"):
        check_url(url, ING_PAY_ALLOWED)


@pytest.mark.parametrize(
    "url",
    [
        "https://api.pay.ing.pl@127.0.0.1/v1/merchant",
        "https://127.0.0.1@api.pay.ing.pl/v1/merchant",
        "http://127.0.0.1\\@api.pay.ing.pl/",
        "https://api.sandbox.pay.ing.pl@api.pay.ing.pl/v1",
    ],
)
def test_ing_pay_userinfo_spellings_are_refused(url: str) -> None:
    with pytest.raises(TargetRefused):
        check_url(url, ING_PAY_ALLOWED)


def test_ing_pay_production_is_refused_by_the_runner_even_when_allowed(tmp_path: Path) -> None:
    env = clean_env(
        IMOJE_BASE_URL="https://API.pay.ing.pl./v1/merchant", IMOJE_ALLOWED_HOSTS="api.pay.ing.pl", **CREDENTIALS
    )
    run = run_suite(tmp_path, env=env)
    assert run.code == exit_codes.REFUSED, run.output


@pytest.mark.parametrize("env", ENVIRONMENTS.values(), ids=lambda env: env.name)
def test_every_environment_of_the_client_is_judged_by_its_production_flag(env: Environment) -> None:
    for url in (env.api_base_url, env.payment_form_url):
        host = check_url_host(url)
        assert is_production(host) is env.production, url
    if env.production:
        with pytest.raises(TargetRefused, match="production"):
            check_url(env.api_base_url, frozenset({check_url_host(env.api_base_url)}))
    else:
        # A vendor's sandbox API needs no naming in IMOJE_ALLOWED_HOSTS.
        assert check_url(env.api_base_url) == check_url_host(env.api_base_url)


def check_url_host(url: str) -> str:
    return normalise_host(str(httpx.URL(url).host))


@pytest.mark.parametrize(
    "url",
    [
        # Userinfo in every form: a library that reads it differently goes elsewhere.
        "https://api.imoje.pl\\@127.0.0.1/v1/merchant",
        "https://api.imoje.pl@127.0.0.1/v1/merchant",
        "https://127.0.0.1@api.imoje.pl/v1/merchant",
        "https://user:pass@127.0.0.1:8700/v1/merchant",
        "http://%61pi.imoje.pl@127.0.0.1/",
        "http://127.0.0.1\\@api.imoje.pl/",
        "http://127.0.0.1:8700\\/v1/merchant",
        "http://127.0.0.1 /v1",
        "http://127.0.0.1\t/v1",
        "http://127.0.0.1\n.evil/v1",
        "http://sandbox.api.imoje.pl\u3002/v1",
        "https:///v1/merchant",
        "ftp://127.0.0.1/",
    ],
)
def test_ambiguous_urls_and_userinfo_are_refused(url: str) -> None:
    with pytest.raises(TargetRefused):
        check_url(url, frozenset({"api.imoje.pl"}))


def test_hosts_are_normalised_as_dns_and_tls_see_them() -> None:
    assert normalise_host("API.Imoje.PL.") == "api.imoje.pl"
    assert normalise_host("api\u3002imoje\u3002pl") == "api.imoje.pl"
    assert normalise_host("api.imoje.pl%2E") == "api.imoje.pl"
    assert normalise_host("\u0430pi.imoje.pl") == "xn--pi-6kc.imoje.pl"  # a Cyrillic a: another host
    assert normalise_host("[::1]") == "::1"
    assert check_url(f"https://{SANDBOX_HOST.upper()}./v1") == SANDBOX_HOST
    assert check_url("https://staging.example.com./v1", frozenset({"STAGING.example.com."})) == "staging.example.com"


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8700/v1/merchant",
        "http://localhost:1",
        "http://[::1]:9/x",
        f"https://{SANDBOX_HOST}/v1",
        "https://api.sandbox.pay.ing.pl/v1/merchant",
        "https://API.Sandbox.Pay.ING.pl.:8443/v1/merchant",
    ],
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
    with pytest.raises(SettingMissing, match="IMOJE_TOKEN, IMOJE_MERCHANT_ID, IMOJE_SERVICE_ID"):
        from_env({"IMOJE_BASE_URL": f"https://{SANDBOX_HOST}/v1/merchant"})


def test_a_missing_token_is_a_wrong_setting_not_a_refusal(tmp_path: Path) -> None:
    env = clean_env(IMOJE_BASE_URL=f"https://{SANDBOX_HOST}/v1/merchant", IMOJE_MERCHANT_ID="m", IMOJE_SERVICE_ID="s")
    run = run_suite(tmp_path, env=env)
    assert run.code == exit_codes.BAD_SETTING, run.output
    assert "set IMOJE_TOKEN" in run.output and not run.junit.exists()


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
    session = GuardedSession(target, IrreversibleGuard(sandbox_spec.load(), target))
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
    assert run.code == exit_codes.REFUSED
    assert "refused, nothing was sent" in run.output and "production" in run.output
    assert not run.junit.exists()


@pytest.mark.parametrize(
    ("url", "allowed"),
    [
        ("https://api.imoje.pl./v1/merchant", "api.imoje.pl."),
        ("https://api.imoje.pl\\@127.0.0.1/v1/merchant", ""),
        ("https://api\u3002imoje\u3002pl/v1/merchant", ""),
        ("http://[::1/v1/merchant", ""),  # urlsplit raises on it: refused, not a traceback
    ],
)
def test_the_runner_refuses_each_hole_with_its_own_exit_code(url: str, allowed: str, tmp_path: Path) -> None:
    env = clean_env(IMOJE_BASE_URL=url, IMOJE_ALLOWED_HOSTS=allowed, **CREDENTIALS)
    run = run_suite(tmp_path, env=env)
    assert run.code == exit_codes.REFUSED, run.output
    assert run.code not in {int(code) for code in pytest.ExitCode}, "a refusal is no pytest outcome"
    assert not run.junit.exists()


def test_a_wrong_setting_has_its_own_exit_code(tmp_path: Path) -> None:
    run = run_suite(tmp_path, env=clean_env(IMOJE_PROFILE="bogus"))
    assert run.code == exit_codes.BAD_SETTING, run.output
    assert "IMOJE_PROFILE='bogus'" in run.output and not run.junit.exists()


def test_the_suite_run_directly_refuses_before_any_connection(tmp_path: Path) -> None:
    # pytest on contract_tests/ without the runner: the refusal comes before collection.
    run = pytest_offline(tmp_path, clean_env(IMOJE_BASE_URL=PRODUCTION, **CREDENTIALS))
    assert run.result.returncode == exit_codes.REFUSED, run.result.stdout + run.result.stderr
    assert "refused its target" in run.result.stdout + run.result.stderr
    assert not run.connected


def test_target_repr_hides_the_token() -> None:
    target = Target(
        base_url="http://127.0.0.1:1", token="secret-canary", merchant_id="m", service_id="s",
        payment_profile_id=None, host="127.0.0.1",
    )  # fmt: skip
    assert "secret-canary" not in repr(target)


def test_embedded_is_only_a_loopback_sandbox_on_the_targets_own_host_and_port() -> None:
    local = from_env({"IMOJE_BASE_URL": "http://127.0.0.1:8700/v1/merchant", **CREDENTIALS})
    assert embedded(local, "http://127.0.0.1:8700/_sandbox").is_embedded_sandbox
    for control in ("http://127.0.0.1:8701/_sandbox", "http://localhost:8700/_sandbox", "http://[::1]:8700/_sandbox"):
        with pytest.raises(TargetRefused):
            embedded(local, control)
    remote = from_env({"IMOJE_BASE_URL": f"https://{SANDBOX_HOST}/v1/merchant", **CREDENTIALS})
    with pytest.raises(TargetRefused):
        embedded(remote, f"https://{SANDBOX_HOST}/_sandbox")
    # The environment variable that once marked a target embedded is not read.
    env = {"IMOJE_BASE_URL": f"https://{SANDBOX_HOST}/v1/merchant", "IMOJE_SANDBOX_CONTROL_URL": "x", **CREDENTIALS}
    assert not from_env(env).is_embedded_sandbox


PROFILE = "46f095b4-be6f-4ea0-8052-475ac8fbf218"
DEACTIVATE = "http://127.0.0.1:8700/v1/merchant/m/profile/deactivate"


def test_irreversible_requests_never_name_a_real_record_of_an_external_target() -> None:
    target = from_env(
        {"IMOJE_BASE_URL": "http://127.0.0.1:8700/v1/merchant", "IMOJE_PAYMENT_PROFILE_ID": PROFILE, **CREDENTIALS}
    )
    guard = IrreversibleGuard(sandbox_spec.load(), target)
    with pytest.raises(IrreversibleRefused, match="deactivateProfile"):
        guard.check("POST", DEACTIVATE, f'{{"paymentProfileId": "{PROFILE.upper()}"}}'.encode())
    guard.check("POST", DEACTIVATE, b'{"paymentProfileId": "0f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b"}')
    # Ids learnt from successful answers are real records; those in error answers are echoes.
    learnt = "11111111-2222-4333-8444-555555555555"
    guard.observe(422, f'{{"instance": {{"paymentProfileId": "{learnt}"}}}}'.encode())
    guard.check("POST", DEACTIVATE, f'{{"paymentProfileId": "{learnt}"}}'.encode())
    guard.observe(200, f'{{"paymentProfile": {{"id": "{learnt}"}}}}'.encode())
    with pytest.raises(IrreversibleRefused):
        guard.check("POST", DEACTIVATE, f'{{"paymentProfileId": "{learnt}"}}'.encode())
    # Reversible operations may name anything; the embedded sandbox may be changed at will.
    guard.check("POST", "http://127.0.0.1:8700/v1/merchant/m/transaction/profile", f'{{"x": "{PROFILE}"}}'.encode())
    local = embedded(target, "http://127.0.0.1:8700/_sandbox")
    local_guard = IrreversibleGuard(sandbox_spec.load(), local)
    local_guard.check("POST", DEACTIVATE, f'{{"paymentProfileId": "{PROFILE}"}}'.encode())


def test_the_guarded_session_refuses_an_irreversible_request_before_sending() -> None:
    target = from_env(
        {"IMOJE_BASE_URL": "http://127.0.0.1:8700/v1/merchant", "IMOJE_PAYMENT_PROFILE_ID": PROFILE, **CREDENTIALS}
    )
    session = GuardedSession(target, IrreversibleGuard(sandbox_spec.load(), target))
    adapter = Recording()
    session.mount("http://", adapter)
    with pytest.raises(IrreversibleRefused):
        session.post(DEACTIVATE, json={"paymentProfileId": PROFILE})
    assert adapter.sent == []


def test_short_secrets_are_redacted_where_they_stand_alone_long_ones_everywhere() -> None:
    assert runner.redact_all("the token t in 'Bearer t' and \"t\"", ["t"]) == (
        "the token [REDACTED] in 'Bearer [REDACTED]' and \"[REDACTED]\""
    )
    assert runner.redact_all("operations: 18 tests", ["t"]) == "operations: 18 tests"
    long = "sandbox-token-0123"
    assert runner.redact_all(f"x{long}y {long}", [long]) == "x[REDACTED]y [REDACTED]"


def test_a_one_letter_token_leaves_the_output_readable(tmp_path: Path) -> None:
    run = run_suite(tmp_path, env=clean_env(IMOJE_TOKEN="t"), select="lifecycle and cancel", profile="smoke")
    assert run.code == exit_codes.PASSED, run.output[-2000:]
    assert "[REDACTED]" not in run.output
    names = [case.get("name") for case in ElementTree.parse(run.junit).getroot().iter("testcase")]
    assert names == ["test_create_get_cancel_cancel_again"]


def gzip_bomb(inflated: int) -> bytes:
    """`inflated` zero bytes, gzip-compressed, built a megabyte at a time (about 1,000:1)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    megabyte = b"\0" * (1 << 20)
    return b"".join(packer.compress(megabyte) for _ in range(inflated >> 20)) + packer.flush()


def test_a_hostile_gzip_answer_is_read_no_further_than_the_cap() -> None:
    bomb = gzip_bomb(1 << 28)  # 256 MiB inflated (16 times the cap), about 256 KiB on the wire
    headers = {"Content-Encoding": "gzip"}
    with LoopbackServer(answering(200, bomb, headers)) as server:
        target = from_env({"IMOJE_BASE_URL": server.base_url, **CREDENTIALS})
        session = GuardedSession(target, IrreversibleGuard(sandbox_spec.load(), target))
        tracemalloc.start()
        try:
            with pytest.raises(AnswerTooLarge, match="reading stopped"):
                session.get(f"{server.base_url}/m/payment/x", timeout=10)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    assert peak < 3 * MAX_ANSWER_BYTES, f"peak {peak / 2**20:.0f} MiB"


def test_an_ordinary_gzip_answer_is_read_whole() -> None:
    document = {"id": "x" * 1000}
    with LoopbackServer(
        answering(200, gzip.compress(json.dumps(document).encode()), {"Content-Encoding": "gzip"})
    ) as server:
        target = from_env({"IMOJE_BASE_URL": server.base_url, **CREDENTIALS})
        session = GuardedSession(target, IrreversibleGuard(sandbox_spec.load(), target))
        assert session.get(f"{server.base_url}/m/payment/x", timeout=10).json() == document


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("IMOJE_PAYMENT_PROFILE_ID", "../../payment/x"),
        ("IMOJE_PAYMENT_PROFILE_ID", "x/y"),
        ("IMOJE_SERVICE_ID", "shop-1"),
        ("IMOJE_MERCHANT_ID", "m/../other"),
        ("IMOJE_MERCHANT_ID", ".."),
        ("IMOJE_CID", "a?b"),
    ],
)
def test_a_setting_that_would_change_a_requests_path_is_a_wrong_setting(name: str, value: str, tmp_path: Path) -> None:
    with LoopbackServer(answering(200, b"{}")) as server:
        env = clean_env(IMOJE_BASE_URL=server.base_url, **{**CREDENTIALS, name: value})
        run = run_suite(tmp_path, env=env)
        sent = server.requests
    assert run.code == exit_codes.BAD_SETTING, run.output[-2000:]
    assert f"{name}=" in run.output and sent == 0
