"""Building only the conformance cases that `-k` can select.

schemathesis builds an operation's test when it is collected (its coverage cases: 2.4 s for
the 18 operations, profiled), and `-k` deselects only afterwards: a run judging one
operation paid for all 18. So the schema handed to schemathesis leaves out the operations
whose case `-k` would deselect, judged by pytest's own expression language against the
names pytest would match the case by (`case_names`; tests/contract/test_selection.py
holds them equal to the names of the cases pytest really collects).
"""

from collections.abc import Mapping
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
    if not expression.strip():
        return True
    lowered = [name.lower() for name in names]

    def matches(substring: str, /, **parameters: object) -> bool:
        if parameters:
            raise ValueError("call parameters")
        return any(substring.lower() in name for name in lowered)

    try:
        return Expression.compile(expression).evaluate(matches)
    except (SyntaxError, ValueError):  # a malformed expression is pytest's to report, after collection
        return True


def narrow(schema: Any, expression: str) -> Any:
    """`schema` without the operations whose conformance case `-k expression` deselects."""
    if not expression.strip():
        return schema
    # An exclusion, not an inclusion: schemathesis joins inclusions with "or", and the suite's
    # schema may carry its own.
    return schema.exclude(lambda context: not selects(expression, case_names(context.operation.label)))


def selects_any(expression: str, document: Mapping[str, Any]) -> bool:
    """Whether `-k expression` keeps any operation's conformance case (schemathesis fails a
    test that matches no operation, so the module is not collected at all then)."""
    return any(selects(expression, case_names(label)) for label in labels(document))
