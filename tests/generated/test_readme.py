"""The README's operation table says what the spec and the generated resource client say."""

import importlib
import inspect
import re

import yaml
from imoje_client import paywall

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


PAYWALL_TABLE = re.compile(
    r"<!-- paywall operations table: [^>]*-->\n(.*?)<!-- end of paywall operations table -->", re.S
)
RENDERS = {"post": ("form_html", "posts a form"), "get": ("url", "follows a link")}


def test_the_readme_paywall_table_is_the_paywall_specs_and_the_client_has_each_call() -> None:
    document = yaml.safe_load((ROOT / "spec" / "imoje-paywall.yaml").read_text(encoding="utf-8"))
    builder = inspect.signature(paywall.build_payment).parameters
    expected = []
    for path, item in document["paths"].items():
        for method, operation in item.items():
            if method not in RENDERS:
                continue
            render, browser = RENDERS[method]
            assert callable(getattr(paywall.PaywallPayment, render)), render
            in_language = "{lang}" in path
            assert not in_language or "language" in builder
            call = f"build_payment({'..., language=lang' if in_language else '...'}).{render}()"
            expected.append(f"| `{call}` | `{operation['operationId']}` | `{method.upper()} {path}` | {browser} |")
    found = PAYWALL_TABLE.search((ROOT / "README.md").read_text(encoding="utf-8"))
    assert found is not None, "README.md lost its paywall table markers"
    assert len(expected) == 4 and found.group(1).strip().splitlines()[2:] == expected


def ci_steps(text: str) -> list[str]:
    """The `run:` commands of every YAML block in `text`, in order."""
    blocks = re.findall(r"```yaml\n(.*?)```", text, re.S)
    return [line.split("run:", 1)[1].strip() for block in blocks for line in block.splitlines() if "run:" in line]


def test_the_service_ci_recipe_checks_the_vendored_copy_as_a_file_before_installing() -> None:
    # `python -m imoje_client.check` imports the package, which needs httpx; the file does not.
    steps = ci_steps((ROOT / "docs" / "testing.md").read_text(encoding="utf-8"))
    check = next(index for index, step in enumerate(steps) if "imoje_client" in step and "check" in step)
    install = next(index for index, step in enumerate(steps) if step.startswith("pip install"))
    assert steps[check].split("#")[0].split() == ["python", "vendor/imoje_client/check.py"], steps[check]
    assert check < install, steps


def test_ci_runs_the_suite_through_scripts_contract_whose_exit_code_is_the_suites() -> None:
    workflow = (ROOT / ".github" / "workflows" / "imoje-contract.yml").read_text(encoding="utf-8")
    for text in ((ROOT / "docs" / "testing.md").read_text(encoding="utf-8"), f"```yaml\n{workflow}```"):
        steps = ci_steps(text)
        assert not [step for step in steps if re.search(r"\bmake\b.*\bcontract\b", step)], steps
        assert any("scripts/contract" in step for step in steps), steps


def test_the_readme_is_the_two_commands_the_walkthrough_and_the_map() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    headings = re.findall(r"^## (.+)$", readme, re.M)
    assert headings == ["Two commands", "The parts", "Using the client in a service", "Reference"]


LINK = re.compile(r"\]\(([^)#\s]+)(?:#[^)]*)?\)")


def test_every_docs_page_is_listed_and_every_relative_link_resolves() -> None:
    index = (ROOT / "docs" / "README.md").read_text(encoding="utf-8")
    pages = {path.name for path in (ROOT / "docs").glob("*.md")} - {"README.md"}
    assert pages and pages <= set(LINK.findall(index))
    for page in [ROOT / "README.md", *(ROOT / "docs").glob("*.md")]:
        for target in LINK.findall(page.read_text(encoding="utf-8")):
            if "://" not in target:
                assert (page.parent / target).exists(), f"{page.relative_to(ROOT)} links to missing {target}"
