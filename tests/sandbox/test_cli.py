"""scripts/sandbox starts the sandbox in the foreground and says where and how to reach it."""

import subprocess
import sys

import httpx

from tests.paths import ROOT


def test_sandbox_script_prints_its_url_and_credentials_and_serves() -> None:
    command = [str(ROOT / "scripts" / "sandbox"), "--port", "0", "--seed", "5", "--merchant-id", "m1", "--token", "t1"]
    command += ["--service-key", "key-9"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True) as process:
        try:
            assert process.stdout is not None
            lines = [process.stdout.readline().strip() for _ in range(6)]
            assert lines[0].startswith("imoje sandbox: http://127.0.0.1:") and lines[0].endswith("/v1/merchant")
            assert lines[1:4] == [
                "merchant id: m1",
                "service id:  2a249f52-d29c-46e7-9575-e65a889c7d38",
                "token:       t1",
            ]
            assert lines[4:6] == ["seed:        5", "shop key:    key-9"]
            url = lines[0].removeprefix("imoje sandbox: ")
            response = httpx.get(
                f"{url}/m1/payment/50d38a51-8e95-4b8b-94f4-188c90c0dfdd", headers={"Authorization": "Bearer t1"}
            )
            assert response.status_code == 200 and response.json()["status"] == "pending"
        finally:
            process.terminate()
            process.wait(10)


def test_help_lists_every_flag() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "imoje_sandbox", "--help"], capture_output=True, text=True, check=True
    )
    assert result.stdout.startswith("usage: python -m imoje_sandbox ")
    for flag in ("--host", "--port", "--token", "--merchant-id", "--service-id", "--seed", "--spec"):
        assert flag in result.stdout


def test_an_empty_token_or_shop_key_stops_it_before_it_listens() -> None:
    for flag, value in (("--token", ""), ("--token", "  "), ("--service-key", ""), ("--token", "a b")):
        result = subprocess.run(
            [sys.executable, "-m", "imoje_sandbox", "--port", "0", flag, value],
            capture_output=True, text=True, timeout=30, check=False,
        )  # fmt: skip
        assert result.returncode == 1, (flag, value, result.stderr)
        assert result.stderr.startswith(f"imoje_sandbox: {flag.removeprefix('--')}: "), result.stderr
        assert "Traceback" not in result.stderr and result.stdout == ""
