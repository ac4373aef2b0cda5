"""The SHA-256 of the spec/imoje.yaml this package was generated from."""

SPEC_SHA256 = "ffef1138ae253f6e530e0dbc314091e8b8dd1091aef0c021a2824cc3bed8174b"
