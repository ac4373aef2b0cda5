"""The one rule that keeps secrets (the token, a shop key) out of text: every writer of the
client and of the contract suite (exception texts and attributes, headers, request ids, log
records, the recorder's witness files and lines, the suite's output and reports) goes through
`text`.

A secret reaches text in many spellings, because the answer or the request that carries it
was encoded on the way: raw; JSON escapes (`\\uXXXX` in either case, surrogate pairs, the
short escapes, PHP's `\\/`); percent-encoding (upper or lower hex, `+` for a space); HTML or
XML character references (decimal, hex, named, with or without the `;` browsers forgive);
base64 and base64url, at any of the three alignments it can take inside a longer encoded
value ("user:secret" in a Basic header). Each character may take any of its spellings, so
mixtures are found too; a spelling of a spelling (`%255C`) is not.

Only what is shown is redacted; what is parsed is the answer as it came (a one-letter token
must not turn valid JSON into something else). A secret shorter than `WHOLE_WORD_BELOW`
characters is replaced only where it stands alone, not inside a longer run of token
characters ("t" in "status"), and only raw or as the base64 of itself alone.
"""

import base64
import html.entities
import re
from collections.abc import Callable
from functools import lru_cache

import httpx

REDACTED = "[REDACTED]"
WHOLE_WORD_BELOW = 8
# RFC 6750's b64token characters: what a bearer token is made of.
_TOKEN_CHARS = r"A-Za-z0-9\-._~+/="
_BASE64_CHARS = r"A-Za-z0-9+/=\-_"
_JSON_SHORT = {
    '"': r"\"",
    "\\": r"\\",
    "/": r"\/",
    "\b": r"\b",
    "\f": r"\f",
    "\n": r"\n",
    "\r": r"\r",
    "\t": r"\t",
}


def _named_references() -> dict[str, list[str]]:
    """Each character's named HTML references (`&sol;`, `&amp`...), from the standard library's
    HTML5 table."""
    names: dict[str, list[str]] = {}
    for name, value in html.entities.html5.items():
        if len(value) == 1:
            names.setdefault(value, []).append(name)
    return names


_NAMED = _named_references()


def _hex(number: int, digits: int) -> str:
    """`number` in hex, each letter in either case."""
    return "".join(
        f"[{d.lower()}{d.upper()}]" if d.isalpha() else d
        for d in f"{number:0{digits}x}"
    )


def _utf16_units(character: str) -> list[int]:
    encoded = character.encode("utf-16-be", "surrogatepass")
    return [
        int.from_bytes(encoded[i : i + 2], "big") for i in range(0, len(encoded), 2)
    ]


@lru_cache(maxsize=512)
def _spellings(character: str) -> str:
    """A pattern for `character` in any of its spellings."""
    forms = [re.escape(character)]
    utf8 = character.encode("utf-8", "surrogatepass")
    if not character.isascii():
        forms.append(
            re.escape(utf8.decode("latin-1"))
        )  # UTF-8 bytes read one by one (`content`)
    forms.append("".join(rf"\\[uU]{_hex(unit, 4)}" for unit in _utf16_units(character)))
    if character in _JSON_SHORT:
        forms.append(re.escape(_JSON_SHORT[character]))
    forms.append("".join(f"%{_hex(byte, 2)}" for byte in utf8))
    if character == " ":
        forms.append(r"\+")
    code = ord(character)
    forms.append(rf"&#0*{code}(?:;|(?![0-9]))")
    forms.append(rf"&#[xX]0*{_hex(code, 1)}(?:;|(?![0-9a-fA-F]))")
    forms.extend(
        re.escape("&" + name)
        for name in sorted(_NAMED.get(character, ()), key=len, reverse=True)
    )
    return "(?:" + "|".join(forms) + ")"


def _spelled(value: str) -> str:
    return "".join(_spellings(character) for character in value)


def _base64_forms(secret: str) -> list[str]:
    """The base64 and base64url text that only `secret`'s bytes decide: the whole encoding
    of the secret alone, then, at each alignment inside a longer value, the groups of four
    that no byte around it reaches."""
    data = secret.encode("utf-8", "surrogatepass")
    whole = base64.b64encode(data).decode("ascii")
    forms = [whole, whole.rstrip("=")]
    if len(secret) >= WHOLE_WORD_BELOW:
        for offset in range(3):
            padded = b"\0" * offset + data
            encoded = base64.b64encode(padded).decode("ascii")
            core = encoded[4 if offset else 0 : len(padded) // 3 * 4]
            if len(core) >= WHOLE_WORD_BELOW:
                forms.append(core)
    urlsafe = [form.replace("+", "-").replace("/", "_") for form in forms]
    return list(dict.fromkeys(forms + urlsafe))


@lru_cache(maxsize=16)
def _pattern(secrets: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = []
    starts: set[str] = set()
    # Longest first: a secret that holds another is replaced whole.
    for secret in sorted(secrets, key=len, reverse=True):
        raw = _spelled(secret)
        encoded = "|".join(_spelled(form) for form in _base64_forms(secret))
        if len(secret) < WHOLE_WORD_BELOW:
            raw = rf"(?<![{_TOKEN_CHARS}]){raw}(?![{_TOKEN_CHARS}])"
            encoded = rf"(?<![{_BASE64_CHARS}])(?:{encoded})(?![{_BASE64_CHARS}])"
        alternatives += [raw, encoded]
        starts.update(
            _first_characters(secret),
            *(_first_characters(form) for form in _base64_forms(secret)),
        )
    # Every spelling starts with one of few characters: checking that first spares the engine
    # trying each alternative at each position (40 times faster on a clean 4 MB answer).
    first = "".join(sorted(re.escape(character) for character in starts))
    return re.compile(rf"(?=[{first}])(?:{'|'.join(alternatives)})")


def _first_characters(value: str) -> set[str]:
    """The characters a spelling of `value` can start with."""
    character = value[0]
    found = {character, "\\", "%", "&"} | ({"+"} if character == " " else set())
    found.add(character.encode("utf-8", "surrogatepass").decode("latin-1")[0])
    return found


def _wanted(secrets: tuple[str | None, ...]) -> tuple[str, ...]:
    return tuple(sorted({secret for secret in secrets if secret}))


def text(value: str, *secrets: str | None) -> str:
    """`value` with every spelling of each secret replaced by [REDACTED] (None and empty
    secrets are skipped)."""
    wanted = _wanted(secrets)
    if not wanted or not value:
        return value
    return _pattern(wanted).sub(REDACTED, value)


def content(value: bytes, *secrets: str | None) -> bytes:
    """`text` for bytes (latin-1 keeps every byte as it was where no secret is)."""
    if not _wanted(secrets) or not value:
        return value
    return text(value.decode("latin-1"), *secrets).encode("latin-1")


def headers(value: httpx.Headers, *secrets: str | None) -> httpx.Headers:
    """A copy of `value` with the secrets redacted in every header value."""
    if not _wanted(secrets):
        return value
    # As bytes: a header may hold anything a server sent (latin-1 keeps each byte).
    return httpx.Headers([(name, content(raw, *secrets)) for name, raw in value.raw])


def one_line(value: str) -> str:
    """`value` with its line breaks (and other controls) escaped: a log record built from text
    a server sent cannot forge another record."""
    return _CONTROL.sub(
        lambda found: found.group().encode("unicode_escape").decode("ascii"), value
    )


_CONTROL = re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029]")

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
    "one_line",
    "raw_content",
    "redactor",
    "text",
]
