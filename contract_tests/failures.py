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
          ├── WebhookSchemaViolation  a notification does not fit the spec's webhooks
          ├── RefundExceedsPaid       refunds of a transaction passed what was paid
          ├── CaptureNotFinal         a captured or voided transaction was captured or voided again
          ├── CanRefundDisagrees      can-refund said otherwise than refund then did
          ├── RefundNotListed         a refund is missing from its transaction's refunds
          ├── ChannelsDisagree        a channel get-payment-methods lists refused a transaction
          ├── ProfileOfOtherCustomer  a customer's profile list holds another customer's profile
          ├── RejectedWithoutReason   a rejected BLIK transaction carries no statusCode
          ├── AnswerBreaksContract    an answer broke a promise of the spec (required, type, id)
          │   read-after-write invariants (contract_tests/invariants.py):
          ├── ReadAnotherRecord       a read answered another record than the one it names
          ├── WrittenValueChanged     a read answered a value other than the one written
          ├── StatusAgainstTheTable   a status moved where no documented transition leads
          └── ListHoldsAnothers       a list holds another record's item, or misses the run's
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


class RefundExceedsPaid(ImojeFailure):
    code = "IM108"
    kind_title = "Refunds passed the amount paid"


class CaptureNotFinal(ImojeFailure):
    code = "IM109"
    kind_title = "Capture or void succeeded twice"


class CanRefundDisagrees(ImojeFailure):
    code = "IM110"
    kind_title = "can-refund disagrees with refund"


class RefundNotListed(ImojeFailure):
    code = "IM111"
    kind_title = "Refund missing from its transaction"


class ChannelsDisagree(ImojeFailure):
    code = "IM112"
    kind_title = "get-payment-methods and createTransaction disagree"


class ProfileOfOtherCustomer(ImojeFailure):
    code = "IM113"
    kind_title = "Profile listed under another customer"


class RejectedWithoutReason(ImojeFailure):
    code = "IM114"
    kind_title = "Rejected BLIK transaction without statusCode"


class AnswerBreaksContract(ImojeFailure):
    code = "IM115"
    kind_title = "Answer breaks a promise of the spec"


class ReadAnotherRecord(ImojeFailure):
    code = "IM116"
    kind_title = "Read answered another record"


class WrittenValueChanged(ImojeFailure):
    code = "IM117"
    kind_title = "Read answered a value other than the one written"


class StatusAgainstTheTable(ImojeFailure):
    code = "IM118"
    kind_title = "Status moved where no documented transition leads"


class ListHoldsAnothers(ImojeFailure):
    code = "IM119"
    kind_title = "List holds another record's item or misses the run's"


class PaywallRefusedSigned(ImojeFailure):
    code = "IM124"
    kind_title = "Paywall refused a correctly signed payment"


class PaywallAcceptedBroken(ImojeFailure):
    code = "IM125"
    kind_title = "Paywall accepted a payment it must refuse"
