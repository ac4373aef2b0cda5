"""The spec the sandbox serves: loaded by the spec layer (`imoje_spec`), its validators
compiled once.

The spec is read through the client's own reader (`imoje_client.openapi`), so the sandbox,
the client and the contract suite cannot read the same document differently.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import jsonschema_rs
from imoje_client import openapi
from imoje_client.errors import Problem

from imoje_spec.document import REPOSITORY_SPEC, load


@dataclass(frozen=True)
class CompiledOperation:
    """One operation with the validators for its path parameters and JSON body."""

    operation: openapi.Operation
    path: Mapping[str, jsonschema_rs.Validator]
    body: jsonschema_rs.Validator | None

    def problems(self, path_params: Mapping[str, str], body: Any) -> list[Problem]:
        found: list[Problem] = []
        for name, checker in self.path.items():
            value = path_params.get(name, "")
            if not checker.is_valid(value):  # cheap when valid; errors are built only on failure
                found.extend(openapi.problems(checker, value, prefix=name))
        if self.body is not None and not self.body.is_valid(body):
            found.extend(openapi.problems(self.body, body))
        return found


def compile_operations(document: Mapping[str, Any]) -> dict[str, CompiledOperation]:
    compiled = {}
    for operation_id, operation in openapi.operations(document).items():
        compiled[operation_id] = CompiledOperation(
            operation=operation,
            path={
                name: openapi.validator(document, schema)
                for name, schema in operation.parameter_schemas("path").items()
            },
            body=None if operation.body is None else openapi.validator(document, operation.body),
        )
    return compiled


__all__ = ["REPOSITORY_SPEC", "CompiledOperation", "compile_operations", "load"]
