"""Before the first generated request: one authenticated read proves the credentials work.

Without it a wrong or expired token passes much of the suite (every answer a 401, which
schemathesis counts as the target refusing valid data for a reason of its own). The read
is of a known record: the configured card profile (200 expected), or else a link id that
cannot exist (404 expected). Either way 401/403 means the token or merchant is wrong.
"""

import json
from urllib.parse import quote

import requests

from contract_tests.bodies import UNKNOWN_ID
from contract_tests.transport import GuardedSession


class CredentialsRefused(Exception):
    """The target refused the credentials, or could not be asked; only the pre-flight read was sent."""


class ProvedNothing(CredentialsRefused):
    """The pre-flight read answered something that proves nothing about the credentials (a
    5xx, a 429, a proxy's 407, a page that is not imoje's, a record that cannot exist)."""


def preflight(session: GuardedSession) -> str:
    """What the pre-flight read proved, for the summary; CredentialsRefused (or ProvedNothing)
    when it proved nothing. A failure the ledger raises while judging it comes out as it is."""
    target = session.target
    merchant = f"{target.base_url}/{quote(target.merchant_id, safe='')}"
    if target.payment_profile_id:
        what, url = "the card profile IMOJE_PAYMENT_PROFILE_ID", f"{merchant}/profile/id/{target.payment_profile_id}"
    else:
        what, url = "an unknown payment link", f"{merchant}/payment/{UNKNOWN_ID}"
    try:
        answer = session.get(url, headers={"Authorization": f"Bearer {target.token}"}, timeout=15)
    except requests.RequestException as exc:
        raise CredentialsRefused(f"the target could not be reached: {type(exc).__name__}") from None
    if answer.status_code in (401, 403):
        who = "IMOJE_TOKEN" if answer.status_code == 401 else "IMOJE_TOKEN or IMOJE_MERCHANT_ID"
        raise CredentialsRefused(
            f"reading {what} answered HTTP {answer.status_code}: the target refuses {who} (wrong, expired, or "
            "another merchant's). Nothing else was sent."
        )
    if target.payment_profile_id and answer.status_code == 404:
        raise CredentialsRefused(
            f"reading {what} answered HTTP 404: the target has no card profile "
            f"{target.payment_profile_id}; unset IMOJE_PAYMENT_PROFILE_ID or name one of this merchant's"
        )
    expected = 200 if target.payment_profile_id else 404
    if answer.status_code != expected:
        why = "a record that cannot exist was found" if answer.ok and expected == 404 else "not imoje's answer"
        raise ProvedNothing(
            f"reading {what} answered HTTP {answer.status_code}, not {expected} ({why}): the pre-flight proves "
            "nothing about the credentials, so nothing else was sent"
        )
    try:
        json.loads(answer.content)
    except ValueError:
        # A mislabelled JSON answer is the checks' to report; a page is nobody's answer.
        shown = answer.headers.get("content-type", "") or "no content type"
        raise ProvedNothing(
            f"reading {what} answered HTTP {answer.status_code} with a body that is not JSON ({shown}: a proxy's "
            "or a server's page?): the pre-flight proves nothing, so nothing else was sent"
        ) from None
    if expected == 200:
        return f"credentials accepted: {what} answered 200"
    return f"credentials accepted: {what} answered 404, as a record that does not exist must"
