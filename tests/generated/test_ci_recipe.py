"""docs/testing.md's CI recipe for a service: it parses, its nightly job has a trigger that
runs it, and the imoje-sandbox it pins is this version's wheel (issue 28, item 6b)."""

import re
import tomllib
from typing import Any

import yaml

from tests.paths import ROOT


def recipe() -> dict[Any, Any]:
    text = (ROOT / "docs" / "testing.md").read_text(encoding="utf-8")
    [block] = re.findall(r"```yaml\n(name: imoje\n.*?)```", text, flags=re.S)
    loaded: dict[Any, Any] = yaml.safe_load(block)
    return loaded


def triggers() -> dict[str, Any]:
    # YAML 1.1 reads the bare key `on` as true.
    found: Any = recipe().get("on", recipe().get(True))
    return {name: None for name in found} if isinstance(found, list) else dict(found)


def test_every_event_a_job_waits_for_is_a_trigger_of_the_workflow() -> None:
    for name, job in recipe()["jobs"].items():
        for event in re.findall(r"github\.event_name == '(\w+)'", str(job.get("if", ""))):
            assert event in triggers(), f"job {name} waits for {event}, which never triggers the workflow"
    assert "schedule" in triggers() and triggers()["schedule"][0]["cron"]


def test_the_pinned_sandbox_is_this_versions_wheel() -> None:
    text = (ROOT / "docs" / "testing.md").read_text(encoding="utf-8")
    version = tomllib.loads((ROOT / "packaging" / "imoje-sandbox" / "pyproject.toml").read_text())["project"]["version"]
    pins = re.findall(r"imoje-sandbox==([0-9][^\s`]*)", text)
    assert pins and set(pins) == {version}
