"""The recorder (scripts/record) end to end, with the project's own sandbox as the upstream:
answers pass through unchanged, each exchange is judged with the two verdicts, success
answers become witness files (token redacted, ids kept) that `scripts/witness add` files
into a corpus, and imoje's production hosts are refused as the suite's guard refuses them."""

import gzip
import io
import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NoReturn
from urllib.parse import urlsplit

import httpx
import pytest
from imoje_client import Imoje

from contract_tests import exit_codes, recorder, witness_cli, witnesses
from imoje_sandbox import BackgroundServer, SandboxConfig, SandboxServer, seeds
from imoje_sandbox import spec as sandbox_spec
from tests.paths import ROOT

TOKEN = "recorder-canary-token-7f3a"
CUSTOMER = {"firstName": "Jan", "lastName": "Kowalski", "email": "jan@example.com"}


@contextmanager
def recording(tmp_path: Path, **config: object) -> Iterator[tuple[recorder.Recorder, Imoje, io.StringIO, str]]:
    """The sandbox (with `config`), the recorder in front of it, a client pointed at the recorder."""
    log = io.StringIO()
    with SandboxServer(SandboxConfig(seed=7, token=TOKEN, **config)) as sandbox:  # type: ignore[arg-type]
        proxy = recorder.Recorder(sandbox.base_url, tmp_path / "recorded", env={}, log=log)
        with BackgroundServer(proxy.app(), lifespan="on") as server:
            base = server.url + proxy.prefix
            cfg = sandbox.config
            with Imoje(token=TOKEN, merchant_id=cfg.merchant_id, service_id=cfg.service_id, base_url=base) as imoje:
                yield proxy, imoje, log, base


def test_exchanges_pass_through_unchanged_and_become_witnesses_the_corpus_takes(tmp_path: Path) -> None:
    with recording(tmp_path) as (proxy, imoje, log, _base):
        link = imoje.payments.create(amount=1234, currency="PLN", order_id="rec-1", customer=CUSTOMER)
        read = imoje.payments.get(link.payment.id)
        direct = httpx.get(
            f"{proxy.upstream}/{imoje.merchant_id}/payment/{link.payment.id}",
            headers={"Authorization": f"Bearer {TOKEN}"},
        )
        assert read.to_dict() == direct.json()  # what the service got is what the upstream answered
        transaction = imoje.transactions.get(seeds.SETTLED_LINK_ID)
        assert transaction.transaction.amount == 100
    lines = log.getvalue().splitlines()
    assert "record: POST /{merchantId}/payment 200: ok" in lines
    assert "record: GET /{merchantId}/payment/{paymentId} 200: ok" in lines
    written = proxy.recording.written
    assert [path.name.split("-", 2)[2] for path in written] == [
        "createPayment-200.json",
        "getPayment-200.json",
        "getTransaction-200.json",
    ]
    assert proxy.recording.exit_code() == exit_codes.PASSED
    document = sandbox_spec.load()
    for path in written:
        text = path.read_text(encoding="utf-8")
        assert TOKEN not in text
        witness = witnesses.load(path)
        witnesses.read_answer(document, witness)
        assert witnesses.judged(document, witness) == ([], [])
    # Ids are kept: the link read is the link created, and the request is kept beside it.
    got = witnesses.load(written[1])
    assert got["path"] == {"paymentId": str(link.payment.id)} and got["body"]["id"] == str(link.payment.id)
    created = witnesses.load(written[0])
    assert created["request"]["body"]["orderId"] == "rec-1" and created["source"]["kind"] == "recorded"

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    out = io.StringIO()
    assert witness_cli.main(["add", *map(str, written), "--corpus", str(corpus)], out=out) == 0
    assert sorted(path.name for path in corpus.iterdir()) == sorted(path.name for path in written)
    # Filed twice: refused, nothing overwritten.
    assert witness_cli.main(["add", str(written[0]), "--corpus", str(corpus)], out=out) == 1


def test_what_the_spec_does_not_know_is_reported_with_its_change_and_still_recorded(tmp_path: Path) -> None:
    with recording(tmp_path, faults=frozenset({"enum_outside_spec"})) as (proxy, imoje, log, _base):
        link = imoje.payments.create(amount=1234, currency="PLN", order_id="rec-2", customer=CUSTOMER)
        imoje.payments.get(link.payment.id)
    assert 'record: GET /{merchantId}/payment/{paymentId} 200: SPEC BEHIND Status enum: "refunded"' in log.getvalue()
    assert proxy.recording.exit_code() == exit_codes.SPEC_BEHIND
    proxy.summary()
    assert "components:\n      schemas:\n        Status:" in log.getvalue()
    [got] = [path for path in proxy.recording.written if "getPayment" in path.name]
    assert witnesses.load(got)["behind"] == ['Status enum: "refunded"']
    out = io.StringIO()
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    assert witness_cli.main(["add", str(got), "--corpus", str(corpus)], out=out) == 0
    assert "add a spec/DEVIATIONS.md entry naming" in out.getvalue()


def test_an_answer_that_breaks_the_contract_is_reported_and_not_recorded(tmp_path: Path) -> None:
    with recording(tmp_path, faults=frozenset({"missing_required_field"})) as (proxy, imoje, log, base):
        # Through plain HTTP: the client itself would refuse the answer without its `url`.
        auth = {"Authorization": f"Bearer {TOKEN}"}
        created = httpx.post(
            f"{base}/{imoje.merchant_id}/payment",
            json={"serviceId": imoje.service_id, "amount": 100, "currency": "PLN", "orderId": "rec-3",
                  "customer": CUSTOMER},
            headers=auth,
        )  # fmt: skip
        link_id = created.json()["payment"]["id"]
        got = httpx.get(f"{base}/{imoje.merchant_id}/payment/{link_id}", headers=auth)
        assert got.status_code == 200 and "url" not in got.json()
    assert "record: GET /{merchantId}/payment/{paymentId} 200: BROKEN" in log.getvalue()
    assert '"url" is a required property' in log.getvalue()
    assert proxy.recording.exit_code() == exit_codes.CONTRACT_FAILED
    assert not [path for path in proxy.recording.written if "getPayment" in path.name]


def test_a_broken_or_tokened_file_is_refused_by_witness_add(tmp_path: Path) -> None:
    good = ROOT / "spec" / "witnesses" / "routegroup-get-payment-without-status.json"
    broken = tmp_path / "broken.json"
    witness = witnesses.load(good)
    del witness["body"]["id"]
    broken.write_text(json.dumps(witness), encoding="utf-8")
    out = io.StringIO()
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    assert witness_cli.main(["add", str(good), str(broken), "--corpus", str(corpus)], out=out) == 1
    assert '"id" is a required property' in out.getvalue() and list(corpus.iterdir()) == []
    tokened = tmp_path / "tokened.json"
    tokened.write_text(good.read_text(encoding="utf-8").replace("yourOrderId", TOKEN), encoding="utf-8")
    with pytest.raises(witness_cli.Refused, match="token"):
        witness_cli.add([tokened], corpus, secrets=[TOKEN])


def _must_not_listen(*_: object, **__: object) -> NoReturn:
    raise AssertionError("the recorder listened for a refused upstream")


@pytest.mark.parametrize(
    "upstream",
    [
        "https://api.imoje.pl/v1/merchant",
        "https://API.imoje.pl./v1/merchant",
        "https://paywall.imoje.pl/v1/merchant",
        "https://sandbox.api.imoje.pl.example.com/v1/merchant",
        "http://sandbox.api.imoje.pl/v1/merchant",
        "https://api.pay.ing.pl/v1/merchant",
        "https://API.PAY.ING.PL./v1/merchant",
        "https://paywall.pay.ing.pl/payment",
        "http://api.sandbox.pay.ing.pl/v1/merchant",
    ],
)
def test_production_and_unknown_upstreams_are_refused_before_anything_listens(
    upstream: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Named as allowed, production stays refused.
    monkeypatch.setenv("IMOJE_ALLOWED_HOSTS", "api.pay.ing.pl,paywall.pay.ing.pl,api.imoje.pl")
    # Were the guard broken, main would listen and forward until stopped: fail at once instead.
    monkeypatch.setattr(recorder, "BackgroundServer", _must_not_listen)
    out = io.StringIO()
    assert recorder.main(["--upstream", upstream], out=out) == exit_codes.REFUSED
    assert out.getvalue().startswith("record: refused, nothing listens and nothing was sent")


@pytest.mark.parametrize(
    "upstream", ["https://sandbox.api.imoje.pl/v1/merchant", "https://api.sandbox.pay.ing.pl/v1/merchant"]
)
def test_both_vendors_sandboxes_are_upstreams_the_recorder_takes(upstream: str, tmp_path: Path) -> None:
    taken = recorder.Recorder(upstream, tmp_path, env={}, log=io.StringIO())
    assert taken.host == upstream.split("/")[2]


def test_the_script_records_until_stopped_and_exits_with_the_verdict(tmp_path: Path) -> None:
    with SandboxServer(SandboxConfig(seed=8, token=TOKEN, faults=frozenset({"enum_outside_spec"}))) as sandbox:
        port_file = tmp_path / "base"
        env = {key: value for key, value in os.environ.items() if not key.startswith("IMOJE_")}
        process = subprocess.Popen(
            [sys.executable, str(ROOT / "scripts" / "record"), "--upstream", sandbox.base_url,
             "--out", str(tmp_path / "out"), "--port-file", str(port_file)],
            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        )  # fmt: skip
        try:
            deadline = time.monotonic() + 20
            while not port_file.exists() and time.monotonic() < deadline and process.poll() is None:
                time.sleep(0.05)
            base = port_file.read_text(encoding="utf-8")
            cfg = sandbox.config
            with Imoje(token=TOKEN, merchant_id=cfg.merchant_id, service_id=cfg.service_id, base_url=base) as imoje:
                imoje.payments.get(seeds.NEW_LINK_ID)
        finally:
            process.send_signal(signal.SIGTERM)
            output, _ = process.communicate(timeout=20)
    assert process.returncode == exit_codes.SPEC_BEHIND, output
    assert "SPEC BEHIND Status enum" in output and TOKEN not in output
    assert [path.name for path in (tmp_path / "out").iterdir()] == ["recorded-0001-getPayment-200.json"]


def test_the_token_is_redacted_from_every_line_and_file_even_where_an_answer_echoes_it(tmp_path: Path) -> None:
    with recording(tmp_path) as (proxy, imoje, log, _base):
        imoje.payments.create(amount=1234, currency="PLN", order_id="rec-4", title=TOKEN, customer=CUSTOMER)
    [path] = proxy.recording.written
    text = path.read_text(encoding="utf-8")
    assert TOKEN not in text and TOKEN not in log.getvalue()
    witness = json.loads(text)
    assert witness["request"]["body"]["title"] == "[REDACTED]" and witness["body"]["payment"]["title"] == "[REDACTED]"


def _raw_post(url: str, token: str) -> tuple[int, bytes]:
    """POST `url` as written (an HTTP client would resolve its dot segments before sending)."""
    parts = urlsplit(url)
    head = (
        f"POST {parts.path} HTTP/1.1\r\nHost: {parts.netloc}\r\nAuthorization: Bearer {token}\r\n"
        "Content-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}"
    ).encode()
    with socket.create_connection((parts.hostname, parts.port), timeout=10) as raw:
        raw.sendall(head)
        answer = b""
        while chunk := raw.recv(65536):
            answer += chunk
    return int(answer.split(b" ", 2)[1]), answer.split(b"\r\n\r\n", 1)[1]


@pytest.mark.parametrize(
    "path", ["/../../_sandbox/reset", "/%2e%2e/%2e%2e/_sandbox/reset", "/./../x/../../_sandbox/requests"]
)
def test_a_path_whose_dot_segments_leave_the_upstreams_base_is_refused_unsent(tmp_path: Path, path: str) -> None:
    with recording(tmp_path) as (proxy, imoje, _log, base):
        upstream = urlsplit(proxy.upstream)
        sandbox_log = f"{upstream.scheme}://{upstream.netloc}/_sandbox/requests"
        before = httpx.get(sandbox_log, headers={"Authorization": f"Bearer {TOKEN}"}).json()
        status, body = _raw_post(base + path, TOKEN)
        assert status == 400 and "base path" in json.loads(body)["recorder"]
        assert httpx.get(sandbox_log, headers={"Authorization": f"Bearer {TOKEN}"}).json() == before
        # Inside the base, a dot segment is only a spelling: it goes through.
        assert str(imoje.payments.get(seeds.NEW_LINK_ID).id) == seeds.NEW_LINK_ID


def _bomb(request: Any) -> Any:
    from starlette.responses import Response, StreamingResponse

    if request.url.path.endswith("/bomb"):
        # 8 MB of zeros, gzip-compressed to a few kB: past the cap only once inflated.
        packed = gzip.compress(b"0" * (8 * 1024 * 1024))
        return Response(packed, headers={"Content-Encoding": "gzip", "Content-Type": "application/json"})

    async def endless() -> Any:
        while not await request.is_disconnected():  # endless for as long as anyone reads
            yield b"0" * 65536

    return StreamingResponse(endless(), media_type="application/json")


@pytest.mark.parametrize("path", ["/bomb", "/endless"])
def test_an_answer_past_the_cap_decompressed_or_endless_is_refused_in_imojes_shape(tmp_path: Path, path: str) -> None:
    from starlette.applications import Starlette
    from starlette.routing import Route

    upstream_app = Starlette(routes=[Route("/{rest:path}", _bomb, methods=["GET", "POST"])])
    with BackgroundServer(upstream_app) as upstream:
        proxy = recorder.Recorder(
            upstream.url + "/v1/merchant",
            tmp_path / "recorded",
            env={},
            log=io.StringIO(),
            max_answer_bytes=1024 * 1024,
        )
        with BackgroundServer(proxy.app(), lifespan="on") as server:
            answer = httpx.get(
                f"{server.url}/v1/merchant{path}", headers={"Authorization": f"Bearer {TOKEN}"}, timeout=20
            )
    assert answer.status_code == 502
    assert "larger than 1048576 bytes" in answer.json()["apiErrorResponse"]["message"]
    assert proxy.recording.written == []


def test_a_request_past_the_cap_is_refused_unsent(tmp_path: Path) -> None:
    with recording(tmp_path) as (proxy, _imoje, _log, base):
        proxy.max_request_bytes = 1000
        sent = httpx.post(
            f"{base}/{proxy.recording.exchanges}/payment",
            content=b"{" + b" " * 5000 + b"}",
            headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"},
        )
    assert sent.status_code == 413 and "larger than 1000 bytes" in sent.json()["apiErrorResponse"]["message"]
