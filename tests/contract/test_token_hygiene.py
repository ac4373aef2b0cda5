"""A canary token never shows up in what a run prints or writes, even when checks fail."""

import uuid
from pathlib import Path

from tests.contract.suite_runs import clean_env, run_suite
from tests.paths import ROOT


def test_canary_token_appears_in_no_output_and_no_artifact(tmp_path: Path) -> None:
    canary = f"canary-{uuid.uuid4().hex}"
    before = {path for path in ROOT.rglob("*") if path.is_file() and ".venv" not in path.parts}
    run = run_suite(
        tmp_path,
        faults=["missing_required_field"],  # failing checks print requests and answers
        select="conformance or lifecycle",
        env=clean_env(IMOJE_TOKEN=canary),
    )
    assert run.code == 1, run.output[-2000:]
    # The token was in use: checks ran and answers were judged (a wrong token gives 401s).
    assert "cases: 0 " not in run.output and "ST108 Response violates schema" in run.output
    assert canary not in run.output
    for artifact in tmp_path.rglob("*"):
        if artifact.is_file():
            assert canary.encode() not in artifact.read_bytes(), artifact
    written = {path for path in ROOT.rglob("*") if path.is_file() and ".venv" not in path.parts} - before
    for artifact in written:
        assert canary.encode() not in artifact.read_bytes(), artifact
