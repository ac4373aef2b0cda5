"""The generated models import the models they refer to once, at module level: an import
statement inside to_dict/from_dict ran on every call (profiled: half the time of parsing a
payment link with 20 transactions). generator/templates/model.py.jinja puts them at the
bottom of the module, where a model referring back to this one finds its class defined."""

import ast

from tests.paths import ROOT

MODELS = ROOT / "generated" / "imoje_client" / "models"


def test_no_model_method_runs_an_import_statement() -> None:
    found = []
    for path in sorted(MODELS.glob("*.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.ClassDef):
                for method in (item for item in node.body if isinstance(item, ast.FunctionDef)):
                    if any(isinstance(inner, ast.Import | ast.ImportFrom) for inner in ast.walk(method)):
                        found.append(f"{path.name}: {node.name}.{method.name}")
    assert found == []
