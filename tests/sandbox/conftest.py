from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from imoje_client import openapi
from starlette.applications import Starlette
from starlette.testclient import TestClient

from imoje_sandbox import SandboxConfig, SandboxServer, create_app
from tests.spec_document import response_validator

CONFIG = SandboxConfig(seed=7)
MERCHANT_URL = f"http://sandbox/v1/merchant/{CONFIG.merchant_id}"
AUTH = {"Authorization": f"Bearer {CONFIG.token}"}


@pytest.fixture
def app() -> Starlette:
    return create_app(CONFIG)


@pytest.fixture
def api(app: Starlette) -> Iterator[TestClient]:
    """The merchant's API of a fresh sandbox, authenticated; server errors come back as 500s."""
    with TestClient(app, base_url=MERCHANT_URL, headers=AUTH, raise_server_exceptions=False) as client:
        yield client


@pytest.fixture
def server() -> Iterator[SandboxServer]:
    with SandboxServer(CONFIG) as running:
        yield running


def conforms(operation_id: str, response: httpx.Response) -> Any:
    """The response's JSON, after checking it strictly against the spec for its status."""
    assert response.headers["content-type"] == "application/json", response.headers
    body = response.json()
    problems = list(openapi.problems(response_validator(operation_id, response.status_code), body))
    assert problems == [], f"{operation_id} {response.status_code}: {problems}"
    return body
