"""A local, stateful stand-in for imoje's sandbox, driven by spec/imoje.yaml."""

from imoje_sandbox.app import create_app
from imoje_sandbox.config import API_PREFIX, SandboxConfig
from imoje_sandbox.errors import ApiProblem
from imoje_sandbox.server import BackgroundServer, SandboxServer
from imoje_sandbox.state import Store

__all__ = [
    "API_PREFIX",
    "ApiProblem",
    "BackgroundServer",
    "SandboxConfig",
    "SandboxServer",
    "Store",
    "create_app",
]
