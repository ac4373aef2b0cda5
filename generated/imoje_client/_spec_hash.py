"""The SHA-256 of the spec/imoje.yaml this package was generated from."""

SPEC_SHA256 = "c44b70874ee348a992c166b218fb8290e8a278a1725cada728060562700fc452"
