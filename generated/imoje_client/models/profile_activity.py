from enum import IntEnum
from typing import Any, cast


class ProfileActivity(IntEnum):
    INACTIVE = 0
    ACTIVE = 1

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ProfileActivity | None":
        # A value the spec does not know yet becomes a pseudo-member instead of failing
        # the whole response; the contract suite, not the client, reports it as drift.
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member

    @classmethod
    def from_value(cls, value: Any) -> "ProfileActivity":
        """`ProfileActivity(value)`: a documented value is found without Enum's call
        machinery (profiled: 0.76 µs a call, against 0.13 µs for the lookup; parsing a
        payment link with 20 transactions makes 143 of them)."""
        if isinstance(value, bool):
            # JSON's true is not 1: a field typed "integer or boolean" must keep its true.
            raise TypeError(
                f"{value!r} is a boolean, not one of ProfileActivity's integers"
            )
        try:
            member = cls._value2member_map_.get(value)
        except TypeError:  # unhashable: Enum's own call says what is wrong with it
            member = None
        return cls(value) if member is None else cast("ProfileActivity", member)

    @property
    def is_documented(self) -> bool:
        """False for a value that the spec this client was generated from does not list."""
        return self._value_ in type(self)._value2member_map_
