"""`scripts/record`: a loopback proxy in front of imoje's sandbox that judges and records what
passes through it.

A service's tests (or a person with curl) use `http://127.0.0.1:PORT/v1/merchant` as imoje's
base URL. Each request goes on to `--upstream` as it came (the token included: it is the
caller's); each answer goes back as it came, and is judged on the way with the suite's two
verdicts (contract_tests/verdicts.py): one line per exchange. Every documented success answer
is written to `--out` as a witness file (the corpus's format, spec/witnesses/README.md) with
the token and the shop key redacted and the ids kept; `scripts/witness add` files one into
the corpus. On stop it prints each change the spec needs and exits as the suite would: 1 when
an answer broke the contract, 13 when the spec is only behind, 0 otherwise.

The upstream is judged by the suite's own guard (`target.check_url`): imoje's production
hosts are refused before anything listens, as is any host neither loopback nor the sandbox
nor in IMOJE_ALLOWED_HOSTS. Requests go only there: no redirect is followed, and the
environment's proxies are not used.
"""

import argparse
import datetime
import json
import os
import posixpath
import signal
import sys
import threading
from collections.abc import AsyncIterator, Mapping, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import urlsplit

import httpx
from imoje_client import _redact
from imoje_client.environments import MAX_RESPONSE_BYTES
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

import imoje_spec
from contract_tests import exit_codes, routes, verdicts
from contract_tests.runner import redact_all
from contract_tests.target import TargetRefused, allowed_hosts, check_url
from imoje_sandbox import BackgroundServer

# Headers that belong to one connection, not to the exchange (RFC 9110 7.6.1), and those
# httpx sets itself.
HOP_BY_HOP = frozenset(
    {"connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "te", "trailer", "transfer-encoding",
     "upgrade", "host", "content-length", "accept-encoding", "content-encoding"}
)  # fmt: skip
METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"]


@dataclass
class Recording:
    """What the recorder saw: counts, the changes the spec needs, the files written."""

    exchanges: int = 0
    broken: int = 0
    behind: verdicts.Behind = field(default_factory=verdicts.Behind)
    written: list[Path] = field(default_factory=list)

    def exit_code(self) -> int:
        if self.broken:
            return exit_codes.CONTRACT_FAILED
        return exit_codes.SPEC_BEHIND if len(self.behind) else exit_codes.PASSED


# The client's own bound on an answer (decompressed), and a bound on what a request sends:
# far past any body imoje's operations take.
MAX_ANSWER_BYTES = MAX_RESPONSE_BYTES
MAX_REQUEST_BYTES = 1024 * 1024


class TooLarge(Exception):
    """A body past its cap: answered in imoje's error shape, nothing kept."""


def _too_large(what: str, limit: int) -> Response:
    message = f"the {what} is larger than {limit} bytes: the recorder refuses it"
    body = {"apiErrorResponse": {"message": message, "errors": [{"property": "(body)", "message": message}]}}
    return Response(json.dumps(body), 413 if what == "request" else 502, media_type="application/json")


class Recorder:
    def __init__(
        self,
        upstream: str,
        out: Path,
        *,
        env: Mapping[str, str],
        secrets: Sequence[str] = (),
        log: TextIO,
        max_answer_bytes: int = MAX_ANSWER_BYTES,
        max_request_bytes: int = MAX_REQUEST_BYTES,
    ) -> None:
        self.max_answer_bytes = max_answer_bytes
        self.max_request_bytes = max_request_bytes
        self.host = check_url(upstream, allowed_hosts(env))
        self.allowed = allowed_hosts(env)
        self.upstream = upstream.rstrip("/")
        self.prefix = urlsplit(self.upstream).path
        self.out = out
        self.secrets = [secret for secret in secrets if secret]
        self.log = log
        self.document = imoje_spec.load()
        self.routes = routes.compile_routes(self.document)
        self.recording = Recording()
        self._lock = threading.Lock()
        self.client: httpx.AsyncClient | None = None

    def app(self) -> Starlette:
        """The proxy, to serve with its lifespan on (the upstream client lives in the server's loop)."""

        @asynccontextmanager
        async def lifespan(app: Starlette) -> AsyncIterator[None]:
            # Only the upstream, as named: no environment proxy, no redirect.
            timeout = httpx.Timeout(30, connect=10)
            async with httpx.AsyncClient(trust_env=False, follow_redirects=False, timeout=timeout) as client:
                self.client = client
                yield

        return Starlette(routes=[Route("/{rest:path}", self.forward, methods=METHODS)], lifespan=lifespan)

    async def forward(self, request: Request) -> Response:
        path = request.url.path
        # The service names imoje's base URL with its path (/v1/merchant); the rest is the operation's.
        suffix = path[len(self.prefix) :] if self.prefix and path.startswith(self.prefix) else path
        url = self.upstream + suffix + (f"?{request.url.query}" if request.url.query else "")
        try:
            if check_url(url, self.allowed) != self.host:
                raise TargetRefused(f"{url!r} leaves the upstream {self.host}")
            if not _within(self.prefix, urlsplit(url).path):
                raise TargetRefused(f"{suffix!r} leaves the upstream's base path {self.prefix or '/'} (dot segments)")
        except TargetRefused as refused:
            return Response(
                json.dumps({"recorder": f"refused, not sent: {refused}"}), 400, media_type="application/json"
            )
        try:
            body = await self._request_body(request)
        except TooLarge:
            self._line(f"{request.method} {suffix}: refused, the request is larger than {self.max_request_bytes} bytes")
            return _too_large("request", self.max_request_bytes)
        headers = {name: value for name, value in request.headers.items() if name.lower() not in HOP_BY_HOP}
        assert self.client is not None, "serve the app with its lifespan on"
        try:
            answer = await self._answer(request.method, url, body, headers)
        except TooLarge:
            self.saw_secret(_bearer(request.headers.get("authorization", "")))
            self._line(f"{request.method} {suffix}: refused, the answer is larger than {self.max_answer_bytes} bytes")
            return _too_large("answer", self.max_answer_bytes)
        except httpx.HTTPError as failed:
            self.saw_secret(_bearer(request.headers.get("authorization", "")))
            self._line(f"{request.method} {suffix}: no answer from the upstream ({type(failed).__name__})")
            return Response(json.dumps({"recorder": "no answer from the upstream"}), 502, media_type="application/json")
        self.saw_secret(_bearer(request.headers.get("authorization", "")))
        self.judge(request.method, suffix, body, answer, self.known_secrets())
        kept = {name: value for name, value in answer.headers.items() if name.lower() not in HOP_BY_HOP}
        return Response(answer.content, answer.status_code, headers=kept)

    async def _request_body(self, request: Request) -> bytes:
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_request_bytes:
            raise TooLarge
        body = bytearray()
        async for chunk in request.stream():
            body += chunk
            if len(body) > self.max_request_bytes:
                raise TooLarge
        return bytes(body)

    async def _answer(self, method: str, url: str, body: bytes, headers: dict[str, str]) -> httpx.Response:
        """The upstream's answer, read decompressed up to the cap: a small compressed body that
        inflates past it (a bomb) or an endless one stops at the cap, never held whole."""
        assert self.client is not None
        request = self.client.build_request(method, url, content=body, headers=headers)
        answer = await self.client.send(request, stream=True)
        try:
            read = bytearray()
            async for chunk in answer.aiter_bytes():
                read += chunk
                if len(read) > self.max_answer_bytes:
                    raise TooLarge
        finally:
            await answer.aclose()
        kept = {name: value for name, value in answer.headers.items() if name.lower() != "content-encoding"}
        return httpx.Response(answer.status_code, headers=kept, content=bytes(read), request=request)

    def judge(self, method: str, path: str, sent: bytes, answer: httpx.Response, secrets: list[str]) -> None:
        for secret in secrets:
            self.saw_secret(secret)
        matched = routes.find(self.routes, method, path)
        with self._lock:
            self.recording.exchanges += 1
            number = self.recording.exchanges
        if matched is None:
            self._line(f"{method} {path} {answer.status_code}: not an operation of the spec (forwarded, not judged)")
            return
        operation = matched.operation
        label = f"{method} {operation.path}"
        judged = verdicts.judge_answer(self.document, operation, answer.status_code, answer.content, label=label)
        if judged is None:
            judged = verdicts.Judged(
                None, [verdicts.Broken("", "status", f"HTTP {answer.status_code} is not documented")], []
            )
        parsed, broken, findings = judged.document, judged.broken, judged.behind
        with self._lock:
            self.recording.broken += bool(broken)
            self.recording.behind.record(findings)
        proposals = verdicts.Behind()
        proposals.record(findings)
        verdict = (
            "BROKEN " + "; ".join(str(problem) for problem in broken)
            if broken
            else "SPEC BEHIND " + "; ".join(proposal.headline() for proposal in proposals.ordered())
            if findings
            else "ok"
        )
        self._line(f"{label} {answer.status_code}: {verdict}")
        if answer.is_success and parsed is not None and not broken:
            self.write(number, matched, answer.status_code, sent, parsed, proposals)

    def write(
        self,
        number: int,
        matched: routes.Found,
        status: int,
        sent: bytes,
        parsed: Any,
        proposals: verdicts.Behind,
    ) -> None:
        operation = matched.operation
        try:
            request_body: Any = json.loads(sent) if sent.strip() else None
        except ValueError:
            request_body = sent.decode("utf-8", "replace")
        witness = {
            "what": "answer",
            "operation": operation.operation_id,
            "status": status,
            "path": {name: value for name, value in matched.path.items() if name != "merchantId"},
            "source": {
                "kind": "recorded",
                "address": self.upstream,
                "date": datetime.date.today().isoformat(),
                "shows": f"{operation.method.upper()} {operation.path} answered {status}, recorded by scripts/record",
            },
            "request": {"method": operation.method.upper(), "path": operation.path, "body": request_body},
            "behind": [proposal.headline() for proposal in proposals.ordered()],
            "deviation": None,
            "body": parsed,
        }
        self.out.mkdir(parents=True, exist_ok=True)
        path = self.out / f"recorded-{number:04d}-{operation.operation_id}-{status}.json"
        text = json.dumps(witness, indent=2, ensure_ascii=False) + "\n"
        path.write_text(redact_all(text, self.known_secrets()), encoding="utf-8")
        with self._lock:
            self.recording.written.append(path)

    def saw_secret(self, secret: str) -> None:
        """Keep a token a request carried: every later line, file and the summary redact it."""
        if secret:
            with self._lock:
                if secret not in self.secrets:
                    self.secrets.append(secret)

    def known_secrets(self) -> list[str]:
        with self._lock:
            return list(self.secrets)

    def _line(self, text: str) -> None:
        # Every line through the one secret rule (a path or a verdict may quote what was sent),
        # and one line: what a request or an answer held cannot forge another.
        shown = redact_all(_redact.one_line(text), self.known_secrets())
        with self._lock:
            self.log.write(f"record: {shown}\n")
            self.log.flush()

    def summary(self) -> None:
        recording = self.recording
        lines = [
            f"record: {recording.exchanges} exchange(s), {recording.broken} broke the contract, "
            f"{len(recording.behind)} change(s) the spec needs, "
            f"{len(recording.written)} witness file(s) in {self.out}"
        ]
        for proposal in recording.behind.ordered():
            lines.append(f"SPEC BEHIND {_redact.one_line(proposal.headline())}")
            lines.extend(f"    {line}" for line in proposal.fragment().splitlines())
        # The proposals quote the values answers held: a token echoed in an enum field too.
        self.log.write(redact_all("\n".join(lines) + "\n", self.known_secrets()))
        self.log.flush()


def _within(base: str, path: str) -> bool:
    """Whether `path`, its dot segments resolved (as the upstream resolves them: RFC 3986
    5.2.4), stays under the base path `base`."""
    resolved = posixpath.normpath(path) if path else "/"
    resolved = "/" + resolved.lstrip("/")  # normpath keeps a leading "//"
    base = base.rstrip("/")
    return not base or resolved == base or resolved.startswith(base + "/")


def _bearer(header: str) -> str:
    return header[len("bearer ") :].strip() if header.lower().startswith("bearer ") else ""


def main(argv: Sequence[str] | None = None, *, out: TextIO = sys.stdout) -> int:
    parser = argparse.ArgumentParser(
        prog="scripts/record",
        description="A loopback proxy to imoje's sandbox that judges every exchange and writes witness files.",
    )
    parser.add_argument("--upstream", default="https://sandbox.api.imoje.pl/v1/merchant", help="(default: %(default)s)")
    parser.add_argument("--out", type=Path, default=Path("reports/recorded"), help="(default: %(default)s)")
    parser.add_argument("--port-file", type=Path, help="write the proxy's base URL there once it listens")
    parser.add_argument(
        "--max-answer-bytes", type=int, default=MAX_ANSWER_BYTES, help="an answer's cap, decompressed (%(default)s)"
    )
    parser.add_argument(
        "--max-request-bytes", type=int, default=MAX_REQUEST_BYTES, help="a request's cap (%(default)s)"
    )
    args = parser.parse_args(argv)
    if args.max_answer_bytes < 1 or args.max_request_bytes < 1:
        out.write("record: --max-answer-bytes and --max-request-bytes are whole numbers of 1 or more\n")
        return exit_codes.BAD_SETTING
    # The shop key appears in no exchange imoje answers, but a service may echo it: redacted too.
    secrets = [os.environ.get("IMOJE_SERVICE_KEY", ""), os.environ.get("IMOJE_TOKEN", "")]
    try:
        recorder = Recorder(
            args.upstream, args.out, env=os.environ, secrets=secrets, log=out,
            max_answer_bytes=args.max_answer_bytes, max_request_bytes=args.max_request_bytes,
        )  # fmt: skip
    except TargetRefused as refused:
        out.write(f"record: refused, nothing listens and nothing was sent: {refused}\n")
        return exit_codes.REFUSED
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    with BackgroundServer(recorder.app(), lifespan="on") as server:
        base = f"{server.url}{recorder.prefix}"
        out.write(f"record: forwarding {base} to {recorder.upstream}; witness files go to {args.out}\n")
        out.flush()
        if args.port_file:
            args.port_file.write_text(base, encoding="utf-8")
        stop.wait()
    recorder.summary()
    return recorder.recording.exit_code()


if __name__ == "__main__":
    sys.exit(main())
