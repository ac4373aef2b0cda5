import os

import pytest
from hypothesis import HealthCheck, Phase, settings

# The fixture a service's tests get from imoje-sandbox's entry point, loaded here by name.
pytest_plugins = ["imoje_sandbox.pytest_plugin"]

# Quick by default so that `make test` stays short; IMOJE_PROFILE=thorough for nightly depth.
settings.register_profile("quick", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("thorough", max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# IMOJE_PROFILE=break: no shrinking, for breaking the code on purpose and seeing which tests fail.
settings.register_profile(
    "break", parent=settings.get_profile("quick"), phases=[Phase.explicit, Phase.reuse, Phase.generate]
)
settings.load_profile({"thorough": "thorough", "break": "break"}.get(os.environ.get("IMOJE_PROFILE", ""), "quick"))


# Scheduling only (no test depends on another's order): the tests that run the contract
# suite or build wheels take 3 to 50 s each; collected first, xdist's load scheduling starts
# them on both workers at once, instead of one of them being handed the last long test.
HEAVY = ("tests/contract/", "tests/packaging/")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    items.sort(key=lambda item: not item.nodeid.startswith(HEAVY))
