import os

from hypothesis import HealthCheck, settings

# The fixture a service's tests get from imoje-sandbox's entry point, loaded here by name.
pytest_plugins = ["imoje_sandbox.pytest_plugin"]

# Quick by default so that `make test` stays short; IMOJE_PROFILE=thorough for nightly depth.
settings.register_profile("quick", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("thorough", max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("thorough" if os.environ.get("IMOJE_PROFILE") == "thorough" else "quick")
