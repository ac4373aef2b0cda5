"""The SHA-256 of the spec/imoje.yaml this package was generated from."""

SPEC_SHA256 = "1aa59ed9d45dee06cc658a038dd9d679a395c3329e332733f0be272ad98560c9"
