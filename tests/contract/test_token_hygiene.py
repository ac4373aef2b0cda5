"""A canary token never shows up in what a run prints or writes, even when checks fail:
every file the run created or changed is scanned, in the repository, its reports, HOME and
the temporary directory (a token written into a file that already existed counts too)."""

import hashlib
import uuid
from pathlib import Path

from tests.contract.suite_runs import SMOKE, clean_env, run_suite
from tests.paths import ROOT

Snapshot = dict[Path, str]


def snapshot(*folders: Path) -> Snapshot:
    found: Snapshot = {}
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file() and not {".venv", ".git"} & set(path.parts):
                found[path] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def written(before: Snapshot, after: Snapshot) -> list[Path]:
    return [path for path, digest in after.items() if before.get(path) != digest]


def test_canary_token_appears_in_no_output_and_no_written_file(tmp_path: Path) -> None:
    canary = f"canary-{uuid.uuid4().hex}"
    home, temporary, reports = tmp_path / "home", tmp_path / "tmp", tmp_path / "reports"
    for folder in (home, temporary, reports):
        folder.mkdir()
    # The report files exist before the run: what is written into them must be scanned too.
    (reports / "junit.xml").write_text("<old/>", encoding="utf-8")
    (reports / "contract-failures.json").write_text("[]", encoding="utf-8")
    (reports / "contract-behind.json").write_text("[]", encoding="utf-8")
    folders = (ROOT, home, temporary, reports)
    before = snapshot(*folders)
    run = run_suite(
        tmp_path,
        faults=["missing_required_field"],  # failing checks print requests and answers
        # Failing checks of a few operations print what every failure prints; the output and
        # the reports go through the same redaction whatever the operation.
        select="(conformance and payment) or lifecycle",
        env=clean_env(IMOJE_TOKEN=canary, HOME=str(home), TMPDIR=str(temporary)),
        profile=SMOKE,
    )
    assert run.code == 1, run.output[-2000:]
    # The token was in use: checks ran and answers were judged (a wrong token stops the run).
    assert "cases: 0 " not in run.output and "AnswerBreaksContract" in run.failure_types()
    assert canary not in run.output
    changed = written(before, snapshot(*folders))
    assert reports / "junit.xml" in changed and reports / "contract-failures.json" in changed
    for path in changed:
        assert canary.encode() not in path.read_bytes(), path
