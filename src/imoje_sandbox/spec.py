"""The spec the sandbox serves: loaded once at start, its validators compiled once.

The spec is read through the client's own reader (`imoje_client.openapi`), so the sandbox,
the client and the contract suite cannot read the same document differently.
"""

import copy
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema_rs
import yaml
from imoje_client import openapi
from imoje_client.errors import Problem

# In a checkout of this repository, spec/imoje.yaml; elsewhere, the copy the client carries.
REPOSITORY_SPEC = Path(__file__).resolve().parents[2] / "spec" / "imoje.yaml"


# libyaml's loader when PyYAML has it: the pure-Python one takes 0.2 s for this spec
# (profiled), and each process that tests the contract loads it.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load(path: Path | None = None) -> dict[str, Any]:
    """The spec as a fresh document (callers may keep it; it is parsed once per process)."""
    return copy.deepcopy(_parsed(path))


@cache
def _parsed(path: Path | None) -> dict[str, Any]:
    source = path or (REPOSITORY_SPEC if REPOSITORY_SPEC.is_file() else None)
    if source is None:
        return openapi.bundled()
    document: dict[str, Any] = yaml.load(source.read_text(encoding="utf-8"), Loader=_LOADER)
    return document


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
