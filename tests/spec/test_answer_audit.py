"""The answer audit (spec/answer-audit.yaml, issue 18): every schema imoje answers or notifies
with has a row, the row's `required` is the spec's, each inline constraint has a verdict, and
each row cites DEVIATIONS.md entries that exist."""

import re
from typing import Any

import yaml
from imoje_client import openapi

from contract_tests.schema_walk import answer_components
from tests.paths import ROOT
from tests.spec_document import document

AUDIT: dict[str, dict[str, Any]] = yaml.safe_load((ROOT / "spec" / "answer-audit.yaml").read_text(encoding="utf-8"))[
    "schemas"
]
DEVIATIONS = (ROOT / "spec" / "DEVIATIONS.md").read_text(encoding="utf-8")


def schemas() -> dict[str, Any]:
    found: dict[str, Any] = document()["components"]["schemas"]
    return found


def test_every_schema_an_answer_holds_is_audited_and_no_row_is_stale() -> None:
    reachable = answer_components(document())
    assert "Refund" in reachable and "PaymentProfile" in reachable and "Fee" in reachable
    assert sorted(reachable - AUDIT.keys()) == [], "schemas in answers with no audit row"
    assert sorted(AUDIT.keys() - reachable) == [], "audit rows for schemas no answer holds"


def test_each_row_states_the_required_list_the_spec_has() -> None:
    differ = {
        name: (row.get("required"), schemas()[name].get("required", []))
        for name, row in AUDIT.items()
        if "properties" in schemas()[name] and row.get("required") != schemas()[name].get("required", [])
    }
    assert differ == {}, "audit row and spec disagree on `required` (audit, spec)"


def test_each_inline_constraint_of_an_answer_has_a_verdict() -> None:
    missing = []
    for name in AUDIT:
        for field, sub in (schemas()[name].get("properties") or {}).items():
            judged = field in (AUDIT[name].get("constraints") or {})
            if "$ref" not in sub and openapi.NARROWING_KEYWORDS & sub.keys() and not judged:
                missing.append(f"{name}.{field}")
    assert missing == []


def test_each_row_says_page_witness_verdict_and_cites_existing_entries() -> None:
    numbers = {int(n) for n in re.findall(r"^(\d+)\. \*\*", DEVIATIONS, re.M)}
    for name, row in AUDIT.items():
        assert all(isinstance(row.get(key), str) and row[key].strip() for key in ("page", "witnesses", "verdict")), name
        assert set(row["entries"]) <= numbers, f"{name} cites entries DEVIATIONS.md does not have"


WITNESSES: dict[str, dict[str, Any]] = yaml.safe_load(
    (ROOT / "spec" / "answer-audit.yaml").read_text(encoding="utf-8")
)["witnesses_read"]


def test_each_row_names_every_witness_read_for_it_and_only_those() -> None:
    # A witness's models type the schemas in its `reads`; a row that forgets one of them (or
    # names a witness that never read it) says the audit consulted what it did not.
    assert {"routegroup", "imoje-plugin", "softifydev", "bitbag", "taniotanio7"} <= WITNESSES.keys()
    should = {name: sorted(w for w, read in WITNESSES.items() if name in read["reads"]) for name in AUDIT}
    assert {name: sorted(row.get("read", [])) for name, row in AUDIT.items()} == should
    unknown = {schema for read in WITNESSES.values() for schema in read["reads"]} - AUDIT.keys()
    assert unknown == set(), "witnesses read schemas the audit has no row for"
    for name, row in AUDIT.items():
        for witness in row.get("read", []):
            assert witness.split("-")[0] in row["witnesses"].lower(), (
                f"{name}: the row's text cites nothing of {witness}"
            )


def test_every_witness_names_its_source_and_a_witness_not_read_says_so() -> None:
    for name, read in WITNESSES.items():
        assert read["source"].strip(), name
        assert read["reads"] or "not read" in read["source"], name
