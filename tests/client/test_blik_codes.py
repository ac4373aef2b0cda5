"""The BLIK failures as data (`imoje_client.blik_codes`): each code's meaning and what a shop
does about it, as imoje's own plugin does; the sandbox fails with the same codes, and
docs/sandbox.md lists them."""

import re

from imoje_client.blik_codes import BLIK_FAILURES, BlikFailure

from imoje_sandbox import transactions
from tests.paths import ROOT

# imoje's plugin, common-repository/imoje 6c25ea50, payment-core Api.php, written out.
CHECK_RETYPE_CODE = [f"BLK-ERROR-{n}" for n in range(210002, 210023)]
CHECK_NEW_PARAM_ALIAS = ["BLK-ERROR-210002", "BLK-ERROR-210003", "BLK-ERROR-210004"]


def test_every_code_says_what_a_shop_does_as_imojes_plugin_does() -> None:
    assert list(BLIK_FAILURES) == [f"BLK-ERROR-{n}" for n in range(210000, 210023)]
    assert all(isinstance(f, BlikFailure) and f.meaning and code == f.code for code, f in BLIK_FAILURES.items())
    assert [code for code, f in BLIK_FAILURES.items() if f.ask_for_another_code] == CHECK_RETYPE_CODE
    assert [code for code, f in BLIK_FAILURES.items() if f.new_alias] == CHECK_NEW_PARAM_ALIAS
    assert BLIK_FAILURES["BLK-ERROR-210005"].meaning == "Wrong BLIK code"


def test_the_sandbox_fails_with_the_clients_codes() -> None:
    assert frozenset(CHECK_RETYPE_CODE) == transactions.BLIK_FAILS_AT_ONCE
    assert {f"BLK-ERROR-{n}": meaning for n, meaning in transactions.BLIK_ERRORS.items()} == {
        code: f.meaning for code, f in BLIK_FAILURES.items()
    }


def test_docs_list_every_code_with_what_to_do() -> None:
    text = (ROOT / "docs" / "sandbox.md").read_text(encoding="utf-8")
    found = re.search(r"<!-- BLIK failures: [^>]*-->\n(.*?)<!-- end of BLIK failures -->", text, re.S)
    assert found is not None
    rows = [re.split(r"\s*\|\s*", line.strip("| ")) for line in found.group(1).strip().splitlines()[2:]]
    listed = {code.strip("`"): (meaning, again == "yes", alias == "yes") for code, meaning, again, alias in rows}
    assert listed == {code: (f.meaning, f.ask_for_another_code, f.new_alias) for code, f in BLIK_FAILURES.items()}
