"""The SHA-256 of the spec/imoje.yaml this package was generated from."""

SPEC_SHA256 = "b3196ec0eeb036b5a460c9b039e728f6d0314fc432ac720bad720fb0a8f0dcf0"
