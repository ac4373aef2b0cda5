"""The SHA-256 of the spec/imoje.yaml this package was generated from."""

SPEC_SHA256 = "eed55c7fb19c1917a34193f4e2f8c3952f09ffec957912d07d4eec56438a0d0d"
