"""`-k` builds only the conformance cases it can select (contract_tests/selection.py), and
selects exactly what pytest's own -k would."""

from pathlib import Path
from typing import Any

import pytest

from contract_tests import selection
from imoje_sandbox import spec
from tests.contract import collecting


def test_one_operation_selected_is_the_only_one_built_with_the_names_pytest_matches_it_by(tmp_path: Path) -> None:
    # Recorded inside the run before -k deselects anything: only the selected case was built,
    # and pytest's own matcher knows it by the names `case_names` gives.
    cases = collecting.collect(tmp_path, "-k", "conformance and cancel").cases
    label = "POST /{merchantId}/payment/cancel"
    assert list(cases) == [label]
    assert selection.case_names(label) == frozenset(cases[label])


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
    assert selection.kept("webhooks", document) == frozenset()
    assert selection.kept("conformance and cid", document) == frozenset(
        label for label in LABELS if "cid" in label.lower()
    )
    assert selection.kept("", document) is None
