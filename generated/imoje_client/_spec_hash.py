"""The SHA-256 of the spec/imoje.yaml this package was generated from."""

SPEC_SHA256 = "10e2935b34e231864311e73a521e0990e76009c3819a86d201186a4a60e52a08"
