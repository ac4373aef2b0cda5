"""The generated models import the models they refer to once, at module level: an import
statement inside to_dict/from_dict ran on every call (profiled: half the time of parsing a
payment link with 20 transactions). generator/patches/model.py.jinja.patch puts them at the
bottom of the module, where a model referring back to this one finds its class defined."""

import ast
from uuid import UUID, uuid4

from imoje_client import _ids

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


def test_ids_are_parsed_through_the_bounded_cache() -> None:
    # UUID() per id was 1.7 µs; imoje's answers repeat ids (generator/overlay/_ids.py).
    direct = [
        f"{path.name}: {ast.unparse(node)}"
        for path in sorted(MODELS.glob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "UUID"
    ]
    assert direct == []
    text = "2a249f52-d29c-46e7-9575-e65a889c7d38"
    assert _ids.uuid(text) == UUID(text) and _ids.uuid(text) is _ids.uuid(text)
    # Bounded: a long-lived service that reads ever new ids does not grow it without end.
    _ids.uuid.cache_clear()
    for _ in range(5000):
        _ids.uuid(str(uuid4()))
    assert 0 < _ids.uuid.cache_info().currsize < 5000
