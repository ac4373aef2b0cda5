"""The README's operation table says what the spec and the generated resource client say."""

import importlib
import inspect
import re

import yaml

from tests.paths import ROOT

TABLE = re.compile(r"<!-- operations table: [^>]*-->\n(.*?)<!-- end of operations table -->", re.S)


def expected_rows() -> list[str]:
    document = yaml.safe_load((ROOT / "spec" / "imoje.yaml").read_text(encoding="utf-8"))
    rows = []
    for path, item in document["paths"].items():
        for method, operation in item.items():
            if method not in ("get", "post", "put", "delete", "patch"):
                continue
            tag, name = operation["tags"][0], operation["x-method-name"]
            resource = getattr(importlib.import_module(f"imoje_client.api.{tag}"), tag.capitalize())
            parameters = list(inspect.signature(getattr(resource, name)).parameters.values())[1:]
            positional = [p.name for p in parameters if p.kind is inspect.Parameter.POSITIONAL_ONLY]
            arguments = ", ".join(positional) or ("..." if parameters else "")
            changes = "yes" if operation.get("x-changes-state") else "no"
            operation_id, route = operation["operationId"], f"{method.upper()} {path}"
            rows.append(f"| `{tag}.{name}({arguments})` | `{operation_id}` | `{route}` | {changes} |")
    return rows


def test_the_readme_operation_table_is_the_specs() -> None:
    found = TABLE.search((ROOT / "README.md").read_text(encoding="utf-8"))
    assert found is not None, "README.md lost its operations table markers"
    body = found.group(1).strip().splitlines()[2:]  # under the header and its rule
    assert body == expected_rows(), "\n".join(["README.md's table should read:", *expected_rows()])
