"""The sandbox served by uvicorn on a free loopback port, in a thread, for tests that need sockets."""

import socket
import threading
import time

import uvicorn
from imoje_sandbox import API_PREFIX, SandboxConfig, create_app
from starlette.applications import Starlette


class LoopbackSandbox:
    def __init__(self, config: SandboxConfig) -> None:
        self.config = config
        self.app: Starlette = create_app(config)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.server = uvicorn.Server(uvicorn.Config(self.app, log_level="warning", lifespan="off"))
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.listener]}, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.listener.getsockname()[1]}{API_PREFIX}"

    @property
    def merchant_url(self) -> str:
        return f"{self.base_url}/{self.config.merchant_id}"

    def __enter__(self) -> "LoopbackSandbox":
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if time.monotonic() > deadline:
                raise TimeoutError("the sandbox did not start within 10 s")
            time.sleep(0.01)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(10)
        self.listener.close()
