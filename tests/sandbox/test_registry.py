"""One handler per operation, checked at start; answers and notifications cut by the spec."""

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

from imoje_sandbox import create_app, spec
from imoje_sandbox.operations import HANDLERS, Outcome, check_complete, operation
from imoje_sandbox.records import Renderer, project


def test_every_operation_of_the_spec_has_a_handler_and_no_handler_is_spare() -> None:
    assert set(HANDLERS) == set(spec.compile_operations(spec.load()))
    check_complete(spec.compile_operations(spec.load()))


def test_a_spec_operation_without_a_handler_stops_the_start(tmp_path: Path) -> None:
    document = copy.deepcopy(spec.load())
    document["paths"]["/{merchantId}/transaction/{transactionId}/explode"] = {
        "post": {"operationId": "explodeTransaction", "responses": {"200": {"description": "exploded"}}}
    }
    path = tmp_path / "imoje.yaml"
    path.write_text(yaml.safe_dump(document), encoding="utf-8")
    with pytest.raises(RuntimeError, match="no handler for explodeTransaction"):
        create_app(spec_path=path)


def test_a_handler_registered_twice_is_refused() -> None:
    def again(store: Any, path: Any, body: Any) -> Outcome:
        return Outcome(None)

    with pytest.raises(RuntimeError, match="createPayment has two handlers"):
        operation("createPayment")(again)
    assert HANDLERS["createPayment"] is not again


def test_project_keeps_what_a_schema_names_at_every_depth() -> None:
    document: dict[str, Any] = {
        "components": {
            "schemas": {
                "Outer": {
                    "type": "object",
                    "properties": {"a": {"type": "integer"}, "inner": {"$ref": "#/components/schemas/Inner"}},
                },
                "Inner": {"type": "object", "properties": {"b": {"type": "array", "items": {"properties": {"c": {}}}}}},
            }
        }
    }
    record = {"a": 1, "secret": 2, "inner": {"b": [{"c": 3, "d": 4}], "e": 5}}
    assert Renderer(document).render("Outer", record) == {"a": 1, "inner": {"b": [{"c": 3}]}}
    assert project(document, {}, record) == record  # a schema that names nothing keeps all
    with pytest.raises(LookupError):
        Renderer(document).render("Missing", record)
