"""The SHA-256 of the spec/imoje.yaml this package was generated from."""

SPEC_SHA256 = "3ab7c72e34cca0b85818a79cdcdb8caaf4ffc40dd189a77880e01e6a4586aaa2"
