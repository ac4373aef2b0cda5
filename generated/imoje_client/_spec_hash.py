"""The SHA-256 of the spec/imoje.yaml this package was generated from."""

SPEC_SHA256 = "8f74942b64a7646232ef60394c2b2486fd81ad61d394df284137e952d4778c30"
