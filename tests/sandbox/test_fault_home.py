"""Faults have one home (imoje_sandbox/faults.py): no other module of the sandbox names one.
The store reads `faults.Rules`; answers, notifications and requests pass through faults.py's
functions; so a fault's whole behaviour is read, and changed, in one file."""

from pathlib import Path

import imoje_sandbox
from imoje_sandbox import SandboxConfig, Store, faults

PACKAGE = Path(imoje_sandbox.__file__).parent


def test_no_module_but_faults_py_names_a_fault() -> None:
    naming = {
        f"{path.relative_to(PACKAGE).as_posix()}: {name}"
        for path in PACKAGE.rglob("*.py")
        if path.name != "faults.py"
        for name in faults.ALL
        if f'"{name}"' in path.read_text(encoding="utf-8")
    }
    assert naming == set()


def test_each_rule_is_kept_unless_its_fault_is_on() -> None:
    assert faults.rules(frozenset()) == faults.Rules()
    assert all(getattr(faults.Rules(), rule) for rule in faults.Rules.__dataclass_fields__)
    broken = faults.rules(frozenset({"double_cancel", "refund_beyond_amount"}))
    assert (broken.cancel_is_final, broken.refunds_within_amount, broken.capture_is_final) == (False, False, True)
    assert Store(SandboxConfig(seed=1, faults=frozenset({"double_capture"}))).rules.capture_is_final is False
