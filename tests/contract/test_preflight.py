"""The pre-flight read (issue 28 item 6, issue 32 item 6): it says what it proved, a target
whose answer proves nothing stops the run with exit 11 and its reason, and a pre-flight
answer that breaks the contract is reported typed (exit 1), never an INTERNALERROR."""

import json
from pathlib import Path
from typing import Any

import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from contract_tests import exit_codes
from contract_tests.bodies import UNKNOWN_ID
from imoje_sandbox import BackgroundServer
from tests.client.examples import payment_link
from tests.contract.suite_runs import clean_env, run_suite

OTHER_ID = "0b7e4c1a-9d2f-4e8b-a6c3-5f1d2e3a4b5c"


def _target(status: int, body: Any, media_type: str = "application/json") -> Starlette:
    async def answer(request: Request) -> Response:
        content = body if isinstance(body, str) else json.dumps(body)
        return Response(content, status, media_type=media_type)

    return Starlette(routes=[Route("/{path:path}", answer, methods=["GET", "POST", "PUT", "DELETE"])])


def _run(tmp_path: Path, app: Starlette) -> Any:
    with BackgroundServer(app) as server:
        env = clean_env(
            IMOJE_BASE_URL=f"{server.url}/v1/merchant", IMOJE_TOKEN="preflight-token-0123",
            IMOJE_MERCHANT_ID="merchant1", IMOJE_SERVICE_ID="2a249f52-d29c-46e7-9575-e65a889c7d38",
        )  # fmt: skip
        return run_suite(tmp_path, env=env)


def test_a_preflight_answer_naming_another_record_is_a_typed_failure_not_a_crash(tmp_path: Path) -> None:
    run = _run(tmp_path, _target(200, {**payment_link(), "id": OTHER_ID}))
    assert run.code == exit_codes.CONTRACT_FAILED, run.output[-1500:]
    assert "INTERNALERROR" not in run.output and "Traceback" not in run.output
    assert [failure["code"] for failure in run.failures] == ["IM116"]


@pytest.mark.parametrize(
    ("status", "body", "media_type"),
    [
        # A record that cannot exist, answered (without transactions the ledger would judge).
        (200, {**payment_link(), "id": UNKNOWN_ID, "transactions": []}, "application/json"),
        (500, {"apiErrorResponse": {"message": "boom"}}, "application/json"),
        (429, {"message": "slow down"}, "application/json"),
        (407, "<html>proxy login</html>", "text/html"),
        (404, "<html>not found</html>", "text/html"),  # a 404 that is not imoje's
    ],
    ids=["200 for an unknown record", "500", "429", "407", "404 as HTML"],
)
def test_a_preflight_that_proves_nothing_stops_the_run(status: int, body: Any, media_type: str, tmp_path: Path) -> None:
    run = _run(tmp_path, _target(status, body, media_type))
    assert run.code == exit_codes.CREDENTIALS_REFUSED, run.output[-1500:]
    assert "Traceback" not in run.output and "INTERNALERROR" not in run.output
