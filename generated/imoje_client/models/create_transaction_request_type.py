from enum import StrEnum


class CreateTransactionRequestType(StrEnum):
    SALE = "sale"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CreateTransactionRequestType | None":
        # imoje adds values (payment-method codes above all) without notice: a value the
        # spec does not know yet becomes a pseudo-member instead of failing the response.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    @property
    def is_documented(self) -> bool:
        """False for a value that the spec this client was generated from does not list."""
        return self._value_ in type(self)._value2member_map_
