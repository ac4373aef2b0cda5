from enum import StrEnum
from typing import Any, cast


class PaymentMethodCode(StrEnum):
    ALIOR = "alior"
    APPLEPAY = "applepay"
    BLIK = "blik"
    BLIK_ONECLICK = "blik_oneclick"
    BLIK_PAYLATER = "blik_paylater"
    BNPPARIBAS = "bnpparibas"
    BOS = "bos"
    BS = "bs"
    BSPB = "bspb"
    BZWBK = "bzwbk"
    C2P = "c2p"
    CB = "cb"
    CITI = "citi"
    CREDITAGRICOLE = "creditagricole"
    CS = "cs"
    ECOM3DS = "ecom3ds"
    GETIN = "getin"
    GPAY = "gpay"
    IMOJE_TWISTO = "imoje_twisto"
    INBANK = "inbank"
    INBANK_0 = "inbank_0"
    ING = "ing"
    INTELIGO = "inteligo"
    IPKO = "ipko"
    KB = "kb"
    MILLENNIUM = "millennium"
    MP = "mp"
    MTRANSFER = "mtransfer"
    NEST = "nest"
    NOBLE = "noble"
    ONECLICK = "oneclick"
    PAYPAL = "paypal"
    PAYPO = "paypo"
    PBS = "pbs"
    PEKAO24 = "pekao24"
    PF = "pf"
    PG = "pg"
    PLUSBANK = "plusbank"
    POCZTOWY = "pocztowy"
    POSTA = "posta"
    PRAGMA_GO = "pragma_go"
    RECURRING = "recurring"
    RF = "rf"
    SPORO = "sporo"
    TATRA = "tatra"
    UC = "uc"
    VIAMO = "viamo"
    VISA_MOBILE = "visa_mobile"
    VUB = "vub"
    WT = "wt"
    WT_SPLIT = "wt_split"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "PaymentMethodCode | None":
        # imoje adds values (payment-method codes above all) without notice: a value the
        # spec does not know yet becomes a pseudo-member instead of failing the response.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    @classmethod
    def from_value(cls, value: Any) -> "PaymentMethodCode":
        """`PaymentMethodCode(value)`: a documented value is found without Enum's call
        machinery (profiled: 0.76 µs a call, against 0.13 µs for the lookup; parsing a
        payment link with 20 transactions makes 143 of them)."""
        try:
            member = cls._value2member_map_.get(value)
        except TypeError:  # unhashable: Enum's own call says what is wrong with it
            member = None
        return cls(value) if member is None else cast("PaymentMethodCode", member)

    @property
    def is_documented(self) -> bool:
        """False for a value that the spec this client was generated from does not list."""
        return self._value_ in type(self)._value2member_map_
