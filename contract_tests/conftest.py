"""Wires the contract suite to its target: read from the environment, guarded, tallied, summarised.

Run through `make contract` (scripts/contract), which picks the target, starts the embedded
sandbox when none is named, redacts the token from everything printed or written, and
keeps the JUnit report at reports/contract-junit.xml.
"""

from collections.abc import Callable, Generator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from schemathesis.core.failures import Failure

from contract_tests import context as run_context
from contract_tests import exit_codes, selection, shard
from contract_tests.irreversible import IrreversibleGuard
from contract_tests.preflight import CredentialsRefused, preflight
from contract_tests.profile import Profile
from contract_tests.report import BEHIND_JSON, FailureRecord, records, write, write_behind
from contract_tests.target import EMBEDDED_OPTION, Target, TargetRefused
from contract_tests.transport import GuardedSession

# What failed, as objects (contract_tests/report.py), for the summary and the JSON report.
RECORDS: list[FailureRecord] = []
FAILED_TESTS: list[str] = []


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        EMBEDDED_OPTION,
        default=None,
        metavar="CONTROL_URL",
        help="set by the runner alone, for the loopback sandbox it started itself",
    )
    parser.addoption(FAILURES_OPTION, default=None, metavar="PATH", help="write the failures, typed, as JSON")


def pytest_configure(config: pytest.Config) -> None:
    # Refuse before collection, so that a refused target sends nothing at all.
    run_context.mark_embedded(config.getoption(EMBEDDED_OPTION))
    try:
        context = run_context.current()
    except TargetRefused as refused:
        pytest.exit(f"contract suite refused its target: {refused}", returncode=exit_codes.REFUSED)
    except ValueError as wrong:
        pytest.exit(f"contract suite cannot start: {wrong}", returncode=exit_codes.BAD_SETTING)
    context.conformance = selection.kept(config.getoption("keyword") or "", context.document)
    with GuardedSession(context.target, context.guard, context.ledger) as session:
        try:
            context.preflight = preflight(session)
        except CredentialsRefused as refused:
            pytest.exit(f"contract suite refused to start: {refused}", returncode=exit_codes.CREDENTIALS_REFUSED)
        except Failure as broke:
            # The read-after-write ledger judges the pre-flight read too (an answer naming
            # another record): a broken contract, reported typed, not an INTERNALERROR.
            found = records("pre-flight read", broke, {})
            path = config.getoption(FAILURES_OPTION)
            if path:
                write(Path(path), found)
            rules = "; ".join(record.rule() for record in found)
            pytest.exit(f"contract suite: the pre-flight read broke the contract: {rules}", exit_codes.CONTRACT_FAILED)


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    """Leave the conformance module out when -k selects none of its cases (contract_tests/selection.py)."""
    if collection_path.name != selection.MODULE:
        return None
    # schemathesis fails a test that matches no operation.
    return True if run_context.current().conformance == frozenset() else None


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """With IMOJE_SHARD=i/n, keep this shard's share of the tests (contract_tests/shard.py)."""
    context = run_context.current()
    if context.shard is None:
        return
    labels = selection.labels(context.document)

    def group(item: pytest.Item) -> str:
        # The parametrization id; schemathesis's items carry it only in their name.
        parameter = item.name.split("[", 1)[1][:-1] if "[" in item.name else None
        return shard.group_of(item.nodeid.split("[", 1)[0], parameter, labels)

    groups = [group(item) for item in items]
    mine = context.shard.deal(groups)
    kept = [item for item, name in zip(items, groups, strict=True) if name in mine]
    deselected = [item for item, name in zip(items, groups, strict=True) if name not in mine]
    if deselected:
        config.hook.pytest_deselected(items=deselected)
    items[:] = kept
    # More shards than groups leave some with nothing: that shard has passed (the others
    # run every test), not failed as "no tests collected".
    context.shard_empty = not kept and bool(deselected)


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
    with GuardedSession(target, guard, run_context.current().ledger) as guarded:
        yield guarded


@pytest.fixture
def reset_sandbox(target: Target) -> Iterator[Callable[[], None]]:
    """Put the embedded sandbox back to its seeded records, before and after the test (so that
    no test sees what another one changed); a no-op on any other target."""

    def reset() -> None:
        if target.control_url is not None:
            target.check_request_url(target.control_url)
            httpx.post(
                f"{target.control_url}/reset", headers={"Authorization": f"Bearer {target.token}"}, timeout=10
            ).raise_for_status()
            # The seeded records are back in their first states: what the run saw of them is gone.
            run_context.current().ledger.forget()

    reset()
    yield reset
    reset()


FAILURES_OPTION = "--imoje-failures-json"


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Generator[None, None, None]:
    """Raise, once the test is over, the invariants its hypothesis cases broke (the ledger keeps
    them: contract_tests/invariants.py); a test that failed on its own keeps its own failure."""
    ledger = run_context.current().ledger
    ledger.take_pending()
    yield
    broken = ledger.take_pending()
    if len(broken) == 1:
        raise broken[0]
    if broken:
        raise ExceptionGroup("read-after-write invariants broken", broken)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    report: pytest.TestReport = yield
    if report.failed and call.excinfo is not None:
        name = report.head_line or item.name
        context = run_context.current()
        RECORDS.extend(records(name, call.excinfo.value, context.tally.curls, context.ledger.sent, context.ledger.last))
        FAILED_TESTS.append(name)
    return report


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    context = run_context.current()
    if context.shard_empty and exitstatus == pytest.ExitCode.NO_TESTS_COLLECTED:
        session.exitstatus = pytest.ExitCode.OK
    # A broken contract outranks a spec that is behind: only a run that passed says so.
    if session.exitstatus == pytest.ExitCode.OK and len(context.tally.behind):
        session.exitstatus = exit_codes.SPEC_BEHIND
    path = session.config.getoption(FAILURES_OPTION)
    if path:
        write(Path(path), RECORDS)
        write_behind(Path(path).with_name(BEHIND_JSON), context.tally.behind)


def pytest_terminal_summary(terminalreporter: Any) -> None:
    context = run_context.current()
    tally = context.tally
    write_line = terminalreporter.write_line
    terminalreporter.section("imoje contract summary")
    kind = "embedded sandbox" if context.target.is_embedded_sandbox else "external"
    write_line(f"target:     {context.target.base_url} ({kind})")
    write_line(f"pre-flight: {context.preflight}")
    seed = context.seed
    write_line(f"profile:    {context.profile.name}   seed: {seed}  (replay: IMOJE_CONTRACT_SEED={seed} make contract)")
    if context.shard is not None:
        write_line(f"shard:      {context.shard} ({shard.SETTING}; the other shards run the rest)")
        if context.shard_empty:
            write_line(f"shard:      no test falls to shard {context.shard}: there are fewer groups than shards")
    write_line(
        f"operations: {len(tally.operations)}   cases: {tally.cases}   checks: {tally.checks}   "
        f"failures: {len(FAILED_TESTS)}"
    )
    for test in FAILED_TESTS:
        write_line(f"FAILED {test}")
        mine = [record for record in RECORDS if record.test == test]
        for rule in dict.fromkeys(record.rule() for record in mine):
            write_line(f"    rule: {rule}")
        for field, rule, message in dict.fromkeys(problem for record in mine for problem in record.problems):
            write_line(f"      - {field or '(the answer)'}: {rule}: {message}")
        for curl in dict.fromkeys(record.curl for record in mine if record.curl):
            write_line(f"    {curl}")
    if context.guard.rejected:
        write_line(
            f"irreversible: {context.guard.rejected} generated cases named a record the target has and were "
            "rejected unsent (not failures)"
        )
    behind = tally.behind.ordered()
    write_line(
        f"verdicts:   contract broken: {len(FAILED_TESTS)} failed test(s)   "
        f"spec behind imoje: {len(behind)} change(s) to make"
        + (f" (exit {exit_codes.SPEC_BEHIND} when nothing broke)" if behind else "")
    )
    for proposal in behind:
        write_line(f"SPEC BEHIND {proposal.headline()}")
        for line in proposal.fragment().splitlines():
            write_line(f"    {line}")
