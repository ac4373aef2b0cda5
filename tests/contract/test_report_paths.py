"""Where `scripts/contract --junit PATH` writes: a relative PATH is the caller's, not the
checkout's (the suite's pytest runs in the checkout)."""

from pathlib import Path
from typing import Any

import pytest

from contract_tests import runner


def test_a_relative_junit_path_is_where_the_command_ran(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, Any] = {}

    def run(environ: Any, **given: Any) -> int:
        seen.update(given)
        return 0

    monkeypatch.setattr(runner, "run", run)
    monkeypatch.chdir(tmp_path)
    assert runner.main(["--junit", "out/ci.xml"]) == 0
    assert seen["junit"] == tmp_path / "out" / "ci.xml"
    assert runner.main([]) == 0 and seen["junit"] == runner.JUNIT  # the checkout's reports/ by default
