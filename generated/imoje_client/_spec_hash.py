"""The SHA-256 of the spec/imoje.yaml this package was generated from."""

SPEC_SHA256 = "b5948d5d5911b0b961ef89710bce9a98a2b6234daf6bd1f784bf8a8bca296709"
