"""What `make contract` runs (the whole suite, no fault, the embedded sandbox) passes: every
test of the suite ran and none failed or was skipped.

`make test` runs it here, among the other tests on pytest-xdist's two workers, instead of as
a step of its own after them, and with the smoke profile: the same tests and code paths as
the default profile with fewer examples each (30 s instead of 50 s here). How deep the
default profile searches is `make contract`'s, not this test's, to show.
"""

import xml.etree.ElementTree as ElementTree
from pathlib import Path

from contract_tests import selection
from imoje_sandbox import spec
from tests.contract.suite_runs import SMOKE, run_suite


def test_the_whole_suite_passes_every_test_against_the_embedded_sandbox(tmp_path: Path) -> None:
    run = run_suite(tmp_path, profile=SMOKE)
    assert run.code == 0, run.output[-3000:]
    assert run.failures == []
    cases = list(ElementTree.parse(run.junit).getroot().iter("testcase"))
    assert len(cases) >= 140
    assert [case.get("name") for case in cases if len(case)] == []  # no failure, error or skip
    # JUnit names schemathesis's cases without their operation: one case an operation.
    conformance = [case for case in cases if case.get("name") == selection.TEST]
    assert len(conformance) == len(selection.labels(spec.load())) > 0
