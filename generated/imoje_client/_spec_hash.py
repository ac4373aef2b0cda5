"""The SHA-256 of the spec/imoje.yaml this package was generated from."""

SPEC_SHA256 = "d4b67eb081ae30f2e6d43cb8855a2efed27ab9bdff7349ac09823decaa7c2cde"
