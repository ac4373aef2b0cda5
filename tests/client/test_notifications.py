"""Verifying imoje's notifications: test vectors for every algorithm and every way to fail."""

import hashlib
import json

import pytest
from imoje_client.errors import ClientConfigurationError
from imoje_client.models import Notification, NotificationTransaction, PaymentProfile, Status
from imoje_client.notifications import (
    ALGORITHMS,
    MerchantMismatch,
    NotificationBodyError,
    NotificationError,
    ServiceMismatch,
    ShopKeyError,
    SignatureHeaderError,
    SignatureMismatch,
    UnsupportedAlgorithm,
    acknowledgement,
    sign_notification,
    verify_notification,
)

# The community test vector's shape (api-facts §4.3), with non-ASCII text and PHP's
# escaped slashes, as json_encode writes them by default.
KEY = "PIcMy86ssE5wuNHAuQn5zPKf6hCAwX3Oxvjw"
MERCHANT = "mdy7zxvxudgarxbsou9n"
SHOP = "a33f331b-23fc-42b0-9fd1-67f310028b46"
BODY = (
    '{"transaction":{"id":"07938437-1d51-4e2c-9d3b-1d2c3b4a5f60","type":"sale","status":"settled",'
    '"source":"api","created":1666339083,"modified":1666339083,'
    '"notificationUrl":"https:\\/\\/example.com\\/notification","serviceId":"' + SHOP + '","amount":100,'
    '"currency":"PLN","title":"","orderId":"Zamówienie #12\\/Ж","paymentMethod":"pbl","paymentMethodCode":"ipko"},'
    '"payment":{"id":"07980a69-2e3f-4a5b-8c6d-7e8f9a0b1c2d","title":"","amount":100,"status":"settled",'
    '"created":1666339083,"orderId":"Zamówienie #12\\/Ж","currency":"PLN","modified":1666339083,'
    '"serviceId":"' + SHOP + '","notificationUrl":"https:\\/\\/example.com\\/notification"},'
    '"action":{"type":"redirect","url":"https:\\/\\/sandbox.paywall.imoje.pl\\/sandbox\\/x","method":"GET",'
    '"contentType":"","contentBodyRaw":""}}'
).encode("utf-8")


def header(body: bytes = BODY, alg: str = "sha256", key: str = KEY, order: tuple[str, ...] = ()) -> str:
    # Computed here with hashlib, independently of the module under test.
    parts = {
        "merchantid": MERCHANT,
        "serviceid": SHOP,
        "signature": hashlib.new(alg, body + key.encode()).hexdigest(),
        "alg": alg,
    }
    names = order or tuple(parts)
    return ";".join(f"{name}={parts[name]}" for name in names)


SIGNED = "signed with the default header"


def verify(body: bytes = BODY, signature: str | None = SIGNED, **ids: str) -> Notification:
    return verify_notification(body, header(body) if signature == SIGNED else signature, service_key=KEY, **ids)


@pytest.mark.parametrize("alg", ALGORITHMS)
def test_every_algorithm_verifies_and_parses(alg: str) -> None:
    notification = verify(signature=header(alg=alg), merchant_id=MERCHANT, service_id=SHOP)
    assert notification.transaction and notification.transaction.status is Status.SETTLED
    assert notification.payment and notification.payment.order_id == "Zamówienie #12/Ж"
    assert notification.transaction.notification_url == "https://example.com/notification"
    assert notification.to_dict() == json.loads(BODY)


def test_a_fixed_vector() -> None:
    # sha256 over b'{"payment":{"id":"07980a69-2e3f-4a5b-8c6d-7e8f9a0b1c2d","status":"cancelled"}}' + KEY
    body = b'{"payment":{"id":"07980a69-2e3f-4a5b-8c6d-7e8f9a0b1c2d","status":"cancelled"}}'
    expected = hashlib.sha256(body + KEY.encode()).hexdigest()
    assert len(expected) == 64
    notification = verify(body, f"merchantid={MERCHANT};serviceid={SHOP};signature={expected};alg=sha256")
    assert notification.payment and notification.payment.status is Status.CANCELLED and not notification.transaction


@pytest.mark.parametrize(
    "order",
    [("alg", "signature", "serviceid", "merchantid"), ("signature", "merchantid", "alg", "serviceid")],
)
def test_header_order_does_not_matter(order: tuple[str, ...]) -> None:
    verify(signature=header(order=order), merchant_id=MERCHANT, service_id=SHOP)


def test_header_keys_are_case_insensitive_and_spaces_ignored() -> None:
    shouted = "; ".join(
        f"{name.upper()}={value}" for name, value in (part.split("=", 1) for part in header().split(";"))
    )
    verify(signature=shouted, merchant_id=MERCHANT, service_id=SHOP)


def test_a_changed_byte_anywhere_fails() -> None:
    for position in (0, len(BODY) // 2, len(BODY) - 1):
        tampered = bytearray(BODY)
        tampered[position] ^= 0x01
        with pytest.raises(SignatureMismatch):
            verify(bytes(tampered), header())


def test_a_changed_signature_or_key_fails() -> None:
    signed = header()
    hexdigest = signed.split("signature=")[1].split(";")[0]
    changed = hexdigest[:-1] + ("0" if hexdigest[-1] != "0" else "1")
    with pytest.raises(SignatureMismatch):
        verify(signature=signed.replace(hexdigest, changed))
    with pytest.raises(SignatureMismatch):
        verify(signature=header(key="another-shop-key"))


def test_a_reserialised_body_fails_saying_raw_bytes_are_needed() -> None:
    reserialised = json.dumps(json.loads(BODY)).encode()
    with pytest.raises(SignatureMismatch, match="raw request bytes exactly as received"):
        verify(reserialised, header())
    with pytest.raises(TypeError, match="raw request body as bytes"):
        verify_notification(BODY.decode(), header(), service_key=KEY)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "bad",
    [
        None,
        "",
        "   ",
        "garbage",
        "signature=abc",
        "alg=sha256",
        "signature=;alg=sha256",
        "a=1;a=2;signature=x;alg=sha256",
    ],
)
def test_missing_or_malformed_header(bad: str | None) -> None:
    with pytest.raises(SignatureHeaderError):
        verify(signature=bad)


def test_unknown_algorithm() -> None:
    with pytest.raises(UnsupportedAlgorithm, match="md5"):
        verify(signature=header(alg="md5"))


def test_merchant_and_shop_must_be_the_expected_ones() -> None:
    with pytest.raises(MerchantMismatch):
        verify(merchant_id="someoneelse")
    with pytest.raises(ServiceMismatch):
        verify(service_id="2a249f52-d29c-46e7-9575-e65a889c7d38")
    other_shop = BODY.replace(SHOP.encode(), b"2a249f52-d29c-46e7-9575-e65a889c7d38")
    signed_for_header_shop = header(other_shop)
    with pytest.raises(ServiceMismatch, match="body names shop"):
        verify(other_shop, signed_for_header_shop, service_id=SHOP)


def test_a_signed_body_that_is_not_json_or_not_a_notification() -> None:
    with pytest.raises(NotificationBodyError, match="not JSON"):
        verify(b"not json", header(b"not json"))
    wrong = b'{"transaction": {"id": "x", "amount": "100"}}'
    with pytest.raises(NotificationBodyError) as caught:
        verify(wrong, header(wrong))
    assert {(problem.field, problem.rule) for problem in caught.value.problems} >= {("transaction.amount", "type")}


def test_acknowledgement_is_what_imoje_expects() -> None:
    status, headers, body = acknowledgement()
    assert (status, headers["Content-Type"], json.loads(body)) == (200, "application/json", {"status": "ok"})


def test_a_signed_empty_object_is_no_notification() -> None:
    with pytest.raises(NotificationBodyError) as caught:
        verify(b"{}", header(b"{}"))
    assert [(problem.field, problem.rule) for problem in caught.value.problems] == [("", "minProperties")]


@pytest.mark.parametrize("signature", ["ź" * 64, "\ud800", "0x" + "a" * 62, "ab cd"])
def test_a_signature_that_is_not_hex_is_a_header_error_not_a_type_error(signature: str) -> None:
    with pytest.raises(SignatureHeaderError, match="not a hexadecimal digest"):
        verify(BODY, f"merchantid={MERCHANT};serviceid={SHOP};signature={signature};alg=sha256")


def test_a_oneclick_notification_types_the_profile_inside_the_transaction() -> None:
    # The vendor's charge example carries paymentProfile inside the transaction.
    document = json.loads(BODY)
    document["transaction"]["paymentProfile"] = {
        "id": "46f095b4-be6f-4ea0-8052-475ac8fbf218", "profile": "ONE_CLICK", "isActive": 1,
        "maskedNumber": "**** **** **** 1111",
    }  # fmt: skip
    body = json.dumps(document).encode()
    transaction = verify(body, header(body)).transaction
    assert isinstance(transaction, NotificationTransaction)
    profile = transaction.payment_profile
    assert isinstance(profile, PaymentProfile) and str(profile.id) == "46f095b4-be6f-4ea0-8052-475ac8fbf218"
    assert profile.to_dict()["maskedNumber"] == "**** **** **** 1111"
    broken = json.dumps({**document, "transaction": {**document["transaction"], "paymentProfile": {"id": 5}}})
    with pytest.raises(NotificationBodyError):
        verify(broken.encode(), header(broken.encode()))


def test_the_required_transaction_fields_are_those_imojes_plugin_validates() -> None:
    # imoje's plugin (src/Validate.php) requires these and not `id` (spec/DEVIATIONS.md #23).
    document = json.loads(BODY)
    del document["transaction"]["id"]
    body = json.dumps(document).encode()
    assert verify(body, header(body)).transaction is not None
    for name in ("type", "status", "amount", "currency", "orderId", "serviceId"):
        lacking = json.dumps(
            {**document, "transaction": {k: v for k, v in document["transaction"].items() if k != name}}
        )
        with pytest.raises(NotificationBodyError):
            verify(lacking.encode(), header(lacking.encode()))


@pytest.mark.parametrize("key", ["", "   ", None])
def test_no_shop_key_verifies_nothing_not_even_a_forgery_signed_with_no_key(key: str | None) -> None:
    # With no key, HASH(body + key) is HASH(body): anyone could compute that "signature".
    forged = BODY.replace(b'"status":"settled"', b'"status":"settled","forged":1')
    forged_header = f"merchantid={MERCHANT};serviceid={SHOP};signature={hashlib.sha256(forged).hexdigest()};alg=sha256"
    with pytest.raises(ShopKeyError, match="service_key") as raised:
        verify_notification(forged, forged_header, service_key=key)  # type: ignore[arg-type]
    assert isinstance(raised.value, NotificationError) and isinstance(raised.value, ClientConfigurationError)
    with pytest.raises(ShopKeyError):
        sign_notification(BODY, service_key="", merchant_id=MERCHANT, service_id=SHOP)


def signed_body_error(body: bytes) -> NotificationBodyError:
    with pytest.raises(NotificationBodyError) as raised:
        verify(body)
    return raised.value


def test_a_deeply_nested_signed_body_is_a_body_error() -> None:
    for depth in (5_000, 900):
        error = signed_body_error(b'{"transaction":{"extra":' + b"[" * depth + b"]" * depth + b"}}")
        assert "nested too deeply" in str(error) or "Recursion limit" in str(error)


def test_an_id_that_is_no_uuid_is_named() -> None:
    error = signed_body_error(BODY.replace(b"07938437-1d51-4e2c-9d3b-1d2c3b4a5f60", b"not-a-uuid"))
    assert [(problem.field, problem.rule) for problem in error.problems] == [("transaction.id", "format")]


@pytest.mark.parametrize("where", [b'"title":"', b'"contentBodyRaw":"', b'"unknownField":"'])
def test_a_lone_surrogate_anywhere_is_refused(where: bytes) -> None:
    body = BODY.replace(b'"title":""', b'"title":"\\ud800x"', 1) if where == b'"title":"' else BODY
    if where == b'"contentBodyRaw":"':
        body = BODY.replace(b'"contentBodyRaw":""', b'"contentBodyRaw":"a\\uDFFF"')
    if where == b'"unknownField":"':
        body = BODY.replace(b'{"transaction":{', b'{"unknownField":"\\ud83d","transaction":{')
    error = signed_body_error(body)
    assert {problem.rule for problem in error.problems} == {"encoding"}
    assert error.problems[0].field in ("transaction.title", "action.contentBodyRaw", "unknownField")
