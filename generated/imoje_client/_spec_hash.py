"""The SHA-256 of the spec/imoje.yaml this package was generated from."""

SPEC_SHA256 = "e796e26c4319cd37a385255f089fd628847d8b9452a3e5116533b7288d21388c"
