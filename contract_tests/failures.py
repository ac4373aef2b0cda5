"""The suite's own failures, typed like schemathesis's: each a `Failure` with a stable code
and title, so that reports (and the suite's own tests) read failure types, not text.

    Failure (schemathesis)
     └── ImojeFailure
          ├── CancelIsFinal           a cancelled link was cancelled again (HTTP 200)
          ├── LifecycleBroken         a documented lifecycle step answered otherwise
          ├── StatefulWalkMissing     the stateful run never followed create -> get -> cancel
          ├── TargetRefusedValid      the target refused a value the spec allows
          ├── TargetAcceptedInvalid   the target accepted a value the spec forbids
          ├── WebhookSignatureInvalid a notification does not verify with the shop key
          └── WebhookSchemaViolation  a notification does not fit the spec's webhooks
"""

from typing import ClassVar

from schemathesis.core.failures import Failure, Severity


class ImojeFailure(Failure):
    code: ClassVar[str] = "IM100"
    kind_title: ClassVar[str] = "imoje contract rule broken"

    def __init__(self, *, operation: str | None, message: str, case_id: str | None = None) -> None:
        super().__init__(operation=operation, message=message, case_id=case_id, severity=Severity.HIGH)


class CancelIsFinal(ImojeFailure):
    code = "IM101"
    kind_title = "Cancellation succeeded twice"


class LifecycleBroken(ImojeFailure):
    code = "IM102"
    kind_title = "Lifecycle step answered otherwise than documented"


class StatefulWalkMissing(ImojeFailure):
    code = "IM103"
    kind_title = "Stateful run never followed the links"


class TargetRefusedValid(ImojeFailure):
    code = "IM104"
    kind_title = "Target refused a value the spec allows"


class TargetAcceptedInvalid(ImojeFailure):
    code = "IM105"
    kind_title = "Target accepted a value the spec forbids"


class WebhookSignatureInvalid(ImojeFailure):
    code = "IM106"
    kind_title = "Notification signature does not verify"


class WebhookSchemaViolation(ImojeFailure):
    code = "IM107"
    kind_title = "Notification does not fit the webhook schema"
