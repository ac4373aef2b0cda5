"""Every request, good or bad, gets a clear answer in imoje's shape; bad input never a 5xx."""

import json
import socket
from typing import Any

import pytest
from imoje_client import openapi
from starlette.applications import Starlette
from starlette.testclient import TestClient

from imoje_sandbox import SandboxServer, seeds
from imoje_sandbox.clock import MAX_OFFSET
from imoje_sandbox.operations import HANDLERS
from tests.sandbox.conftest import AUTH, CONFIG, MERCHANT_URL, conforms
from tests.spec_document import component

CANCEL = {"serviceId": "2a249f52-d29c-46e7-9575-e65a889c7d38", "paymentId": "50d38a51-8e95-4b8b-94f4-188c90c0dfdd"}
CHARGE = {
    "serviceId": "ab16c18c-e83b-424f-80c9-f839ed23181f",
    "paymentProfileId": "46f095b4-be6f-4ea0-8052-475ac8fbf218",
    "amount": 1000,
    "currency": "PLN",
    "orderId": "order-1",
}
JSON = {"Content-Type": "application/json"}


def error_body(response: Any) -> dict[str, Any]:
    body: dict[str, Any] = response.json()
    assert list(openapi.problems(component("ErrorResponse"), body)) == [], body
    inner: dict[str, Any] = body["apiErrorResponse"]
    return inner


def test_missing_or_wrong_token_is_401(api: TestClient) -> None:
    for headers in ({"Authorization": ""}, {"Authorization": "Bearer nope"}, {"Authorization": CONFIG.token}):
        response = api.post("/payment/cancel", json=CANCEL, headers=headers)
        assert response.status_code == 401
        assert "bearer token" in conforms("cancelPayment", response)["apiErrorResponse"]["message"]


def test_another_merchant_is_403(api: TestClient) -> None:
    response = api.post("http://sandbox/v1/merchant/someoneelse/payment/cancel", json=CANCEL)
    assert response.status_code == 403
    conforms("cancelPayment", response)


def test_unknown_route_is_404(api: TestClient) -> None:
    for path in ("/nothing", "http://sandbox/v2/merchant", "http://sandbox/", "/payment/cancel/extra"):
        response = api.get(path)
        assert response.status_code == 404, path
        assert error_body(response)["message"] == "Not found"


@pytest.mark.parametrize(
    ("method", "path", "allow"),
    [
        ("PUT", "/payment/cancel", "POST"),
        ("GET", "/payment/cancel", "POST"),
        ("DELETE", f"/payment/{CANCEL['paymentId']}", "GET, HEAD"),
        ("TRACE", "/transaction/profile", "POST"),
        ("PATCH", "/payment", "POST"),
        ("POST", "/profile/id/46f095b4-be6f-4ea0-8052-475ac8fbf218", "GET, HEAD"),
    ],
)
def test_undeclared_method_is_405_with_allow(api: TestClient, method: str, path: str, allow: str) -> None:
    response = api.request(method, path, json=CANCEL)
    assert response.status_code == 405
    assert response.headers["allow"] == allow
    assert error_body(response)["message"] == "Method not allowed"


def test_head_answers_like_get_without_a_body(api: TestClient) -> None:
    response = api.head(f"/payment/{CANCEL['paymentId']}")
    assert response.status_code == 200 and response.content == b""


def test_integral_float_is_an_integer(api: TestClient) -> None:
    response = api.post("/transaction/profile", json={**CHARGE, "amount": 1000.0})
    assert response.status_code == 200
    assert conforms("chargeProfile", response)["transaction"]["amount"] == 1000


NESTED = "[" * 20000 + "]" * 20000

# (case, body bytes, content type, expected status, the field and rule named in `errors`)
MALFORMED: list[tuple[str, bytes, str | None, int, tuple[str, str] | None]] = [
    ("not JSON", b"{", "application/json", 400, ("(body)", "syntax")),
    ("empty body", b"", "application/json", 400, ("(body)", "syntax")),
    ("invalid UTF-8", b'{"serviceId": "\xff\xfe"}', "application/json", 400, ("(body)", "encoding")),
    ("UTF-8 BOM", b"\xef\xbb\xbf" + json.dumps(CANCEL).encode(), "application/json", 400, ("(body)", "syntax")),
    ("NaN", b'{"serviceId": NaN}', "application/json", 400, ("(body)", "syntax")),
    ("infinite number", b'{"amount": 1e400}', "application/json", 400, ("(body)", "syntax")),
    ("nested too deeply", NESTED.encode(), "application/json", 400, ("(body)", "syntax")),
    ("wrong content type", json.dumps(CANCEL).encode(), "text/plain", 400, ("Content-Type", "media type")),
    ("form content type", b"serviceId=x", "application/x-www-form-urlencoded", 400, ("Content-Type", "media type")),
    ("no content type", json.dumps(CANCEL).encode(), None, 400, ("Content-Type", "media type")),
    ("oversized", b'{"x": "' + b"a" * 70_000 + b'"}', "application/json", 400, ("(body)", "size")),
    ("array", b"[]", "application/json", 422, ("(body)", "type")),
    ("string", b'"cancel"', "application/json", 422, ("(body)", "type")),
    ("null", b"null", "application/json", 422, ("(body)", "type")),
    (
        "missing field",
        json.dumps({"serviceId": CANCEL["serviceId"]}).encode(),
        "application/json",
        422,
        ("paymentId", "required"),
    ),
    (
        "unknown field",
        json.dumps({**CANCEL, "force": True}).encode(),
        "application/json",
        422,
        ("force", "additionalProperties"),
    ),
    (
        "number for a string",
        json.dumps({**CANCEL, "paymentId": 123}).encode(),
        "application/json",
        422,
        ("paymentId", "type"),
    ),
    (
        "uppercase UUID",
        json.dumps({**CANCEL, "paymentId": CANCEL["paymentId"].upper()}).encode(),
        "application/json",
        422,
        ("paymentId", "pattern"),
    ),
    (
        "UUID v1",
        json.dumps({**CANCEL, "paymentId": "50d38a51-8e95-1b8b-94f4-188c90c0dfdd"}).encode(),
        "application/json",
        422,
        ("paymentId", "pattern"),
    ),
    (
        "trailing newline",
        json.dumps({**CANCEL, "paymentId": CANCEL["paymentId"] + "\n"}).encode(),
        "application/json",
        422,
        ("paymentId", "pattern"),
    ),
    (
        "null for a string",
        json.dumps({**CANCEL, "serviceId": None}).encode(),
        "application/json",
        422,
        ("serviceId", "type"),
    ),
]


@pytest.mark.parametrize("case", MALFORMED, ids=[case[0] for case in MALFORMED])
def test_malformed_cancel(api: TestClient, case: tuple[str, bytes, str | None, int, tuple[str, str] | None]) -> None:
    _, content, content_type, status, named = case
    headers = {**AUTH} if content_type is None else {**AUTH, "Content-Type": content_type}
    response = api.post("/payment/cancel", content=content, headers=headers)
    assert response.status_code == status
    error = error_body(response)
    assert error["message"]
    if named is not None:
        assert named in {(item["property"], item["rule"]) for item in error["errors"]}, error["errors"]


CHARGE_BREAKS: list[tuple[str, dict[str, Any], tuple[str, str]]] = [
    ("fractional amount", {"amount": 12.5}, ("amount", "type")),
    ("string amount", {"amount": "12"}, ("amount", "type")),
    ("zero amount", {"amount": 0}, ("amount", "minimum")),
    ("unknown currency", {"currency": "PLX"}, ("currency", "enum")),
    ("orderId with <", {"orderId": "order<1>"}, ("orderId", "pattern")),
    ("orderId too long", {"orderId": "o" * 101}, ("orderId", "maxLength")),
    ("title with {", {"title": "a{b"}, ("title", "pattern")),
    ("notification url not a uri", {"notificationUrl": "not a url"}, ("notificationUrl", "format")),
    (
        "multipayout ban too short",
        {"data": {"multipayout": [{"ban": "123", "amount": 1}]}},
        ("data.multipayout[0].ban", "pattern"),
    ),
]


@pytest.mark.parametrize("case", CHARGE_BREAKS, ids=[case[0] for case in CHARGE_BREAKS])
def test_charge_breaking_a_rule_is_422_naming_it(api: TestClient, case: tuple[str, dict[str, Any], Any]) -> None:
    _, change, named = case
    response = api.post("/transaction/profile", content=json.dumps({**CHARGE, **change}), headers=JSON)
    assert response.status_code == 422
    error = conforms("chargeProfile", response)["apiErrorResponse"]
    assert named in {(item["property"], item["rule"]) for item in error["errors"]}, error["errors"]
    assert error["instance"] == json.loads(json.dumps({**CHARGE, **change}))


def test_an_integer_beyond_64_bits_is_still_an_integer(api: TestClient) -> None:
    # The spec sets no maximum; the answer must still be valid JSON carrying the same number.
    response = api.post("/transaction/profile", content=json.dumps({**CHARGE, "amount": 10**40}), headers=JSON)
    assert response.status_code == 200
    assert conforms("chargeProfile", response)["transaction"]["amount"] == 10**40


def test_invalid_path_parameter_is_422(api: TestClient) -> None:
    response = api.get("/payment/not-a-uuid")
    assert response.status_code == 422
    assert ("paymentId", "pattern") in {(e["property"], e["rule"]) for e in error_body(response)["errors"]}


def nested(depth: int, leaf: str = "1") -> bytes:
    return (b'{"a":' * depth) + leaf.encode() + (b"}" * depth)


@pytest.mark.parametrize(
    ("path", "body", "field", "rule"),
    [
        # Deep bodies that fail validation once crashed the validator (500), at any depth
        # from 256 to 970; an invoice nested ~480 deep crashed the echo of the request.
        ("/payment", b"[" * 256 + b"]" * 256, "[0]", "depth"),
        # Deeper still, Python's JSON parser gives up first (RecursionError), as a syntax error.
        ("/payment", b"[" * 970 + b"]" * 970, "", "depth syntax"),
        ("/payment", b'{"invoice":' + nested(480) + b"}", "invoice.a", "depth"),
        ("/transaction/profile", nested(40), "a.a", "depth"),
        # A lone surrogate escape is valid JSON but no Unicode text.
        ("/payment", b'{"orderId": "\\ud800"}', "orderId", "encoding"),
        ("/payment/cancel", b'{"paymentId": "x\\udfff"}', "paymentId", "encoding"),
        ("/payment", b'{"customer": {"firstName": "\\ud800\\ud800"}}', "customer.firstName", "encoding"),
        ("/payment", b'{"\\ud800": 1}', "(body)", "encoding"),
    ],
)
def test_hostile_bodies_answer_400_naming_the_field(
    api: TestClient, path: str, body: bytes, field: str, rule: str
) -> None:
    response = api.post(path, content=body, headers=JSON)
    assert response.status_code == 400, response.text[:300]
    (error,) = error_body(response)["errors"]
    assert error["rule"] in rule.split() and error["property"].startswith(field), error


def test_a_trailing_slash_is_a_404_in_imojes_shape_not_a_redirect(api: TestClient) -> None:
    for path in (f"/payment/{CANCEL['paymentId']}/", "/payment/cancel/", "/payment/"):
        response = api.request("POST" if "cancel" in path else "GET", path, headers={"Host": "evil.example"})
        assert response.status_code == 404, (path, response.status_code)
        assert "location" not in response.headers
        assert error_body(response)["message"] == "Not found"


@pytest.mark.parametrize(
    "raw",
    [b"GARBAGE\r\n\r\n", b"GET / HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n", b"GET /\x00 HTTP/1.1\r\nHost: x\r\n\r\n"],
)
def test_protocol_level_rejections_answer_in_imojes_shape(server: SandboxServer, raw: bytes) -> None:
    host, port = server.listener.getsockname()[:2]
    with socket.create_connection((host, port), timeout=5) as connection:
        connection.sendall(raw)
        received = b""
        while chunk := connection.recv(65536):
            received += chunk
    head, _, body = received.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 400 "), head
    assert b"content-type: application/json" in head.lower()
    assert json.loads(body)["apiErrorResponse"]["message"]


@pytest.mark.parametrize("scheme", ["bearer", "BEARER", "Bearer", "bEaReR"])
def test_the_bearer_scheme_is_case_insensitive(api: TestClient, scheme: str) -> None:
    response = api.get(f"/payment/{CANCEL['paymentId']}", headers={"Authorization": f"{scheme} {CONFIG.token}"})
    assert response.status_code == 200, response.text


def test_cancelling_with_an_unknown_shop_says_service_not_found(api: TestClient) -> None:
    response = api.post("/payment/cancel", json={**CANCEL, "serviceId": "0f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b"})
    assert response.status_code == 404
    assert error_body(response)["message"] == "Service not found"


def test_the_clock_moves_a_century_at_most_and_says_how_much_is_left(app: Starlette) -> None:
    with TestClient(app, base_url="http://sandbox/_sandbox", headers=AUTH) as control:
        start = control.post("/clock", json={"advance": 0}).json()["now"]
        for beyond in (MAX_OFFSET + 1, 10**4000):
            refused = control.post("/clock", json={"advance": beyond})
            assert refused.status_code == 422
            [error] = refused.json()["apiErrorResponse"]["errors"]
            assert (error["property"], error["rule"]) == ("advance", "maximum")
        assert control.post("/clock", json={"advance": MAX_OFFSET}).json()["now"] == start + MAX_OFFSET
        assert control.post("/clock", json={"advance": 1}).status_code == 422


def test_a_sandbox_bug_is_logged_as_the_500_it_answers(app: Starlette, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(store: Any, path: Any, body: Any) -> Any:
        raise RuntimeError("a bug")

    monkeypatch.setitem(HANDLERS, "getProfile", broken)
    with TestClient(app, base_url=MERCHANT_URL, headers=AUTH, raise_server_exceptions=False) as api:
        assert api.get(f"/profile/id/{seeds.ONE_CLICK_PROFILE_ID}").status_code == 500
        log = api.get("http://sandbox/_sandbox/requests").json()
    assert log == [
        {
            "operation": "getProfile",
            "status": 500,
            "fault": None,
            "path": {"merchantId": CONFIG.merchant_id, "paymentProfileId": seeds.ONE_CLICK_PROFILE_ID},
            "body": None,
        }
    ]
