"""What a run of the suite collects, recorded by a plugin inside its pytest process: the
tests before any deselection (-k, IMOJE_SHARD), the tests kept after it, and for each
conformance case the names pytest's -k matches it by (pytest's own KeywordMatcher)."""

import io
import json
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

from contract_tests import runner
from tests.contract.suite_runs import clean_env

RECORDER = """
    import json, os
    import pytest
    from _pytest.mark import KeywordMatcher

    RECORD = {}

    def name(item):
        # schemathesis's node ids leave the operation out; its item names carry it.
        return item.nodeid.split("::", 1)[0] + "::" + item.name

    @pytest.hookimpl(tryfirst=True)
    def pytest_collection_modifyitems(items):
        RECORD["before"] = [name(item) for item in items]
        RECORD["cases"] = {
            item.name.split("[", 1)[1][:-1]: sorted(KeywordMatcher.from_item(item)._names)
            for item in items if item.name.startswith("test_operation_conforms[")
        }

    def pytest_collection_finish(session):
        RECORD["after"] = [name(item) for item in session.items]
        with open(os.environ["RECORD_TO"], "w") as out:
            json.dump(RECORD, out)
"""


@dataclass(frozen=True)
class Collected:
    before: list[str]
    after: list[str]
    cases: dict[str, list[str]]


def collect(tmp_path: Path, *pytest_args: str, **env: str) -> Collected:
    tmp_path.mkdir(parents=True, exist_ok=True)
    (tmp_path / "record_collection.py").write_text(textwrap.dedent(RECORDER), encoding="utf-8")
    record = tmp_path / "collection.json"
    environment = clean_env(PYTHONPATH=f"{tmp_path}:{':'.join(sys.path)}", RECORD_TO=str(record), **env)
    out = io.StringIO()
    code = runner.run(
        environment,
        junit=tmp_path / "junit.xml",
        pytest_args=["-p", "record_collection", "--collect-only", "-q", *pytest_args],
        out=out,
    )
    assert code == 0, out.getvalue()[-2000:]
    recorded = json.loads(record.read_text(encoding="utf-8"))
    return Collected(recorded["before"], recorded["after"], recorded["cases"])
