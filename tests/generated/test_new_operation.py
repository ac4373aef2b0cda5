"""Issue 20's proof, as far as it reaches today: a small operation added to a copy of the spec
(a GET of a new resource) is covered by each consumer, or stops it naming what is missing:
generation (its method name), the sandbox's start-up (its handler), the contract suite's
ledger (its record facts), its property tests (a request and an answer example to start
from). What a new operation needs is listed in the README, "Adding an
operation"."""

import copy
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from contract_tests import answers
from contract_tests.invariants import Ledger
from imoje_sandbox import create_app
from imoje_sandbox import spec as sandbox_spec
from imoje_spec import records
from tests.paths import ROOT

FACTS = {"x-record": {"kind": "link", "id": "path.widgetId", "answer": "widget"}, "x-method-name": "get_widget"}


def spec_with_widget(tmp_path: Path, **facts: Any) -> Path:
    document = copy.deepcopy(sandbox_spec.load())
    document["paths"]["/{merchantId}/widget/{widgetId}"] = {
        "parameters": [{"$ref": "#/components/parameters/MerchantId"}],
        "get": {
            "tags": ["payments"],
            "operationId": "getWidget",
            "summary": "Read a widget",
            "parameters": [{"name": "widgetId", "in": "path", "required": True, "schema": {"type": "string"}}],
            "responses": {
                "200": {
                    "description": "The widget.",
                    "content": {
                        "application/json": {"schema": {"type": "object", "properties": {"widget": {"type": "object"}}}}
                    },
                }
            },
            **facts,
        },
    }
    tmp_path.mkdir(parents=True, exist_ok=True)
    path = tmp_path / "imoje.yaml"
    path.write_text(yaml.safe_dump(document, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def generate(spec: Path, output: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, str(ROOT / "scripts" / "generate"), "--spec", str(spec), "--output", str(output)]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)


def test_generation_covers_a_new_operation_or_names_its_missing_method_name(tmp_path: Path) -> None:
    missing = generate(spec_with_widget(tmp_path / "a", **{"x-record": FACTS["x-record"]}), tmp_path / "out-a")
    assert missing.returncode != 0 and "getWidget needs an `x-method-name`" in missing.stderr
    covered = generate(spec_with_widget(tmp_path / "b", **FACTS), tmp_path / "out-b")
    assert covered.returncode == 0, covered.stderr
    module = tmp_path / "out-b" / "imoje_client" / "api" / "payments" / "get_widget.py"
    assert 'ROUTE = _contract.Route("GET", "/{merchant_id}/widget/{widget_id}")' in module.read_text(encoding="utf-8")


def test_the_sandbox_and_the_ledger_name_what_a_new_operation_lacks(tmp_path: Path) -> None:
    bare = spec_with_widget(tmp_path / "bare")
    with pytest.raises(RuntimeError, match="no handler for getWidget"):
        create_app(spec_path=bare)
    document = yaml.safe_load(bare.read_text(encoding="utf-8"))
    assert [problem for problem in records.problems(document) if problem.startswith("getWidget")] == [
        "getWidget has no `x-record` (which record it writes, reads or lists)"
    ]
    with pytest.raises(ValueError, match="getWidget has no `x-record`"):
        Ledger(document, "http://127.0.0.1:1/v1/merchant", {})
    described = yaml.safe_load(spec_with_widget(tmp_path / "described", **FACTS).read_text(encoding="utf-8"))
    assert records.problems(described) == []


def test_a_new_operation_with_a_body_needs_its_contract_example() -> None:
    from contract_tests import bodies

    assert bodies.missing_examples(sandbox_spec.load()) == []
    document = copy.deepcopy(sandbox_spec.load())
    cancel = document["paths"]["/{merchantId}/payment/cancel"]["post"]
    document["paths"]["/{merchantId}/widget"] = {
        "post": {**copy.deepcopy(cancel), "operationId": "createWidget", "requestBody": {
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CancelPaymentRequest"}}}
        }}
    }  # fmt: skip
    assert bodies.missing_examples(document) == ["createWidget takes a body and has no `contract` request example"]


def test_a_new_operations_answer_needs_its_contract_example(tmp_path: Path) -> None:
    assert answers.missing_answers(sandbox_spec.load()) == []
    document = yaml.safe_load(spec_with_widget(tmp_path, **FACTS).read_text(encoding="utf-8"))
    assert answers.missing_answers(document) == ["getWidget answers 200 and has no `contract` answer example"]
    media = document["paths"]["/{merchantId}/widget/{widgetId}"]["get"]["responses"]["200"]["content"]
    media["application/json"]["examples"] = {"contract": {"value": {"widget": {}}}}
    assert answers.missing_answers(document) == []
    assert answers.contract_answers(document)["getWidget", 200] == {"widget": {}}
