"""schemathesis, in process, finds nothing wrong with the sandbox: every operation, every check."""

import os
from typing import Any

import schemathesis
from hypothesis import settings

from contract_tests import st_settings
from contract_tests.resources import KnownResources, install
from imoje_sandbox import SandboxConfig, create_app, seeds

CONFIG = SandboxConfig(seed=3)
APP = create_app(CONFIG)
THOROUGH = os.environ.get("IMOJE_PROFILE") == "thorough"

# The suite's own settings (contract_tests/st_settings.py), judged by schemathesis's checks.
SETTINGS = st_settings.config(
    merchant_id=CONFIG.merchant_id,
    token=CONFIG.token,
    examples=400 if THOROUGH else 25,
    seed=None if THOROUGH else 20261123,
)
SCHEMA = schemathesis.openapi.from_asgi("/openapi.json", APP, config=SETTINGS)
KNOWN = KnownResources(
    merchant_id=CONFIG.merchant_id,
    # One shop: a cancel built from a create link must name the link's own shop.
    service_ids=(CONFIG.service_id,),
    payment_profile_ids=tuple(APP.state.sandbox.store.profiles),
)
install(SCHEMA, APP.state.sandbox.document, KNOWN)


@SCHEMA.parametrize()
def test_every_operation_conforms(case: schemathesis.Case[Any]) -> None:
    case.call_and_validate()


def test_stateful_run_follows_the_links_from_create_to_cancel() -> None:
    calls: list[tuple[str, int, Any, Any]] = []

    # The payment links' paths only, in a schema of their own: the walk this test asserts is
    # theirs, and with every operation (11) in one state machine it depended on how the
    # others drew (a clean-clone run missed it; `include()` does not narrow the machine).
    document = APP.state.sandbox.document
    paths = {path: item for path, item in document["paths"].items() if "/payment" in path}
    links = schemathesis.openapi.from_dict({**document, "paths": paths}, config=SETTINGS)
    links.app = APP
    install(links, document, KNOWN)

    class Workflow(links.as_state_machine()):  # type: ignore[misc]
        def setup(self) -> None:
            # Each run starts from the seeded records and id sequence, as hypothesis
            # needs a run to replay the same way when it shrinks.
            APP.state.sandbox.store.reset()

        def after_call(self, response: Any, case: schemathesis.Case[Any]) -> None:
            super().after_call(response, case)
            assert "/payment" in case.operation.label, case.operation.label
            body = response.json() if response.content else None
            calls.append((case.operation.label, response.status_code, case.body, body))

    # Quick runs replay one fixed exploration, so CI is stable; thorough runs explore anew.
    Workflow.run(
        settings=settings(
            max_examples=200 if THOROUGH else 25,
            stateful_step_count=10,
            deadline=None,
            derandomize=not THOROUGH,
            database=None,
        )
    )

    created = {
        body["payment"]["id"] for label, status, _, body in calls if label.endswith("/payment") and status == 200
    }
    cancelled = [
        request["paymentId"]
        for label, status, request, _ in calls
        if label.endswith("/payment/cancel") and status in (200, 400) and isinstance(request, dict)
    ]
    read = [body["id"] for label, status, _, body in calls if label.endswith("/{paymentId}") and status == 200]
    assert created, "the run never created a link"
    assert created & set(cancelled), "no cancellation followed a create link"
    assert created & set(read), "no read followed a create link"
    assert seeds.DOCS_PENDING_LINK_ID not in created
