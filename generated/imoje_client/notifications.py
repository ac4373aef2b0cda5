"""imoje's notifications (webhooks): verify the signature, then parse.

imoje signs each notification in the `X-Imoje-Signature` header:

    merchantid=<merchant id>;serviceid=<shop id>;signature=<hex digest>;alg=sha256

where the digest is HASH(raw body bytes + shop key): a plain hash, not an HMAC. The bytes
must be the body exactly as received; a body parsed and serialised again no longer matches.

    from imoje_client.notifications import acknowledgement, verify_notification

    notification = verify_notification(request_body, request.headers.get("X-Imoje-Signature"),
                                       service_key=SHOP_KEY, merchant_id=MERCHANT_ID, service_id=SERVICE_ID)
    status, headers, body = acknowledgement()   # what imoje expects back: 200 {"status":"ok"}
"""

import hashlib
import hmac
import json
import re
from collections.abc import Mapping
from functools import cache
from typing import Any

import jsonschema_rs

from . import openapi
from ._contract import lone_surrogates
from .errors import ClientConfigurationError, ImojeClientError, Problem
from .models.notification import Notification

ALGORITHMS = ("sha224", "sha256", "sha384", "sha512")
HEADER = "X-Imoje-Signature"
ACKNOWLEDGEMENT_BODY = b'{"status":"ok"}'
_HEX = re.compile(r"[0-9a-f]+")


class NotificationError(ImojeClientError):
    """A notification that must not be trusted or could not be read. Answer it with a non-200."""


class ShopKeyError(NotificationError, ClientConfigurationError):
    """No shop key to verify with (None, empty or blank): the service's key setting is unset.
    Nothing is verified, so nothing is trusted."""


class SignatureHeaderError(NotificationError):
    """The X-Imoje-Signature header is missing or not `key=value;...` with a signature and an alg."""


class UnsupportedAlgorithm(NotificationError):
    """The header names a hash algorithm other than sha224, sha256, sha384 or sha512."""


class SignatureMismatch(NotificationError):
    """The body's digest does not match the header: tampered, another shop key, or re-serialised."""


class MerchantMismatch(NotificationError):
    """The header's merchantid is not the merchant this service expects."""


class ServiceMismatch(NotificationError):
    """The header's serviceid, or the body's serviceId, is not the shop this service expects."""


class NotificationBodyError(NotificationError):
    """A correctly signed body that is not JSON, or not a notification the models can absorb."""

    def __init__(self, message: str, problems: tuple[Problem, ...] = ()) -> None:
        self.problems = problems
        super().__init__(message + "".join(f"\n  - {problem}" for problem in problems))


def parse_header(header: str | None) -> dict[str, str]:
    """The header's key=value pairs, keys lower-cased, in whatever order they came."""
    if not header or not header.strip():
        raise SignatureHeaderError(f"the {HEADER} header is missing or empty")
    pairs: dict[str, str] = {}
    for part in header.strip().strip(";").split(";"):
        key, separator, value = part.partition("=")
        key, value = key.strip().lower(), value.strip()
        if not separator or not key or not value:
            raise SignatureHeaderError(
                f"{HEADER} part {part.strip()!r} is not key=value"
            )
        if key in pairs:
            raise SignatureHeaderError(f"{HEADER} names {key!r} twice")
        pairs[key] = value
    missing = [key for key in ("signature", "alg") if key not in pairs]
    if missing:
        raise SignatureHeaderError(f"{HEADER} has no {' and no '.join(missing)}")
    return pairs


def digest(raw_body: bytes, service_key: str, alg: str = "sha256") -> str:
    """HASH(raw body + shop key), hex: the signature imoje computes."""
    if not isinstance(service_key, str) or not service_key.strip():
        # With no key the "signature" is HASH(body): anyone can compute it, so anyone could
        # forge a settled notification. An unset key setting must fail loudly, not verify.
        shown = (
            repr(service_key)
            if service_key is None or isinstance(service_key, str)
            else type(service_key).__name__
        )
        raise ShopKeyError(
            f'service_key: got {shown}; pass the shop key ("Shop key" in the imoje panel). '
            "Without it any body could be signed by anyone"
        )
    if alg not in ALGORITHMS:
        raise UnsupportedAlgorithm(
            f"alg={alg!r}: imoje signs with one of {', '.join(ALGORITHMS)}"
        )
    return hashlib.new(alg, raw_body + service_key.encode("utf-8")).hexdigest()


def sign_notification(
    raw_body: bytes,
    *,
    service_key: str,
    merchant_id: str,
    service_id: str,
    alg: str = "sha256",
) -> str:
    """The X-Imoje-Signature header imoje would send with `raw_body`: for tests and emulators."""
    signature = digest(raw_body, service_key, alg)
    return f"merchantid={merchant_id};serviceid={service_id};signature={signature};alg={alg}"


_NOTIFICATION = {"$ref": "#/components/schemas/Notification"}


@cache
def _body_validator() -> jsonschema_rs.Validator:
    # Lenient, like answers: new fields and enum values must not make a notification unreadable.
    document = openapi.bundled()
    return openapi.validator(document, _NOTIFICATION, lenient=True)


def _service_ids(document: Mapping[str, Any]) -> set[str]:
    found = set()
    for part in ("transaction", "payment"):
        inner = document.get(part)
        if isinstance(inner, Mapping) and isinstance(inner.get("serviceId"), str):
            found.add(inner["serviceId"])
    return found


def verify_notification(
    raw_body: bytes,
    signature_header: str | None,
    *,
    service_key: str,
    merchant_id: str | None = None,
    service_id: str | None = None,
) -> Notification:
    """The notification in `raw_body`, once its signature and ids check out; raises otherwise.

    Pass the request body exactly as received (bytes), the X-Imoje-Signature header, and the
    shop key ("Shop key" in the imoje panel). With `merchant_id` / `service_id`, the header's
    ids (and the body's serviceId) must be those. Nothing is parsed before the signature holds.
    """
    if not isinstance(raw_body, bytes | bytearray | memoryview):
        raise TypeError(
            "verify_notification needs the raw request body as bytes, exactly as received: "
            f"got {type(raw_body).__name__}; a decoded or re-serialised body cannot be verified"
        )
    body = bytes(raw_body)
    fields = parse_header(signature_header)
    alg = fields["alg"].lower()
    expected = digest(body, service_key, alg)
    given = fields["signature"].lower()
    if not _HEX.fullmatch(given):
        # compare_digest takes ASCII str only (TypeError otherwise); a digest is hex anyway.
        raise SignatureHeaderError(f"{HEADER}'s signature is not a hexadecimal digest")
    if not hmac.compare_digest(expected, given):
        raise SignatureMismatch(
            f"the {alg} signature does not match the body. Verify the raw request bytes exactly as "
            "received (e.g. `await request.body()`): a body decoded and serialised again (json.dumps "
            "of the parsed JSON) differs in spacing and escapes and never matches. Otherwise the body "
            "was changed on the way, or the shop key is not this shop's."
        )
    if merchant_id is not None and fields.get("merchantid") != merchant_id:
        raise MerchantMismatch(
            f"merchantid={fields.get('merchantid')!r}, expected {merchant_id!r}"
        )
    if service_id is not None and fields.get("serviceid") != service_id:
        raise ServiceMismatch(
            f"serviceid={fields.get('serviceid')!r}, expected {service_id!r}"
        )
    try:
        document = json.loads(body)
    except RecursionError:
        raise NotificationBodyError(
            "the signed body is nested too deeply to read"
        ) from None
    except ValueError as exc:
        raise NotificationBodyError(f"the signed body is not JSON: {exc}") from None
    try:
        lone = tuple(lone_surrogates(body, document))
    except RecursionError:
        raise NotificationBodyError(
            "the signed body is nested too deeply to read"
        ) from None
    if lone:
        raise NotificationBodyError("the signed body is not Unicode text", lone)
    try:
        valid = _body_validator().is_valid(document)
        problems = () if valid else tuple(openapi.problems(_body_validator(), document))
    except (ValueError, UnicodeEncodeError, RecursionError) as exc:
        raise NotificationBodyError(
            f"the signed body cannot be checked: {type(exc).__name__}: {exc}"
        ) from None
    if problems:
        raise NotificationBodyError(
            "the signed body is not a notification the client can read", problems
        )
    if service_id is not None and _service_ids(document) - {service_id}:
        raise ServiceMismatch(
            f"the body names shop {sorted(_service_ids(document))}, expected {service_id!r}"
        )
    try:
        return Notification.from_dict(document)
    except Exception as exc:  # noqa: BLE001 - any failure of the generated parsing is a body the models cannot absorb
        named = tuple(openapi.uuid_problems(openapi.bundled(), _NOTIFICATION, document))
        raise NotificationBodyError(
            "the signed body is not a notification the client can read",
            named or (Problem("", "parse", f"{type(exc).__name__}: {exc}"),),
        ) from None


def acknowledgement() -> tuple[int, dict[str, str], bytes]:
    """What imoje expects back once a notification is handled: HTTP 200 {"status":"ok"}."""
    return 200, {"Content-Type": "application/json"}, ACKNOWLEDGEMENT_BODY


__all__ = [
    "ACKNOWLEDGEMENT_BODY",
    "ALGORITHMS",
    "HEADER",
    "MerchantMismatch",
    "NotificationBodyError",
    "NotificationError",
    "ServiceMismatch",
    "ShopKeyError",
    "SignatureHeaderError",
    "SignatureMismatch",
    "UnsupportedAlgorithm",
    "acknowledgement",
    "digest",
    "parse_header",
    "sign_notification",
    "verify_notification",
]
