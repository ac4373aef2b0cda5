"""Valid answers of every operation, as bases that property tests change: each documented
JSON answer's `contract` example in the spec, beside the operation it answers."""

from collections.abc import Mapping
from functools import cache
from typing import Any

from imoje_client import openapi

import imoje_spec
from contract_tests.bodies import contract_example


def contract_answers(document: Mapping[str, Any]) -> dict[tuple[str, int], Any]:
    """(operation, status) -> the `contract` example of that JSON answer in the spec."""
    found = {}
    for operation in openapi.operations(document).values():
        answers = document["paths"][operation.path][operation.method].get("responses", {})
        for status, answer in answers.items():
            example = contract_example(document, answer)
            if "value" in example:
                found[operation.operation_id, int(status)] = example["value"]
    return found


def missing_answers(document: Mapping[str, Any]) -> list[str]:
    """The operations whose success answer has a JSON body and no `contract` example."""
    have = contract_answers(document)
    missing = []
    for operation in openapi.operations(document).values():
        answers = document["paths"][operation.path][operation.method].get("responses", {})
        for status, answer in answers.items():
            json_body = openapi.json_schema(document, answer) is not None
            if status.startswith("2") and json_body and (operation.operation_id, int(status)) not in have:
                missing.append(f"{operation.operation_id} answers {status} and has no `contract` answer example")
    return sorted(missing)


@cache
def _answers() -> dict[tuple[str, int], Any]:
    return contract_answers(imoje_spec.load())


def answer(operation_id: str, status: int = 200) -> Any:
    """The spec's `contract` answer of `operation_id` (callers copy it before changing it)."""
    return _answers()[operation_id, status]


def all_answers() -> list[tuple[str, int, Any]]:
    return [(operation_id, status, body) for (operation_id, status), body in _answers().items()]


# A payment link with a transaction carrying every optional part.
LINK: dict[str, Any] = answer("getPayment")
