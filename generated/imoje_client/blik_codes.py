"""The BLIK failures a transaction's `statusCode` carries, and what a shop does about each.

imoje's own plugin (common-repository/imoje 6c25ea50, payment-core `Api.php`:
`check_retype_code` and `check_new_param_alias`; api-facts §6.2) reads `BLK-ERROR-210002` to
`BLK-ERROR-210022` from the answer to a BLIK payment itself and asks the payer for another
code; for 210002 to 210004 (the alias was not found or was declined) it also registers a new
alias. 210000 and 210001 come only in the notification. The meanings are the plugin's
messages, in English.

    from imoje_client.blik_codes import BLIK_FAILURES
    failure = BLIK_FAILURES.get(transaction.status_code)
    if failure is not None and failure.ask_for_another_code:
        ...  # show the BLIK code field again
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class BlikFailure:
    code: str
    meaning: str
    # Ask the payer for another BLIK code (the plugin's check_retype_code).
    ask_for_another_code: bool
    # The remembered alias is gone or declined: register a new one (check_new_param_alias).
    new_alias: bool


_MEANINGS = {
    "210000": "Payment failed",
    "210001": "Technical break in the payer's bank",
    "210002": "Alias not found",
    "210003": "Alias declined",
    "210004": "Alias declined",
    "210005": "Wrong BLIK code",
    "210006": "BLIK code expired",
    "210007": "Something went wrong with the BLIK code",
    "210008": "Something went wrong with the BLIK code",
    "210009": "Declined in the banking app",
    "210010": "Not confirmed on time",
    "210011": "Not confirmed on time",
    "210012": "Wrong PIN in the banking app",
    "210013": "Payment failed (security)",
    "210014": "Limit exceeded",
    "210015": "Insufficient funds",
    "210016": "Declined by the issuer",
    "210017": "Transaction not found",
    "210018": "Bad IBAN",
    "210019": "Transfer not possible",
    "210020": "Return late",
    "210021": "Return amount exceeded",
    "210022": "Transfer late",
}

# By `statusCode`, e.g. BLIK_FAILURES["BLK-ERROR-210005"].
BLIK_FAILURES: dict[str, BlikFailure] = {
    f"BLK-ERROR-{number}": BlikFailure(
        code=f"BLK-ERROR-{number}",
        meaning=meaning,
        ask_for_another_code=210002 <= int(number) <= 210022,
        new_alias=210002 <= int(number) <= 210004,
    )
    for number, meaning in _MEANINGS.items()
}

__all__ = ["BLIK_FAILURES", "BlikFailure"]
