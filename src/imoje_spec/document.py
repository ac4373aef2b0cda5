"""The spec document: loaded once a process, handed out as a fresh copy.

In a checkout of this repository it is spec/imoje.yaml; installed elsewhere, the copy the
client carries (`imoje_client.openapi.bundled`, generated from the same file), so the
sandbox, the client and the contract suite cannot read different documents.
"""

import copy
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from imoje_client import openapi

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


__all__ = ["REPOSITORY_SPEC", "load"]
