"""The client's log: the standard `logging` logger "imoje_client", silent unless configured.

    DEBUG    one line a request attempt: operation, method, path template, status, elapsed
             milliseconds, attempt number, and imoje's request id when its answer names one
    INFO     a read attempted again (why, and after how long)
    WARNING  a call that moves money or state whose outcome is not known

Each record also carries what its line says as attributes (`imoje_operation`,
`imoje_method`, `imoje_path`, `imoje_status`, `imoje_attempt`, `imoje_elapsed_ms`,
`imoje_request_id`, `imoje_error`, `imoje_wait`), for structured log handlers.

It never writes the token, nor a body: with `IMOJE_LOG_BODIES=1` the DEBUG line also carries
the request's and the answer's bodies as they are shown elsewhere (the token redacted), cut
at 2,000 bytes. `IMOJE_LOG=debug` (or `info`, `warning`) in the environment, read when the
package is imported, adds a handler writing to stderr at that level, as openai-python's
`OPENAI_LOG` does; a service that configures `logging` itself needs neither.
"""

import logging
import os
import sys
from collections.abc import Mapping

from ._redact import one_line
from ._request_id import request_id
from .errors import NOT_KNOWN, OutcomeUnknownContractError, OutcomeUnknownError

logger = logging.getLogger("imoje_client")

LEVELS = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING}
SHOWN_BYTES = 2000


def configure_from(environ: Mapping[str, str]) -> logging.Handler | None:
    """Send the log to stderr at the level `IMOJE_LOG` names; None when it names none."""
    level = LEVELS.get(environ.get("IMOJE_LOG", "").strip().lower())
    if level is None:
        return None
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)
    return handler


def bodies_asked(environ: Mapping[str, str] = os.environ) -> bool:
    return environ.get("IMOJE_LOG_BODIES", "").strip().lower() in ("1", "true", "yes")


def bodies_wanted() -> bool:
    """Whether a DEBUG line would carry bodies now (the environment is read only then)."""
    return logger.isEnabledFor(logging.DEBUG) and bodies_asked()


def _shown(content: bytes) -> str:
    # One line: a body's line breaks, escaped, cannot forge another record.
    text = one_line(content[:SHOWN_BYTES].decode(errors="replace"))
    return text + (" ..." if len(content) > SHOWN_BYTES else "")


def answered(
    operation: str,
    route: tuple[str, str],
    status: int,
    elapsed: float,
    attempt: int,
    headers: Mapping[str, str],
    sent: bytes | None = None,
    content: bytes | None = None,
) -> None:
    if not logger.isEnabledFor(logging.DEBUG):
        return
    found = request_id(headers)
    found = one_line(found) if found else found
    line = f"{operation} {route[0]} {route[1]} -> HTTP {status} in {elapsed * 1000:.1f} ms (attempt {attempt})"
    line += f" request id {found}" if found else ""
    if bodies_asked() and (sent or content):
        line += f"; sent: {_shown(sent or b'')}; answered: {_shown(content or b'')}"
    facts = _facts(operation, route, attempt, elapsed)
    logger.debug(line, extra={**facts, "imoje_status": status, "imoje_request_id": found})


def failed(operation: str, route: tuple[str, str], error: Exception, elapsed: float, attempt: int) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        reason = one_line(f"{type(error).__name__}: {error}")
        line = f"{operation} {route[0]} {route[1]} -> {reason} after {elapsed * 1000:.1f} ms (attempt {attempt})"
        logger.debug(line, extra={**_facts(operation, route, attempt, elapsed), "imoje_error": type(error).__name__})


def retrying(operation: str, why: str, wait: float, attempt: int) -> None:
    logger.info(
        f"{operation}: attempt {attempt} {why}; trying again in {wait:.2f} s",
        extra={"imoje_operation": operation, "imoje_attempt": attempt, "imoje_wait": wait},
    )


def outcome_unknown(error: OutcomeUnknownError, attempt: int | None = None) -> None:
    """The WARNING a service alerts on, with the facts every record carries: the status
    answered (None when none came), the request id the answer gave, the attempt."""
    known = "" if isinstance(error, OutcomeUnknownContractError) else f"; {NOT_KNOWN}"
    facts = {
        "imoje_operation": error.operation,
        "imoje_status": getattr(error, "status_code", None),
        "imoje_request_id": getattr(error, "request_id", None),
        "imoje_attempt": attempt,
    }
    logger.warning(f"{error.operation}: {one_line(error.reason)}{known}", extra=facts)


def _facts(operation: str, route: tuple[str, str], attempt: int, elapsed: float) -> dict[str, object]:
    """What a request line says, as attributes of its log record (`record.imoje_...`)."""
    return {
        "imoje_operation": operation,
        "imoje_method": route[0],
        "imoje_path": route[1],
        "imoje_attempt": attempt,
        "imoje_elapsed_ms": round(elapsed * 1000, 3),
    }


__all__ = [
    "answered",
    "bodies_asked",
    "bodies_wanted",
    "configure_from",
    "failed",
    "logger",
    "outcome_unknown",
    "retrying",
]
