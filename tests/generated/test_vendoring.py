"""Vendoring: `scripts/vendor` copies the client with its manifest; the copy reports hand
edits itself (`python vendor/imoje_client/check.py` on a bare Python, or `python -m
imoje_client.check`); `scripts/vendor --check` reports a stale copy."""

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

from tests.paths import ROOT

VENDOR = ROOT / "scripts" / "vendor"


def vendor(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(VENDOR), *args], capture_output=True, text=True, check=False)


def check_inside(service: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(service)}
    command = [sys.executable, "-m", "imoje_client.check"]
    return subprocess.run(command, capture_output=True, text=True, env=env, cwd=service, check=False)


def test_a_fresh_copy_checks_clean_inside_and_out(tmp_path: Path) -> None:
    assert vendor(str(tmp_path)).returncode == 0
    inside = check_inside(tmp_path)
    assert inside.returncode == 0, inside.stdout + inside.stderr
    assert str(tmp_path / "imoje_client") in inside.stdout
    assert vendor("--check", str(tmp_path)).returncode == 0


def test_hand_edits_added_and_missing_files_are_named(tmp_path: Path) -> None:
    vendor(str(tmp_path))
    package = tmp_path / "imoje_client"
    (package / "api" / "payments" / "get_payment.py").write_text("# patched\n", encoding="utf-8")
    (package / "local_patch.py").write_text("", encoding="utf-8")
    (package / "models" / "currency.py").unlink()
    inside = check_inside(tmp_path)
    assert inside.returncode == 1
    assert inside.stdout.splitlines() == [
        "edited by hand: api/payments/get_payment.py",
        "missing: models/currency.py",
        "added: local_patch.py",
    ]
    outside = vendor("--check", str(tmp_path))
    assert outside.returncode == 1 and "edited by hand: api/payments/get_payment.py" in outside.stdout


def test_an_older_generation_is_reported_stale(tmp_path: Path) -> None:
    # An older generation is consistent with its own manifest, but not with this repository's.
    vendor(str(tmp_path))
    package = tmp_path / "imoje_client"
    older = package / "errors.py"
    older.write_text(older.read_text(encoding="utf-8") + "# an older generation\n", encoding="utf-8")
    manifest = json.loads((package / "_manifest.json").read_text(encoding="utf-8"))
    manifest["files"]["errors.py"] = hashlib.sha256(older.read_bytes()).hexdigest()
    manifest["spec_sha256"] = "0" * 64
    (package / "_manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    assert check_inside(tmp_path).returncode == 0, "as its own generation, the copy is intact"
    outside = vendor("--check", str(tmp_path))
    assert outside.returncode == 1
    assert "differs from this repository's client: errors.py" in outside.stdout
    assert "generated from spec sha256 000000000000" in outside.stdout
    assert vendor(str(tmp_path)).returncode == 0 and vendor("--check", str(tmp_path)).returncode == 0


def check_bare(service: Path) -> subprocess.CompletedProcess[str]:
    """The check run as a file by an interpreter with no site-packages (`-S`: no httpx, no
    attrs), from another folder, as a CI step before `pip install` runs it."""
    command = [sys.executable, "-S", str(service / "imoje_client" / "check.py")]
    env = {name: value for name, value in os.environ.items() if not name.startswith("PYTHON")}
    return subprocess.run(command, capture_output=True, text=True, env=env, cwd=service.parent, check=False)


def test_the_check_runs_on_a_bare_python_and_names_a_file_that_no_longer_parses(tmp_path: Path) -> None:
    vendor(str(tmp_path))
    bare = check_bare(tmp_path)
    assert bare.returncode == 0, bare.stdout + bare.stderr
    assert str(tmp_path / "imoje_client") in bare.stdout
    broken = tmp_path / "imoje_client" / "models" / "payment_link.py"
    broken.write_text(broken.read_text(encoding="utf-8") + "def (:\n", encoding="utf-8")
    named = check_bare(tmp_path)
    assert named.returncode == 1
    assert named.stdout.splitlines() == ["edited by hand: models/payment_link.py"]
    assert "Traceback" not in named.stderr
