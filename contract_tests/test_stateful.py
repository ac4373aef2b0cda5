"""A stateful run along the spec's links: create -> get -> cancel -> cancel again."""

from collections.abc import Callable
from typing import Any

from hypothesis import settings

from contract_tests.profile import Profile
from contract_tests.transport import GuardedSession


def test_links(
    contract_schema: Any, session: GuardedSession, reset_sandbox: Callable[[], None], profile: Profile
) -> None:
    class Workflow(contract_schema.as_state_machine()):  # type: ignore[misc]
        def setup(self) -> None:
            # On the embedded sandbox each scenario starts from the seeded records, so
            # hypothesis can replay a scenario exactly when it shrinks a failure.
            reset_sandbox()

        def get_call_kwargs(self, case: Any) -> dict[str, Any]:
            return {"session": session}

    Workflow.run(
        settings=settings(
            max_examples=profile.stateful_scenarios,
            stateful_step_count=profile.stateful_steps,
            deadline=None,
            database=None,
        )
    )
