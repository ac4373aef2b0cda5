"""The witness corpus (spec/witnesses/): reading a witness through the client, and judging it
with the suite's two verdicts. Shared by the corpus's tests, `scripts/witness add` and the
recorder (`scripts/record`), so that a file the recorder writes is judged as the corpus is."""

import importlib
import json
import re
from pathlib import Path
from typing import Any

import httpx
from imoje_client import AuthenticatedClient, _contract, openapi
from imoje_client.models import ErrorResponse

from contract_tests import verdicts

CORPUS = Path(__file__).resolve().parent.parent / "spec" / "witnesses"


def load(path: Path) -> dict[str, Any]:
    witness: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return witness


def module_of(document: dict[str, Any], operation_id: str) -> Any:
    """The generated client's module of an operation."""
    operation = openapi.operations(document)[operation_id]
    tag = document["paths"][operation.path][operation.method]["tags"][0]
    name = re.sub(r"(?<!^)(?=[A-Z])", "_", operation_id).lower()
    return importlib.import_module(f"imoje_client.api.{tag}.{name}")


def read_answer(document: dict[str, Any], witness: dict[str, Any]) -> Any:
    """An answer witness as the client reads it (its model, or a list of them): raises what
    the client raises on it."""
    module = module_of(document, witness["operation"])
    client = AuthenticatedClient(base_url="https://sandbox.api.imoje.pl/v1/merchant", token="witness-token")
    response = httpx.Response(witness["status"], content=json.dumps(witness["body"]).encode())
    parsed = _contract.build_response(
        module.ROUTE,
        response,
        lambda document: module._parse_response(client=client, response=response, document=document),
    ).parsed
    if parsed is None or isinstance(parsed, ErrorResponse):
        raise ValueError(f"the client read {witness['operation']} {witness['status']} as {parsed!r}, not an answer")
    return parsed


def answer_schema(document: dict[str, Any], witness: dict[str, Any]) -> Any:
    if witness["what"] == "notification":
        return {"$ref": "#/components/schemas/Notification"}
    return openapi.operations(document)[witness["operation"]].responses[str(witness["status"])]


def judged(document: dict[str, Any], witness: dict[str, Any]) -> tuple[list[verdicts.Broken], list[str]]:
    """What in a witness breaks the contract, and the headline of each change the spec needs
    to know the rest (as the suite would report them)."""
    where = witness.get("operation", "notification")
    body = witness["body"] if "body" in witness else json.loads(witness["raw"])
    schema = answer_schema(document, witness)
    broken, findings = verdicts.judge(document, schema, body, operation=where, status=witness.get("status"))
    behind = verdicts.Behind()
    behind.record(findings)
    return broken, [proposal.headline() for proposal in behind.ordered()]
