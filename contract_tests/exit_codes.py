"""The runner's exit codes. pytest owns 0-5 (1: contract failures; 3: its own internal
error), so each refusal to start has a code of its own that no pytest outcome shares."""

PASSED = 0
CONTRACT_FAILED = 1
# The production guard refused the target: nothing was sent.
REFUSED = 10
# The target refused the credentials in the pre-flight read: nothing else was sent.
CREDENTIALS_REFUSED = 11
# A setting is wrong (IMOJE_PROFILE, IMOJE_CONTRACT_SEED...): nothing was sent.
BAD_SETTING = 12
# Nothing broke, but the target sent what the spec does not know yet (a new field or enum
# value, a null or another type in an optional field, a string past a documented pattern):
# the run printed, and wrote, the spec change each needs (contract_tests/verdicts.py).
SPEC_BEHIND = 13
