"""The SHA-256 of the spec/imoje.yaml this package was generated from."""

SPEC_SHA256 = "2a696740aa6e45fb7df5cb0ec5411c6de8f5ae1c5cc7b947d6f6c57fcbb7bc28"
