"""The SHA-256 of the spec/imoje.yaml this package was generated from."""

SPEC_SHA256 = "d6c30b6e19c927c9bfb86d7af13cf3149c90fa20f5bf6bf8a91911806c836ead"
