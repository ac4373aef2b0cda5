"""Building only the conformance cases that `-k` can select.

schemathesis builds an operation's test when it is collected (its coverage cases: 2.4 s for
the 18 operations, profiled), and `-k` deselects only afterwards: a run judging one
operation paid for all 18. So the schema handed to schemathesis leaves out the operations
whose case `-k` would deselect, judged by pytest's own expression language against the
names pytest would match the case by (`case_names`; tests/contract/test_selection.py
holds them equal to the names of the cases pytest really collects).
"""

from collections.abc import Callable, Mapping
from typing import Any

# pytest's -k language itself (not public API: a pytest upgrade that moves it fails the
# import here, loudly, and the selection tests).
from _pytest.mark.expression import Expression
from imoje_client import openapi

MODULE = "test_conformance.py"
TEST = "test_operation_conforms"
# The public attributes hypothesis puts on the test function: -k matches them too.
FUNCTION_ATTRIBUTES = frozenset({"hypothesis", "hypothesis_explicit_examples", "is_hypothesis_test"})


def labels(document: Mapping[str, Any]) -> dict[str, str]:
    """Each operation's label as schemathesis names its case ("POST /{merchantId}/payment")
    -> its operationId."""
    return {f"{op.method.upper()} {op.path}": op_id for op_id, op in openapi.operations(document).items()}


def case_names(label: str) -> frozenset[str]:
    """The names `-k` matches the conformance case of the operation `label` against."""
    return frozenset({"contract_tests", MODULE, f"{TEST}[{label}]"}) | FUNCTION_ATTRIBUTES


def selects(expression: str, names: frozenset[str]) -> bool:
    """Whether `-k expression` keeps a test with these names (True when it cannot tell)."""
    return not expression.strip() or _matcher(expression)(names)


def kept(expression: str, document: Mapping[str, Any]) -> frozenset[str] | None:
    """The labels of the operations whose conformance case `-k expression` keeps (None: no
    expression, every operation). Judged once a run, by the conftest."""
    if not expression.strip():
        return None
    keeps = _matcher(expression)
    return frozenset(label for label in labels(document) if keeps(case_names(label)))


def narrow(schema: Any, operations: frozenset[str] | None) -> Any:
    """`schema` with only the operations `kept` keeps (all of them for None)."""
    if operations is None:
        return schema
    # An exclusion, not an inclusion: schemathesis joins inclusions with "or", and the suite's
    # schema may carry its own.
    return schema.exclude(lambda context: context.operation.label not in operations)


def _matcher(expression: str) -> Callable[[frozenset[str]], bool]:
    """Whether `-k expression` keeps a test with the given names; compiled once. A malformed
    expression, or one with call parameters, keeps everything: pytest reports it itself."""
    try:
        compiled = Expression.compile(expression)
    except SyntaxError:
        return lambda names: True

    def keeps(names: frozenset[str]) -> bool:
        lowered = [name.lower() for name in names]

        def matches(substring: str, /, **parameters: object) -> bool:
            if parameters:
                raise ValueError("call parameters")
            return any(substring.lower() in name for name in lowered)

        try:
            return compiled.evaluate(matches)
        except ValueError:
            return True

    return keeps
