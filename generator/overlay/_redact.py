"""The token kept out of what the client shows: exception texts, error bodies, headers.

Only what is shown is redacted; what is parsed is the answer as it came (a one-letter token
must not turn valid JSON into something else). A server that echoes the request may write
the token raw, with PHP's escaped slashes (`\\/`) or with any character as a JSON `\\uXXXX`
escape; each form is found. A token shorter than `WHOLE_WORD_BELOW` characters is replaced
only where it stands alone, not inside a longer run of token characters ("t" in "status").
"""

import re
from collections.abc import Callable
from functools import lru_cache

import httpx

REDACTED = "[REDACTED]"
WHOLE_WORD_BELOW = 8
# RFC 6750's b64token characters: what a bearer token is made of.
_TOKEN_CHARS = r"A-Za-z0-9\-._~+/="


@lru_cache(maxsize=8)
def _pattern(token: str) -> re.Pattern[str]:
    def one(character: str) -> str:
        hexadecimal = "".join(f"[{d.lower()}{d.upper()}]" if d.isalpha() else d for d in f"{ord(character):04x}")
        forms = [re.escape(character), rf"\\[uU]{hexadecimal}"]
        if character == "/":
            forms.append(r"\\/")
        return "(?:" + "|".join(forms) + ")"

    body = "".join(one(character) for character in token)
    if len(token) < WHOLE_WORD_BELOW:
        body = rf"(?<![{_TOKEN_CHARS}]){body}(?![{_TOKEN_CHARS}])"
    return re.compile(body)


def text(value: str, token: str | None) -> str:
    """`value` with every form of `token` replaced by [REDACTED]."""
    if not token:
        return value
    return _pattern(token).sub(REDACTED, value)


def content(value: bytes, token: str | None) -> bytes:
    """`text` for bytes (latin-1 keeps every byte as it was where no token is)."""
    if not token or not value:
        return value
    return text(value.decode("latin-1"), token).encode("latin-1")


def headers(value: httpx.Headers, token: str | None) -> httpx.Headers:
    """A copy of `value` with the token redacted in every header value."""
    if not token:
        return value
    # As bytes: a header may hold anything a server sent (latin-1 keeps each byte).
    return httpx.Headers([(name, content(raw, token)) for name, raw in value.raw])


# Where `_http` keeps, on each answer it read, the body as it came and the redacting function.
RAW_CONTENT = "imoje_raw_content"
REDACTOR = "imoje_redact"


def raw_content(response: httpx.Response) -> bytes:
    """The answer's body as it came, for parsing (`.content` is what may be shown)."""
    raw = response.extensions.get(RAW_CONTENT)
    return raw if isinstance(raw, bytes) else response.content


def redactor(response: httpx.Response) -> Callable[[str], str]:
    """What redacts the token from text about `response` (the identity for an answer `_http`
    did not read)."""
    found = response.extensions.get(REDACTOR)
    return found if callable(found) else _unchanged


def _unchanged(value: str) -> str:
    return value


__all__ = [
    "RAW_CONTENT",
    "REDACTED",
    "REDACTOR",
    "WHOLE_WORD_BELOW",
    "content",
    "headers",
    "raw_content",
    "redactor",
    "text",
]
