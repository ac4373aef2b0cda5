# Every target creates and reuses the local virtualenv by itself: a fresh machine needs
# only Python 3 and make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
READY := $(VENV)/.ready

.PHONY: help generate check-generated lint typecheck pytest test contract sandbox bench dist clean

help:
	@echo "make contract         the contract suite, against the embedded sandbox (or IMOJE_BASE_URL)"
	@echo "make test             everything CI runs: check-generated, lint, typecheck, pytest (the contract suite's whole run included)"
	@echo "make generate         regenerate generated/imoje_client from spec/imoje.yaml"
	@echo "make check-generated  fail, printing the diff, if generated/ is stale"
	@echo "make bench            measure the client, the sandbox and the suite; write BENCHMARKS.md"
	@echo "make dist             build the imoje-client and imoje-sandbox wheels into dist/"
	@echo "make sandbox          run the imoje sandbox emulator on 127.0.0.1:8700 (ARGS='--seed 1' for more)"

$(READY): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $@

generate: $(READY)
	$(BIN)/python scripts/generate

check-generated: $(READY)
	$(BIN)/python scripts/generate --check

lint: $(READY)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(READY)
	$(BIN)/mypy generated/imoje_client src/imoje_spec src/imoje_sandbox contract_tests benchmarks tests
	$(BIN)/mypy scripts/generate scripts/in_venv.py
	$(BIN)/mypy scripts/sandbox
	$(BIN)/mypy scripts/contract
	$(BIN)/mypy scripts/bench
	$(BIN)/mypy scripts/vendor-examples
	$(BIN)/mypy scripts/screenshots
	$(BIN)/mypy scripts/vendor

pytest: $(READY)
	$(BIN)/pytest -n 2

# make turns any failing command into its own exit 2: the suite's code (README, "exit codes")
# is printed here, and scripts/contract exits with it.
contract: $(READY)
	@$(BIN)/python -m contract_tests.runner; code=$$?; \
	if [ $$code -ne 0 ]; then echo "make contract: the suite exited $$code (make reports 2; scripts/contract exits $$code)"; fi; \
	exit $$code

# The contract suite's whole run is a test among the others (tests/contract/test_default_run.py,
# smoke profile), so that xdist packs it on the two cores.
test: check-generated lint typecheck pytest

bench: $(READY)
	$(BIN)/python -m benchmarks

# Two wheels: imoje-client (generated/, only what the client needs) and imoje-sandbox
# (packaging/imoje-sandbox: the emulator and its pytest plugin), offline, with the pinned backend.
dist: $(READY)
	rm -rf dist
	$(BIN)/python -m pip wheel --quiet --disable-pip-version-check --no-deps --no-build-isolation -w dist ./generated ./packaging/imoje-sandbox
	@ls dist

sandbox: $(READY)
	$(BIN)/python -m imoje_sandbox $(ARGS)

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis dist
