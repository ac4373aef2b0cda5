"""A sandbox per configuration (`imoje_sandbox_for`): tests with different configurations
give the same results whatever order they run in, each sandbox reset for its test; an
`imoje_sandbox_config` overridden below the root conftest is refused, naming where."""

import subprocess
import sys
import textwrap
from pathlib import Path

from imoje_sandbox import SandboxConfig
from imoje_sandbox.pytest_plugin import ImojeSandbox, SandboxFor

LATER = SandboxConfig(refunds_settle_after=60)


def _refund_status(sandbox: ImojeSandbox) -> str:
    imoje = sandbox.client()
    refund = imoje.transactions.refund(sandbox.seeded.settled_transaction_id, amount=100)
    return str(refund.transaction.status)


def test_a_test_of_its_own_configuration_gets_it(imoje_sandbox_for: SandboxFor) -> None:
    sandbox = imoje_sandbox_for(LATER)
    assert sandbox.server.config == LATER
    assert _refund_status(sandbox) == "new"  # settles 60 s later
    assert imoje_sandbox_for(LATER) is sandbox  # one per configuration


def test_the_session_sandbox_keeps_its_own(imoje_sandbox: ImojeSandbox, imoje_sandbox_for: SandboxFor) -> None:
    assert _refund_status(imoje_sandbox) == "settled"
    other = imoje_sandbox_for(LATER)
    assert other is not imoje_sandbox and other.requests() == []  # reset for this test


PROJECT = {
    "conftest.py": 'pytest_plugins = ["imoje_sandbox.pytest_plugin"]\n',
    "test_later.py": """
        from imoje_sandbox import SandboxConfig

        def test_refunds_wait(imoje_sandbox_for):
            sandbox = imoje_sandbox_for(SandboxConfig(refunds_settle_after=60))
            refund = sandbox.client().transactions.refund(sandbox.seeded.settled_transaction_id, amount=100)
            assert str(refund.transaction.status) == "new"
            assert len(sandbox.requests()) == 1

        def test_each_test_starts_from_the_seeded_state(imoje_sandbox_for):
            sandbox = imoje_sandbox_for(SandboxConfig(refunds_settle_after=60))
            assert sandbox.requests() == []
    """,
    "test_default.py": """
        def test_refunds_settle(imoje_sandbox):
            refund = imoje_sandbox.client().transactions.refund(imoje_sandbox.seeded.settled_transaction_id, amount=100)
            assert str(refund.transaction.status) == "settled"
            assert len(imoje_sandbox.requests()) == 1
    """,
}


def _project(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(textwrap.dedent(text), encoding="utf-8")
    return root


def _pytest(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:randomly", *args]
    return subprocess.run(command, cwd=root, capture_output=True, text=True, timeout=120)


def test_two_configurations_give_the_same_results_in_either_order(tmp_path: Path) -> None:
    root = _project(tmp_path, PROJECT)
    for order in (("test_later.py", "test_default.py"), ("test_default.py", "test_later.py")):
        ran = _pytest(root, *order)
        assert ran.returncode == 0, ran.stdout[-2000:]
        assert "3 passed" in ran.stdout.splitlines()[-1]


def test_a_session_configuration_overridden_below_the_root_is_refused_naming_where(tmp_path: Path) -> None:
    root = _project(
        tmp_path,
        {
            **PROJECT,
            "sub/conftest.py": """
                import pytest
                from imoje_sandbox import SandboxConfig

                @pytest.fixture(scope="session")
                def imoje_sandbox_config():
                    return SandboxConfig(refunds_settle_after=60)
            """,
            "sub/test_sub.py": "def test_x(imoje_sandbox):\n    pass\n",
        },
    )
    ran = _pytest(root)
    assert ran.returncode == 4  # pytest's usage error: nothing ran
    assert "imoje_sandbox_config is overridden in sub" in ran.stderr + ran.stdout
