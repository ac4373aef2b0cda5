"""Where the repository's inputs live, for tests."""

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "spec" / "imoje.yaml"
GENERATED = ROOT / "generated" / "imoje_client"
# The vendor's pages sit beside the repository (shared/imoje-docs); CI clones it there too.
DOCS_DIR = Path(os.environ.get("IMOJE_DOCS_DIR", ROOT.parent / "shared" / "imoje-docs"))
