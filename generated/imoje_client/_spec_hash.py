"""The SHA-256 of the spec/imoje.yaml this package was generated from."""

SPEC_SHA256 = "9fefd18e897b10127488fac4c06b6d189f9c5478ed9573f4d95e0d9ccd1b9afb"
