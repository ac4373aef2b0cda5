"""Issue 32's one secret rule, held for every writer: a token or a shop key, echoed in any
spelling an answer, a request or a file can carry it in, reaches no text the client, the
recorder, `witness add` or the suite writes.

The spellings are built here with the standard library's own encoders (json, urllib.parse,
base64, html), not with the rule under test; hypothesis draws the secrets over every
character they may hold and mixtures of spellings, character by character."""

import base64
import html
import io
import json
import logging
import os
import re
import string
import tempfile
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from unittest import mock
from urllib.parse import quote, quote_plus

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from imoje_client import AuthenticatedClient, ImojeClientError
from imoje_client.api.payments import get_payment
from imoje_client.api.profiles import charge_profile

from contract_tests import recorder, witness_cli
from contract_tests.runner import redact_all
from tests.client.conftest import MERCHANT
from tests.client.examples import PAYMENT_ID, charge_request, payment_link
from tests.client.loopback import LoopbackServer

# RFC 6750's b64token: what a bearer token is made of ("=" only at its end).
TOKEN_CHARS = string.ascii_letters + string.digits + "-._~+/"
tokens = st.builds(
    lambda body, padding: body + padding,
    st.text(TOKEN_CHARS, min_size=16, max_size=80),
    st.sampled_from(["", "=", "=="]),
)
# A shop key: any printable character but whitespace (imoje's are letters and digits; a
# service may keep anything there).
shop_keys = st.text(string.ascii_letters + string.digits + string.punctuation, min_size=16, max_size=64)


def _utf16(character: str) -> list[int]:
    encoded = character.encode("utf-16-be")
    return [int.from_bytes(encoded[i : i + 2], "big") for i in range(0, len(encoded), 2)]


def json_u(value: str, upper: bool = False) -> str:
    return "".join((f"\\u{unit:04X}" if upper else f"\\u{unit:04x}") for c in value for unit in _utf16(c))


def percent_lower(value: str) -> str:
    return re.sub(r"%[0-9A-F]{2}", lambda found: found.group().lower(), quote(value, safe=""))


def b64(value: str) -> str:
    return base64.b64encode(value.encode()).decode()


NAMED = {"/": "&sol;", "=": "&equals;", "+": "&plus;", ".": "&period;", "_": "&lowbar;", "&": "&amp;", "<": "&lt;"}

SPELLINGS: dict[str, Callable[[str], str]] = {
    "raw": lambda s: s,
    "json \\u": json_u,
    "json \\U": lambda s: json_u(s, upper=True),
    "json (PHP's \\/)": lambda s: json.dumps(s)[1:-1].replace("/", "\\/"),
    "percent, upper hex": lambda s: quote(s, safe=""),
    "percent, lower hex": percent_lower,
    "form (+ for space)": lambda s: quote_plus(s, safe=""),
    "base64": b64,
    "base64url": lambda s: base64.urlsafe_b64encode(s.encode()).decode().rstrip("="),
    "base64 in Basic": lambda s: b64(f"merchant:{s}"),
    "base64, offset 1": lambda s: b64(f"x{s}"),
    "base64, offset 2": lambda s: b64(f"xy{s}"),
    "base64, percent-encoded": lambda s: quote(b64(s), safe=""),
    "html decimal": lambda s: "".join(f"&#{ord(c)};" for c in s),
    "html hex": lambda s: "".join(f"&#x{ord(c):X};" for c in s),
    "html named": lambda s: "".join(NAMED.get(c, c) for c in s),
    "html escape": lambda s: html.escape(s),
}

# What one character may be written as in a mixture.
ONE = [
    lambda c: c,
    lambda c: json_u(c),
    lambda c: quote(c, safe=""),
    lambda c: f"&#{ord(c)};",
    lambda c: f"&#x{ord(c):x};",
]


@st.composite
def mixtures(draw: st.DrawFn, secret: str) -> str:
    return "".join(draw(st.sampled_from(ONE))(character) for character in secret)


def spellings(secret: str) -> dict[str, str]:
    return {name: spell(secret) for name, spell in SPELLINGS.items()}


def assert_none_in(written: str, *secrets: str, also: tuple[str, ...] = ()) -> None:
    for secret in secrets:
        for name, spelled in spellings(secret).items():
            assert spelled not in written, f"{name} spelling survived"
    for spelled in also:
        assert spelled not in written, "a mixture survived"


PROPERTY = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None)


# ---- the rule itself, as the suite's output and reports use it ------------------------------


@PROPERTY
@given(token=tokens, key=shop_keys, data=st.data())
def test_the_rule_replaces_every_spelling_of_every_secret(token: str, key: str, data: st.DataObject) -> None:
    mixed = (data.draw(mixtures(token)), data.draw(mixtures(key)))
    echoes = [*spellings(token).values(), *spellings(key).values(), *mixed]
    text = "answer: " + " | ".join(f"<{echo}>" for echo in echoes) + " end"
    assert_none_in(redact_all(text, [token, key]), token, key, also=mixed)


def test_the_rule_leaves_text_without_a_secret_as_it_was() -> None:
    token = "imoje7Qx9ZkL2mN4pR6sT8vW0yB3dF5h"
    text = json.dumps(payment_link()) + " %2F &amp; \\u0041 QUJD dXNlcg== &#47;"
    assert redact_all(text, [token, "shop-key-0123456789"]) == text


# ---- the client: exceptions, their attributes, headers, request ids, log records ------------


class Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []
        self.records: list[logging.LogRecord] = []
        self.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)
        self.lines.append(self.format(record) + repr(record.__dict__))


@contextmanager
def client_log() -> Iterator[Records]:
    logger = logging.getLogger("imoje_client")
    records = Records()
    level = logger.level
    logger.addHandler(records)
    logger.setLevel(logging.DEBUG)
    try:
        with mock.patch.dict(os.environ, {"IMOJE_LOG_BODIES": "1"}):
            yield records
    finally:
        logger.removeHandler(records)
        logger.setLevel(level)


def everything(error: BaseException) -> str:
    """What a service could log of an exception: text, repr, args, every attribute."""
    shown = "".join(traceback.format_exception(error)) + repr(error) + repr(error.args)
    for name, value in vars(error).items():
        shown += f"{name}={value!r}"
        if isinstance(value, httpx.Headers):
            shown += repr(list(value.items()))
    return shown


@PROPERTY
@given(token=tokens, data=st.data())
def test_the_client_shows_no_spelling_of_its_token(token: str, data: st.DataObject) -> None:
    mixed = data.draw(mixtures(token))
    echoed = [*spellings(token).values(), mixed]
    message = " ".join(echoed)
    body = '{"apiErrorResponse": {"message": "MESSAGE", "code": "x"}}'.replace("MESSAGE", message.replace('"', "'"))
    # Header values as a proxy would pass them: each spelling that is a valid header value.
    header = next(spelled for spelled in echoed if spelled.isascii() and "\\" not in spelled)

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(400, content=body.encode(), headers={"X-Request-Id": header, "X-Echo": header})

    client = AuthenticatedClient(
        base_url="https://sandbox.api.imoje.pl/v1/merchant",
        token=token,
        httpx_args={"transport": httpx.MockTransport(handler)},
    )
    with client_log() as log, pytest.raises(ImojeClientError) as caught:
        get_payment.sync(MERCHANT, PAYMENT_ID, client=client)
    error = caught.value
    shown = everything(error) + "\n".join(log.lines) + repr(getattr(error, "request_id", None))
    assert log.lines, "the client logged nothing"
    assert_none_in(shown, token, also=(mixed,))


@pytest.mark.parametrize("spelling", sorted(SPELLINGS))
def test_a_charge_whose_broken_answer_head_echoes_the_token_shows_it_nowhere(spelling: str) -> None:
    token = "imoje7Qx9ZkL2mN4pR6sT8vW0yB3dF5hJ7kM9nP1qS3uV5x+/Z7aC9eG1iK3mO5qU7=="
    head = f"HTTP/1.1 200 OK\r\nX-Echo {SPELLINGS[spelling](token)}\r\n\r\n".encode()
    with LoopbackServer(lambda connection: connection.sendall(head)) as server, client_log() as log:
        client = AuthenticatedClient(base_url=server.base_url, token=token, max_retries=0)
        with pytest.raises(ImojeClientError) as caught:
            charge_profile.sync(MERCHANT, body=charge_request(), client=client)
    assert type(caught.value).__name__ == "OutcomeUnknownError"
    assert_none_in(everything(caught.value) + "\n".join(log.lines), token)


def test_no_log_record_holds_a_line_break_a_server_sent() -> None:
    # Pretty-printed JSON has line breaks of its own; a server can follow them with anything.
    body = json.dumps({"apiErrorResponse": {"message": "no", "code": "x"}}, indent=2)
    body += "\nWARNING imoje_client: chargeProfile: forged\r\n\u2028"

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(400, content=body.encode(), headers={"X-Request-Id": "req-1"})

    client = AuthenticatedClient(
        base_url="https://sandbox.api.imoje.pl/v1/merchant",
        token="imoje7Qx9ZkL2mN4pR6sT8vW0yB3dF5h",
        httpx_args={"transport": httpx.MockTransport(handler)},
    )
    with client_log() as log, pytest.raises(ImojeClientError):
        get_payment.sync(MERCHANT, PAYMENT_ID, client=client)
    messages = [record.getMessage() for record in log.records]
    assert messages and not any(re.search("[\r\n\u2028]", message) for message in messages)


# ---- the recorder: its lines, its summary and the witness files it writes -------------------


def _recorder(out: Path, key: str) -> tuple[recorder.Recorder, io.StringIO]:
    log = io.StringIO()
    return recorder.Recorder("http://127.0.0.1:9/v1/merchant", out, env={}, secrets=[key], log=log), log


@PROPERTY
@given(token=tokens, key=shop_keys, data=st.data())
def test_the_recorder_writes_no_spelling_of_a_secret(token: str, key: str, data: st.DataObject) -> None:
    mixed = (data.draw(mixtures(token)), data.draw(mixtures(key)))
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        taken, log = _recorder(out, key)
        link_path = f"/{MERCHANT}/payment/{PAYMENT_ID}"
        for echo in [*spellings(token).values(), *spellings(key).values(), *mixed]:
            link = payment_link()
            link["title"] = echo  # a free text: the witness file keeps it
            link["status"] = echo  # an enum: the summary proposes it to the spec
            answer = httpx.Response(200, json=link)
            taken.judge("GET", link_path, b"", answer, [token])
            # A path the service wrote the token into, as it came and percent-encoded.
            taken.judge("GET", f"/{MERCHANT}/payment/{quote(echo, safe='')}", b"", answer, [token])
        taken.summary()
        files = [path.read_text(encoding="utf-8") for path in sorted(out.iterdir())]
        assert files, "no witness file was written"
        assert "SPEC BEHIND" in log.getvalue()
        assert_none_in(log.getvalue() + "\n".join(files), token, key, also=mixed)


def test_the_recorder_summary_redacts_a_token_in_an_enum_field(tmp_path: Path) -> None:
    token = "imoje7Qx9ZkL2mN4pR6sT8vW0yB3dF5h"
    taken, log = _recorder(tmp_path, "shop-key-0123456789")
    link = {**payment_link(), "status": token}
    taken.judge("GET", f"/{MERCHANT}/payment/{PAYMENT_ID}", b"", httpx.Response(200, json=link), [token])
    taken.summary()
    assert len(taken.recording.behind) == 1 and token not in log.getvalue()


# ---- witness add: refused in any spelling, nothing filed --------------------------------------


def _witness(echo: str) -> dict[str, Any]:
    return {
        "what": "answer",
        "operation": "getPayment",
        "status": 200,
        "path": {"paymentId": str(PAYMENT_ID)},
        "source": {"kind": "recorded", "address": "https://sandbox.api.imoje.pl/v1/merchant"},
        "request": {"method": "GET", "path": "/{merchantId}/payment/{paymentId}", "body": None},
        "behind": [],
        "deviation": None,
        "body": {**payment_link(), "title": echo},
    }


@settings(PROPERTY, max_examples=10)
@given(token=tokens, key=shop_keys, data=st.data())
def test_witness_add_files_no_spelling_of_a_secret(token: str, key: str, data: st.DataObject) -> None:
    mixed = (data.draw(mixtures(token)), data.draw(mixtures(key)))
    with tempfile.TemporaryDirectory() as folder:
        corpus, inputs = Path(folder) / "corpus", Path(folder) / "in"
        corpus.mkdir()
        inputs.mkdir()
        for number, echo in enumerate([*spellings(token).values(), *spellings(key).values(), *mixed]):
            # As JSON text ensure_ascii writes (`\u` escapes), and as a hand-edited file
            # with the spelling pasted in.
            for variant, text in enumerate(
                [json.dumps(_witness(echo)), json.dumps(_witness("X")).replace('"X"', f'"{echo}"')]
            ):
                path = inputs / f"w{number}-{variant}.json"
                path.write_text(text, encoding="utf-8")
                out = io.StringIO()
                with mock.patch.dict(os.environ, {"IMOJE_TOKEN": token, "IMOJE_SERVICE_KEY": key}):
                    code = witness_cli.main(["add", str(path), "--corpus", str(corpus)], out=out)
                assert code == 1 and list(corpus.iterdir()) == []
                assert_none_in(out.getvalue(), token, key, also=mixed)
