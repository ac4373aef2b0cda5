"""Wires the contract suite to its target: read from the environment, guarded, tallied, summarised.

Run through `make contract` (scripts/contract), which picks the target, starts the embedded
sandbox when none is named, redacts the token from everything printed or written, and
keeps the JUnit report at reports/contract-junit.xml.
"""

import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from contract_tests import context as run_context
from contract_tests import exit_codes
from contract_tests.irreversible import IrreversibleGuard
from contract_tests.preflight import CredentialsRefused, preflight
from contract_tests.profile import Profile
from contract_tests.target import EMBEDDED_OPTION, Target, TargetRefused
from contract_tests.transport import GuardedSession

FAILURES: list[tuple[str, str]] = []


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        EMBEDDED_OPTION,
        default=None,
        metavar="CONTROL_URL",
        help="set by the runner alone, for the loopback sandbox it started itself",
    )


def pytest_configure(config: pytest.Config) -> None:
    # Refuse before collection, so that a refused target sends nothing at all.
    run_context.mark_embedded(config.getoption(EMBEDDED_OPTION))
    try:
        context = run_context.current()
    except TargetRefused as refused:
        pytest.exit(f"contract suite refused its target: {refused}", returncode=exit_codes.REFUSED)
    except ValueError as wrong:
        pytest.exit(f"contract suite cannot start: {wrong}", returncode=exit_codes.BAD_SETTING)
    with GuardedSession(context.target, context.guard) as session:
        try:
            preflight(session)
        except CredentialsRefused as refused:
            pytest.exit(f"contract suite refused to start: {refused}", returncode=exit_codes.CREDENTIALS_REFUSED)


@pytest.fixture(scope="session")
def target() -> Target:
    return run_context.current().target


@pytest.fixture(scope="session")
def document() -> dict[str, Any]:
    return run_context.current().document


@pytest.fixture(scope="session")
def contract_schema() -> Any:
    return run_context.current().schema


@pytest.fixture(scope="session")
def profile() -> Profile:
    return run_context.current().profile


@pytest.fixture(scope="session")
def guard() -> IrreversibleGuard:
    return run_context.current().guard


@pytest.fixture(scope="session")
def session(target: Target, guard: IrreversibleGuard) -> Iterator[GuardedSession]:
    with GuardedSession(target, guard) as guarded:
        yield guarded


@pytest.fixture
def reset_sandbox(target: Target) -> Any:
    """Put the embedded sandbox back to its seeded records; a no-op on any other target."""

    def reset() -> None:
        if target.control_url is not None:
            target.check_request_url(target.control_url)
            httpx.post(
                f"{target.control_url}/reset", headers={"Authorization": f"Bearer {target.token}"}, timeout=10
            ).raise_for_status()

    reset()
    return reset


# schemathesis's failure text, as pytest prints it inside an exception group ("  | ...").
_CURL = re.compile(r"^[\s|]*(curl .*)$", re.MULTILINE)
_TITLE = re.compile(r"^[\s|]*- ((?:ST\d{3}|Custom check failed).*)$")
_ASSERTION = re.compile(r"^E\s+(.+)$", re.MULTILINE)


def broken_rules(text: str) -> list[str]:
    """Each schemathesis failure title in `text`, with the first line of its explanation."""
    lines = [line.strip(" |") for line in text.splitlines()]
    rules = []
    for index, line in enumerate(lines):
        title = _TITLE.match(line)
        if title is None:
            continue
        detail = next((later for later in lines[index + 1 : index + 4] if later), "")
        rules.append(title.group(1) if not detail or detail.startswith("- ") else f"{title.group(1)}: {detail}")
    return rules


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.failed:
        FAILURES.append((report.head_line or report.nodeid, report.longreprtext))


def pytest_terminal_summary(terminalreporter: Any) -> None:
    context = run_context.current()
    tally = context.tally
    write = terminalreporter.write_line
    terminalreporter.section("imoje contract summary")
    kind = "embedded sandbox" if context.target.is_embedded_sandbox else "external"
    write(f"target:     {context.target.base_url} ({kind})")
    seed = context.seed
    write(f"profile:    {context.profile.name}   seed: {seed}  (replay: IMOJE_CONTRACT_SEED={seed} make contract)")
    write(
        f"operations: {len(tally.operations)}   cases: {tally.cases}   checks: {tally.checks}   "
        f"failures: {len(FAILURES)}"
    )
    for nodeid, text in FAILURES:
        write(f"FAILED {nodeid}")
        titles = broken_rules(text) or [" ".join(_ASSERTION.findall(text)[:2])]
        for title in dict.fromkeys(titles):
            write(f"    rule: {title}")
        for curl in dict.fromkeys(_CURL.findall(text)):
            write(f"    {curl}")
    drift = tally.drift.lines()
    write("drift (fields the spec does not document; update the spec): " + ("none" if not drift else ""))
    for line in drift:
        write(f"    {line}")
