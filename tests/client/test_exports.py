"""The names a service imports are pinned: removing or renaming one is a breaking change."""

import inspect

import imoje_client
from imoje_client import errors

PACKAGE_NAMES = {
    "API_VERSION",
    "DEFAULT_TIMEOUT",
    "ENVIRONMENTS",
    "Environment",
    "IMOJE_PRODUCTION",
    "IMOJE_SANDBOX",
    "ING_PAY_PRODUCTION",
    "ING_PAY_SANDBOX",
    "environment",
    "PRODUCTION_BASE_URL",
    "SANDBOX_BASE_URL",
    "SPEC_SHA256",
    "ApiConnectionError",
    "ApiStatusError",
    "ApiTimeoutError",
    "AsyncImoje",
    "AuthenticatedClient",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "ClientConfigurationError",
    "ClientStateError",
    "Imoje",
    "ImojeClientError",
    "InternalServerError",
    "NotFoundError",
    "OutcomeUnknownError",
    "OutcomeUnknownContractError",
    "OutcomeUnknownServerError",
    "PermissionDeniedError",
    "RequestValidationError",
    "ResponseContractError",
    "ResponseTooLargeError",
    "UnexpectedStatus",
    "RateLimitedError",
    "UnprocessableEntityError",
}

ERROR_NAMES = {
    "OUTCOME_UNKNOWN_ADVICE",
    "STATUS_ERRORS",
    "Problem",
    "ApiConnectionError",
    "ApiStatusError",
    "ApiTimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientConfigurationError",
    "ClientStateError",
    "ImojeClientError",
    "InternalServerError",
    "NotFoundError",
    "OutcomeUnknownError",
    "OutcomeUnknownContractError",
    "OutcomeUnknownServerError",
    "PermissionDeniedError",
    "RequestValidationError",
    "ResponseContractError",
    "ResponseTooLargeError",
    "UnexpectedStatus",
    "RateLimitedError",
    "UnprocessableEntityError",
}


def test_the_package_exports_exactly_these_names() -> None:
    assert set(imoje_client.__all__) == PACKAGE_NAMES
    for name in PACKAGE_NAMES:
        assert getattr(imoje_client, name) is not None


def test_the_errors_module_exports_exactly_these_names() -> None:
    assert set(errors.__all__) == ERROR_NAMES


def exception_classes() -> list[type[BaseException]]:
    return [
        value
        for name in errors.__all__
        if inspect.isclass(value := getattr(errors, name)) and issubclass(value, BaseException)
    ]


def test_every_exception_is_an_imoje_client_error_exported_at_the_top() -> None:
    for kind in exception_classes():
        assert issubclass(kind, errors.ImojeClientError), kind
        assert getattr(imoje_client, kind.__name__) is kind


def test_the_docstring_tree_draws_every_exception_under_its_parent() -> None:
    tree = errors.__doc__ or ""
    lines = [line for line in tree.splitlines() if "──" in line or line.strip() == "ImojeClientError"]
    drawn: dict[str, int] = {}
    for line in lines:
        name = line.split("──")[-1].split()[0] if "──" in line else "ImojeClientError"
        drawn.setdefault(name, len(line) - len(line.lstrip(" │├└─")))
    for kind in exception_classes():
        assert kind.__name__ in drawn, f"{kind.__name__} is missing from errors.py's tree"
    # Each class is drawn deeper than one of its bases.
    for kind in exception_classes():
        if kind is errors.ImojeClientError:
            continue
        bases = [base.__name__ for base in kind.__mro__[1:] if base.__name__ in drawn]
        assert any(drawn[base] < drawn[kind.__name__] for base in bases), kind


def test_status_errors_map_the_documented_statuses() -> None:
    assert {status: kind.__name__ for status, kind in errors.STATUS_ERRORS.items()} == {
        400: "BadRequestError",
        401: "AuthenticationError",
        403: "PermissionDeniedError",
        404: "NotFoundError",
        422: "UnprocessableEntityError",
        429: "RateLimitedError",
    }
