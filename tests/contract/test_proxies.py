"""Proxy settings are judged as targets are: a proxy is where the suite's connections open."""

from pathlib import Path

import pytest

from contract_tests import exit_codes, proxies
from contract_tests.target import SANDBOX_HOST, TargetRefused, from_env
from imoje_sandbox import SandboxConfig, SandboxServer
from tests.contract.suite_runs import SMOKE, clean_env, pytest_offline, run_suite
from tests.forward_proxy import recording_proxy

CREDENTIALS = {"IMOJE_TOKEN": "t", "IMOJE_MERCHANT_ID": "m", "IMOJE_SERVICE_ID": "2a249f52-d29c-46e7-9575-e65a889c7d38"}
LOOPBACK = "http://127.0.0.1:8700/v1/merchant"
SANDBOX = f"https://{SANDBOX_HOST}/v1/merchant"


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("HTTP_PROXY", "http://api.imoje.pl:3128"),
        ("http_proxy", "api.imoje.pl:3128"),  # no scheme: read as http
        ("HTTPS_PROXY", "https://API.IMOJE.PL.:443"),
        ("https_proxy", "http://user:secret@api.imoje.pl:8080"),
        ("ALL_PROXY", "socks5h://api.imoje.pl:1080"),
        ("all_proxy", "http://api\u3002imoje\u3002pl:3128"),
        ("FTP_PROXY", "http://paywall.imoje.pl"),
        ("HTTP_PROXY", "http://imoje.ing.pl"),
        ("HTTPS_PROXY", "http://api.pay.ing.pl:3128"),
        ("https_proxy", "https://user:secret@API.PAY.ING.PL.:443"),
        ("ALL_PROXY", "socks5h://paywall\u3002pay\u3002ing\u3002pl:1080"),
        ("HTTP_PROXY", "pay.ing.pl:8080"),
    ],
)
@pytest.mark.parametrize("target", [LOOPBACK, SANDBOX, "https://api.sandbox.pay.ing.pl/v1/merchant"])
def test_a_proxy_on_a_production_host_is_refused_whatever_is_allowed(name: str, value: str, target: str) -> None:
    allowed = frozenset(
        {"api.imoje.pl", "paywall.imoje.pl", "imoje.ing.pl", "api.pay.ing.pl", "paywall.pay.ing.pl", "pay.ing.pl"}
    )
    env = {name: value, "NO_PROXY": "*", "IMOJE_ALLOWED_HOSTS": ",".join(allowed)}
    with pytest.raises(TargetRefused, match=f"{name} routes connections through .*production"):
        proxies.check(env, target, allowed)


@pytest.mark.parametrize(
    "value",
    ["http://proxy.example.com:3128", "http://10.0.0.1:3128", "http://169.254.169.254", "gopher://127.0.0.1"],
)
def test_other_proxies_need_naming(value: str) -> None:
    with pytest.raises(TargetRefused, match="HTTPS_PROXY"):
        proxies.check({"HTTPS_PROXY": value}, SANDBOX, frozenset())


@pytest.mark.parametrize(
    "value",
    ["http://127.0.0.1\\@api.imoje.pl:3128", "http://127.0.0.1 :3128", "http://127.0.0.1@api.imoje.pl", "http://[::1"],
)
def test_ambiguous_proxy_urls_are_refused(value: str) -> None:
    with pytest.raises(TargetRefused):
        proxies.check({"HTTP_PROXY": value}, LOOPBACK, frozenset())


def test_a_named_proxy_carries_https_but_never_an_http_token_off_the_machine() -> None:
    allowed = frozenset({"proxy.example.com"})
    proxies.check({"HTTPS_PROXY": "http://user:pw@proxy.example.com:3128"}, SANDBOX, allowed)
    with pytest.raises(TargetRefused, match="unencrypted"):
        proxies.check({"HTTP_PROXY": "http://proxy.example.com:3128"}, LOOPBACK, allowed)
    proxies.check({"HTTP_PROXY": "http://127.0.0.1:3128", "ALL_PROXY": "socks5://[::1]:1080"}, LOOPBACK, frozenset())
    proxies.check({"HTTP_PROXY": "", "NO_PROXY": "api.imoje.pl"}, LOOPBACK, frozenset())


def test_from_env_judges_the_proxies_with_the_target() -> None:
    env = {"IMOJE_BASE_URL": LOOPBACK, "HTTPS_PROXY": "http://api.imoje.pl:3128", **CREDENTIALS}
    with pytest.raises(TargetRefused, match="HTTPS_PROXY"):
        from_env(env)


@pytest.mark.parametrize("name", ["HTTP_PROXY", "https_proxy", "ALL_PROXY"])
def test_the_runner_refuses_a_production_proxy_before_starting_anything(name: str, tmp_path: Path) -> None:
    run = run_suite(tmp_path, env=clean_env(**{name: "http://api.imoje.pl:3128"}))
    assert run.code == exit_codes.REFUSED, run.output
    assert "embedded sandbox at" not in run.output and not run.junit.exists()


def test_the_runner_refuses_it_for_an_external_target_with_nothing_sent(tmp_path: Path) -> None:
    config = SandboxConfig(seed=12, token="external-token", merchant_id="externalmerchant")
    with SandboxServer(config) as external:
        env = clean_env(
            IMOJE_BASE_URL=external.base_url,
            IMOJE_TOKEN=config.token,
            IMOJE_MERCHANT_ID=config.merchant_id,
            IMOJE_SERVICE_ID=config.service_id,
            ALL_PROXY="socks5h://api.imoje.pl:1080",
        )
        run = run_suite(tmp_path, env=env)
        answered = list(external.sandbox_app.state.sandbox.requests)
    assert run.code == exit_codes.REFUSED, run.output
    assert answered == []


def test_the_suite_run_directly_refuses_before_any_connection(tmp_path: Path) -> None:
    env = clean_env(IMOJE_BASE_URL=LOOPBACK, HTTP_PROXY="http://api.imoje.pl:3128", **CREDENTIALS)
    run = pytest_offline(tmp_path, env)
    assert run.result.returncode == exit_codes.REFUSED, run.result.stdout + run.result.stderr
    assert not run.connected


def test_an_allowed_proxy_carries_what_the_guard_allows(tmp_path: Path) -> None:
    # A loopback proxy: the embedded run goes through it, reads, writes and resets alike.
    with recording_proxy() as proxy:
        run = run_suite(
            tmp_path, env=clean_env(HTTP_PROXY=proxy.url), select="lifecycle and not profile", profile=SMOKE
        )
        seen = list(proxy.seen)
    assert run.code == exit_codes.PASSED, run.output[-3000:]
    assert any(path.endswith("/_sandbox/reset") for method, path in seen)
    assert any(method == "POST" and path.endswith("/payment") for method, path in seen)
    assert all(path.startswith("http://127.0.0.1:") for _, path in seen)
