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
