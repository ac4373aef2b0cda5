"""The SHA-256 of the spec/imoje.yaml this package was generated from."""

SPEC_SHA256 = "0a96ac9f802b29481abe47b173bde8ea22487db41baea067534e9091bf3844c0"
