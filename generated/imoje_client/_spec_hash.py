"""The SHA-256 of the spec/imoje.yaml this package was generated from."""

SPEC_SHA256 = "f1cfbee5dd7298bd3fc491665577377cbfb0ee0e6858fd9a2d40e3c5918f4924"
