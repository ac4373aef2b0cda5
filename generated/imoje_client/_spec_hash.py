"""The SHA-256 of the spec/imoje.yaml this package was generated from."""

SPEC_SHA256 = "1c7cccfdf87ef162f0ca14ecbb381d0957573ab0d10061a3a32a1fed4948ac56"
