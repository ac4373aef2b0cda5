"""Where the repository's inputs live, for tests."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "spec" / "imoje.yaml"
GENERATED = ROOT / "generated" / "imoje_client"
# The vendor's examples, kept as data with their source addresses (scripts/vendor-examples).
EXAMPLES_DIR = ROOT / "spec" / "examples"
