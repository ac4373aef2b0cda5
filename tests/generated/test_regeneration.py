"""generated/ is a build artifact: reproducible, checked for staleness, vendorable as a folder."""

import hashlib
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import imoje_client
import pytest
from imoje_client import openapi
from packaging.version import Version

from tests.paths import GENERATED, ROOT

INPUTS = ("spec", "generator", "scripts", "generated")


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    """A copy of the generation inputs and output, to change without touching the repository."""
    for name in INPUTS:
        shutil.copytree(ROOT / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copyfile(ROOT / "README.md", tmp_path / "README.md")  # its operation table is generated
    return tmp_path


def generate(workspace: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(workspace / "scripts" / "generate"), *args], capture_output=True, text=True, check=False
    )


def test_check_fails_after_a_one_word_summary_change_and_passes_after_generate(workspace: Path) -> None:
    spec = workspace / "spec" / "imoje.yaml"
    text = spec.read_text(encoding="utf-8")
    assert text.count("summary: Cancel a payment link") == 1
    spec.write_text(text.replace("summary: Cancel a payment link", "summary: Revoke a payment link"), encoding="utf-8")
    readme = workspace / "README.md"
    row = "| `payments.cancel(payment_id)` | `cancelPayment` | `POST /{merchantId}/payment/cancel` | yes |"
    readme.write_text(readme.read_text(encoding="utf-8").replace(row, row.replace("yes", "no")), encoding="utf-8")

    stale = generate(workspace, "--check")
    assert stale.returncode != 0
    changed = stale.stdout.splitlines()
    assert f"+{row}" in changed and f"-{row.replace('yes', 'no')}" in changed
    assert any(line.startswith("-") and "Cancel a payment link" in line for line in changed)
    assert any(line.startswith("+") and "Revoke a payment link" in line for line in changed)
    assert "is stale" in stale.stderr

    assert generate(workspace).returncode == 0
    fresh = generate(workspace, "--check")
    assert fresh.returncode == 0, fresh.stdout + fresh.stderr
    assert row in readme.read_text(encoding="utf-8")


def test_check_fails_when_a_generated_file_is_edited_by_hand(workspace: Path) -> None:
    target = workspace / "generated" / "imoje_client" / "models" / "payment_link.py"
    target.write_text(target.read_text(encoding="utf-8") + "# hand edit\n", encoding="utf-8")
    (workspace / "generated" / "imoje_client" / "stray.py").write_text("", encoding="utf-8")
    stale = generate(workspace, "--check")
    assert stale.returncode != 0
    assert "-# hand edit" in stale.stdout and "Only in committed: imoje_client/stray.py" in stale.stdout


def tree(folder: Path) -> dict[Path, bytes]:
    """Every file under `folder`, at any depth, by relative path, with its bytes."""
    return {path.relative_to(folder): path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}


def test_tree_comparison_sees_a_change_at_any_depth(tmp_path: Path) -> None:
    shutil.copytree(GENERATED, tmp_path / "copy", ignore=shutil.ignore_patterns("__pycache__"))
    original = tree(tmp_path / "copy")
    deep = tmp_path / "copy" / "api" / "payments" / "get_payment.py"
    deep.write_bytes(deep.read_bytes().replace(b"def sync(", b"def sync_(", 1))
    assert tree(tmp_path / "copy") != original


def test_generation_is_byte_for_byte_reproducible(workspace: Path) -> None:
    # The committed output was generated elsewhere, at another time, in another folder: one
    # generation here must give the same bytes (a second one here took 2.5 s more).
    committed = tree(workspace / "generated" / "imoje_client")
    assert generate(workspace).returncode == 0
    again = tree(workspace / "generated" / "imoje_client")
    assert len(again) > 40 and any(len(path.parts) > 2 for path in again), "the comparison reaches every depth"
    assert committed == again
    assert not list((workspace / "generated").rglob(".ruff_cache"))
    assert not list((workspace / "generated").rglob("__pycache__"))


def test_the_folder_alone_is_the_package(tmp_path: Path) -> None:
    vendored = tmp_path / "service" / "vendor"
    shutil.copytree(GENERATED, vendored / "imoje_client", ignore=shutil.ignore_patterns("__pycache__"))
    assert (vendored / "imoje_client" / "py.typed").is_file()
    probe = (
        "import imoje_client, imoje_client.openapi as o;"
        "from imoje_client.api.payments import cancel_payment;"
        "print(imoje_client.__file__);"
        "print(len(o.operations(o.bundled())))"
    )
    env = {**os.environ, "PYTHONPATH": str(vendored)}
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True)
    location, count = result.stdout.split()
    assert Path(location).is_relative_to(vendored) and int(count) == len(openapi.operations(openapi.bundled())) > 0


def test_checks_are_found_whatever_the_generator_names_the_module(workspace: Path) -> None:
    # The generator snake-cases `getPaymentURL` as `get_payment_url`; a re-derived name
    # (`get_payment_u_r_l`) once missed it. Checks are keyed by method and path instead.
    spec = workspace / "spec" / "imoje.yaml"
    text = spec.read_text(encoding="utf-8")
    spec.write_text(text.replace("operationId: getPayment\n", "operationId: getPaymentURL\n"), encoding="utf-8")
    assert generate(workspace).returncode == 0
    probe = (
        "from imoje_client import _contract, errors\n"
        "from imoje_client.api.payments import get_payment_url as module\n"
        "print(_contract.operation_id(module.ROUTE))\n"
        "try:\n"
        "    module._get_kwargs('..', '50d38a51-8e95-4b8b-94f4-188c90c0dfdd')\n"
        "except errors.RequestValidationError as error:\n"
        "    print(error.operation, [problem.rule for problem in error.problems])\n"
    )
    env = {**os.environ, "PYTHONPATH": str(workspace / "generated")}
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["getPaymentURL", "getPaymentURL ['pathSegment']"]


def test_the_client_says_which_project_version_api_version_and_spec_it_comes_from() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    spec = (ROOT / "spec" / "imoje.yaml").read_bytes()
    assert imoje_client.__version__ == project["version"]
    assert imoje_client.API_VERSION == openapi.bundled()["info"]["version"] == "1.5.0"
    assert hashlib.sha256(spec).hexdigest() == imoje_client.SPEC_SHA256
    assert openapi.bundled()["info"]["license"] == {"name": "MIT", "identifier": "MIT"}
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")


def test_the_two_distributions_carry_this_projects_version_and_pin_each_other() -> None:
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    client = tomllib.loads((ROOT / "generated" / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    sandbox = tomllib.loads((ROOT / "packaging" / "imoje-sandbox" / "pyproject.toml").read_text(encoding="utf-8"))
    assert client["version"] == sandbox["project"]["version"] == version
    assert f"imoje-client=={version}" in sandbox["project"]["dependencies"]
    assert sandbox["project"]["entry-points"]["pytest11"] == {"imoje_sandbox": "imoje_sandbox.pytest_plugin"}
    # The client's run-time dependencies are the repository's, less the sandbox's stack.
    repository = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    assert set(client["dependencies"]) < set(repository)


def changelog_sections(text: str) -> list[tuple[str, str]]:
    """(heading's version, the section's text) for each `## [...]` of a Keep a Changelog file."""
    parts = re.split(r"^## \[([^\]]+)\][^\n]*\n", text, flags=re.M)
    return list(zip(parts[1::2], parts[2::2], strict=True))


def agrees(version: str, changelog: str) -> str | None:
    """Why `version` and `changelog` disagree, or None. Released: the newest section is this
    version and nothing waits under [Unreleased]. Between releases: the version is a .devN
    of a later one (0.4.1.dev0) while [Unreleased] lists what is coming."""
    sections = changelog_sections(changelog)
    if not sections or sections[0][0] != "Unreleased":
        return "the changelog has no [Unreleased] section on top"
    pending = bool(re.search(r"^- ", sections[0][1], flags=re.M))
    released = [name for name, _ in sections[1:]]
    if not released:
        return "the changelog has no released version"
    current, newest = Version(version), Version(released[0])
    if pending and not (current.is_devrelease and current > newest):
        return f"[Unreleased] lists changes, so {version} must be a .devN of a version after {newest}"
    if not pending and current != newest:
        return f"nothing is unreleased, so {version} must be the newest release, {newest}"
    return None


def test_the_version_and_the_changelog_agree() -> None:
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert agrees(version, (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")) is None
    assert imoje_client.__version__ == version


@pytest.mark.parametrize(
    ("version", "changelog", "fine"),
    [
        ("0.4.0", "## [Unreleased]\n\n## [0.4.0] - d\n- a\n", True),
        ("0.4.1.dev0", "## [Unreleased]\n- b\n\n## [0.4.0] - d\n- a\n", True),
        # What issue 19 found: 0.3.0 wheels while 13 operations waited as unreleased.
        ("0.3.0", "## [Unreleased]\n- b\n\n## [0.3.0] - d\n- a\n", False),
        ("0.4.0", "## [Unreleased]\n\n## [0.3.0] - d\n- a\n", False),
        ("0.3.0.dev0", "## [Unreleased]\n- b\n\n## [0.3.0] - d\n- a\n", False),
    ],
)
def test_the_rule_itself(version: str, changelog: str, fine: bool) -> None:
    assert (agrees(version, changelog) is None) is fine


def test_a_patch_that_no_longer_applies_to_the_generators_template_stops_generation(workspace: Path) -> None:
    patch = workspace / "generator" / "patches" / "property_templates" / "uuid_property.py.jinja.patch"
    text = patch.read_text(encoding="utf-8")
    # A context line upstream does not have: as if the pinned generator's template had moved.
    patch.write_text(text.replace("-UUID(", "-uuid.UUID(", 1), encoding="utf-8")
    moved = generate(workspace, "--check")
    assert moved.returncode != 0
    assert "generator/patches/property_templates/uuid_property.py.jinja.patch no longer applies" in moved.stderr
