"""imoje's error answer, `{"apiErrorResponse": {...}}`, raised from anywhere in a request."""

from dataclasses import dataclass, field
from typing import Any

INVALID_PAYLOAD = (
    "The payload does not contain the required parameters, contains unacceptable parameters, "
    "or the values sent in them do not meet the requirements."
)


@dataclass(eq=False)
class ApiProblem(Exception):
    """An answer in imoje's error shape; `errors` items name a field and the broken rule."""

    status: int
    message: str
    code: str | None = None
    errors: list[dict[str, str]] | None = None
    instance: Any = None
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def naming(cls, status: int, field_name: str, rule: str, message: str) -> "ApiProblem":
        """A refusal of one field: `field: message`, with the field and its rule as the one item."""
        return cls(
            status, f"{field_name}: {message}", errors=[{"property": field_name, "rule": rule, "message": message}]
        )

    def body(self) -> dict[str, Any]:
        inner: dict[str, Any] = {"message": self.message}
        if self.code is not None:
            inner["code"] = self.code
        if self.errors is not None:
            inner["errors"] = self.errors
        if self.instance is not None:
            inner["instance"] = self.instance
        return {"apiErrorResponse": inner}
