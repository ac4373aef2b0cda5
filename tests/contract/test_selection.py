"""`-k` builds only the conformance cases it can select (contract_tests/selection.py), and
selects exactly what pytest's own -k would."""

import io
import json
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from contract_tests import runner, selection
from imoje_sandbox import spec
from tests.contract.suite_runs import clean_env

# Records, before -k deselects anything, every conformance case collected and the names
# pytest's -k matches it by (pytest's KeywordMatcher, not this project's idea of them).
RECORDER = """
    import json, os
    import pytest
    from _pytest.mark import KeywordMatcher

    @pytest.hookimpl(tryfirst=True)
    def pytest_collection_modifyitems(items):
        cases = {
            item.name.split("[", 1)[1][:-1]: sorted(KeywordMatcher.from_item(item)._names)
            for item in items if item.name.startswith("test_operation_conforms[")
        }
        with open(os.environ["RECORD_TO"], "w") as out:
            json.dump(cases, out)
"""


def collected_cases(tmp_path: Path, *pytest_args: str) -> dict[str, list[str]]:
    (tmp_path / "record_cases.py").write_text(textwrap.dedent(RECORDER), encoding="utf-8")
    record = tmp_path / "cases.json"
    env = clean_env(PYTHONPATH=f"{tmp_path}:{':'.join(sys.path)}", RECORD_TO=str(record))
    out = io.StringIO()
    code = runner.run(
        env, junit=tmp_path / "junit.xml", pytest_args=["-p", "record_cases", "--collect-only", *pytest_args], out=out
    )
    assert code == 0, out.getvalue()[-2000:]
    cases: dict[str, list[str]] = json.loads(record.read_text(encoding="utf-8"))
    return cases


def test_the_names_of_each_case_are_those_pytest_matches_it_by(tmp_path: Path) -> None:
    cases = collected_cases(tmp_path)
    assert set(cases) == set(selection.labels(spec.load())) and len(cases) == 18
    for label, names in cases.items():
        assert selection.case_names(label) == frozenset(names), label


def test_one_operation_selected_is_the_only_one_built(tmp_path: Path) -> None:
    assert list(collected_cases(tmp_path, "-k", "conformance and cancel")) == ["POST /{merchantId}/payment/cancel"]


LABELS: list[str] = list(selection.labels(spec.load()))


@pytest.mark.parametrize(
    ("expression", "selected"),
    [
        ("", LABELS),
        ("conformance", LABELS),
        ("conformance and cancel", ["POST /{merchantId}/payment/cancel"]),
        ("CANCEL and not transaction", ["POST /{merchantId}/payment/cancel"]),
        ("webhooks", []),
        ("not conformance", []),
        ("hypothesis and cid", [label for label in LABELS if "cid" in label.lower()]),
        # pytest reports a malformed expression itself; nothing is left out before it does.
        ("conformance and (", LABELS),
        ("name(x=1)", LABELS),
    ],
)
def test_an_expression_selects_what_pytest_would(expression: str, selected: list[str]) -> None:
    assert [label for label in LABELS if selection.selects(expression, selection.case_names(label))] == selected


def test_no_operation_selected_leaves_the_module_out() -> None:
    document: Any = spec.load()
    assert not selection.selects_any("webhooks", document)
    assert selection.selects_any("conformance and cid", document)
