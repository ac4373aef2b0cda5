"""The spec layer: the one place the sandbox and the contract suite read spec/imoje.yaml
from. `document` loads it; `lifecycles` reads the documented moves of links and
transactions (`x-lifecycles`); `records` reads which record each operation writes, reads or
lists (`x-record`). Neither the sandbox nor the suite reads the spec through the other."""

from imoje_spec.document import REPOSITORY_SPEC, load

__all__ = ["REPOSITORY_SPEC", "load"]
