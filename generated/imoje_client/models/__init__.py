"""Contains all the data models used in inputs/outputs"""

from .action import Action
from .action_method import ActionMethod
from .action_type import ActionType
from .api_error import ApiError
from .api_error_item import ApiErrorItem
from .can_refund_request import CanRefundRequest
from .can_refund_response import CanRefundResponse
from .can_refund_response_partial_refund import CanRefundResponsePartialRefund
from .cancel_payment_request import CancelPaymentRequest
from .charge_profile_request import ChargeProfileRequest
from .create_payment_request import CreatePaymentRequest
from .create_payment_response import CreatePaymentResponse
from .created_payment import CreatedPayment
from .currency import Currency
from .customer import Customer
from .customer_input import CustomerInput
from .deactivate_profile_request import DeactivateProfileRequest
from .deactivate_profile_response import DeactivateProfileResponse
from .error_response import ErrorResponse
from .invoice import Invoice
from .locale import Locale
from .multipayout import Multipayout
from .notification import Notification
from .notification_acknowledgement import NotificationAcknowledgement
from .notification_acknowledgement_status import NotificationAcknowledgementStatus
from .notification_payment import NotificationPayment
from .notification_transaction import NotificationTransaction
from .payment_link import PaymentLink
from .payment_method import PaymentMethod
from .payment_method_code import PaymentMethodCode
from .payment_notification import PaymentNotification
from .payment_profile import PaymentProfile
from .payment_profile_response import PaymentProfileResponse
from .profile_activity import ProfileActivity
from .profile_type import ProfileType
from .refund_request import RefundRequest
from .refund_request_type import RefundRequestType
from .status import Status
from .transaction import Transaction
from .transaction_change_response import TransactionChangeResponse
from .transaction_data import TransactionData
from .transaction_details import TransactionDetails
from .transaction_details_response import TransactionDetailsResponse
from .transaction_payment import TransactionPayment
from .transaction_response import TransactionResponse
from .transaction_source import TransactionSource
from .transaction_type import TransactionType
from .visible_method import VisibleMethod

__all__ = (
    "Action",
    "ActionMethod",
    "ActionType",
    "ApiError",
    "ApiErrorItem",
    "CanRefundRequest",
    "CanRefundResponse",
    "CanRefundResponsePartialRefund",
    "CancelPaymentRequest",
    "ChargeProfileRequest",
    "CreatePaymentRequest",
    "CreatePaymentResponse",
    "CreatedPayment",
    "Currency",
    "Customer",
    "CustomerInput",
    "DeactivateProfileRequest",
    "DeactivateProfileResponse",
    "ErrorResponse",
    "Invoice",
    "Locale",
    "Multipayout",
    "Notification",
    "NotificationAcknowledgement",
    "NotificationAcknowledgementStatus",
    "NotificationPayment",
    "NotificationTransaction",
    "PaymentLink",
    "PaymentMethod",
    "PaymentMethodCode",
    "PaymentNotification",
    "PaymentProfile",
    "PaymentProfileResponse",
    "ProfileActivity",
    "ProfileType",
    "RefundRequest",
    "RefundRequestType",
    "Status",
    "Transaction",
    "TransactionChangeResponse",
    "TransactionData",
    "TransactionDetails",
    "TransactionDetailsResponse",
    "TransactionPayment",
    "TransactionResponse",
    "TransactionSource",
    "TransactionType",
    "VisibleMethod",
)
