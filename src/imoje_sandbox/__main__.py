"""`python -m imoje_sandbox`: run the sandbox in the foreground (scripts/sandbox wraps it)."""

import argparse
import socket
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from imoje_sandbox import faults, server
from imoje_sandbox.app import create_app
from imoje_sandbox.config import (
    DEFAULT_MERCHANT_ID,
    DEFAULT_SERVICE_ID,
    DEFAULT_SERVICE_KEY,
    DEFAULT_TOKEN,
    SandboxConfig,
)


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m imoje_sandbox", description="Run the imoje sandbox emulator (scripts/sandbox runs this)."
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default: %(default)s)")
    parser.add_argument("--port", type=int, default=8700, help="port; 0 picks a free one (default: %(default)s)")
    parser.add_argument("--token", default=DEFAULT_TOKEN, help="bearer token it accepts (default: %(default)s)")
    parser.add_argument("--merchant-id", default=DEFAULT_MERCHANT_ID, help="merchant id (default: %(default)s)")
    parser.add_argument("--service-id", default=DEFAULT_SERVICE_ID, help="shop id (default: %(default)s)")
    parser.add_argument("--seed", type=int, default=None, help="replay ids and timestamps from this seed")
    parser.add_argument("--spec", type=Path, default=None, help="OpenAPI document (default: spec/imoje.yaml)")
    parser.add_argument("--service-key", default=DEFAULT_SERVICE_KEY, help="shop key signing notifications")
    parser.add_argument("--notify-url", default=None, help="where notifications go (default: none are sent)")
    parser.add_argument(
        "--notify-time-scale", type=float, default=1.0, help="scale imoje's retry schedule (0.001: 10 s -> 10 ms)"
    )
    parser.add_argument(
        "--allow-loopback-notifications",
        action="store_true",
        help="allow a notify URL on localhost or with a port (imoje itself rejects them)",
    )
    parser.add_argument(
        "--allow-remote-receivers",
        action="store_true",
        help="let /_sandbox/notify-to name a host off this machine (never imoje's hosts or link-local ones)",
    )
    parser.add_argument(
        "--notify-link-created",
        action="store_true",
        help="also notify when a payment link is created (a convention of this sandbox, not imoje's)",
    )
    parser.add_argument(
        "--refunds-settle-after",
        type=int,
        default=None,
        metavar="SECONDS",
        help="answer refunds `new` and settle them (with a notification) this many seconds later",
    )
    parser.add_argument(
        "--pre-authorisation",
        action="store_true",
        help="the shop's pre-authorisation: paid transactions wait as authorized until captured or voided",
    )
    parser.add_argument(
        "--fault",
        action="append",
        default=[],
        choices=sorted(faults.ALL),
        metavar="NAME",
        help="misbehave on purpose, to test a contract suite (repeatable): " + ", ".join(sorted(faults.ALL)),
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> None:
    args = parse_args(argv)
    try:
        config = _config(args)
        # Bound before the app is made: its payment links name its own pages on this origin.
        listener = server.listen(args.host, args.port)
        app = create_app(config, spec_path=args.spec, public_url=server.origin(listener))
    except ValueError as refused:
        sys.exit(f"imoje_sandbox: {refused}")
    except OSError as taken:
        sys.exit(f"imoje_sandbox: cannot listen on {args.host}:{args.port}: {taken.strerror}")
    _serve(args, config, app, listener)


def _config(args: argparse.Namespace) -> SandboxConfig:
    return SandboxConfig(
        token=args.token,
        merchant_id=args.merchant_id,
        service_id=args.service_id,
        seed=args.seed,
        faults=frozenset(args.fault),
        service_key=args.service_key,
        notify_url=args.notify_url,
        notify_time_scale=args.notify_time_scale,
        allow_loopback_notifications=args.allow_loopback_notifications,
        pre_authorisation=args.pre_authorisation,
        allow_remote_receivers=args.allow_remote_receivers,
        notify_link_created=args.notify_link_created,
        refunds_settle_after=args.refunds_settle_after,
    )


def _serve(args: argparse.Namespace, config: SandboxConfig, app: Any, listener: socket.socket) -> None:
    # Bound before printing, so that the URL names the real port even with --port 0.
    print(f"imoje sandbox: {server.base_url(listener)}", flush=True)
    print(f"  merchant id: {config.merchant_id}", flush=True)
    print(f"  service id:  {config.service_id}", flush=True)
    print(f"  token:       {config.token}", flush=True)
    print(f"  seed:        {config.seed if config.seed is not None else 'none (random ids, wall clock)'}", flush=True)
    # The key notifications are signed with: a receiver under test needs it to verify them.
    print(f"  shop key:    {config.service_key}", flush=True)
    if config.notify_url:
        print(f"  notify url:  {config.notify_url}", flush=True)
    if config.faults:
        print(f"  FAULTS ON:   {', '.join(sorted(config.faults))}", flush=True)
    server.uvicorn_server(app).run(sockets=[listener])
    sys.exit(0)


if __name__ == "__main__":
    main()
