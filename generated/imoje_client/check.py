"""`python vendor/imoje_client/check.py`: is this copy of the client exactly as generated?

A vendored client is only as trustworthy as its bytes. `scripts/generate` writes
`_manifest.json` beside this module, with the SHA-256 of every other file of the package;
this compares the copy it sits in against it and names each file edited by hand, added
or missing. Exit status 0 when the copy is as generated, 1 otherwise.

Run as a file it needs the standard library alone: it imports nothing of the package (whose
`__init__` needs httpx, and would stop at a hand edit's syntax error instead of naming the
file), so it works on a bare Python before the service's dependencies are installed.
`python -m imoje_client.check` does the same where the package imports.
"""

import os
import sys

if __name__ == "__main__" and not __package__:
    # Run as a file, its folder is on sys.path: the package's own `types.py` would shadow
    # the standard library's.
    _HERE = os.path.dirname(os.path.abspath(__file__))
    sys.path[:] = [
        entry for entry in sys.path if os.path.abspath(entry or ".") != _HERE
    ]

import hashlib
import json
from pathlib import Path

MANIFEST = "_manifest.json"
_SKIPPED = {"__pycache__", ".mypy_cache", ".ruff_cache"}


def files(package: Path) -> dict[str, str]:
    """Every file of the package but the manifest, by relative path, with its SHA-256."""
    return {
        path.relative_to(package).as_posix(): hashlib.sha256(
            path.read_bytes()
        ).hexdigest()
        for path in sorted(package.rglob("*"))
        if path.is_file()
        and path.name != MANIFEST
        and not _SKIPPED.intersection(path.relative_to(package).parts)
    }


def problems(package: Path) -> list[str]:
    """What differs from the manifest, one line a file; empty when the copy is as generated."""
    manifest = package / MANIFEST
    if not manifest.is_file():
        return [f"{MANIFEST} is missing: this is not a generated copy of imoje_client"]
    expected: dict[str, str] = json.loads(manifest.read_text(encoding="utf-8"))["files"]
    found = files(package)
    lines = [
        f"edited by hand: {name}"
        for name in sorted(expected)
        if name in found and found[name] != expected[name]
    ]
    lines += [f"missing: {name}" for name in sorted(set(expected) - set(found))]
    lines += [f"added: {name}" for name in sorted(set(found) - set(expected))]
    return lines


def main() -> int:
    package = Path(__file__).resolve().parent
    found = problems(package)
    for line in found:
        print(line)
    if found:
        print(
            f"{package}: not as generated; regenerate or vendor it again (scripts/vendor)",
            file=sys.stderr,
        )
        return 1
    manifest = json.loads((package / MANIFEST).read_text(encoding="utf-8"))
    print(
        f"{package}: as generated ({len(manifest['files'])} files, spec sha256 {manifest['spec_sha256'][:12]})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
