"""The SHA-256 of the spec/imoje.yaml this package was generated from."""

SPEC_SHA256 = "5b8c601fe73616dd415b784e86e216cf93649122177841c9d3d9ef34ca7a4fea"
