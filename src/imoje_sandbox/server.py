"""Serving the sandbox over HTTP: in the foreground (the CLI) or in a background thread (tests)."""

import socket
import threading
import time
from typing import Literal, Self

import uvicorn
from starlette.applications import Starlette
from starlette.types import ASGIApp

from imoje_sandbox.app import create_app
from imoje_sandbox.config import API_PREFIX, SandboxConfig
from imoje_sandbox.protocol import ImojeH11Protocol


def listen(host: str, port: int) -> socket.socket:
    """A listening socket; port 0 picks a free one, which getsockname() then tells."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    listener = socket.socket(family, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    # Accepted connections inherit it: without it, Nagle's algorithm and delayed ACKs hold
    # each answer's body back by ~40 ms (measured: 44 ms per request, 0.6 ms with it).
    listener.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    listener.bind((host, port))
    listener.listen(128)
    return listener


def origin(listener: socket.socket) -> str:
    """`http://host:port` of a listening socket."""
    host, port = listener.getsockname()[:2]
    return f"http://{f'[{host}]' if listener.family == socket.AF_INET6 else host}:{port}"


def base_url(listener: socket.socket) -> str:
    host, port = listener.getsockname()[:2]
    shown = f"[{host}]" if listener.family == socket.AF_INET6 else host
    return f"http://{shown}:{port}{API_PREFIX}"


def uvicorn_server(app: ASGIApp, lifespan: Literal["on", "off", "auto"] = "off") -> uvicorn.Server:
    return uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan=lifespan, http=ImojeH11Protocol))


# How long a server may take to start serving.
STARTUP_SECONDS = 10.0


class BackgroundServer:
    """Any ASGI app on a free loopback port in a background thread, as a context manager."""

    def __init__(
        self,
        app: ASGIApp,
        host: str = "127.0.0.1",
        *,
        lifespan: Literal["on", "off", "auto"] = "off",
        listener: socket.socket | None = None,
    ) -> None:
        """`lifespan`: "auto" runs an app's startup and shutdown (a service's webhook app that
        sets its state at startup); the sandbox itself has none. `listener`: a socket bound
        already (an app that must know its own origin before it serves)."""
        self.app = app
        self.listener = listener or listen(host, 0)
        self.url = origin(self.listener)
        self._server = uvicorn_server(app, lifespan)
        self._failure: BaseException | None = None
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        try:
            self._server.run(sockets=[self.listener])
        except BaseException as failure:  # noqa: BLE001 (said by __enter__, which raises)
            self._failure = failure

    def __enter__(self) -> Self:
        self._thread.start()
        started = time.monotonic()
        while not self._server.started:
            waited = time.monotonic() - started
            if not self._thread.is_alive() or waited > STARTUP_SECONDS:
                self.listener.close()
                raise RuntimeError(self._why_not_started(waited))
            time.sleep(0.01)
        return self

    def _why_not_started(self, waited: float) -> str:
        """What happened, as far as the server's thread shows it."""
        if self._thread.is_alive():
            return f"the server did not start within {STARTUP_SECONDS:g} s"
        # uvicorn ends a failed startup with SystemExit(3), after logging the app's error.
        if getattr(getattr(self._server, "lifespan", None), "startup_failed", False):
            return (
                f"the app's startup failed after {waited:.1f} s (its lifespan startup raised; uvicorn logged "
                "the error above), so the server stopped before serving"
            )
        if self._failure is not None:
            failure = f"{type(self._failure).__name__}: {self._failure}"
            return f"the server stopped after {waited:.1f} s, before serving: {failure}"
        return f"the server stopped after {waited:.1f} s, before serving (uvicorn logged why above)"

    def stop_soon(self) -> None:
        """Ask the server to stop without waiting (uvicorn takes about 0.15 s): several
        servers asked first, then left, stop together."""
        self._server.should_exit = True

    def __exit__(self, *exc: object) -> None:
        self.stop_soon()
        self._thread.join(10)
        self.listener.close()


class SandboxServer(BackgroundServer):
    """The sandbox on a free loopback port in a background thread, as a context manager.

    with SandboxServer(SandboxConfig(seed=1)) as sandbox:
        client = AuthenticatedClient(base_url=sandbox.base_url, token=sandbox.config.token)
    """

    def __init__(self, config: SandboxConfig | None = None, host: str = "127.0.0.1") -> None:
        self.config = config or SandboxConfig()
        # Bound first: payment links name the sandbox's own pages on its real origin.
        listener = listen(host, 0)
        super().__init__(create_app(self.config, public_url=origin(listener)), host, listener=listener)
        self.sandbox_app: Starlette = self.app  # type: ignore[assignment]
        self.base_url = base_url(self.listener)
        self.merchant_url = f"{self.base_url}/{self.config.merchant_id}"

    def __exit__(self, *exc: object) -> None:
        # Deliveries in flight end (cancelled, their connections closed) before the loop does.
        self.sandbox_app.state.sandbox.notifier.stop()
        super().__exit__(*exc)
