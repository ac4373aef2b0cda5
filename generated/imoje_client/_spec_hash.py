"""The SHA-256 of the spec/imoje.yaml this package was generated from."""

SPEC_SHA256 = "ca8c8cefcff8d05fc07f6a19fc0834f2fa3d87da20a86cfa3f53c0ce25d1515d"
