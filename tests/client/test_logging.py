"""The client's log (`imoje_client._log`): one DEBUG record a request attempt, INFO for a
retry, WARNING for an outcome that is not known; never the token, bodies only when asked;
imoje's request id on records, responses and exceptions."""

import json
import logging
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from uuid import UUID

import httpx
import pytest
from imoje_client import Imoje
from imoje_client._log import configure_from, logger
from imoje_client.errors import (
    BadRequestError,
    NotFoundError,
    OutcomeUnknownError,
    OutcomeUnknownServerError,
    ResponseContractError,
)

from tests.client.conftest import MERCHANT, TOKEN
from tests.client.examples import SERVICE_ID

Handler = Callable[[httpx.Request], httpx.Response]
NOT_FOUND = {"apiErrorResponse": {"message": "Not found"}}
CANARY_ORDER = "canary-order-5d1e"
LINK_ID = "50d38a51-8e95-4b8b-94f4-188c90c0dfdd"


@pytest.fixture
def log(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    with caplog.at_level(logging.DEBUG, logger="imoje_client"):
        yield caplog


def imoje_answering(handler: Handler, **settings: object) -> Imoje:
    return Imoje(
        token=TOKEN, merchant_id=MERCHANT, service_id=SERVICE_ID,
        httpx_args={"transport": httpx.MockTransport(handler)}, **settings,  # type: ignore[arg-type]
    )  # fmt: skip


def in_turn(*answers: httpx.Response) -> Handler:
    left = list(answers)
    return lambda request: left.pop(0)


def test_one_debug_record_a_request_with_what_it_was(log: pytest.LogCaptureFixture) -> None:
    with imoje_answering(lambda request: httpx.Response(404, json=NOT_FOUND)) as imoje, pytest.raises(NotFoundError):
        imoje.payments.get(LINK_ID)
    (record,) = [record for record in log.records if record.levelno == logging.DEBUG]
    assert (record.imoje_operation, record.imoje_method, record.imoje_path) == (  # type: ignore[attr-defined]
        "getPayment", "GET", "/{merchant_id}/payment/{payment_id}",
    )  # fmt: skip
    assert (record.imoje_status, record.imoje_attempt) == (404, 1)  # type: ignore[attr-defined]
    assert isinstance(record.imoje_elapsed_ms, float) and record.imoje_elapsed_ms >= 0  # type: ignore[attr-defined]
    assert record.imoje_request_id is None  # type: ignore[attr-defined]


def test_a_retried_read_logs_each_attempt_and_each_retry_at_info(log: pytest.LogCaptureFixture) -> None:
    down = httpx.Response(503, json=NOT_FOUND)
    answers = in_turn(down, down, httpx.Response(404, json=NOT_FOUND))
    with imoje_answering(answers, max_retries=2, retry_backoff=0.001) as imoje, pytest.raises(NotFoundError):
        imoje.payments.get(LINK_ID)
    attempts = [record for record in log.records if record.levelno == logging.DEBUG]
    assert [(r.imoje_attempt, r.imoje_status) for r in attempts] == [(1, 503), (2, 503), (3, 404)]  # type: ignore[attr-defined]
    retries = [record for record in log.records if record.levelno == logging.INFO]
    assert [record.imoje_attempt for record in retries] == [1, 2]  # type: ignore[attr-defined]
    assert all(record.imoje_wait > 0 for record in retries)  # type: ignore[attr-defined]


def test_an_outcome_not_known_is_a_warning_with_the_status_request_id_and_attempt(
    log: pytest.LogCaptureFixture,
) -> None:
    answer = httpx.Response(502, json=NOT_FOUND, headers={"X-Trace-Id": "trace-502"})
    with imoje_answering(lambda request: answer) as imoje, pytest.raises(OutcomeUnknownServerError):
        imoje.profiles.charge(LINK_ID, amount=100, currency="PLN", order_id=CANARY_ORDER)
    (warning,) = [record for record in log.records if record.levelno == logging.WARNING]
    facts = (warning.imoje_operation, warning.imoje_status, warning.imoje_request_id, warning.imoje_attempt)  # type: ignore[attr-defined]
    assert facts == ("chargeProfile", 502, "trace-502", 1)
    assert "not known" in warning.getMessage()


def test_an_unreadable_answer_to_a_charge_is_a_warning_with_its_facts(log: pytest.LogCaptureFixture) -> None:
    answer = httpx.Response(200, json={"transaction": {}}, headers={"X-Request-Id": "req-200"})
    with imoje_answering(lambda request: answer) as imoje, pytest.raises(OutcomeUnknownError):
        imoje.profiles.charge(LINK_ID, amount=100, currency="PLN", order_id=CANARY_ORDER)
    (warning,) = [record for record in log.records if record.levelno == logging.WARNING]
    facts = (warning.imoje_status, warning.imoje_request_id, warning.imoje_attempt)  # type: ignore[attr-defined]
    assert facts == (200, "req-200", 1)


def test_a_dropped_charge_is_a_warning_too(log: pytest.LogCaptureFixture) -> None:
    def drop(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadError("connection reset", request=request)

    with imoje_answering(drop) as imoje, pytest.raises(OutcomeUnknownError):
        imoje.profiles.charge(LINK_ID, amount=100, currency="PLN", order_id=CANARY_ORDER)
    (warning,) = [record for record in log.records if record.levelno == logging.WARNING]
    facts = (warning.imoje_operation, warning.imoje_status, warning.imoje_request_id, warning.imoje_attempt)  # type: ignore[attr-defined]
    assert facts == ("chargeProfile", None, None, 1)  # no answer came
    assert [record.imoje_error for record in log.records if record.levelno == logging.DEBUG] == ["OutcomeUnknownError"]  # type: ignore[attr-defined]


def charge_and_log(log: pytest.LogCaptureFixture) -> str:
    echo = {"transaction": {"orderId": CANARY_ORDER, "echoed": TOKEN}}
    with imoje_answering(lambda request: httpx.Response(400, json=echo)) as imoje, pytest.raises(BadRequestError):
        imoje.profiles.charge(LINK_ID, amount=100, currency="PLN", order_id=CANARY_ORDER)
    assert log.records, "nothing was logged"
    return "\n".join(record.getMessage() + repr(record.__dict__) for record in log.records)


def test_no_body_and_no_token_unless_bodies_are_asked_for(
    log: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("IMOJE_LOG_BODIES", raising=False)
    logged = charge_and_log(log)
    assert CANARY_ORDER not in logged and TOKEN not in logged


def test_bodies_when_asked_for_with_the_token_still_out(
    log: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("IMOJE_LOG_BODIES", "1")
    logged = charge_and_log(log)
    assert logged.count(CANARY_ORDER) >= 2, "the request's and the answer's body"
    assert TOKEN not in logged


def test_the_request_id_reaches_records_responses_and_exceptions(log: pytest.LogCaptureFixture) -> None:
    headers = {"X-Request-Id": "req-7c1f"}
    with imoje_answering(lambda request: httpx.Response(404, json=NOT_FOUND, headers=headers)) as imoje:
        with pytest.raises(NotFoundError) as missing:
            imoje.payments.get(LINK_ID)
        assert missing.value.request_id == "req-7c1f"
        assert imoje.payments.with_raw_response.get(LINK_ID).request_id == "req-7c1f"
    assert {record.imoje_request_id for record in log.records if record.levelno == logging.DEBUG} == {"req-7c1f"}  # type: ignore[attr-defined]
    broken = httpx.Response(200, json={"id": "not a link"}, headers={"Request-Id": "req-9"})
    with imoje_answering(lambda request: broken) as imoje, pytest.raises(ResponseContractError) as unreadable:
        imoje.payments.get(UUID(LINK_ID))
    assert unreadable.value.request_id == "req-9"


@pytest.mark.parametrize("name", ["X-Trace-Id", "X-Request-Id", "Request-Id", "X-Correlation-Id"])
def test_each_request_id_header_is_read_and_imojes_trace_id_comes_first(name: str) -> None:
    # imoje's plugin logs x-trace-id from imoje's answers (issue 28); the others are proxies'.
    headers = {name: "req-1", **({"X-Trace-Id": "trace-1"} if name != "X-Trace-Id" else {})}
    answer = httpx.Response(404, json=NOT_FOUND, headers=headers)
    with imoje_answering(lambda request: answer) as imoje, pytest.raises(NotFoundError) as missing:
        imoje.payments.get(LINK_ID)
    assert missing.value.request_id == ("req-1" if name == "X-Trace-Id" else "trace-1")
    with imoje_answering(lambda request: httpx.Response(404, json=NOT_FOUND, headers={name: "req-2"})) as imoje:
        assert imoje.payments.with_raw_response.get(LINK_ID).request_id == "req-2"


def test_imoje_log_in_the_environment_turns_on_stderr_at_that_level() -> None:
    handler = configure_from({"IMOJE_LOG": "INFO"})
    try:
        assert handler is not None and logger.level == logging.INFO and handler in logger.handlers
    finally:
        logger.removeHandler(handler)  # type: ignore[arg-type]
        logger.setLevel(logging.NOTSET)
    assert configure_from({}) is None and configure_from({"IMOJE_LOG": "loud"}) is None
    # Read when the package is imported, in a process of its own:
    script = (
        "import httpx, imoje_client, uuid\n"
        "from imoje_client.client import AuthenticatedClient\n"
        "from imoje_client.api.payments import get_payment\n"
        f"answer = httpx.MockTransport(lambda request: httpx.Response(404, json={NOT_FOUND!r}))\n"
        f"client = AuthenticatedClient(base_url='https://sandbox.api.imoje.pl/v1/merchant', token={TOKEN!r},"
        " httpx_args={'transport': answer})\n"
        f"get_payment.sync_detailed('m', uuid.UUID({LINK_ID!r}), client=client)\n"
    )
    environ = {name: value for name, value in os.environ.items() if not name.startswith("IMOJE_")}
    quiet = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=environ, check=True)
    loud = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env={**environ, "IMOJE_LOG": "debug"},
        check=True,
    )
    assert quiet.stderr == ""
    assert "getPayment GET /{merchant_id}/payment/{payment_id} -> HTTP 404" in loud.stderr
    assert TOKEN not in loud.stderr
    assert json.dumps(TOKEN) not in loud.stderr
