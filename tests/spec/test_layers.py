"""The dependency rule (issue 29): the suite judges imoje from the spec, not from the
emulator's code. Every import of every module is read (top-level and late ones alike)."""

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.paths import GENERATED, ROOT

CONTRACT_TESTS = ROOT / "contract_tests"
SPEC_LAYER = ROOT / "src" / "imoje_spec"
SANDBOX = ROOT / "src" / "imoje_sandbox"
# The suite's modules that start an embedded sandbox (the runner, the recorder's own test
# upstream is the runner's, the embedded proof's challenge): the only ones that may import it.
STARTS_A_SANDBOX = frozenset({"runner.py", "recorder.py", "embedded_proof.py"})


def imports(path: Path) -> Iterator[str]:
    """Every module `path` imports, as its top-level package and full name."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module


def offenders(folder: Path, forbidden: tuple[str, ...], allowed: frozenset[str] = frozenset()) -> list[str]:
    found = []
    for path in sorted(folder.rglob("*.py")):
        if path.name in allowed:
            continue
        for module in imports(path):
            if module.split(".")[0] in forbidden:
                found.append(f"{path.relative_to(ROOT)} imports {module}")
    return found


def test_the_suite_imports_the_emulator_only_to_start_one() -> None:
    assert offenders(CONTRACT_TESTS, ("imoje_sandbox",), STARTS_A_SANDBOX) == []


def test_the_suite_reads_no_table_of_the_emulator_even_where_it_starts_one() -> None:
    # Where it may import the emulator, only what starts and configures it.
    starts = {"BackgroundServer", "SandboxConfig", "SandboxServer", "blik", "faults", "seeds", "control"}
    for name in sorted(STARTS_A_SANDBOX):
        tree = ast.parse((CONTRACT_TESTS / name).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("imoje_sandbox"):
                assert node.module == "imoje_sandbox", f"{name} imports {node.module}"
                assert {alias.name for alias in node.names} <= starts, f"{name}: {[a.name for a in node.names]}"


@pytest.mark.parametrize(
    ("folder", "forbidden"),
    [
        (SPEC_LAYER, ("imoje_sandbox", "contract_tests")),
        (SANDBOX, ("contract_tests",)),
        (GENERATED, ("imoje_sandbox", "contract_tests", "imoje_spec")),
    ],
    ids=["spec layer", "sandbox", "client"],
)
def test_lower_layers_import_no_higher_one(folder: Path, forbidden: tuple[str, ...]) -> None:
    assert offenders(folder, forbidden) == []


def test_the_rule_sees_a_late_import(tmp_path: Path) -> None:
    # The rule reads imports inside functions too: a late import is how a layer hides one.
    (tmp_path / "late.py").write_text("def f():\n    from imoje_sandbox.links import LINK_MOVES\n", encoding="utf-8")
    assert list(imports(tmp_path / "late.py")) == ["imoje_sandbox.links"]
