"""`x-record` (DEVIATIONS 62): every operation says which record it writes, reads or lists, in
the spec, and says it with names the operation has; a new operation without it is named, by
the test and by the contract suite's ledger at start-up."""

import copy
from typing import Any

import pytest

from contract_tests.invariants import Ledger
from imoje_spec import records
from tests.spec_document import document


def with_new_read(**record: Any) -> dict[str, Any]:
    """The spec with one more operation: a GET of a new resource, its record facts `record`."""
    changed = copy.deepcopy(document())
    operation: dict[str, Any] = {
        "operationId": "getWidget",
        "parameters": [
            {"$ref": "#/components/parameters/MerchantId"},
            {"name": "widgetId", "in": "path", "required": True, "schema": {"type": "string"}},
        ],
        "responses": {
            "200": {
                "description": "the widget",
                "content": {"application/json": {"schema": {"type": "object", "properties": {"widget": {}}}}},
            }
        },
    }
    if record:
        operation["x-record"] = record
    changed["paths"]["/{merchantId}/widget/{widgetId}"] = {"get": operation}
    return changed


def test_every_operation_of_the_spec_has_its_record_facts() -> None:
    assert records.problems(document()) == []


@pytest.mark.parametrize(
    ("record", "named"),
    [
        ({}, "getWidget has no `x-record`"),
        ({"kind": "widget", "id": "path.widgetId", "answer": "widget"}, "kind 'widget' is none of"),
        (
            {"kind": "link", "id": "path.gadgetId", "answer": "widget"},
            "names path.gadgetId, which the request does not",
        ),
        ({"kind": "link", "id": "path.widgetId", "answer": "gadget"}, "names the answer's `gadget`"),
    ],
)
def test_a_new_operation_without_its_facts_is_named(record: dict[str, Any], named: str) -> None:
    found = records.problems(with_new_read(**record))
    assert len(found) == 1 and found[0].startswith("getWidget") and named in found[0]


def test_the_suite_refuses_to_start_on_a_spec_whose_operation_lacks_them() -> None:
    with pytest.raises(ValueError, match="getWidget has no `x-record`"):
        Ledger(with_new_read(), "http://127.0.0.1:1/v1/merchant", {})
    Ledger(with_new_read(kind="link", id="path.widgetId", answer="widget"), "http://127.0.0.1:1/v1/merchant", {})
