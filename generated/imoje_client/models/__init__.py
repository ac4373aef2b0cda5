"""Contains all the data models used in inputs/outputs"""

from .action import Action
from .action_method import ActionMethod
from .action_type import ActionType
from .address import Address
from .api_error import ApiError
from .api_error_item import ApiErrorItem
from .blik_alias import BlikAlias
from .blik_profile import BlikProfile
from .blik_profiles_response import BlikProfilesResponse
from .can_refund_request import CanRefundRequest
from .can_refund_response import CanRefundResponse
from .can_refund_response_partial_refund import CanRefundResponsePartialRefund
from .cancel_payment_request import CancelPaymentRequest
from .changed_transaction import ChangedTransaction
from .charge_blik_profile_request import ChargeBlikProfileRequest
from .charge_profile_request import ChargeProfileRequest
from .create_payment_request import CreatePaymentRequest
from .create_payment_response import CreatePaymentResponse
from .create_transaction_request import CreateTransactionRequest
from .create_transaction_request_type import CreateTransactionRequestType
from .create_transaction_response import CreateTransactionResponse
from .created_payment import CreatedPayment
from .currency import Currency
from .customer import Customer
from .customer_input import CustomerInput
from .deactivate_blik_profile_request import DeactivateBlikProfileRequest
from .deactivate_blik_profile_response import DeactivateBlikProfileResponse
from .deactivate_profile_request import DeactivateProfileRequest
from .deactivate_profile_response import DeactivateProfileResponse
from .error_response import ErrorResponse
from .fee import Fee
from .image import Image
from .installment import Installment
from .invoice import Invoice
from .link_customer_input import LinkCustomerInput
from .locale import Locale
from .multipayout import Multipayout
from .notification import Notification
from .notification_acknowledgement import NotificationAcknowledgement
from .notification_acknowledgement_status import NotificationAcknowledgementStatus
from .notification_payment import NotificationPayment
from .notification_transaction import NotificationTransaction
from .payment_channel import PaymentChannel
from .payment_link import PaymentLink
from .payment_method import PaymentMethod
from .payment_method_code import PaymentMethodCode
from .payment_method_group import PaymentMethodGroup
from .payment_methods_request import PaymentMethodsRequest
from .payment_methods_request_device import PaymentMethodsRequestDevice
from .payment_notification import PaymentNotification
from .payment_profile import PaymentProfile
from .payment_profile_response import PaymentProfileResponse
from .payment_profiles_response import PaymentProfilesResponse
from .profile_activity import ProfileActivity
from .profile_type import ProfileType
from .refund import Refund
from .refund_request import RefundRequest
from .refund_request_type import RefundRequestType
from .refund_response import RefundResponse
from .service import Service
from .service_payment_method import ServicePaymentMethod
from .service_response import ServiceResponse
from .status import Status
from .transaction import Transaction
from .transaction_change_response import TransactionChangeResponse
from .transaction_data import TransactionData
from .transaction_details import TransactionDetails
from .transaction_details_response import TransactionDetailsResponse
from .transaction_limit import TransactionLimit
from .transaction_limits import TransactionLimits
from .transaction_payment import TransactionPayment
from .transaction_response import TransactionResponse
from .transaction_source import TransactionSource
from .transaction_type import TransactionType
from .visible_method import VisibleMethod

__all__ = (
    "Action",
    "ActionMethod",
    "ActionType",
    "Address",
    "ApiError",
    "ApiErrorItem",
    "BlikAlias",
    "BlikProfile",
    "BlikProfilesResponse",
    "CanRefundRequest",
    "CanRefundResponse",
    "CanRefundResponsePartialRefund",
    "CancelPaymentRequest",
    "ChangedTransaction",
    "ChargeBlikProfileRequest",
    "ChargeProfileRequest",
    "CreatePaymentRequest",
    "CreatePaymentResponse",
    "CreateTransactionRequest",
    "CreateTransactionRequestType",
    "CreateTransactionResponse",
    "CreatedPayment",
    "Currency",
    "Customer",
    "CustomerInput",
    "DeactivateBlikProfileRequest",
    "DeactivateBlikProfileResponse",
    "DeactivateProfileRequest",
    "DeactivateProfileResponse",
    "ErrorResponse",
    "Fee",
    "Image",
    "Installment",
    "Invoice",
    "LinkCustomerInput",
    "Locale",
    "Multipayout",
    "Notification",
    "NotificationAcknowledgement",
    "NotificationAcknowledgementStatus",
    "NotificationPayment",
    "NotificationTransaction",
    "PaymentChannel",
    "PaymentLink",
    "PaymentMethod",
    "PaymentMethodCode",
    "PaymentMethodGroup",
    "PaymentMethodsRequest",
    "PaymentMethodsRequestDevice",
    "PaymentNotification",
    "PaymentProfile",
    "PaymentProfileResponse",
    "PaymentProfilesResponse",
    "ProfileActivity",
    "ProfileType",
    "Refund",
    "RefundRequest",
    "RefundRequestType",
    "RefundResponse",
    "Service",
    "ServicePaymentMethod",
    "ServiceResponse",
    "Status",
    "Transaction",
    "TransactionChangeResponse",
    "TransactionData",
    "TransactionDetails",
    "TransactionDetailsResponse",
    "TransactionLimit",
    "TransactionLimits",
    "TransactionPayment",
    "TransactionResponse",
    "TransactionSource",
    "TransactionType",
    "VisibleMethod",
)
