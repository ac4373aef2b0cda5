"""The SHA-256 of the spec/imoje.yaml this package was generated from."""

SPEC_SHA256 = "b5842c6dae41ebecf6f1fd28b339cfe30055b2ab04b2462964a72ad11c9f393d"
