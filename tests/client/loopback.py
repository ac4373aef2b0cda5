"""A raw HTTP server on loopback that misbehaves as a test tells it to."""

import contextlib
import socket
import threading
from collections.abc import Callable
from typing import Any


class LoopbackServer:
    """Reads each request, counts it, then behaves as told: close, stall, or answer."""

    def __init__(self, behaviour: Callable[[socket.socket], None]) -> None:
        self.behaviour = behaviour
        self.requests = 0
        self.received: list[bytes] = []
        self.peers: list[str] = []
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.listener.settimeout(0.2)
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.listener.getsockname()[1]}/v1/merchant"

    def _serve(self) -> None:
        # One connection at a time; each is closed once the behaviour returns.
        while not self.stopping.is_set():
            try:
                connection, _ = self.listener.accept()
            except TimeoutError:
                continue
            with connection:
                connection.settimeout(2)
                data = b""
                while b"\r\n\r\n" not in data:
                    chunk = connection.recv(65536)
                    if not chunk:
                        break
                    data += chunk
                if data:
                    self.requests += 1
                    self.received.append(data)
                    self.peers.append(connection.getpeername()[0])
                    # A client that gives up mid-answer closes the socket: that ends the behaviour.
                    with contextlib.suppress(OSError):
                        self.behaviour(connection)

    def __enter__(self) -> "LoopbackServer":
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stopping.set()
        self.thread.join(5)
        self.listener.close()


def answering(status: int, content: bytes = b"", headers: dict[str, str] | None = None) -> Any:
    """A behaviour that answers one fixed response."""
    head = f"HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {len(content)}\r\n"
    extra = "".join(f"{name}: {value}\r\n" for name, value in (headers or {}).items())
    whole = (head + extra + "Connection: close\r\n\r\n").encode() + content  # built before any measuring
    return lambda connection: connection.sendall(whole)
