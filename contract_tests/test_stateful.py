"""A stateful run along the spec's links: create -> get -> cancel -> cancel again.

It must really walk the links: a run whose every answer is a 401, or whose links never
resolve, checks nothing, so the test asserts that some scenario created a link, read it
and cancelled it (in either order), each answered 200.
"""

from collections.abc import Callable
from typing import Any

from hypothesis import settings

from contract_tests import context as run_context
from contract_tests import suite
from contract_tests.failures import StatefulWalkMissing
from contract_tests.profile import Profile
from contract_tests.transport import GuardedSession

WALK = ("createPayment", "getPayment", "cancelPayment")


def link_id(operation_id: str, case: Any, answer: Any) -> Any:
    """The payment link a successful step acted on."""
    if operation_id == "createPayment":
        return answer.get("payment", {}).get("id") if isinstance(answer, dict) else None
    if operation_id == "getPayment":
        return (case.path_parameters or {}).get("paymentId")
    return case.body.get("paymentId") if isinstance(case.body, dict) else None


def walked(steps: list[tuple[str, Any]]) -> bool:
    """Whether one link was created, then both read and cancelled (the spec links each of
    the three to the others, so either order follows the links)."""
    for index, (operation_id, created) in enumerate(steps):
        if operation_id == WALK[0] and created is not None:
            later = {name for name, link in steps[index + 1 :] if link == created}
            if set(WALK[1:]) <= later:
                return True
    return False


def links_schema() -> Any:
    """The run's schema, cut down to the paths of the walk's operations."""
    context = run_context.current()
    document = context.document
    paths = {
        path: item
        for path, item in document["paths"].items()
        if any(isinstance(operation, dict) and operation.get("operationId") in WALK for operation in item.values())
    }
    return suite.load({**document, "paths": paths}, context.target, context.profile, context.seed, context.tally)


def test_links(session: GuardedSession, reset_sandbox: Callable[[], None], profile: Profile) -> None:
    scenarios: list[list[tuple[str, Any]]] = []

    # The payment links' operations only, in a schema of their own: with every operation
    # of the spec in one state machine (11), the quick profile's 25 scenarios found
    # create -> get -> cancel for only about half the seeds, and `include()` on the run's
    # schema did not narrow its state machine.
    links = links_schema()

    class Workflow(links.as_state_machine()):  # type: ignore[misc]
        def setup(self) -> None:
            # On the embedded sandbox each scenario starts from the seeded records, so
            # hypothesis can replay a scenario exactly when it shrinks a failure.
            reset_sandbox()
            scenarios.append([])

        def get_call_kwargs(self, case: Any) -> dict[str, Any]:
            return {"session": session}

        def after_call(self, response: Any, case: Any) -> None:
            super().after_call(response, case)
            operation_id = case.operation.definition.raw.get("operationId")
            if response.status_code == 200 and operation_id in WALK:
                try:
                    answer = response.json()
                except ValueError:
                    answer = None
                scenarios[-1].append((operation_id, link_id(operation_id, case, answer)))

    Workflow.run(
        settings=settings(
            max_examples=profile.stateful_scenarios,
            stateful_step_count=profile.stateful_steps,
            deadline=None,
            database=None,
        )
    )
    if not any(walked(steps) for steps in scenarios):
        raise StatefulWalkMissing(
            operation="POST /{merchantId}/payment",
            message=(
                f"in {len(scenarios)} scenarios no payment link was created, then read and cancelled (each "
                "answered 200): the links were not followed, or the target refused every step"
            ),
        )
