"""Contains all the data models used in inputs/outputs"""

from .api_error import ApiError
from .api_error_item import ApiErrorItem
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
from .payment_link import PaymentLink
from .payment_method import PaymentMethod
from .payment_method_code import PaymentMethodCode
from .payment_profile import PaymentProfile
from .payment_profile_response import PaymentProfileResponse
from .profile_activity import ProfileActivity
from .profile_type import ProfileType
from .status import Status
from .transaction import Transaction
from .transaction_data import TransactionData
from .transaction_payment import TransactionPayment
from .transaction_response import TransactionResponse
from .transaction_source import TransactionSource
from .transaction_type import TransactionType
from .visible_method import VisibleMethod

__all__ = (
    "ApiError",
    "ApiErrorItem",
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
    "PaymentLink",
    "PaymentMethod",
    "PaymentMethodCode",
    "PaymentProfile",
    "PaymentProfileResponse",
    "ProfileActivity",
    "ProfileType",
    "Status",
    "Transaction",
    "TransactionData",
    "TransactionPayment",
    "TransactionResponse",
    "TransactionSource",
    "TransactionType",
    "VisibleMethod",
)
