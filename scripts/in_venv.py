"""What the runnable scripts share: make sure the project's virtualenv exists, then run a
module inside it from the repository root, so that a fresh clone needs only Python and make."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = ROOT / ".venv" / "bin" / "python"


def run_module(module: str) -> None:
    if not PYTHON.exists():
        subprocess.run(["make", "-s", "-C", str(ROOT), ".venv/.ready"], check=True, stdout=sys.stderr)
    os.chdir(ROOT)
    os.execv(PYTHON, [str(PYTHON), "-m", module, *sys.argv[1:]])
